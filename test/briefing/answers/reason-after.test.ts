import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const text = [
  'Inside the forgotten floor',
  'We toured the jail with the judge on a Tuesday.',
  "At first, it's hard to determine where the people are. The prisoners are wearing sleeveless robes. Imagine cutting holes for arms and feet in a heavy wool sleeping bag. They're designed to keep the mentally ill patients from injuring themselves.",
  'The cells are cramped and loud, and the guards rarely come up to the ninth floor.',
].join('\n\n');
const service = createBriefingService(staticLibrary(ingestArticle(text, { source: 'jail.txt', articleId: 'jail' })));

describe('ask: why, when the reason comes a sentence or two later', () => {
  it('GIVEN "why do the inmates wear robes?" THEN the robes and what they are designed to do are quoted', () => {
    const answer = service.ask('why do the inmates wear robes?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('sleeveless robes');
    expect(answer.answer).toContain('designed to keep the mentally ill patients from injuring themselves');
  });

  it('GIVEN a question that asks no reason THEN the next sentences are not added', () => {
    expect(service.ask('what are the prisoners wearing?').answer).not.toContain('designed to keep');
  });
});
