import { articleContext, buildReply, openSectionActions } from './build-reply.js';
import { messages } from './messages.js';
import type { ReplyPart } from './reply.js';
import type { Command } from './types.js';

/**
 * An option no platform declares: the article a part of the briefing ("/brief people") is asked of, set by the
 * form that asks it. A plain `/brief ask` goes to the conversation's article, or to another that answers.
 */
export const ARTICLE_OPTION = 'article';

/** `/brief ask <question>`: a cited answer quoted from the article, or a plain "the article does not say". */
export default {
  name: 'ask',
  description: 'A cited answer quoted from the article, or a plain "the article does not say"',
  usage: '/brief ask <question>',
  examples: ['/brief ask who is the State Department spokesman?', '/brief ask what did Blinken say about Europe?'],
  options: [{ name: 'question', description: 'Your question about the article', required: true, maxLength: 1000 }],
  execute: async (input, context, services) => {
    const question = input.options.question ?? '';
    const articleId = input.options[ARTICLE_OPTION];
    const answer = services.briefings.ask(question, articleId === undefined ? { conversationKey: context.conversationKey } : { conversationKey: context.conversationKey, articleId });
    const briefing = services.briefings.briefing({ articleId: answer.articleId });
    const articleCount = services.briefings.articles().length;
    if (answer.abstained) {
      const hasSuggestions = answer.suggestions.length > 0;
      return buildReply({
        kind: 'answer',
        parts: [
          { type: 'paragraph', text: answer.answer },
          ...(hasSuggestions ? [{ type: 'context', text: messages.closestSections(answer.suggestions.map((s) => s.title)) } as const] : []),
          ...articleContext(articleCount, answer.articleTitle),
        ],
        actions: openSectionActions(briefing, answer.suggestions),
      });
    }
    const titles = [...new Set(answer.sources.map((source) => source.sectionTitle).filter(Boolean))];
    const sourceIds = [...new Set(answer.sources.map((source) => source.sectionId).filter((id): id is string => id !== null))];
    // A list (the article's people, speakers, places, key points; the library's articles) is shown as one, its sources below; a quote as a quote.
    const body: ReplyPart[] = answer.listing
      ? [
          { type: 'paragraph', text: answer.listing.lead },
          { type: 'bullets', items: answer.listing.items },
          ...(titles.length > 0 ? [{ type: 'context', text: messages.sourcesLine(titles) } satisfies ReplyPart] : []),
        ]
      : [
          { type: 'quote', text: answer.answer, ...(titles.length === 1 && titles[0] ? { source: titles[0] } : {}) },
          ...(titles.length > 1 ? [{ type: 'context', text: messages.sourcesLine(titles) } satisfies ReplyPart] : []),
        ];
    return buildReply({
      kind: 'answer',
      parts: [...body, ...articleContext(articleCount, answer.articleTitle, answer.fromAnotherArticle === true)],
      actions: openSectionActions(briefing, briefing.sections.filter((section) => sourceIds.includes(section.id))),
    });
  },
} satisfies Command;
