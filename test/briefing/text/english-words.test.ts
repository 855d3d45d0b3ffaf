import { describe, expect, it } from 'vitest';
import { isEnglishWord, joinedEnglishWords, nearEnglishWord } from '../../../src/briefing/text/english-words.js';

describe('English words', () => {
  it('GIVEN ordinary words and contractions without their apostrophe THEN they are English', () => {
    for (const word of ['weather', 'dumplings', 'semiconductors', 'doesnt', 'theyre', 'color', 'colour']) expect(isEnglishWord(word), word).toBe(true);
  });

  it('GIVEN names THEN they are not English words, nor one typo from one', () => {
    for (const word of ['zelensky', 'kishida', 'swidan', 'pyongyang']) {
      expect(isEnglishWord(word), word).toBe(false);
      expect(nearEnglishWord(word), word).toBe(false);
    }
  });

  it('GIVEN a misspelt word THEN it is one typo from English; GIVEN two words run together THEN they are found', () => {
    expect(nearEnglishWord('wether')).toBe(true);
    expect(nearEnglishWord('recieve')).toBe(true);
    expect(joinedEnglishWords('didivory')).toBe(true);
    expect(joinedEnglishWords('zelensky')).toBe(false);
  });
});
