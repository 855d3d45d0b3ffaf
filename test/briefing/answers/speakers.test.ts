import { describe, expect, it } from 'vitest';
import { speakerNear } from '../../../src/briefing/answers/speakers.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { buildArticleIndex } from '../../../src/briefing/search/article-index.js';
import { stem } from '../../../src/briefing/text/tokens.js';

const text = [
  'Trade talks',
  'The Valmarese want more investment, the official explained, adding that Valmar wants engagement from foreign companies.',
  'The talks will go on next month, said Valmar foreign minister Ana Ruiz.',
  'Lorvia wants a deal soon, the envoy said, saying that Valmar had stalled for a year.',
].join('\n\n');
const index = buildArticleIndex(ingestArticle(text, { source: 'trade.txt', articleId: 'trade' }));
const sentence = (start: string) => {
  const found = index.sentences.find((s) => s.sentence.text.startsWith(start));
  if (!found) throw new Error(`no sentence starting "${start}"`);
  return found;
};
const valmar = new Set([stem('valmar')]);

describe('speakerNear: who speaks', () => {
  it('GIVEN "..., said Valmar foreign minister Ana Ruiz" THEN Valmar speaks', () => {
    expect(speakerNear(sentence('The talks will go on'), valmar)).toBe(true);
  });

  it('GIVEN "the official explained, adding that Valmar wants ..." THEN Valmar is what was said, not who said it', () => {
    expect(speakerNear(sentence('The Valmarese want'), valmar)).toBe(false);
  });

  it('GIVEN "the envoy said, saying that Valmar had stalled" THEN Valmar does not speak', () => {
    expect(speakerNear(sentence('Lorvia wants a deal'), valmar)).toBe(false);
    expect(speakerNear(sentence('Lorvia wants a deal'), new Set([stem('lorvia')]))).toBe(true);
  });
});
