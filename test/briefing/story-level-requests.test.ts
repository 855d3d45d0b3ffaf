/**
 * Requests about a story as a whole, from the forty-ninth blind review: "portugal fire - gist?" had answered with the
 * BACKGROUND paragraph on an earlier fire (its words "Portugal" and "fires"), and "what happens next" with a quote
 * elsewhere that looks ahead, though the author wrote a section "What happens next". The articles are written for
 * these tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../src/briefing/ingest/index.js';
import type { Briefing } from '../../src/briefing/types.js';
import { staticLibrary } from './fixtures/static-library.js';

const article = (articleId: string, builtAt: string, ...paragraphs: string[]): Briefing => ({
  ...ingestArticle(paragraphs.join('\n\n'), { source: `${articleId}.txt`, articleId }),
  builtAt,
});

const WILDFIRE = article(
  'wildfire',
  '2026-08-01T00:00:00.000Z',
  'Hundreds flee as wildfire spreads in northern Greece',
  'THESSALONIKI, Greece (Reuters) - About 900 people left six villages overnight as a wildfire fanned by dry winds spread through pine forest on the slopes of Mount Hortiatis, the civil protection agency said on Monday.',
  'A spokeswoman for the agency, Eleni Papadaki, said 240 firefighters and eight aircraft were at the scene. "If the wind turns tonight, we will lose the eastern villages too," said the mayor of Pylaia, Nikos Doukas.',
  'BACKGROUND',
  'Northern Greece has a long record of summer fires. In 2021 a fire on the same mountain burned 3,000 hectares and destroyed 40 homes.',
  'What happens next',
  'Engineers will inspect the water network on Tuesday before residents are allowed back. The regional governor has asked for a state of emergency.',
);
const STRIKE = article(
  'strike',
  '2026-08-02T00:00:00.000Z',
  'Dockworkers strike at Chilean ports',
  'SAN ANTONIO, Chile (AP) - Thousands of dockworkers walked off the job at Chile’s two biggest ports on Tuesday after pay talks broke down.',
  'The union said 4,200 members had joined the stoppage. Operators have offered a 6% rise.',
  'Mediators are due to meet both sides on Thursday in Santiago.',
);

describe('requests about a story as a whole', () => {
  it('GIVEN "greece fire - gist?" in a library where another story is newest THEN the wildfire’s lead answers, not its BACKGROUND on earlier fires', () => {
    const result = createBriefingService(staticLibrary(WILDFIRE, STRIKE)).ask('greece fire - gist?');
    expect(result.articleId).toBe('wildfire');
    expect(result.answer).toMatch(/^About 900 people left six villages overnight/);
  });

  it('GIVEN "greece fire gist", with no mark between the words and the request THEN the wildfire’s lead answers', () => {
    expect(createBriefingService(staticLibrary(WILDFIRE, STRIKE)).ask('greece fire gist').answer).toMatch(/^About 900 people left six villages overnight/);
  });

  it('GIVEN "greece wildfire: what happens next" THEN the author’s "What happens next" section answers, not the mayor’s fear', () => {
    const answer = createBriefingService(staticLibrary(WILDFIRE, STRIKE)).ask('greece wildfire: what happens next').answer;
    expect(answer).toMatch(/^Engineers will inspect the water network on Tuesday/);
    expect(answer).not.toMatch(/wind turns tonight/);
  });

  it('GIVEN "what happens next" of an article with no such section (guard) THEN the sentences looking ahead still answer', () => {
    const answer = createBriefingService(staticLibrary(STRIKE)).ask('what happens next').answer;
    expect(answer).toMatch(/^Mediators are due to meet both sides on Thursday/);
  });

  it('GIVEN "taiwan summary" on the shipped article THEN what it says of Taiwan answers, not a refusal for the word "summary" (or "tl" and "dr")', () => {
    const shipped = ingestArticle(readFileSync(new URL('../../data/000_78d76434cf3e539e.txt', import.meta.url), 'utf8'), { source: 'shipped.txt', articleId: 'shipped' });
    for (const question of ['taiwan summary', 'taiwan tl;dr']) {
      const result = createBriefingService(staticLibrary(shipped)).ask(question);
      expect(result.abstained, question).toBe(false);
      expect(result.answer, question).toMatch(/Taiwan/);
    }
  });
});
