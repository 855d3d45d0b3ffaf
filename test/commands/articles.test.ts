import { describe, expect, it } from 'vitest';
import { runBriefText, runCommand } from '../../commands/dispatch.js';
import { createBriefingService } from '../../src/briefing/briefing-service.js';
import { staticLibrary } from '../briefing/fixtures/static-library.js';
import { newerStorm, olderSummit } from '../briefing/fixtures/two-articles.js';
import { context, unusedSubscriptions } from './fakes.js';

const services = (...briefings: Parameters<typeof staticLibrary>) => ({ briefings: createBriefingService(staticLibrary(...briefings)), subscriptions: unusedSubscriptions });
const twoArticles = () => services(olderSummit, newerStorm);
const openedArticles = (reply: Awaited<ReturnType<typeof runBriefText>>) => [...new Set(reply.actions.flatMap((a) => (a.type === 'open-section' ? [a.articleId] : [])))];

describe('/brief articles', () => {
  it('GIVEN two articles THEN both are listed newest first, numbered, with when each came and which one /brief shows', async () => {
    const reply = await runBriefText('articles', context, twoArticles());
    expect(reply.text).toContain('I have 2 articles, newest first');
    const storm = reply.text.indexOf('1. Storm closes ports along the coast');
    const summit = reply.text.indexOf('2. Ministers meet in Lisbon to discuss fishing quotas');
    expect(storm).toBeGreaterThanOrEqual(0);
    expect(summit).toBeGreaterThan(storm);
    expect(reply.text).toContain('Added 2026-02-01; the newest, which /brief shows');
    expect(reply.text).toContain('Added 2026-01-01');
    expect(reply.text).toContain('/brief article <number or title>');
  });

  it('GIVEN one article THEN it says so, with nothing to explain about choosing one', async () => {
    const reply = await runBriefText('articles', context, services(olderSummit));
    expect(reply.text).toContain('I have one article');
    expect(reply.text).toContain('1. Ministers meet in Lisbon');
    expect(reply.text).not.toContain('/brief article <number or title>');
    const shown = await runBriefText('article 1', context, services(olderSummit));
    expect(shown.text).toContain('Harbour protests');
    expect(shown.text).not.toContain('/brief ask questions now go');
  });

  it('GIVEN more articles than a reply lists THEN the newest are shown and the count says so', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...newerStorm, articleId: `storm-${i}`, title: `Storm number ${i}`, builtAt: `2026-02-${String(i + 1).padStart(2, '0')}T00:00:00.000Z` }));
    const reply = await runBriefText('articles', context, services(...many.slice(0, 28)));
    expect(reply.text).toContain('I have 28 articles, newest first (the 25 newest shown)');
    expect(reply.text).toContain('1. Storm number 27');
    expect(reply.text).toContain('25. Storm number 3: Added');
    expect(reply.text).not.toMatch(/Storm number [012]:/);
  });

  it('GIVEN an empty library THEN the reply says how to add an article', async () => {
    const reply = await runBriefText('articles', context, services());
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('brief ingest');
  });
});

