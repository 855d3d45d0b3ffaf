import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';

/** The UserError thrown by fn; fails the test when it throws anything else or nothing. */
function userErrorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError');
}

const oneLine = (error: UserError) => expect(error.message).not.toContain('\n');

describe('bad input', () => {
  it('GIVEN an empty or blank file THEN a one-line "empty" error', () => {
    for (const raw of ['', '   \n\n  ', new Uint8Array()]) {
      const error = userErrorOf(() => ingestArticle(raw, { source: 'empty.txt' }));
      expect(error.message).toMatch(/empty/);
      oneLine(error);
    }
  });

  it('GIVEN binary bytes THEN a one-line "binary" error', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const error = userErrorOf(() => ingestArticle(bytes, { source: 'photo.txt' }));
    expect(error.message).toMatch(/binary/);
    oneLine(error);
  });

  it('GIVEN an HTML page nested a thousand elements deep THEN a one-line error naming the depth and the limit', () => {
    const deep = `<html><body><h1>Deep</h1>${'<div>text '.repeat(1000)}</body></html>`;
    const error = userErrorOf(() => ingestArticle(deep, { source: 'deep.html' }));
    expect(error.message).toMatch(/nested 10\d\d elements deep.*up to 128/);
    oneLine(error);
  });

  it('GIVEN an article of 2,000 paragraphs THEN it is briefed, with at most ten sections in order', () => {
    const topics = ['harbour', 'budget', 'ferry', 'tourism', 'fishing'];
    const text = ['Harbour news', ...Array.from({ length: 2000 }, (_, i) => `The ${topics[Math.floor(i / 400)]} report number ${i} was read aloud.`)].join('\n\n');
    const briefing = ingestArticle(text, { source: 'long.txt' });
    expect(briefing.sections.length).toBeGreaterThan(1);
    expect(briefing.sections.length).toBeLessThanOrEqual(10);
    const firsts = briefing.sections.map((section) => section.paragraphs[0] ?? 0);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    expect(briefing.sections.flatMap((section) => section.paragraphs)).toHaveLength(2000);
  });

  it('GIVEN 20 MB of text THEN a one-line "too large" error naming the limit', () => {
    const big = new Uint8Array(20 * 1024 * 1024).fill(97);
    const error = userErrorOf(() => ingestArticle(big, { source: 'big.txt' }));
    expect(error.message).toMatch(/too large.*5\.0 MB/);
    oneLine(error);
  });

  it('GIVEN Windows-1252 text THEN it decodes to the right characters', () => {
    // "Café owners say “prices” rose." in Windows-1252: é = 0xE9, curly quotes = 0x93/0x94.
    const bytes = Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' owners say '), 0x93, ...Buffer.from('prices'), 0x94, ...Buffer.from(' rose sharply this year.')]);
    const briefing = ingestArticle(bytes, { source: 'latin.txt' });
    expect(briefing.keyPoints[0]).toBe('Café owners say "prices" rose sharply this year.');
    expect(briefing.keyPoints[0]).not.toContain('\uFFFD');
  });

  it('GIVEN HTML with no article THEN a one-line "no article text" error', () => {
    const html = '<html><head><script>var a = 1;</script></head><body><nav><a href="/">Home</a></nav><div id="app"></div></body></html>';
    const error = userErrorOf(() => ingestArticle(html, { source: 'page.html' }));
    expect(error.message).toMatch(/no article text/);
    oneLine(error);
  });

  it('GIVEN a one-sentence article THEN a minimal valid briefing', () => {
    const briefing = ingestArticle('The council approved the new budget on Tuesday.', { source: 'one.txt' });
    expect(briefing.tldr).toBe('The council approved the new budget on Tuesday.');
    expect(briefing.keyPoints).toEqual(['The council approved the new budget on Tuesday.']);
    expect(briefing.sections).toHaveLength(1);
    expect(briefing.sections[0]?.paragraphs).toEqual([1]);
    expect(briefing.sentences[0]?.sectionId).toBe(briefing.sections[0]?.id);
    expect(briefing.articleId).toBe('one');
    expect(briefing.entities.find((e) => e.name === 'Tuesday')?.kind).toBe('date');
  });
});
