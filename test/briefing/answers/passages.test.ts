/**
 * Answers that run over more than one sentence: a chain of "They ..." sentences is about the subject named
 * before it, "In both cases, ..." goes on with the sentence it follows, and a date asked for may sit a
 * sentence or two after the one about the event.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const serviceOf = (paragraphs: string[]) =>
  createBriefingService(staticLibrary(ingestArticle(paragraphs.join('\n\n'), { source: 'test.txt', articleId: 'test' })));

describe('ask: a chain of sentences referring back', () => {
  const service = serviceOf([
    'Rebels at sea',
    'The coast guard chief said the rebel fleet was no longer idle.',
    'They have bought fast boats. They have trained new crews. They pose a threat to every port on the coast.',
    'Fishing crews in the south have stayed in harbour since Friday.',
    'The coast guard has asked the navy for two more ships.',
  ]);

  it('GIVEN "They ... They ... They pose a threat" after the sentence naming the fleet WHEN asked whom the fleet threatens THEN the third "They" is quoted', () => {
    for (const question of ['Who does the rebel fleet threaten?', 'Who is threatened by the rebel fleet?']) {
      const answer = service.ask(question);
      expect(answer.abstained).toBe(false);
      expect(answer.answer).toContain('They pose a threat to every port');
    }
  });
});

describe('ask: a sentence that goes on with the best one', () => {
  const service = serviceOf([
    'Harbour funds stall',
    'Fishing crews protested in the harbour on Friday over fuel prices and the state of the quay.',
    'The minister promised new harbour funds and cheaper fuel for fishing crews during his visit in March.',
    'In both cases, the treasury has released nothing so far.',
    'The harbour master said crews were losing patience with the minister.',
  ]);

  it('GIVEN the promise, then "In both cases, ..." WHEN asked whether the promises were kept THEN both sentences are quoted, in order', () => {
    for (const question of ['Has the minister kept his promises to the fishing crews?', 'Did the minister deliver the harbour funds he promised?']) {
      const answer = service.ask(question);
      expect(answer.sources.map((s) => s.text.slice(0, 20))).toEqual(['The minister promise', 'In both cases, the t']);
    }
  });
});

describe('ask: the date a few sentences after the event', () => {
  const service = serviceOf([
    'Town picks a mayor',
    'Voters in Dunmore elected Maria Lopez as their new mayor after a close race.',
    'She will be sworn in at a ceremony in the town hall.',
    'Her rival conceded and congratulated her.',
    'The inauguration of the mayor is planned for June 2, the town clerk said.',
  ]);

  it('GIVEN the swearing-in and, two sentences on, "the inauguration ... June 2" WHEN asked when THEN the date is quoted, not refused', () => {
    const answer = service.ask('When will the new mayor be sworn in?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('June 2');
  });

  it('GIVEN no date anywhere near WHEN asked when the rival conceded THEN the article does not say', () => {
    expect(service.ask('When did her rival concede?').abstained).toBe(true);
  });
});

describe('ask: the figure in the next sentence, not the sentence naming the speaker', () => {
  const service = serviceOf([
    'Survivors tell of bridge collapse',
    'The bridge over the river gave way at rush hour, sending cars into the water.',
    'Melissa Hughes, 32, said she was driving home when the deck dropped under her car.',
    '"You know that free-fall feeling? I felt that twice," Hughes said.',
    'A pickup landed on top of her car, but she was not hurt.',
  ]);

  it('GIVEN "You know that free-fall feeling?" then "I felt that twice" WHEN asked how many times THEN the count is quoted with it', () => {
    const answer = service.ask('How many times did Hughes say she felt the free-fall feeling?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('I felt that twice');
  });
});

describe('ask: a real word the article lacks is not read as a typo of one it has', () => {
  const service = serviceOf([
    'Sanctions loom',
    'Several Americans have been kept in China by exit bans, the State Department said.',
    'Washington has threatened to sanction Chinese entities that supply Russia.',
    'Beijing has called on the United States to lift sanctions against Chinese firms.',
  ]);

  it('GIVEN "Which Chinese banks could the US sanction?" and no bank in the article THEN it does not say, though "bans" is one letter away', () => {
    const answer = service.ask('Which Chinese banks could the US sanction?');
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toContain('"banks"');
  });

  it('GIVEN an article that does speak of banks THEN the same question is answered', () => {
    const banks = serviceOf(['Sanctions loom', 'Washington has threatened to sanction two Chinese banks, Kunlun Bank and Dandong Bank, over their trade with Russia.', 'Beijing called the threat bullying.']);
    expect(banks.ask('Which Chinese banks could the US sanction?').answer).toContain('Kunlun Bank and Dandong Bank');
  });
});

describe('ask: "is this the first ...?" is answered by the ordinal that counts the occasions', () => {
  const service = serviceOf([
    'Minister tours the north',
    'Foreign minister Ines Duarte arrived in Oslo on Monday for talks on fishing rights.',
    'She will meet the prime minister and business leaders in the capital.',
    'The trip is her third to the country this year.',
    'Duarte took the first steps toward a fishing deal in March.',
  ]);

  it.each(["Is this Duarte's first trip to Oslo?", 'is this duartes first trip to oslo'])('GIVEN "%s" THEN "her third" is quoted, not "the first steps"', (question) => {
    const answer = service.ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('her third to the country');
  });
});
