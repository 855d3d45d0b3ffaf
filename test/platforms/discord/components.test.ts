/** Button custom ids: article id + section id within 100 characters, read back exactly. */
import { describe, expect, it } from 'vitest';
import { openSectionId, parseCustomId } from '../../../src/platforms/discord/components.js';

describe('custom ids', () => {
  it('GIVEN an article and section id THEN the id round-trips, even with ":" in the article id', () => {
    for (const [articleId, sectionId] of [['blinken', 's3-taiwan'], ['2024:05:blinken', 's1-visit']] as const) {
      const id = openSectionId(articleId, sectionId);
      expect(id?.length).toBeLessThanOrEqual(100);
      expect(parseCustomId(id ?? '')).toEqual({ kind: 'open-section', articleId, sectionId });
    }
  });
  it('GIVEN ids too long for 100 characters THEN no button rather than a broken one', () => {
    expect(openSectionId('a'.repeat(90), 's1-a-long-section-title')).toBeUndefined();
  });
  it('GIVEN ids this bot did not make THEN they are not understood', () => {
    expect(parseCustomId('brief:share')).toEqual({ kind: 'share' });
    for (const id of ['other', 'brief:open:', 'brief:open:abc', 'brief:open:abc:']) expect(parseCustomId(id)).toBeUndefined();
  });
});
