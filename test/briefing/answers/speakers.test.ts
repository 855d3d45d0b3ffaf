import { describe, expect, it } from 'vitest';
import { speakerNear } from '../../../src/briefing/answers/speakers.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { buildArticleIndex } from '../../../src/briefing/search/article-index.js';
import { stem } from '../../../src/briefing/text/tokens.js';
import { articleService } from '../fixtures/article-service.js';

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

describe('"did X say anything ...?"', () => {
  it('GIVEN "did Oakes say anything after the game?" THEN his words after the match answer, not another sentence naming him and matches', () => {
    const article = [
      'Club sacks manager',
      'Norbridge Town have sacked manager Graham Oakes after 14 months in charge, two days after a 4-0 home defeat by Millbrook Rovers.',
      'Speaking after the match, Mr Oakes admitted the performance had not been good enough but said he still believed he could turn the season around.',
      'Mr Whitlock, 44, played more than 200 games for the club as a defender between 2003 and 2011.',
      "He briefly took charge of two matches as caretaker in 2023 before Mr Oakes' predecessor, Alan Moody, was appointed.",
    ];
    const answer = articleService(article, 'said-anything').ask('did oakes say anything after the game');
    expect(answer.answer.startsWith('Speaking after the match, Mr Oakes admitted')).toBe(true);
  });
});
