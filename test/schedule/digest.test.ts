import { describe, expect, it } from 'vitest';
import { buildDigest, newSinceLastDigest } from '../../src/schedule/digest.js';
import { FakeLibrary, briefingFor } from './fakes.js';

describe('buildDigest', () => {
  it('GIVEN an empty library THEN no digest', () => {
    expect(buildDigest({ library: new FakeLibrary() })).toBeNull();
  });

  it('GIVEN a first digest THEN headline, TL;DR, key points, sections and the follow-up hint, public, no "new since"', () => {
    const briefing = briefingFor('blinken', 'Blinken arrives in China');
    const digest = buildDigest({ library: new FakeLibrary(briefing) });
    expect(digest?.reply).toMatchObject({ kind: 'digest', visibility: 'public', actions: [] });
    const parts = digest?.reply.parts ?? [];
    expect(parts[0]).toEqual({ type: 'heading', text: 'Blinken arrives in China' });
    expect(parts).toContainEqual({ type: 'paragraph', text: briefing.tldr });
    expect(parts).toContainEqual({ type: 'bullets', items: briefing.keyPoints });
    expect(parts).toContainEqual({ type: 'bullets', items: ['The visit: Where he went.', 'Taiwan: What was said about Taiwan.'] });
    expect(digest?.reply.text).toMatch(/mention me.*\/brief ask/i);
    expect(digest?.reply.text).not.toContain('New since');
    expect(digest?.seenArticles).toEqual({ blinken: 'blinken-v1' });
  });

  it('GIVEN a changed and a new article since the last digest THEN both are named first; an unchanged one is not', () => {
    const library = new FakeLibrary(briefingFor('old', 'Old news'), briefingFor('blinken', 'Blinken arrives in China', 'v2'), briefingFor('taiwan', 'Taiwan votes'));
    const memory = { lastDigestAt: '2026-03-01T08:00:00Z', seenArticles: { old: 'old-v1', blinken: 'v1' } };
    expect(newSinceLastDigest(library.list(), memory).map((a) => a.articleId)).toEqual(['taiwan', 'blinken']);
    const digest = buildDigest({ library, memory, lateFor: '08:00' });
    expect(digest?.reply.parts.slice(0, 2)).toEqual([
      { type: 'context', text: 'late: scheduled for 08:00' },
      { type: 'paragraph', text: 'New since your last digest: Taiwan votes; Blinken arrives in China' },
    ]);
  });
});
