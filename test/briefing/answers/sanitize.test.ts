import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS, sanitizeQuestion } from '../../../src/briefing/answers/sanitize.js';

/** Every rewrite, always: what sanitizeQuestion must give whether or not it takes its shortcut. */
const reference = (raw: string): string =>
  raw
    .slice(0, MAX_QUESTION_CHARS * 4)
    .replace(/<[@#!][^>\s]*>/g, ' ')
    .replace(/<(?:https?|mailto):[^|>\s]*\|([^>]*)>/gi, ' $1 ')
    .replace(/\[([^\]]*)\]\((?:https?|mailto):[^)\s]*\)/gi, ' $1 ')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/&lt;|&gt;/g, ' ')
    .replace(/&amp;/g, '&')
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

  it('GIVEN what Slack sends for what a user typed (escaped <, > and &; links with their words) THEN the words alone', () => {
    expect(sanitizeQuestion('who is &lt;Dana Whitfield&gt;')).toBe('who is Dana Whitfield');
    expect(sanitizeQuestion('who is the ceo &amp; what did she say')).toBe('who is the ceo & what did she say');
    expect(sanitizeQuestion('<http://evil.example|who is the ceo>?')).toBe('who is the ceo ?');
    expect(sanitizeQuestion('[who is the ceo](https://evil.example)')).toBe('who is the ceo');
    expect(sanitizeQuestion('what is AT&T doing?')).toBe('what is AT&T doing?');
  });

  it('GIVEN a script element THEN its code is no question: nothing is left', () => {
    expect(sanitizeQuestion('<script>alert(1)</script>')).toBe('');
    expect(sanitizeQuestion('<script type="x">alert(1)</script> who is quoted?')).toBe('who is quoted?');
  });

  it('GIVEN random text of markup, spaces and words THEN the same as every rewrite in turn', () => {
    const pieces = ['a', 'Who', ' ', '  ', '\t', '\n', '\u00a0', '<', '>', '@', '@here', '<@U1>', '<b>', '*', '_', '~', '|', '`', '?', 'é', '&lt;', '&amp;', '&', '[', ']', '](http://x.io)', '<http://x.io|', '<script>', '</script>'];
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
