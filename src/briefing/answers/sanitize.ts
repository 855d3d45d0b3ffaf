/**
 * Questions arrive from chat platforms: strip mention and markup syntax so it is neither searched nor echoed,
 * and cap the length so a 10,000-character paste costs no more than a long question.
 */
export const MAX_QUESTION_CHARS = 500;

/** What any of the rewrites below would change: markup characters, and whitespace other than single inner spaces. */
const NEEDS_CLEANING = /[<@`*_~|>&\]]|[^\S ]|\s\s|^\s|\s$/;
/** The three characters Slack escapes in what a user types (only its own markup uses them as typed). */
const SLACK_ENTITIES: Readonly<Record<string, string>> = { '&lt;': ' ', '&gt;': ' ', '&amp;': '&' };

export function sanitizeQuestion(raw: string): string {
  const capped = raw.slice(0, MAX_QUESTION_CHARS * 4);
  // A plain question (most of them) is already clean: one test instead of six rewrites.
  if (!NEEDS_CLEANING.test(capped)) return capped.slice(0, MAX_QUESTION_CHARS);
  return capped
    .replace(/<[@#!][^>\s]*>/g, ' ') // Slack <@U123>, <#C1|general>, <!channel>; Discord <@123>, <#123>, <@&123>
    .replace(/<(?:https?|mailto):[^|>\s]*\|([^>]*)>/gi, ' $1 ') // a Slack link keeps the words shown for it
    .replace(/\[([^\]]*)\]\((?:https?|mailto):[^)\s]*\)/gi, ' $1 ') // a Markdown link, too: [who is the ceo](http://...)
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ') // a script's or style's text is code, not a question
    .replace(/<\/?[a-z][^>]*>/gi, ' ') // HTML tags such as <b>, and bare links <http://...>
    .replace(/&(?:lt|gt|amp);/g, (entity) => SLACK_ENTITIES[entity] ?? entity) // "who is &lt;Dana Whitfield&gt;" as Slack sends it
    .replace(/@(?:everyone|here|channel)\b/gi, ' ')
    .replace(/[`*_~|>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_CHARS);
}
