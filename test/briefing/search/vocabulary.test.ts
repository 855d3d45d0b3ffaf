import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../../src/briefing/search/vocabulary.js';
import { stem } from '../../../src/briefing/text/tokens.js';

describe('Vocabulary.correct', () => {
  const vocabulary = new Vocabulary([
    'Fighting in Sudan and Chad went on, officials in Kenya and Lebanon said.',
    'Today Pakistani police and Texan volunteers joined the search, and the Netherlands sent aid.',
    'Most people in the camps were poor.',
  ]);

  it.each([
    ['sudanese', 'sudan'],
    ['chadian', 'chad'],
    ['kenyan', 'kenya'],
    ['lebanese', 'lebanon'],
    ['dutch', 'netherlands'],
    ['pakistan', 'pakistani'],
    ['texas', 'texan'],
  ])('GIVEN "%s", a people or its country, where the article names the other THEN reads it as the article\'s "%s"', (asked, word) => {
    expect(vocabulary.correct(asked)).toMatchObject({ known: true, corrected: true, word });
  });

  it.each(['human', 'japanese', 'italian'])('GIVEN "%s", which names no place of the article THEN leaves it unknown', (asked) => {
    expect(vocabulary.correct(asked).known).toBe(false);
  });

  it('GIVEN a word whose short stem is one letter from an article stem ("dinner", "din" / "done", "don") THEN does not correct it', () => {
    const done = new Vocabulary(['Much remains to be done on both fronts.']);
    expect(done.correct('dinner').known).toBe(false);
  });

  it('GIVEN an English word whose stem is one letter from an article stem ("staying", "stay" / "state", "stat") THEN does not correct it, though the same word with another ending ("engage" for "engagement") still reads as it', () => {
    const visit = new Vocabulary(['The secretary of state praised the engagement of both sides.']);
    expect(visit.correct('staying').known).toBe(false);
    expect(visit.correct('engage')).toMatchObject({ known: true, word: 'engage' });
    expect(visit.correct('statte').known).toBe(true);
  });

  it('GIVEN a word the article uses in another derived form THEN that form is found ("volcano" / "volcanic", "minister" / "ministry"); short stems are not ("police" / "policy")', () => {
    const eruption = new Vocabulary(['Volcanic ash grounded flights after the volcano erupted.', 'The ministry moved fast; police announced a new policy.']);
    expect(eruption.derivedForms('volcano')).toContain('volcanic');
    expect(eruption.derivedForms(stem('minister'))).toContain(stem('ministry'));
    expect(eruption.derivedForms('polic')).toEqual([]);
  });

  it('GIVEN a typo of an article word THEN corrects it, and an exact word stays as it is', () => {
    expect(vocabulary.correct('kenia')).toMatchObject({ known: true, corrected: true, word: 'kenya' });
    expect(vocabulary.correct('people')).toMatchObject({ known: true, corrected: false });
  });
});

describe('Vocabulary.correct: the first part of a compound', () => {
  const vocabulary = new Vocabulary(['A ransomware attack hit the hospitals, and the pressure on staff grew at the shipyard.']);

  it('GIVEN a word the article uses only inside a compound whose rest is a word ("ransom" of "ransomware") THEN it reads as that compound', () => {
    expect(vocabulary.correct('ransom')).toMatchObject({ word: 'ransomware', known: true, corrected: true });
  });

  it('GIVEN a word that merely begins a longer one ("press" of "pressure") or is too short ("ship") THEN it stays unknown', () => {
    expect(vocabulary.correct('press').known).toBe(false);
    expect(vocabulary.correct('ship').known).toBe(false);
  });
});

describe('Vocabulary.expandAcronym', () => {
  const names = ['Chinese Communist Party', 'World Health Organization', 'Association of Southeast Asian Nations', 'State Department'];
  const vocabulary = new Vocabulary(['The ruling Chinese Communist Party met.', 'The World Health Organization and the State Department spoke.'], names);

  it('GIVEN the initials of a name of three words or more THEN they stand for its words', () => {
    expect(vocabulary.expandAcronym('ccp', false)).toEqual(['chinese', 'communist', 'party']);
    expect(vocabulary.expandAcronym('asan', false)).toEqual(['association', 'southeast', 'asian', 'nations']);
  });

  it('GIVEN initials that spell a word ("who") THEN they stand for the name only when typed in capitals', () => {
    expect(vocabulary.expandAcronym('who', false)).toBeUndefined();
    expect(vocabulary.expandAcronym('who', true)).toEqual(['world', 'health', 'organization']);
  });

  it('GIVEN a two-word name or an acronym the article itself uses THEN nothing is expanded', () => {
    expect(vocabulary.expandAcronym('sd', true)).toBeUndefined();
    const uses = new Vocabulary(['The CCP, or Chinese Communist Party, met.'], ['Chinese Communist Party']);
    expect(uses.expandAcronym('ccp', true)).toBeUndefined();
  });

  it('GIVEN "ane frank" THEN "ane", too short to correct alone, is the "anne" the article\'s name puts before "frank"; not "and"', () => {
    const names = new Vocabulary(['Anne Frank died in 1945. Margot Frank died before her.'], ['Anne Frank', 'Margot Frank']);
    expect(names.correctInName('ane', 'was', 'frank')).toMatchObject({ word: 'anne', known: true, corrected: true });
    expect(names.correctInName('margo', undefined, 'frank')).toMatchObject({ word: 'margot' });
    expect(names.correctInName('frnk', 'anne', undefined)).toMatchObject({ word: 'frank' });
    expect(names.correctInName('and', 'was', 'frank')).toBeUndefined();
    expect(names.correctInName('ane', 'was', 'died')).toBeUndefined();
  });
});


describe('names typed without their accents', () => {
  const vocabulary = new Vocabulary(['Arda Şahin scored first; Emre Aydın will take charge; the club is in Łódź.']);

  it('GIVEN "sahin", "aydin" or "lodz" THEN the article\'s "şahin", "aydın" and "łódź", known and not counted as typos', () => {
    expect(vocabulary.correct('sahin')).toMatchObject({ word: 'şahin', known: true, corrected: false });
    expect(vocabulary.correct('aydin')).toMatchObject({ word: 'aydın', known: true, corrected: false });
    expect(vocabulary.correct('lodz')).toMatchObject({ word: 'łódź', known: true, corrected: false });
  });

  it('GIVEN "sahins" THEN the plural finds the name too; a plain word the article lacks stays unknown', () => {
    expect(vocabulary.correct('sahins')).toMatchObject({ word: 'şahin', known: true });
    expect(vocabulary.correct('salmon').known).toBe(false);
  });

  it('GIVEN "last" as the verb or only as "last year" THEN saysLastAsVerb tells which', () => {
    expect(new Vocabulary(['The closure will last three months.']).saysLastAsVerb).toBe(true);
    expect(new Vocabulary(['The strike lasted six days.']).saysLastAsVerb).toBe(true);
    expect(new Vocabulary(['Antwerp handled 12 million containers last year.', 'It was the last ship in.']).saysLastAsVerb).toBe(false);
  });
});

