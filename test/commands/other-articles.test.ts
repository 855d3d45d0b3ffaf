import { describe, expect, it } from 'vitest';
import { runBriefText } from '../../commands/dispatch.js';
import { createBriefingService } from '../../src/briefing/briefing-service.js';
import { staticLibrary } from '../briefing/fixtures/static-library.js';
import { newerStorm, olderSummit } from '../briefing/fixtures/two-articles.js';
import { context, unusedSubscriptions } from './fakes.js';

const services = () => ({ briefings: createBriefingService(staticLibrary(olderSummit, newerStorm)), subscriptions: unusedSubscriptions });
const openedArticles = (reply: Awaited<ReturnType<typeof runBriefText>>) => [...new Set(reply.actions.flatMap((a) => (a.type === 'open-section' ? [a.articleId] : [])))];

describe('/brief with several articles', () => {
  it('GIVEN a topic only an older article has THEN its section, naming that article, its buttons opening it', async () => {
    const reply = await runBriefText('harbour protests', context, services());
    expect(reply.kind).toBe('section');
    expect(reply.text).toContain('Hundreds of fishermen protested');
    expect(reply.text).toContain('Ministers meet in Lisbon to discuss fishing quotas');
    expect(openedArticles(reply)).toEqual(['summit']);
  });

  it('GIVEN search words only an older article holds THEN its passages, naming it; words the newest holds stay with the newest', async () => {
    const reply = await runBriefText('search cod quota', context, services());
    expect(reply.kind).toBe('search');
    expect(reply.text).toContain('cut the cod quota');
    expect(reply.text).toContain('Ministers meet in Lisbon to discuss fishing quotas');
    const newest = await runBriefText('search ports', context, services());
    expect(newest.text).toContain('closed three ports');
    expect(newest.text).not.toContain('Lisbon');
  });

  it('GIVEN a question only an older article answers THEN the answer says it is not from the article the asker is on; one from the newest does not', async () => {
    const elsewhere = await runBriefText('ask why did the fishermen protest?', context, services());
    expect(elsewhere.text).toContain('fear losing their jobs');
    expect(elsewhere.text).toContain('Found in another article: Ministers meet in Lisbon to discuss fishing quotas');
    const newest = await runBriefText('ask how many ports did the storm close?', context, services());
    expect(newest.text).toContain('closed three ports');
    expect(newest.text).not.toContain('Found in another article');
  });

  it('GIVEN a topic or words no article has THEN the newest article says so, as before', async () => {
    expect((await runBriefText('search volcano', context, services())).text).toContain('No passage in the article matches "volcano"');
    expect((await runBriefText('volcano', context, services())).kind).toBe('sections');
    // Words every passage has are no search: the reply says so instead of "no passage matches".
    const common = (await runBriefText('search the', context, services())).text;
    expect(common).toContain('"the" is too common to search for');
    expect(common).not.toContain('No passage in the article matches');
  });

  it('GIVEN an opened article and a side question another answers THEN /brief and /brief people stay on the opened one', async () => {
    const shared = services();
    await runBriefText('article summit', context, shared);
    const side = await runBriefText('ask how many ports did the storm close?', context, shared);
    expect(side.text).toContain('closed three ports');
    const people = await runBriefText('people', context, shared);
    expect(people.text).toContain('Ana Costa');
    expect((await runBriefText('', context, shared)).text).toContain('Ministers meet in Lisbon');
  });
});
