import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overviewAsked } from '../../../src/briefing/answers/overview.js';
import { articleService, threadOn } from '../fixtures/article-service.js';

const SHIPPED = readFileSync(new URL('../../../data/000_78d76434cf3e539e.txt', import.meta.url));

describe('overviewAsked: questions about the article as a whole', () => {
  it.each([
    ['who are the main people in the story?', 'people'],
    ['Who is mentioned?', 'people'],
    ['list the key players', 'people'],
    ["who's who", 'people'],
    ['which people are named in the article?', 'people'],
    ['who is quoted?', 'quoted'],
    ['Who was interviewed for this article?', 'quoted'],
    ['who are the sources', 'quoted'],
    ['which countries are mentioned?', 'places'],
    ['what places does the article mention?', 'places'],
    ['where does the story take place?', 'setting'],
    ['what are the key points?', 'keyPoints'],
    ['give me the highlights', 'keyPoints'],
    ['What are the main issues?', 'keyPoints'],
    ['what sections are there?', 'sections'],
    ['what topics does the article cover?', 'sections'],
    ['list the sections', 'sections'],
    ['how many sections are there?', 'sections'],
    ['what is the headline?', 'headline'],
    ["what's the article called", 'headline'],
    ['which organisations are mentioned?', 'bodies'],
    ['what companies does the article mention?', 'bodies'],
    ['list the organizations', 'bodies'],
    ['what dates are mentioned?', 'dates'],
    ['list the dates named in the story', 'dates'],
  ])('GIVEN "%s" THEN it asks for the %s list', (question, kind) => {
    expect(overviewAsked(question)).toBe(kind);
  });

  it.each(['who is involved in the talks?', 'where did it happen?', 'who spoke?', 'who are the people protesting?', 'which countries signed the deal?', 'what did Blinken say?', 'what are the key points of the deal?', 'what topics did they discuss?', "what is the title of Amnesty's report?", 'what is the report called?', 'what is it called?', 'what is the title?'])(
    'GIVEN "%s", which asks of a passage THEN it asks for no list',
    (question) => {
      expect(overviewAsked(question)).toBeUndefined();
    },
  );
});

