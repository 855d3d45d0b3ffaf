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

  it('GIVEN honours after the speaker\'s name ("Judge Caroline Ashworth KC said") or an office before it ("Tewkesbury MP Laura Pike said") THEN each is quoted', () => {
    const quoted = quotedIn([
      'Sentencing him, Judge Caroline Ashworth KC said he had "lied to ordinary people".',
      'Cheltenham and Tewkesbury MP Laura Pike said: "People here have been let down too many times."',
    ]);
    expect(namesOf(quoted.named)).toEqual(expect.arrayContaining(['Caroline Ashworth', 'Laura Pike']));
  });

  it('GIVEN "Dahl\'s spokesman said" THEN Dahl, whose spokesman speaks, is not quoted', () => {
    expect(namesOf(named)).not.toContain('Henrik Dahl');
  });

  it('GIVEN speakers given only by description, a first and a second THEN they are two described speakers; "the official said" adds none; "Dahl\'s spokesman" speaks', () => {
    expect(unnamed).toEqual(["Dahl's spokesman", 'two senior Lorvian Foreign Ministry officials']);
  });

  it('GIVEN "a White House spokesman said" and a White House spokesman named elsewhere THEN the description is taken for him, not listed again', () => {
    const { named: people, unnamed: described } = quotedIn([
      'The president rested at home on Saturday, a White House spokesman said.',
      'He will return to work on Monday, White House spokesman Tony Snow said.',
      'The doctors were pleased, a hospital spokeswoman said.',
    ]);
    expect(namesOf(people)).toEqual(['Tony Snow']);
    expect(described).toEqual(['a hospital spokeswoman']);
    const { unnamed: others } = quotedIn([
      'The clinic reopened on Saturday, a Red Cross spokeswoman said.',
      'He will return to work on Monday, White House spokesman Tony Snow said.',
    ]);
    expect(others).toEqual(['a Red Cross spokeswoman']);
  });

  it('GIVEN the attributions news uses ("X, role, said", "X, said", "said role, X.", "X of the University of Y said") THEN each speaker is found', () => {
    const { named: people } = quotedIn([
      'The club confirmed the transfer on Friday. Moreira\'s agent, Luiz Carvalho, said the player had chosen the club for its academy.',
      'Brian Heller, 58, of Dayton, said his appointment was cancelled.',
      '"This was not only a natural disaster," said the group\'s regional director, Yusuf Hamdani.',
      'Political scientist Pawel Nowak of the University of Gdansk said the result was a surprise.',
    ]);
    expect(namesOf(people)).toEqual(expect.arrayContaining(['Luiz Carvalho', 'Brian Heller', 'Yusuf Hamdani', 'Pawel Nowak']));
    const { named: cited, unnamed } = quotedIn([
      'According to Priya Nandakumar, an economist at Delmar Capital, prices will rise.',
      'Jean-Marc Keller, a spokesman for the canton, said the road would reopen on Friday.',
    ]);
    expect(namesOf(cited)).toEqual(expect.arrayContaining(['Priya Nandakumar', 'Jean-Marc Keller']));
    // Words in quotes given to something are the person's: 'X called it "..."'; calling the police is not.
    const called = namesOf(quotedIn(['Mayor Anna Berg called the decision "a dark day for the city".', 'Peter Holm called the police at midnight.']).named);
    expect(called).toEqual(['Anna Berg']);
    // The canton's spokesman is Keller, named: not a second, described speaker.
    expect(unnamed).toEqual([]);
  });

  it('GIVEN a name before someone else\'s attribution ("in Siemianowice Śląskie, a spokeswoman said", "Miss Beazley, Stanzel said", "Gunawardena, acted as a go-between, the report said") THEN that name is not a speaker', () => {
    const { named: people } = quotedIn([
      'Two people were hurt in Siemianowice Śląskie, a spokeswoman for the ambulance service said.',
      'The president played with his terriers, Barney and Miss Beazley, Scott Stanzel said.',
      'The assistant manager, Lalith Gunawardena, acted as a go-between, the report said.',
    ]);
    expect(namesOf(people)).toEqual(['Scott Stanzel']);
  });

  it('GIVEN "..., she said." right after a sentence naming her THEN she is quoted; of two named, the one the pronoun fits; a pronoun that fits no one quotes no one', () => {
    const { named: people } = quotedIn([
      'Mayor Núria Ferrer cancelled the festival on Saturday. "Tonight should have been a celebration," she said.',
      'Thomas Berg and Anna Lind left the hall early. "It was a disgrace," he said.',
      'Maria Olsen opened the meeting. "We will not give up," he said.',
    ]);
    expect(namesOf(people)).toContain('Núria Ferrer');
    expect(namesOf(people)).not.toContain('Maria Olsen');
    expect(namesOf(people)).toContain('Thomas Berg');
    expect(namesOf(people)).not.toContain('Anna Lind');
  });

  it('GIVEN a body closing someone\'s apposition, or a sentence opening that reads like a name THEN neither speaks; a titled name after the verb does', () => {
    const { named: people } = quotedIn([
      '"Audiences decide," Tunde Balogun, the chief executive of the cinema chain Marina Screens, said.',
      'Besides Bekele, 14 runners were treated for heat exhaustion. "He collapsed at the line," he said.',
      '"The blue band goes into the water," explained Dr Benjamin Koetz from the European Space Agency.',
    ]);
    expect(namesOf(people)).toEqual(expect.arrayContaining(['Tunde Balogun', 'Benjamin Koetz']));
    expect(namesOf(people)).not.toContain('Marina Screens');
    expect(namesOf(people).join(' ')).not.toContain('Bekele');
  });

  it('GIVEN a speaker described as "a European government official" THEN the article before the description reads as spoken', () => {
    expect(quotedIn(['The talks failed, a European government official said.']).unnamed).toEqual(['a European government official']);
  });

  it('GIVEN speakers described by whom they speak for ("a spokesman for the regional fire service said") THEN that is their description; "the same official" is none', () => {
    const { unnamed: described } = quotedIn([
      'About 300 firefighters were deployed overnight, a spokesman for the regional fire service said.',
      'The fire was contained, a police officer told reporters. More crews arrived, the same officer said.',
    ]);
    expect(described).toEqual(['a spokesman for the regional fire service', 'a police officer']);
    // People of any trade, described: "one contract truck driver said"; "the coast guard said" is a body.
    expect(quotedIn(['"It was terrible," one contract truck driver said. The road reopened, the coast guard said.']).unnamed).toEqual(['a contract truck driver']);
  });

  it('GIVEN an article that quotes no one THEN neither list holds anyone', () => {
    expect(quotedIn(['The bridge over the Vltava reopened on Monday after two years of repairs.', 'Traffic was light.'])).toEqual({ named: [], unnamed: [], unnamedSentenceIds: [] });
  });
});
