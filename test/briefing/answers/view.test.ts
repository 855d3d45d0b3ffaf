import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/briefing/answers/question.js';
import { accusedTerms, viewHolder } from '../../../src/briefing/answers/view.js';
import { Vocabulary } from '../../../src/briefing/search/vocabulary.js';
import { stem } from '../../../src/briefing/text/tokens.js';

describe('viewHolder: whose view a question asks for', () => {
  it.each([
    ['How does Beijing view the Ukraine war?', ['beijing']],
    ["What's China's position on Ukraine?", ['china']],
    ['what is the union’s stance on the new shifts', ['union']],
    ['Does the Valmar government consider the dam a threat?', ['valmar', 'government']],
    ['What do the fishermen think about the quota?', ['fishermen']],
    ["What does Valmar's foreign ministry accuse Lorvia of?", ['valmar', 'foreign', 'ministry']],
  ])('GIVEN "%s" THEN the holder is %j', (question, holder) => {
    expect(viewHolder(question)).toEqual(holder);
  });

  it.each(['What did Beijing say about the war?', 'Where will he see the minister?', 'Who is the union leader?', 'How many people saw the protest?'])(
    'GIVEN "%s", which asks no view THEN there is no holder',
    (question) => {
      expect(viewHolder(question)).toBeUndefined();
    },
  );
});

describe('accusedTerms: who a question says is accused', () => {
  const parsed = (text: string) => parseQuestion(text, new Vocabulary(['The United States and Lorvia were accused.']));

  it('GIVEN "accuse the US of" THEN the United States by any of its names', () => {
    const accused = accusedTerms(parsed("What does China's foreign ministry accuse the US of?"));
    expect(accused?.has('unit')).toBe(true);
    expect(accused?.has('washington')).toBe(true);
  });

  it('GIVEN "accuse Lorvia of" THEN Lorvia; GIVEN no accusation THEN nobody', () => {
    expect(accusedTerms(parsed('What does Valmar accuse Lorvia of doing?'))?.has(stem('lorvia'))).toBe(true);
    expect(accusedTerms(parsed('What does Valmar think of Lorvia?'))).toBeUndefined();
  });
});