describe('ask: the lists of the article', () => {
  const ask = threadOn(SHIPPED);

  it('GIVEN "who are the main people in the story?" THEN the who\'s who, with roles, sourced to the sentences that introduce them', () => {
    const answer = ask('who are the main people in the story?');
    expect(answer.abstained).toBe(false);
    expect(answer.listing?.lead).toMatch(/people/i);
    expect(answer.listing?.items).toEqual(expect.arrayContaining(['Antony Blinken, Secretary of State', 'Matthew Miller, State Department spokesman']));
    expect(answer.answer).toContain('• Xi Jinping');
    expect(answer.sources.some((source) => source.text.includes('State Department spokesman Matthew Miller'))).toBe(true);
  });

  it('GIVEN "who is quoted?" THEN those who speak, named and described, but not those only spoken of', () => {
    const answer = ask('who is quoted?');
    expect(answer.listing?.items).toEqual(expect.arrayContaining(['Antony Blinken, Secretary of State', 'Matthew Miller, State Department spokesman', 'two senior State Department officials']));
    expect(answer.listing?.items.join(' ')).not.toContain('Xi Jinping');
    for (const source of answer.sources) expect(source.text).toMatch(/\bsaid\b/);
  });

  it('GIVEN "which countries are mentioned?" THEN the places of the story, the United States once though "America" names it too', () => {
    const items = ask('which countries are mentioned?').listing?.items ?? [];
    expect(items).toEqual(expect.arrayContaining(['China', 'Taiwan', 'Russia', 'United States', 'Italy']));
    expect(items).not.toContain('America');
  });

  it('GIVEN "which places are mentioned?" THEN every place the text names, the story\'s first; "where does the story take place?" only the story\'s', () => {
    const service = articleService(
      [
        'NAIROBI, Kenya (CNN) -- A new malaria antibody cut infections in young children by 71%, a study found.',
        'The trial ran in Kenya and Uganda. Similar results were reported from Rwanda last year.',
        'Researchers in Nairobi said the antibody could be ready by 2027.',
      ],
      'malaria',
    );
    const mentioned = service.ask('which places are mentioned?');
    expect(mentioned.listing?.items.slice(0, 2)).toEqual(['Nairobi', 'Kenya']);
    expect(mentioned.listing?.items).toEqual(expect.arrayContaining(['Uganda', 'Rwanda']));
    const setting = service.ask('where does the story take place?');
    expect(setting.listing?.lead).toBe('The story takes place in:');
    expect(setting.listing?.items).not.toContain('Rwanda');
  });

  it('GIVEN "what are the key points?" THEN the briefing\'s key points in order, each sourced to its sentence, as many as the 700-character answer holds', () => {
    const answer = ask('what are the key points?');
    const keyPoints = articleService([SHIPPED.toString()], 'shipped').briefing().keyPoints;
    const items = answer.listing?.items ?? [];
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(answer.answer.length).toBeLessThanOrEqual(700);
    // Whole points, the last perhaps cut short at a word.
    for (const [i, shown] of items.entries()) expect(keyPoints[i]?.startsWith(shown.replace(/…$/, ''))).toBe(true);
    expect(items.slice(0, -1).every((shown) => !shown.endsWith('…'))).toBe(true);
    // Sources come in the article's order; each point shown has its own.
    expect(answer.sources).toHaveLength(items.length);
    for (const shown of items) expect(answer.sources.map((source) => source.text.slice(0, 40))).toContain(shown.slice(0, 40));
  });

  it('GIVEN "what sections are there?" THEN the section titles, in order', () => {
    const answer = ask('what sections are there?');
    const titles = articleService([SHIPPED.toString()], 'shipped').briefing().sections.map((section) => section.title);
    expect(answer.listing?.items).toEqual(titles);
    expect(answer.listing?.lead).toBe(`The article has ${titles.length} sections:`);
    expect(titles).toContain('Taiwan');
  });

  it('GIVEN "what is the headline?" THEN the headline, quoted from the article as its source; an article without one says so', () => {
    const answer = ask('what is the headline?');
    expect(answer.answer).toBe('Blinken expected to issue strong warning on support for Russia as he arrives in China for key meetings');
    expect(answer.listing).toBeUndefined();
    expect(answer.sources.map((source) => source.sectionTitle)).toEqual(['Headline']);
    const plain = articleService(['The bridge over the river reopened on Monday after two years of repairs.', 'Traffic was light on the first day.'], 'bridge');
    expect(plain.ask('what is the headline?')).toMatchObject({ abstained: true, answer: 'The article has no headline.' });
  });

  it('GIVEN "which organisations are mentioned?" and "what dates are mentioned?" THEN the bodies, most named first, and the dates in order, each sourced', () => {
    const bodies = ask('which organisations are mentioned?');
    expect(bodies.listing?.lead).toBe('The organisations the article names:');
    expect(bodies.listing?.items[0]).toBe('State Department');
    expect(bodies.listing?.items).toEqual(expect.arrayContaining(['White House', 'Chinese Communist Party']));
    const dates = ask('what dates are mentioned?');
    expect(dates.listing?.lead).toBe('The dates the article names:');
    expect(dates.listing?.items).toEqual(expect.arrayContaining(['Wednesday', 'June 19, 2023', 'May 20']));
    expect(dates.listing?.items.indexOf('Wednesday')).toBeLessThan(dates.listing?.items.indexOf('May 20') ?? -1);
    expect(dates.sources.length).toBeGreaterThan(0);
  });

  it('GIVEN a list answered THEN a follow-up naming someone is answered from the article as usual', () => {
    const thread = threadOn(SHIPPED);
    thread('who is quoted?');
    const next = thread('what did Miller say?');
    expect(next.listing).toBeUndefined();
    expect(next.answer).toContain('Miller said Monday');
  });

  it('GIVEN an article that names and quotes no one THEN each list is a plain "the article does not", not an invented one', () => {
    const service = articleService(['The bridge over the river reopened on Monday after two years of repairs.', 'Traffic was light on the first day.'], 'bridge');
    for (const question of ['who are the main people?', 'who is quoted?', 'which places are mentioned?', 'which organisations are mentioned?']) {
      const answer = service.ask(question);
      expect(answer.abstained).toBe(true);
      expect(answer.listing).toBeUndefined();
      expect(answer.answer).toMatch(/^The article (?:names no one|quotes no one|does not name|names no organisation)/);
    }
  });
});
