/**
 * Questions arrive from chat platforms: strip mention and markup syntax so it is neither searched nor echoed,
 * and cap the length so a 10,000-character paste costs no more than a long question.
 */
export const MAX_QUESTION_CHARS = 500;

/** What any of the rewrites below would change: markup characters, and whitespace other than single inner spaces. */
const NEEDS_CLEANING = /[<@`*_~|>]|[^\S ]|\s\s|^\s|\s$/;

export function sanitizeQuestion(raw: string): string {
  const capped = raw.slice(0, MAX_QUESTION_CHARS * 4);
  // A plain question (most of them) is already clean: one test instead of six rewrites.
  if (!NEEDS_CLEANING.test(capped)) return capped.slice(0, MAX_QUESTION_CHARS);
  return capped
    .replace(/<[@#!][^>\s]*>/g, ' ') // Slack <@U123>, <#C1|general>, <!channel>; Discord <@123>, <#123>, <@&123>
    .replace(/<\/?[a-z][^>]*>/gi, ' ') // HTML tags such as <b>
    .replace(/@(?:everyone|here|channel)\b/gi, ' ')
    .replace(/[`*_~|>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_CHARS);
}
