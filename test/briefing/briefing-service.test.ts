import { describe, expect, it, vi } from 'vitest';
import { createBriefingService } from '../../src/briefing/briefing-service.js';
import * as articleIndex from '../../src/briefing/search/article-index.js';
import type { ArticleLibrary } from '../../src/briefing/service.js';
import type { Briefing } from '../../src/briefing/types.js';
import { buildBriefing } from './fixtures/briefing.js';
import { summitArticle } from './fixtures/summit-article.js';

vi.mock('../../src/briefing/search/article-index.js', async (importOriginal) => {
  const original = await importOriginal<typeof articleIndex>();
  return { ...original, buildArticleIndex: vi.fn(original.buildArticleIndex) };
});

function mutableLibrary(initial: Briefing): ArticleLibrary & { replace(b: Briefing): void } {
  let current = initial;
  return {
    list: () => [{ articleId: current.articleId, title: current.title, source: current.source, contentHash: current.contentHash, addedAt: current.builtAt }],
    get: (id) => (id === current.articleId ? current : undefined),
    newest: () => current,
    replace: (b) => {
      current = b;
    },
  };
}

describe('createBriefingService', () => {
  it('GIVEN many calls on one article THEN its index is built once, lazily', () => {
    const build = vi.mocked(articleIndex.buildArticleIndex);
    build.mockClear();
    const service = createBriefingService(mutableLibrary(summitArticle()));
    expect(build).not.toHaveBeenCalled();
    service.ask('Who is Erik Lund?');
    service.search('cod');
    service.findTopic('norway');
    service.suggestTopics('no', 5);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('GIVEN the article changes (new content hash) THEN the index is rebuilt and answers follow', () => {
    const build = vi.mocked(articleIndex.buildArticleIndex);
    build.mockClear();
    const library = mutableLibrary(summitArticle());
    const service = createBriefingService(library);
    expect(service.ask('How many tonnes does Oslo want?').answer).toContain('40,000');
    const revised = buildBriefing({
      articleId: 'summit',
      title: 'Revised',
      sections: [{ title: 'Norway', paragraphs: [['Oslo now wants the quota to stay at 35,000 tonnes.']] }],
    });
    library.replace({ ...revised, contentHash: 'changed' });
    expect(service.ask('How many tonnes does Oslo want?').answer).toContain('35,000');
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('GIVEN articles() and briefing() THEN they pass the library through', () => {
    const service = createBriefingService(mutableLibrary(summitArticle()));
    expect(service.articles().map((a) => a.articleId)).toEqual(['summit']);
    expect(service.briefing().title).toContain('Lisbon');
    expect(service.briefing({ articleId: 'summit' }).articleId).toBe('summit');
  });
});
