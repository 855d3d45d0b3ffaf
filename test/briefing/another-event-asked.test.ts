/**
 * "Was there another train accident that day?" in a library of stories: the derailment story answers with its
 * separate incident, though that sentence covers fewer of the question's words than its lead, and another
 * story's "that did not happen by accident" covers some of them too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../src/briefing/ingest/index.js';
import { staticLibrary } from './fixtures/static-library.js';

const story = (articleId: string, file: string, builtAt: string) =>
  ({ ...ingestArticle(readFileSync(new URL(`fixtures/wire/${file}`, import.meta.url)), { source: file, articleId }), builtAt });

const derailment = story('derailment', 'poland-train-derailment.txt', '2026-01-01T00:00:00.000Z');
const confidenceVote = story('vote', 'portugal-confidence-vote.txt', '2026-01-02T00:00:00.000Z');
const icon = story('icon', 'greece-stolen-icon.txt', '2026-01-03T00:00:00.000Z');

describe('another event of the kind asked, in a library', () => {
  it('GIVEN "was there another train accident in poland that day?" on the newest, unrelated story THEN the derailment story answers with its separate incident', () => {
    const service = createBriefingService(staticLibrary(derailment, confidenceVote, icon));
    const answer = service.ask('was there another train accident in poland that day?', { conversationKey: 'a' });
    expect(answer.articleId).toBe('derailment');
    expect(answer.answer).toMatch(/^In a separate incident on Thursday, a freight train/);
  });
});
