/**
 * An earlier occasion of the story's own event, told in the background in words of its own: the forty-sixth blind
 * review's blackout ("Ecuador's last nationwide power failure was in June 2019") and drought ("Zambia last
 * suffered a harvest failure on this scale in the 2018-19 season"). Asked of "the last big blackout" or "a drought
 * like this before", they were answered with today's news.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const wire = (name: string) =>
  createBriefingService(staticLibrary(ingestArticle(readFileSync(new URL(`../fixtures/wire/${name}`, import.meta.url), 'utf8'), { source: name, articleId: 'a' })));

describe('the earlier occasion of the story’s event', () => {
  it('GIVEN "has zambia had a drought like this before?" and "and in the earlier drought?" THEN the 2018-19 harvest failure answers', () => {
    for (const asked of ['has zambia had a drought like this before?', 'and in the earlier drought?']) {
      expect(wire('zambia-drought.txt').ask(asked).answer, asked).toMatch(/^Zambia last suffered a harvest failure on this scale in the 2018-19 season/);
    }
  });

  it('GIVEN "was anyone compensated last time" and "when was the last big blackout there" in a thread on the blackout THEN the 2019 blackout answers', () => {
    const service = wire('ecuador-blackout.txt');
    const asked = ['will people in ecuador get compensated for the blackout', 'when will they decide', 'was anyone compensated last time', 'when was the last big blackout there'];
    const answers = asked.map((question) => service.ask(question, { conversationKey: 'blackout' }).answer);
    expect(answers[2]).toMatch(/^The government blamed a maintenance error, .* paid \$12 million in compensation/);
    expect(answers[3]).toMatch(/^Ecuador's last nationwide power failure was in June 2019/);
  });

  // A guard on the ones above: asked of today, today's news answers.
  it('GIVEN "how many people need food aid?" THEN today’s sentence answers', () => {
    expect(wire('zambia-drought.txt').ask('how many people need food aid?').answer).toMatch(/^Zambia's maize harvest has fallen by more than half/);
  });

  it('GIVEN "how long did the blackout last?" THEN today’s 14 hours answer, not the six hours of 2019 under BACKGROUND', () => {
    const answer = wire('ecuador-blackout.txt').ask('how long did the blackout last?').answer;
    expect(answer).toMatch(/up to 14 hours/);
    expect(answer).not.toMatch(/2019|six hours/);
  });

  // A guard on the one above: asked of the earlier one by name, the background still answers.
  it('GIVEN "how long did the 2019 blackout last?" THEN the 2019 blackout answers', () => {
    expect(wire('ecuador-blackout.txt').ask('how long did the 2019 blackout last?').answer).toMatch(/^Ecuador's last nationwide power failure was in June 2019/);
  });

  it('GIVEN an answer from the background (2019\'s ship) THEN "how many got sick that time" and "how long was it kept in port" ask of that ship, not of this week\'s separate case or today\'s', () => {
    const service = wire('greece-cruise-outbreak.txt');
    const ask = (question: string) => service.ask(question, { conversationKey: 'corfu' }).answer;
    expect(ask('has greece held a cruise ship like this before')).toMatch(/^It is not the first time Greek authorities have held a cruise ship/);
    expect(ask('how many got sick that time')).toMatch(/^In 2019, about 200 people fell ill aboard a German-operated ship in Corfu/);
    expect(ask('how long was it kept in port')).toMatch(/^In 2019, about 200 people fell ill .* kept in port for three days/);
  });
});

