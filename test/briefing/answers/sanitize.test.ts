import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS, sanitizeQuestion } from '../../../src/briefing/answers/sanitize.js';

/** Every rewrite, always: what sanitizeQuestion must give whether or not it takes its shortcut. */
const reference = (raw: string): string =>
  raw
    .slice(0, MAX_QUESTION_CHARS * 4)
    .replace(/<[@#!][^>\s]*>/g, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/@(?:everyone|here|channel)\b/gi, ' ')
    .replace(/[`*_~|>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_CHARS);

describe('sanitizeQuestion', () => {
  it('GIVEN chat markup THEN it is gone and spacing is single', () => {
    expect(sanitizeQuestion('<@U123>  who is *Blinken*?\n')).toBe('who is Blinken ?');
    expect(sanitizeQuestion('@here what <b>happened</b>')).toBe('what happened');
  });

  it('GIVEN a plain question THEN unchanged, capped in length', () => {
    expect(sanitizeQuestion('Who is Blinken meeting?')).toBe('Who is Blinken meeting?');
    expect(sanitizeQuestion('why '.repeat(300).trim())).toHaveLength(MAX_QUESTION_CHARS);
  });

  it('GIVEN random text of markup, spaces and words THEN the same as every rewrite in turn', () => {
    const pieces = ['a', 'Who', ' ', '  ', '\t', '\n', '\u00a0', '<', '>', '@', '@here', '<@U1>', '<b>', '*', '_', '~', '|', '`', '?', 'é'];
    let state = 9;
    const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(sanitizeQuestion(text)).toBe(reference(text));
    }
    const long = `${'a b '.repeat(499)}c${' '.repeat(5)}`;
    expect(sanitizeQuestion(long)).toBe(reference(long));
  });
});