describe('/brief article <which>', () => {
  it('GIVEN its number THEN that article’s whole briefing, named, its section buttons opening it', async () => {
    const reply = await runBriefText('article 2', context, twoArticles());
    expect(reply.kind).toBe('briefing');
    expect(reply.text).toContain('Ministers meet in Lisbon to discuss fishing quotas');
    expect(reply.text).toContain('Harbour protests');
    expect(reply.text).not.toContain('Storm closes ports');
    expect(reply.text).toContain('From the article: Ministers meet in Lisbon');
    expect(openedArticles(reply)).toEqual(['summit']);
  });

  it('GIVEN words of its title with a typo, or its id THEN that article', async () => {
    expect((await runBriefText('article lisbon fishng', context, twoArticles())).text).toContain('Harbour protests');
    expect(openedArticles(await runBriefText('article storm', context, twoArticles()))).toEqual(['storm']);
    expect(openedArticles(await runCommand('article', { options: { article: 'summit' } }, context, twoArticles()))).toEqual(['summit']);
    // Words only the opening sentence has (the TL;DR), not the title.
    expect(openedArticles(await runBriefText('article ana costa', context, twoArticles()))).toEqual(['summit']);
  });

  it('GIVEN a person, section or key point the briefing shows, not in the title or opening THEN that article', async () => {
    expect(openedArticles(await runBriefText('article erik lund', context, twoArticles()))).toEqual(['summit']);
    expect(openedArticles(await runBriefText('article harbour protests', context, twoArticles()))).toEqual(['summit']);
    expect(openedArticles(await runBriefText('article forecasters', context, twoArticles()))).toEqual(['storm']);
  });

  it('GIVEN words no title holds THEN it says so, echoing them harmlessly, and lists the articles', async () => {
    const reply = await runBriefText('article volcano <!channel> @everyone', context, twoArticles());
    expect(reply.text).toContain('No article matches "volcano');
    expect(reply.text).not.toMatch(/<!channel>|@everyone/);
    expect(reply.text).toContain('1. Storm closes ports along the coast');
    expect(reply.text).toContain('2. Ministers meet in Lisbon');
  });

  it('GIVEN a number past the list THEN it says no article matches', async () => {
    expect((await runBriefText('article 7', context, twoArticles())).text).toContain('No article matches "7"');
  });

  it('GIVEN an article shown THEN the same user’s /brief ask questions there go to it first, and the reply says so; others still start from the newest', async () => {
    const shared = twoArticles();
    const shown = await runBriefText('article 2', context, shared);
    expect(shown.text).toContain('Your /brief ask questions now go to this article first.');
    expect((await runBriefText('ask what happened?', context, shared)).text).toContain('Lisbon');
    const elsewhere = { ...context, conversationKey: 'console:2' };
    expect((await runBriefText('ask what happened?', elsewhere, shared)).text).toContain('three ports');
  });

  it('GIVEN an article shown THEN that user’s topics, searches and sections are its own first; the newest’s only where it has none', async () => {
    const shared = twoArticles();
    await runBriefText('article lisbon', context, shared);
    const sections = await runBriefText('sections', context, shared);
    expect(sections.text).toContain('Harbour protests');
    expect(openedArticles(sections)).toEqual(['summit']);
    // Both articles say "expect": the opened one answers.
    expect(openedArticles(await runBriefText('search expected', context, shared))).toEqual(['summit']);
    expect(openedArticles(await runBriefText('search expected', { ...context, conversationKey: 'console:2' }, shared))).toEqual(['storm']);
    expect(openedArticles(await runBriefText('norway', context, shared))).toEqual(['summit']);
    // Words only the newest has are still found there, and named.
    const storm = await runBriefText('search ports', context, shared);
    expect(storm.text).toContain('closed three ports');
    expect(storm.text).toContain('Found in another article: Storm closes ports along the coast');
    // The briefing itself is the opened article's, with its place in the list.
    const briefing = await runBriefText('', context, shared);
    expect(openedArticles(briefing)).toEqual(['summit']);
    expect(briefing.text).toContain('Article 2 of 2; /brief articles lists them, /brief article 1 shows the newest.');
    // Another user in the channel still starts from the newest.
    expect(openedArticles(await runBriefText('sections', { ...context, conversationKey: 'console:2' }, shared))).toEqual(['storm']);
  });

  it('GIVEN nothing after the verb THEN its usage', async () => {
    const reply = await runBriefText('article', context, twoArticles());
    expect(reply.text).toContain('That form needs more: /brief article <number or title>');
  });

  it('GIVEN an empty library THEN the reply says how to add an article', async () => {
    expect((await runBriefText('article 1', context, services())).text).toContain('brief ingest');
  });
});

describe('/brief with several articles', () => {
  it('GIVEN two articles THEN the briefing is the newest’s and says how to reach the other', async () => {
    const reply = await runBriefText('', context, twoArticles());
    expect(reply.text).toContain('Storm closes ports along the coast');
    expect(reply.text).toContain('The newest of 2 articles; /brief articles lists them');
  });

  it('GIVEN a TL;DR that is the first key point THEN the briefing shows that sentence once', async () => {
    const reply = await runBriefText('', context, services(newerStorm));
    expect(newerStorm.keyPoints[0]).toBe(newerStorm.tldr);
    expect(reply.text.split(newerStorm.tldr).length - 1).toBe(1);
    for (const point of newerStorm.keyPoints.slice(1)) expect(reply.text).toContain(point);
  });

  it('GIVEN one article THEN the briefing says nothing of others', async () => {
    const reply = await runBriefText('', context, services(newerStorm));
    expect(reply.text).not.toContain('/brief articles');
  });
});
