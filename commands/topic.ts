import { buildReply, openSectionActions, sectionReply } from './build-reply.js';
import { briefingPart, mistypedPart, partName } from './briefing-parts.js';
import { currentBriefing } from './current-article.js';
import { messages } from './messages.js';
import { inOtherArticles } from './other-articles.js';
import { echo } from './sanitize.js';
import type { Command } from './types.js';
import { ARTICLE_OPTION } from './ask.js';
import { editDistance } from '../src/briefing/search/edit-distance.js';

/**
 * The form a topic's first word misspells ("articel" for "article", "serach" for "search"), with the rest of the
 * topic after it; a word of four letters or fewer is left alone, as are words that are a form's name.
 */
function mistypedForm(topic: string, forms: readonly Command[]): string | undefined {
  const [, first = '', rest = ''] = /^(\S+)\s*([\s\S]*)$/.exec(topic.trim()) ?? [];
  const word = first.toLowerCase();
  if (word.length < 5) return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const { name } of forms) {
    if (name === word || name.length < 5) continue;
    const distance = editDistance(word, name, 2);
    if (distance <= (name.length >= 7 ? 2 : 1) && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best === undefined ? undefined : `/brief ${best.name}${rest === '' ? '' : ` ${rest}`}`;
}

/** `/brief <topic>` and `/brief topic <topic>`: the section that best matches, typos tolerated; "people", "places" and "tldr" are those parts of the briefing. */
export default {
  name: 'topic',
  description: 'The section that best matches a topic (typos are fine)',
  usage: '/brief topic <topic>',
  examples: ['/brief taiwan', '/brief tiawan', '/brief people', '/brief places', '/brief topic taiwan'],
  options: [{ name: 'topic', description: 'A topic or section title', required: true, autocomplete: true, maxLength: 200 }],
  execute: async (input, context, services) => {
    const topic = input.options.topic ?? '';
    const briefing = currentBriefing(context, services);
    // "/brief people", "/brief tldr": that part of the briefing, unless a section is titled so.
    const part = briefingPart(topic) ?? mistypedPart(topic);
    if (part && !briefing.sections.some((section) => partName(section.title) === partName(topic))) {
      // Loaded when run: index.ts lists this module, so a static import would be a cycle.
      const form = (await import('./index.js')).commands.find((command) => command.name === part.form);
      // Asked of the asker's article, even where a side question's answer took the conversation to another.
      if (form) return form.execute({ options: part.question === undefined ? {} : { question: part.question, [ARTICLE_OPTION]: briefing.articleId } }, context, services);
    }
    const articleCount = services.briefings.articles().length;
    const match = services.briefings.findTopic(topic, { articleId: briefing.articleId });
    if (match) return sectionReply(briefing, match.section, articleCount);
    // "/brief articel 2": a form's name mistyped, not a topic; say so before looking in other articles.
    const meant = mistypedForm(topic, (await import('./index.js')).commands);
    if (meant !== undefined) {
      return buildReply({
        kind: 'sections',
        parts: [
          { type: 'paragraph', text: messages.didYouMean(echo(topic), echo(meant)) },
          { type: 'bullets', items: briefing.sections.map((section) => section.title) },
        ],
        actions: openSectionActions(briefing),
      });
    }
    // Not in the current article: another may have it ("/brief storm" with a storm story one older); its reply names it.
    const elsewhere = inOtherArticles(services.briefings, briefing.articleId, (articleId) => services.briefings.findTopic(topic, { articleId }) ?? undefined);
    if (elsewhere) return sectionReply(elsewhere.briefing, elsewhere.found.section, articleCount, true);
    return buildReply({
      kind: 'sections',
      parts: [
        { type: 'paragraph', text: messages.topicNotFound(echo(topic)) },
        { type: 'bullets', items: briefing.sections.map((section) => section.title) },
      ],
      actions: openSectionActions(briefing),
    });
  },
} satisfies Command;
