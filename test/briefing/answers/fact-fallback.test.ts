/**
 * A "how far", "how many" or "when" question whose best-matching sentences hold no figure is answered by the
 * best-ranked sentence that holds one and is about the question on its own; its speaker's sentence reads first.
 */
import { describe, expect, it } from 'vitest';
import { articleService } from '../fixtures/article-service.js';

const ferryArticle = [
  'Survivors recall the sinking of the Nordlys',
  'The ferry Nordlys sank in a storm off the Karvian coast on Friday, and all 40 passengers were rescued.',
  '"The whole deck tipped over in minutes," survivor Lena Vogt told reporters. "I probably drifted 300 meters before a boat picked me up.',
  'Rescue crews searched the water through the night, and the coast guard said the storm had come without warning.',
  'The ferry company said it would pay for the survivors\' hotel rooms and meals until they could travel home.',
  'Investigators will examine the ferry\'s cargo doors, which several passengers said had been left open.',
  '"I could see the ferry going under in the storm, and then I was drifting in the dark water," Vogt said.',
];
const ferry = () => articleService(ferryArticle, 'ferry');

describe('a figure asked for that the best-matching sentences lack', () => {
  it('GIVEN "How far did Vogt say she drifted in the storm?" THEN her own words with the distance answer, after the sentence naming her', () => {
    const answer = ferry().ask('How far did Vogt say she drifted in the storm?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('I probably drifted 300 meters');
    expect(answer.answer.indexOf('survivor Lena Vogt told reporters')).toBeLessThan(answer.answer.indexOf('I probably drifted'));
  });

  it('GIVEN "How many times did Vogt see the ferry go under in the storm?" THEN a figure counting something else (passengers) is no answer', () => {
    expect(ferry().ask('How many times did Vogt see the ferry go under in the storm?').abstained).toBe(true);
  });
});
