/**
 * Raw article bytes → text. Refuses what cannot be an article (empty, binary, too large) with a
 * one-line UserError, decodes legacy 8-bit text instead of showing replacement characters, and reads back
 * mojibake ("â‚¬78bn" for "€78bn").
 */
import { UserError } from '../../errors.js';
import { CP1252_HIGH } from './cp1252.js';
import { repairMojibake } from './mojibake.js';

/** Largest article we ingest, in bytes of text: far beyond any news article, small enough to stay fast. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function tooLarge(bytes: number): UserError {
  return new UserError('ingest.too-large', `the article is too large (${megabytes(bytes)}); the limit is ${megabytes(MAX_ARTICLE_BYTES)} of text`);
}

/** Control characters other than tab, newline, form feed and carriage return: text files almost never hold them. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

/** Windows-1252 byte for byte; Node's built-in decoder may read 0x80–0x9F as Latin-1 controls. */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte)));
    text += chunk.join('');
  }
  return text;
}

function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) throw new UserError('ingest.binary', 'the file looks binary, not an article: give a plain text, Markdown or HTML file');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not valid UTF-8: the usual culprit is Windows-1252/Latin-1 text, which decodes byte for byte.
    return decodeWindows1252(bytes);
  }
}

/** Decodes and checks raw article input; throws UserError for empty, binary or oversized input. */
export function decodeArticle(raw: string | Uint8Array): string {
  let text: string;
  if (typeof raw === 'string') {
    const bytes = Buffer.byteLength(raw, 'utf8');
    if (bytes > MAX_ARTICLE_BYTES) throw tooLarge(bytes);
    text = raw.replace(/^\uFEFF/, '');
  } else {
    if (raw.byteLength > MAX_ARTICLE_BYTES) throw tooLarge(raw.byteLength);
    text = decodeBytes(raw);
  }
  if (text.trim() === '') throw new UserError('ingest.empty', 'the article is empty: there is no text to brief');
  return repairMojibake(text);
}
