import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_HINT, OTHER_ARTICLES_HINT, buildDigest, newSinceLastDigest } from '../../src/schedule/digest.js';
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

  it('GIVEN an article whose people have roles and whose places recur THEN the digest names them on a line each; without them, neither line', () => {
    const briefing = {
      ...briefingFor('blinken', 'Blinken arrives in China'),
      sentences: [
        { id: 0, text: 'Blinken landed in Shanghai.', paragraph: 2, sectionId: 's1-visit', kind: 'body' as const },
        { id: 1, text: 'From Shanghai he flies on to Beijing.', paragraph: 3, sectionId: 's2-taiwan', kind: 'body' as const },
      ],
      entities: [
        { name: 'Antony Blinken', kind: 'person' as const, aliases: ['Blinken'], role: 'Secretary of State', sentenceIds: [0] },
        { name: 'Shanghai', kind: 'place' as const, aliases: [], sentenceIds: [0, 1] },
      ],
    };
    const parts = buildDigest({ library: new FakeLibrary(briefing) })?.reply.parts ?? [];
    expect(parts).toContainEqual({ type: 'paragraph', text: "Who's who: Antony Blinken, Secretary of State" });
    expect(parts).toContainEqual({ type: 'paragraph', text: 'Places: Shanghai' });
    const plain = buildDigest({ library: new FakeLibrary(briefingFor('blinken', 'Blinken arrives in China')) })?.reply.text ?? '';
    expect(plain).not.toMatch(/Who's who|Places:/);
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

  it('GIVEN a TL;DR that is a key point word for word THEN the digest lists the other key points only', () => {
    const briefing = { ...briefingFor('taiwan', 'Taiwan votes'), tldr: 'Second point.' };
    const parts = buildDigest({ library: new FakeLibrary(briefing) })?.reply.parts ?? [];
    expect(parts).toContainEqual({ type: 'bullets', items: ['First point.', 'Third point.'] });
  });

  it('GIVEN several articles THEN the closing hint says how to see the others; with one, it does not', () => {
    const several = buildDigest({ library: new FakeLibrary(briefingFor('old', 'Old news'), briefingFor('taiwan', 'Taiwan votes')) })?.reply.parts.at(-1);
    expect(several).toEqual({ type: 'context', text: `${FOLLOW_UP_HINT} ${OTHER_ARTICLES_HINT}` });
    const one = buildDigest({ library: new FakeLibrary(briefingFor('taiwan', 'Taiwan votes')) })?.reply.parts.at(-1);
    expect(one).toEqual({ type: 'context', text: FOLLOW_UP_HINT });
  });
});
