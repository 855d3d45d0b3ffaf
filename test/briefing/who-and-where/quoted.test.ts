import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { quotedPeople } from '../../../src/briefing/who-and-where/quoted.js';

/** Whom an article made of these paragraphs quotes. */
const quotedIn = (paragraphs: readonly string[]) => quotedPeople(ingestArticle(paragraphs.join('\n\n'), { source: 'article.txt' }));
const namesOf = (people: readonly { name: string }[]): string[] => people.map((p) => p.name);

describe('quotedPeople: whom the article quotes', () => {
  const TALKS = [
    'Trade ministers of Valmar and Lorvia met in Ostrava on Monday to settle a dispute over grain.',
    '"We are further apart than a year ago," Valmar trade minister Ana Ruiz said.',
    'The talks will resume in May, said Tomas Berger, the chief negotiator for Lorvia.',
    'Ruiz met Prime Minister Henrik Dahl on Tuesday. Dahl\'s spokesman said the meeting was cordial.',
    'Lorvia will not back down, a senior Lorvian Foreign Ministry official said.',
    'The deal is close, a second senior Lorvian Foreign Ministry official said. It is not, the official said.',
  ];
  const { named, unnamed } = quotedIn(TALKS);

  it('GIVEN "..., X said", "said X, role" THEN both speakers are quoted, with the role the article gives, most quoted first', () => {
    expect(namesOf(named)).toEqual(['Ana Ruiz', 'Tomas Berger']);
    expect(named[0]?.role).toMatch(/trade minister/i);
  });

  it('GIVEN "Dahl\'s spokesman said" THEN Dahl, whose spokesman speaks, is not quoted', () => {
    expect(namesOf(named)).not.toContain('Henrik Dahl');
  });

  it('GIVEN speakers given only by description, a first and a second THEN they are two described speakers; "the official said" adds none', () => {
    expect(unnamed).toEqual(['two senior Lorvian Foreign Ministry officials']);
  });

  it('GIVEN "a White House spokesman said" and a White House spokesman named elsewhere THEN the description is taken for him, not listed again', () => {
    const { named: people, unnamed: described } = quotedIn([
      'The president rested at home on Saturday, a White House spokesman said.',
      'He will return to work on Monday, White House spokesman Tony Snow said.',
      'The doctors were pleased, a hospital spokeswoman said.',
    ]);
    expect(namesOf(people)).toEqual(['Tony Snow']);
    expect(described).toEqual([]);
    const { unnamed: others } = quotedIn([
      'The clinic reopened on Saturday, a Red Cross spokeswoman said.',
      'He will return to work on Monday, White House spokesman Tony Snow said.',
    ]);
    expect(others).toEqual(['a Red Cross spokeswoman']);
  });

  it('GIVEN an article that quotes no one THEN neither list holds anyone', () => {
    expect(quotedIn(['The bridge over the Vltava reopened on Monday after two years of repairs.', 'Traffic was light.'])).toEqual({ named: [], unnamed: [], unnamedSentenceIds: [] });
  });
});
