/** Slack `/brief articles` and `/brief article <which>` over loopback: the real Bolt app, two articles in the library. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { staticLibrary } from '../../briefing/fixtures/static-library.js';
import { newerStorm, olderSummit } from '../../briefing/fixtures/two-articles.js';
import { unusedSubscriptions } from '../../commands/fakes.js';
import { messageText, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ services: { briefings: createBriefingService(staticLibrary(olderSummit, newerStorm)), subscriptions: unusedSubscriptions } });
});
afterAll(async () => {
  await h.stop();
});

const sectionButtonValues = (body: Record<string, unknown>) =>
  (body.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>).flatMap((block) =>
    block.type === 'actions' ? (block.elements ?? []).filter((e) => e.action_id.startsWith('brief_section_')).map((e) => e.value) : [],
  );

describe('Slack /brief with two articles, over loopback', () => {
  it('GIVEN /brief articles THEN both titles, numbered newest first, privately', async () => {
    await h.slash('articles');
    const call = await h.double.next('respond');
    expect(call.body.response_type).toBe('ephemeral');
    const text = messageText(call.body);
    expect(text).toContain('1. Storm closes ports along the coast');
    expect(text).toContain('2. Ministers meet in Lisbon to discuss fishing quotas');
  });

  it('GIVEN /brief article with words of the older title THEN its briefing, its section buttons naming that article', async () => {
    await h.slash('article lisbon fishing');
    const call = await h.double.next('respond');
    const text = messageText(call.body);
    expect(text).toContain('Ministers meet in Lisbon to discuss fishing quotas');
    expect(text).toContain('Harbour protests');
    const values = sectionButtonValues(call.body);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value).toContain('summit');
  });

  it('GIVEN /brief article 2 THEN that user’s /brief ask in the channel goes to it first; another user’s starts from the newest', async () => {
    await h.slash('article 2');
    expect(messageText((await h.double.next('respond')).body)).toContain('Your /brief ask questions now go to this article first.');
    await h.slash('ask what happened?');
    expect(messageText((await h.double.next('respond')).body)).toContain('Lisbon');
    await h.slash('ask what happened?', { user_id: 'U2' });
    expect(messageText((await h.double.next('respond')).body)).toContain('three ports');
  });

  it('GIVEN /brief from a user who opened nothing THEN the newest article, saying how to reach the other', async () => {
    await h.slash('', { user_id: 'U3' });
    const text = messageText((await h.double.next('respond')).body);
    expect(text).toContain('Storm closes ports along the coast');
    expect(text).toContain('The newest of 2 articles; /brief articles lists them');
  });

  it('GIVEN /brief from the user who opened article 2 THEN that article, with its place in the list', async () => {
    await h.slash('');
    const text = messageText((await h.double.next('respond')).body);
    expect(text).toContain('Ministers meet in Lisbon to discuss fishing quotas');
    expect(text).toContain('Article 2 of 2');
  });
});
