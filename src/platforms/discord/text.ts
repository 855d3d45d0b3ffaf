/** Text helpers for Discord: escaping user and article text, and splitting it at natural boundaries. */
import { escapeMarkdown } from 'discord.js';

/**
 * Plain text shown as is: Markdown escaped, and @everyone/@here broken with a zero-width space so they
 * do not even look like pings (allowedMentions already keeps them from pinging).
 */
export function plain(text: string): string {
  // Masked links too ("[click here](https://...)"): discord.js leaves them live by default, words over a hidden address.
  return unpinged(escapeMarkdown(text, { maskedLink: true }));
}

/** For places Discord shows without Markdown (titles, footers, button labels): only @everyone/@here are broken. */
export function unpinged(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1');
}

/** Splits text into pieces of at most `max` characters, preferring line, sentence, then word breaks. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const cut = lastBreak(window, '\n') ?? lastBreak(window, '. ', 1) ?? lastBreak(window, ' ') ?? max;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** Position just after the last `separator` in the window (keeping `keep` of its characters), if past halfway. */
function lastBreak(window: string, separator: string, keep = 0): number | undefined {
  const at = window.lastIndexOf(separator, window.length - separator.length);
  if (at < window.length / 2) return undefined;
  const cut = at + keep;
  return cut > 0 && cut <= window.length - 1 ? cut : undefined;
}
