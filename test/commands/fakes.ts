/** Small fakes of the engine and subscription ports, for command-layer tests. */
import type { CommandContext, CommandServices } from '../../commands/types.js';
import type { Answer, AskOptions, BriefingService, SearchHit, TopicMatch } from '../../src/briefing/service.js';
import type { Briefing, Section } from '../../src/briefing/types.js';
import { UserError } from '../../src/errors.js';
import type { SubscriptionService } from '../../src/schedule/service.js';

const section = (id: string, title: string, summary: string, sentenceIds: number[], paragraphs: number[]): Section => ({
  id,
  title,
  summary,
  sentenceIds,
  paragraphs,
});

export const fixtureBriefing: Briefing = {
  articleId: 'blinken',
  title: 'Blinken arrives in China',
  source: 'data/blinken.txt',
  contentHash: 'x',
  engineVersion: 1,
  builtAt: '2026-01-01T00:00:00Z',
  tldr: 'Blinken warns China over its support for Russia.',
  keyPoints: ['Blinken landed in Shanghai.', 'He will warn about support for Russia.', 'Taiwan is on the agenda.'],
  sections: [
    section('s1-visit', 'The visit', 'Blinken lands in Shanghai.', [0, 1], [2]),
    section('s2-russia', "China's support for Russia", 'Machine tools and semiconductors.', [2], [3]),
    section('s3-taiwan', 'Taiwan', 'Taiwan and the South China Sea.', [3], [4]),
  ],
  sentences: [
    { id: 0, text: 'Blinken arrived in China on Wednesday.', paragraph: 2, sectionId: 's1-visit', kind: 'body' },
    { id: 1, text: 'He landed in Shanghai.', paragraph: 2, sectionId: 's1-visit', kind: 'body' },
    { id: 2, text: 'China shares machine tools with Russia.', paragraph: 3, sectionId: 's2-russia', kind: 'body' },
    { id: 3, text: 'Taiwan will also be discussed.', paragraph: 4, sectionId: 's3-taiwan', kind: 'body' },
  ],
  paragraphs: [],
  entities: [],
};

/** A recording fake: topic and search match on a substring; ask answers about Shanghai only. */
export function fakeBriefings(overrides: Partial<BriefingService> = {}, briefing = fixtureBriefing, articleCount = 1) {
  const asked: Array<{ question: string; options: AskOptions | undefined }> = [];
  const opened: Array<{ articleId: string; conversationKey: string }> = [];
  const service: BriefingService = {
    articles: () =>
      Array.from({ length: articleCount }, (_, i) => ({ articleId: `a${i}`, title: `A${i}`, source: '', contentHash: '', addedAt: '' })),
    briefing: (scope) => {
      if (scope?.articleId && scope.articleId !== briefing.articleId) throw new UserError('article.unknown', `No article "${scope.articleId}"`);
      return briefing;
    },
    findTopic: (topic): TopicMatch | null => {
      const found = briefing.sections.find((s) => s.title.toLowerCase().includes(topic.toLowerCase().slice(0, 3)));
      return found ? { section: found, score: 1 } : null;
    },
    suggestTopics: () => briefing.sections,
    search: (query): SearchHit[] =>
      briefing.sentences
        .filter((s) => s.text.toLowerCase().includes(query.toLowerCase()))
        .map((s) => ({ sectionId: s.sectionId, sectionTitle: briefing.sections.find((x) => x.id === s.sectionId)?.title ?? '', sentenceId: s.id, text: s.text, score: 1 })),
    ask: (question, options): Answer => {
      asked.push({ question, options });
      const base = { articleId: briefing.articleId, articleTitle: briefing.title };
      if (/shanghai|where/i.test(question)) {
        return { ...base, answer: 'He landed in Shanghai.', abstained: false, sources: [{ sectionId: 's1-visit', sectionTitle: 'The visit', sentenceId: 1, text: 'He landed in Shanghai.' }], suggestions: [] };
      }
      return { ...base, answer: 'The article does not say.', abstained: true, sources: [], suggestions: [{ id: 's3-taiwan', title: 'Taiwan' }] };
    },
    conversationArticle: () => undefined,
    openArticle: (articleId, options) => {
      opened.push({ articleId, conversationKey: options.conversationKey });
    },
    ...overrides,
  };
  return { service, asked, opened };
}

export const unusedSubscriptions: SubscriptionService = {
  subscribe: () => {
    throw new Error('not used');
  },
  list: () => [],
  unsubscribe: () => ({ kind: 'none' }),
};

export function fakeServices(overrides: Partial<BriefingService> = {}, articleCount = 1): CommandServices & { asked: ReturnType<typeof fakeBriefings>['asked'] } {
  const { service, asked } = fakeBriefings(overrides, fixtureBriefing, articleCount);
  return { briefings: service, subscriptions: unusedSubscriptions, asked };
}

export const context: CommandContext = {
  platform: 'console',
  channelId: 'C1',
  userId: 'U1',
  conversationKey: 'console:1',
  canManageDigests: true,
};
