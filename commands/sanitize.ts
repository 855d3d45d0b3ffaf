/**
 * Text typed by users is echoed back in replies; these helpers make sure that echo can never ping a
 * crowd or a person on any platform, and that absurdly long input is refused before any work.
 */

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Neutralises mention syntax: Slack's `<!channel>`, `<!here>`, `<!everyone>`, `<!subteam^ID>`, `<@U123>`,
 * Discord's `<@123>`, `<@!123>`, `<@&123>`, and plain `@everyone` / `@here` / `@channel`.
 * The words stay readable; only their power to notify is removed.
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/<!(channel|here|everyone)(?:\|[^>]*)?>/gi, (_m, word: string) => `@${ZERO_WIDTH_SPACE}${word}`)
    .replace(/<!subteam\^[^>]*>/gi, `@${ZERO_WIDTH_SPACE}group`)
    .replace(/<@&\d+>/g, `@${ZERO_WIDTH_SPACE}role`)
    .replace(/<@!?[A-Z0-9]+(?:\|([^>]*))?>/gi, (_m, label: string | undefined) => `@${ZERO_WIDTH_SPACE}${label ?? 'someone'}`)
    .replace(/<!([a-z]+)[^>]*>/gi, (_m, word: string) => `@${ZERO_WIDTH_SPACE}${word}`)
    .replace(/@(everyone|here|channel)\b/gi, (_m, word: string) => `@${ZERO_WIDTH_SPACE}${word}`);
}

/**
 * Neutralises link syntax that would show words of the user's choosing over a hidden address: Discord's and
 * Markdown's `[click here](https://...)`, Slack's `<https://...|click here>`. The words and the address both stay,
 * side by side, so nothing posted under the bot's name hides where a link goes.
 */
export function neutraliseLinks(text: string): string {
  return text
    .replace(/\[([^\]\n]{0,300})\]\(\s*<?([^)\s>]*)>?[^)\n]*\)/g, (_m, label: string, address: string) => (address ? `${label} (${address})` : label))
    .replace(/<((?:https?|mailto|ftp):[^|>\s]*)\|([^>]*)>/gi, (_m, address: string, label: string) => `${label} (${address})`)
    .replace(/<((?:https?|mailto|ftp):[^>\s]*)>/gi, '$1');
}

/** Removes leading mentions of anyone (usually the bot itself: "@brief who is ...") and trims. */
export function stripLeadingMentions(text: string): string {
  return text.replace(/^(?:\s*<@!?[A-Z0-9]+(?:\|[^>]*)?>)+/i, '').trim();
}

/** Collapses whitespace runs so echoed text stays on one line. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** What a user typed, safe to quote back in a reply: one line, no live mentions or masked links, at most `max` characters. */
export function echo(text: string, max = 120): string {
  const safe = neutraliseLinks(neutraliseMentions(oneLine(text)));
  return safe.length <= max ? safe : `${safe.slice(0, max - 1)}…`;
}
