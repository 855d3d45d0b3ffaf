/**
 * From the forty-seventh and forty-eighth blind reviews: in a thread on one story, its own list of people and whether
 * anyone died or was hurt are asked of that story, not of the newest story that lists other people or counts its dead;
 * a thing none of the article's words name ("the weather forecast") is refused, whatever else the question shares with
 * it; and a name typed a letter off, "the EU" and "bribery" find the story they are about among several.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../src/briefing/ingest/index.js';
import type { Briefing } from '../../src/briefing/types.js';
import { staticLibrary } from './fixtures/static-library.js';

const wire = (name: string, articleId: string, builtAt: string): Briefing => ({
  ...ingestArticle(readFileSync(new URL(`./fixtures/wire/${name}`, import.meta.url), 'utf8'), { source: name, articleId }),
  builtAt,
});

/** The crush story is the newest: it answers when no thread says otherwise. */
const library = () =>
  createBriefingService(
    staticLibrary(
      wire('japan-moon-probe.txt', 'moon', '2026-11-01T00:00:00.000Z'),
      wire('ireland-cheese-recall.txt', 'cheese', '2026-11-02T00:00:00.000Z'),
      wire('india-temple-crush.txt', 'crush', '2026-11-03T00:00:00.000Z'),
    ),
  );

describe('a thread keeps its story', () => {
  it('GIVEN a thread on the cheese recall WHEN asked "who are the main people" THEN the recall’s people are listed, and the thread stays on it', () => {
    const service = library();
    expect(service.ask('what happened with the cheese recall', { conversationKey: 't' }).articleId).toBe('cheese');
    const people = service.ask('who are the main people', { conversationKey: 't' });
    expect(people.articleId).toBe('cheese');
    expect(people.answer).toContain('Siobhán Byrne');
    expect(service.ask('what did the company say', { conversationKey: 't' }).articleId).toBe('cheese');
  });

  it('GIVEN a thread on the moon probe WHEN asked "was anyone injured" THEN the probe story answers that it does not say, not the crush story’s injured', () => {
    const service = library();
    service.ask('moon probe: what happened', { conversationKey: 't' });
    const injured = service.ask('was anyone injured', { conversationKey: 't' });
    expect(injured.articleId).toBe('moon');
    expect(injured.abstained).toBe(true);
  });

  it('GIVEN no thread (guard) WHEN asked "how many people died" THEN the story counting its dead answers', () => {
    expect(library().ask('how many people died').answer).toMatch(/^Nine people, including four women/);
  });

  it('GIVEN "whats the weather forecast for next launch" THEN it is refused for "forecast", not answered with the launch time', () => {
    const answer = library().ask('whats the weather forecast for next launch', { articleId: 'moon' });
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toContain('forecast');
  });
});

describe('a question finds its story among several', () => {
  /** The shipped article is the newest, as in the forty-eighth review's library: questions start there. */
  const withShippedNewest = () =>
    createBriefingService(
      staticLibrary(
        wire('greece-cruise-outbreak.txt', 'cruise', '2026-11-01T00:00:00.000Z'),
        wire('ghana-bribery-trial.txt', 'trial', '2026-11-02T00:00:00.000Z'),
        { ...ingestArticle(readFileSync(new URL('../../data/000_78d76434cf3e539e.txt', import.meta.url), 'utf8'), { source: 'shipped.txt', articleId: 'shipped' }), builtAt: '2026-11-03T00:00:00.000Z' },
      ),
    );

  it('GIVEN "whos vlachu" (a name typed a letter off) THEN the cruise story naming Eleni Vlachou answers, and "what does she want the EU to do" follows it there', () => {
    const service = withShippedNewest();
    const who = service.ask('whos vlachu', { conversationKey: 'v' });
    expect(who.articleId).toBe('cruise');
    expect(who.answer).toContain('Deputy Health Minister Eleni Vlachou');
    const eu = service.ask('what does she want the EU to do', { conversationKey: 'v' });
    expect(eu.articleId).toBe('cruise');
    expect(eu.answer).toMatch(/^Vlachou said the government would also ask the European Commission/);
  });

  it('GIVEN "any news on the bribery case" THEN the trial of a minister who took bribes answers, not the shipped story’s "In both cases"', () => {
    const answer = withShippedNewest().ask('any news on the bribery case');
    expect(answer.articleId).toBe('trial');
  });
});
