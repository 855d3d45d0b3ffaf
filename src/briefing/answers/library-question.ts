/**
 * "What articles do you have?": a question about the library, not about an article. It is answered with the
 * articles' titles, newest first, the conversation's own marked.
 */
import type { AnswerListing } from '../service.js';
import type { ArticleInfo } from '../types.js';

const ARTICLES = String.raw`(?:articles|stories|news stories|pieces|reports|briefings)`;
/** Anchored: "which articles mention the storm?" asks of articles' contents, and is answered from them. */
const ASKS_LIBRARY = new RegExp(
  [
    String.raw`(?:what|which) (?:other )?${ARTICLES}(?: do you have| have you got| are there| can i ask (?:you )?about| do you know(?: about)?| are (?:in the library|available|loaded))?`,
    String.raw`(?:list|show|give)(?: me)?(?: all)? (?:the |your )?(?:other )?${ARTICLES}`,
    String.raw`what else can i ask (?:you )?about`,
  ]
    .map((form) => `^(?:${form})$`)
    .join('|'),
);
/** Longer than any wording above. */
const LONGEST_REQUEST = 80;

/** The message asks which articles the bot can talk about. */
export function asksForLibrary(text: string): boolean {
  if (text.length > LONGEST_REQUEST) return false;
  return ASKS_LIBRARY.test(text.toLowerCase().replace(/[?!.\s]+$/u, '').replace(/\s+/g, ' ').trim());
}

/** At most this many titles: a library of hundreds is not listed in a chat reply. */
const MAX_LISTED_ARTICLES = 10;

/** The library's titles as a list answer, newest first; `current` is the conversation's article. */
export function libraryListing(articles: readonly ArticleInfo[], current: string): AnswerListing {
  const shown = articles.slice(0, MAX_LISTED_ARTICLES).map((article) => (article.articleId === current ? `${article.title} (this conversation)` : article.title));
  const more = articles.length > MAX_LISTED_ARTICLES ? ` (the ${MAX_LISTED_ARTICLES} newest shown)` : '';
  const lead =
    articles.length === 1
      ? 'I have one article:'
      : `I have ${articles.length} articles, newest first${more}; ask about any of them and I answer from the one that says:`;
  return { lead, items: shown };
}
