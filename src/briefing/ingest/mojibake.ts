/**
 * Mojibake: UTF-8 text that passed once through Windows-1252 on its way here ("â‚¬78bn (Â£57bn)" for
 * "€78bn (£57bn)", "donâ€™t" for "don’t", "CafÃ©" for "Café"). Scraped news carries it often; each run of
 * such characters is read back as the UTF-8 bytes it was, and replaced only when those bytes are valid UTF-8,
 * so text that merely holds an "Ã" or a "Â" is left alone.
 *
 * A library (ftfy-js) does this and more, but it is a 16 MB first release with one maintainer: this narrow,
 * tested repair covers the case news brings.
 */
import { CP1252_HIGH } from './cp1252.js';

/** A UTF-8 lead byte read as Windows-1252 (Â-ô), then one to three continuation bytes read the same way. */
const SUSPECT = new RegExp(`[\\u00c2-\\u00f4][\\u00a0-\\u00bf${CP1252_HIGH}]{1,3}`, 'gu');
const QUICK_CHECK = /[\u00c2-\u00f4]/;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The Windows-1252 byte a character stands for, or undefined when it stands for none. */
function byteOf(char: string): number | undefined {
  const code = char.charCodeAt(0);
  if (code >= 0xa0 && code <= 0xff) return code;
  const high = CP1252_HIGH.indexOf(char);
  return high >= 0 ? 0x80 + high : undefined;
}

/** How many bytes a UTF-8 character starting with `lead` has (0 when `lead` starts none). */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function repairRun(run: string): string {
  const bytes: number[] = [];
  for (const char of run) {
    const byte = byteOf(char);
    if (byte === undefined) return run;
    bytes.push(byte);
  }
  const length = sequenceLength(bytes[0] ?? 0);
  if (length === 0 || length > bytes.length) return run;
  try {
    const repaired = strictUtf8.decode(Uint8Array.from(bytes.slice(0, length)));
    // What follows the character (a run may catch the next letter) stays as it was.
    return repaired + [...run].slice(length).join('');
  } catch {
    return run;
  }
}

/** The text with Windows-1252 mojibake read back as the UTF-8 it was. */
export function repairMojibake(text: string): string {
  if (!QUICK_CHECK.test(text)) return text;
  return text.replace(SUSPECT, repairRun);
}
