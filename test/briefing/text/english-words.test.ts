import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../support/temp-dir.js';
import { SortedWords, isEnglishWord, joinedEnglishWords, nearEnglishWord } from '../../../src/briefing/text/english-words.js';

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
    // Each part three letters at least: a short name is no word and a preposition run together.
    expect(joinedEnglishWords('putin')).toBe(false);
  });
});

describe('the word list the build writes', () => {
  it('GIVEN the build step THEN its file holds the lists, sorted, one word a line, and reads back', () => {
    const file = path.join(tempDir('brief-words-'), 'english-words.txt');
    execFileSync(process.execPath, ['scripts/build/english-words.mjs', file]);
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(100_000);
    expect(lines.every((word, i) => i === 0 || (lines[i - 1] ?? '') < word)).toBe(true);
    const words = SortedWords.fromText(text);
    for (const word of ['weather', 'colour', 'color', 'zebra', 'aardvark']) expect(words.has(word), word).toBe(true);
    for (const word of ['zelensky', 'blinken', '']) expect(words.has(word), word).toBe(false);
  });

  it('GIVEN sorted words with repeats THEN each is found once kept', () => {
    const words = SortedWords.fromList(['apple', 'apple', 'pear', 'plum', 'plum']);
    expect(['apple', 'pear', 'plum'].every((word) => words.has(word))).toBe(true);
    expect(words.has('peach')).toBe(false);
  });
});
