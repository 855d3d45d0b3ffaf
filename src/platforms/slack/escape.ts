/** Slack text escaping: user and article text must never become live mentions or links. */
import { neutraliseMentions } from '../../../commands/sanitize.js';

/** For mrkdwn and the `text` fallback: `&`, `<`, `>` escaped, so `<!channel>` shows as typed and pings nobody. */
export const escapeMrkdwn = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** For plain_text fields (headers, buttons): Slack does not parse them, but the words stay harmless anyway. */
export const safePlainText = (text: string): string => neutraliseMentions(text);

/** Cuts text to `max` characters with an ellipsis. */
export const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * Splits text into pieces of at most `max` characters, preferring paragraph, line, sentence and word
 * boundaries, never failing (a single overlong word is cut).
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf('. '), window.lastIndexOf(' ')].find(
      (index) => index > max / 2,
    );
    const at = cut === undefined ? max : cut + 1;
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}
