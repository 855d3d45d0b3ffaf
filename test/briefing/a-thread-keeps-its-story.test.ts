/**
 * From the forty-seventh blind review: in a thread on one story, its own list of people and whether anyone died or was
 * hurt are asked of that story, not of the newest story that lists other people or counts its dead; and a thing none
 * of the article's words name ("the weather forecast") is refused, whatever else the question shares with it.
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
