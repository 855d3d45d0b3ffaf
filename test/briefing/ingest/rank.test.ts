/** The ranking's knobs do what their names say: position, length, voice and redundancy. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, importance, isQuestion, isQuote, selectSentences } from '../../../src/briefing/ingest/rank.js';
import { inverseDocumentFrequency, termCounts, weigh } from '../../../src/briefing/ingest/vectors.js';

const vectorsOf = (texts: string[]) => {
  const counts = termCounts(texts);
  return weigh(counts, inverseDocumentFrequency(counts));
};
const POSITION_ONLY = { ...DEFAULT_WEIGHTS, position: 1, centrality: 0 };

describe('importance', () => {
  const texts = ['The council approved the new city budget on Tuesday night.', 'Councillors voted twelve to three in favour of the plan.'];

  it('GIVEN position only THEN the earlier of two like sentences ranks first', () => {
    const [first, second] = importance(texts, vectorsOf(texts), POSITION_ONLY);
    expect(first).toBeGreaterThan(second as number);
  });

  it('GIVEN a length power THEN a long sentence loses against the ideal length', () => {
    const long = `${texts[0]?.slice(0, -1)} after a debate that ran for many hours.`;
    const all = [long, texts[1] as string];
    const flat = importance(all, vectorsOf(all), { ...POSITION_ONLY, decay: 0, idealWords: 10, lengthPower: 0 });
    const penalised = importance(all, vectorsOf(all), { ...POSITION_ONLY, decay: 0, idealWords: 10, lengthPower: 1 });
    expect(flat[0]).toBe(flat[1]);
    expect(penalised[0]).toBeLessThan(penalised[1] as number);
  });

  it('GIVEN a quotation or a question THEN it keeps only its share of the score', () => {
    expect(isQuote('"We are delighted," the mayor said.')).toBe(true);
    expect(isQuestion('But what has been your moment of the year?')).toBe(true);
    expect(isQuote(texts[0] as string) || isQuestion(texts[0] as string)).toBe(false);
    const all = ['"We are delighted with the budget," the mayor said on Tuesday.', 'Who will pay for the new budget this year?', 'The council approved the budget for the year on Tuesday.'];
    const [quote, question, plain] = importance(all, vectorsOf(all), { ...POSITION_ONLY, decay: 0, quote: 0.5, question: 0.3 });
    expect(quote).toBeCloseTo((plain as number) * 0.5);
    expect(question).toBeCloseTo((plain as number) * 0.3);
  });
});

describe('selectSentences', () => {
  const inputs = [
    'White House press secretary Tony Snow will step down from his post September 14 and be replaced by Dana Perino.',
    'White House press secretary Tony Snow will step down from his post on September 14.',
    'President Bush told reporters Friday that he will sadly accept the resignation.',
  ].map((text) => ({ text, group: '' }));

  it('GIVEN a strong redundancy weight THEN a restatement of the lead is passed over', () => {
    expect(selectSentences(inputs, 2, { ...POSITION_ONLY, redundancy: 0.9 })).toEqual([0, 2]);
  });

  it('GIVEN no redundancy weight THEN the order of the article stands', () => {
    expect(selectSentences(inputs, 2, { ...POSITION_ONLY, redundancy: 0 })).toEqual([0, 1]);
  });
});
