import { chooseArticle, type ArticleWords } from '../src/briefing/choose-article.js';
import { articleContext, buildReply } from './build-reply.js';
import { briefingReply } from './briefing-reply.js';
import { MAX_LISTED_ARTICLES } from './articles.js';
import { messages } from './messages.js';
import type { ReplyPart } from './reply.js';
import { echo } from './sanitize.js';
import type { Command, CommandServices } from './types.js';

/**
 * What a user may name an article by: its title and its opening sentence (the TL;DR), which a title cut from a
 * long first sentence ("Independent candidate ... won…") leaves out the end of ("mayor of Gdansk"); and what it
 * is about, as its briefing shows it: the key points, the section titles, the people, places and bodies it
 * names ("/brief article lubitz", "/brief article taiwan").
 */
export const articleWords =
  (services: CommandServices): ArticleWords =>
  (article) => {
    const briefing = services.briefings.briefing({ articleId: article.articleId });
    const names = briefing.entities.filter((entity) => entity.kind !== 'date').map((entity) => entity.name);
    return [article.title, briefing.tldr, ...briefing.keyPoints, ...briefing.sections.map((section) => section.title), ...names].join(' ');
  };

/** `/brief article <number or title>`: the briefing of any article of the library, not only the newest. */
export default {
  name: 'article',
  description: 'The briefing of one article: its number in /brief articles, or words of its title (typos are fine)',
  usage: '/brief article <number or title>',
  examples: ['/brief article 2', '/brief article <words of its title>'],
  options: [{ name: 'article', description: 'Its number in /brief articles, or words of its title', required: true, autocomplete: true, maxLength: 200 }],
  execute: async (input, context, services) => {
    const asked = input.options.article ?? '';
    const articles = services.briefings.articles();
    // An empty library: the engine's own message says how to add an article.
    if (articles.length === 0) services.briefings.briefing();
    const chosen = chooseArticle(articles, asked, articleWords(services));
    if (chosen) {
      const briefing = services.briefings.briefing({ articleId: chosen.articleId });
      // What the user asks next (/brief ask, from the same channel) is put to this article first.
      services.briefings.openArticle(chosen.articleId, { conversationKey: context.conversationKey });
      // With one article there is no other to go to: nothing to say of where questions go.
      const where: ReplyPart[] = articles.length > 1 ? [{ type: 'context', text: messages.askedOfArticle }] : [];
      return briefingReply(briefing, [...articleContext(articles.length, chosen.title), ...where]);
    }
    return buildReply({
      kind: 'sections',
      parts: [
        { type: 'paragraph', text: messages.articleNotFound(echo(asked)) },
        { type: 'bullets', items: articles.slice(0, MAX_LISTED_ARTICLES).map((article, i) => `${i + 1}. ${article.title}`) },
      ],
    });
  },
} satisfies Command;
