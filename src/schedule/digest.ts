/**
 * The digest a channel receives: what is new since its previous digest, then the newest article's
 * headline, TL;DR, key points, who's who and places, and sections, and how to ask follow-ups. Platform-neutral
 * (a Reply).
 */
import { plainText } from '../../commands/build-reply.js';
import type { Reply, ReplyPart } from '../../commands/reply.js';
import { keyPointsBesidesTldr } from '../briefing/key-points.js';
import type { ArticleLibrary } from '../briefing/service.js';
import type { ArticleInfo } from '../briefing/types.js';
import { describePerson, peopleAndPlaces } from '../briefing/who-and-where/index.js';
import type { ChannelMemory } from './store/subscription-store.js';

export interface DigestInput {
  library: ArticleLibrary;
  /** What the channel's previous digest covered; undefined for its first digest. */
  memory?: ChannelMemory | undefined;
  /** Set when the digest is posted after its time (catch-up): "late: scheduled for 08:00". */
  lateFor?: string | undefined;
}

export interface Digest {
  reply: Reply;
  /** Article id -> content hash, remembered for the channel's next digest. */
  seenArticles: Record<string, string>;
}

/** Sections listed in a digest at most: longer lists end with "and N more". */
const MAX_SECTIONS = 12;
/** Article titles named in the "new since" line at most. */
const MAX_NEW_TITLES = 5;

export const FOLLOW_UP_HINT = 'Questions? Mention me with your question, or use /brief ask <question>. /brief <topic> opens a section.';
/** Added to the hint when the library holds more than the article briefed. */
export const OTHER_ARTICLES_HINT = '/brief articles lists every article; /brief article <number> shows one.';

/** Articles added or changed since the channel's previous digest, newest first. */
export function newSinceLastDigest(articles: readonly ArticleInfo[], memory: ChannelMemory | undefined): ArticleInfo[] {
  if (!memory) return [];
  return articles.filter((a) => memory.seenArticles[a.articleId] !== a.contentHash);
}

/** Builds the digest from the library; null when the library has no article to brief. */
export function buildDigest(input: DigestInput): Digest | null {
  const briefing = input.library.newest();
  if (!briefing) return null;
  const articles = input.library.list();
  const parts: ReplyPart[] = [];
  if (input.lateFor) parts.push({ type: 'context', text: `late: scheduled for ${input.lateFor}` });

  const fresh = newSinceLastDigest(articles, input.memory);
  if (fresh.length > 0) {
    const named = fresh.slice(0, MAX_NEW_TITLES).map((a) => a.title);
    const more = fresh.length > named.length ? ` and ${fresh.length - named.length} more` : '';
    parts.push({ type: 'paragraph', text: `New since your last digest: ${named.join('; ')}${more}` });
  }

  parts.push({ type: 'heading', text: briefing.title });
  parts.push({ type: 'paragraph', text: briefing.tldr });
  const keyPoints = keyPointsBesidesTldr(briefing);
  if (keyPoints.length > 0) parts.push({ type: 'heading', text: 'Key points' }, { type: 'bullets', items: keyPoints });
  // One line each: a digest is read in a channel, where the briefing's full lists would crowd the sections out.
  const { people, places } = peopleAndPlaces(briefing);
  if (people.length > 0) parts.push({ type: 'paragraph', text: `Who's who: ${people.map(describePerson).join(' · ')}` });
  if (places.length > 0) parts.push({ type: 'paragraph', text: `Places: ${places.join(' · ')}` });
  if (briefing.sections.length > 0) {
    const listed = briefing.sections.slice(0, MAX_SECTIONS).map((s) => (s.summary ? `${s.title}: ${s.summary}` : s.title));
    if (briefing.sections.length > MAX_SECTIONS) listed.push(`and ${briefing.sections.length - MAX_SECTIONS} more sections`);
    parts.push({ type: 'heading', text: 'Sections' }, { type: 'bullets', items: listed });
  }
  parts.push({ type: 'context', text: articles.length > 1 ? `${FOLLOW_UP_HINT} ${OTHER_ARTICLES_HINT}` : FOLLOW_UP_HINT });

  const seenArticles = Object.fromEntries(articles.map((a) => [a.articleId, a.contentHash]));
  if (!(briefing.articleId in seenArticles)) seenArticles[briefing.articleId] = briefing.contentHash;
  return { reply: { text: plainText(parts), parts, actions: [], visibility: 'public', kind: 'digest' }, seenArticles };
}
