/**
 * Questions arrive from chat platforms: strip mention and markup syntax so it is neither searched nor echoed,
 * and cap the length so a 10,000-character paste costs no more than a long question.
 */
export const MAX_QUESTION_CHARS = 500;

export function sanitizeQuestion(raw: string): string {
  return raw
    .slice(0, MAX_QUESTION_CHARS * 4)
    .replace(/<[@#!][^>\s]*>/g, ' ') // Slack <@U123>, <#C1|general>, <!channel>; Discord <@123>, <#123>, <@&123>
    .replace(/<\/?[a-z][^>]*>/gi, ' ') // HTML tags such as <b>
    .replace(/@(?:everyone|here|channel)\b/gi, ' ')
    .replace(/[`*_~|>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_CHARS);
}
