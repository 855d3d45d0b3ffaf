import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/briefing/answers/question.js';
import { Vocabulary } from '../../../src/briefing/search/vocabulary.js';

const vocabulary = new Vocabulary(['Bob Barker, 91, hosted the show again after eight years away.', 'Two countries opposed the plan.']);
const words = (question: string): string[] => parseQuestion(question, vocabulary).terms.map((t) => t.token);

describe('parseQuestion', () => {
  it.each([
    ['How old is Barker?', ['barker']],
    ['How long was Barker away?', ['barker', 'away']],
    ['How far did the plan go?', ['plan']],
  ])('GIVEN "%s" THEN the measure after "how" frames the question and is not a term', (question, terms) => {
    expect(words(question)).toEqual(terms);
    expect(parseQuestion(question, vocabulary).kind).toBe('number');
  });

  it('GIVEN "which two countries" THEN the count is not the thing asked about', () => {
    expect(parseQuestion('Which two countries opposed the plan?', vocabulary).focus).toBeUndefined();
  });

  it('GIVEN "which hotel" THEN the hotel is what is asked about', () => {
    expect(parseQuestion('Which hotel did Barker stay at?', vocabulary).focus?.token).toBe('hotel');
  });
});
