/**
 * "How does Beijing view the Ukraine war?", "what's China's position on Ukraine?", "does Beijing consider it
 * a matter for the US?": a side's view, which news gives as what that side's people said. The holder is
 * who the view belongs to; the words that frame the question ("view", "position", "see") are not what it
 * is about. General English, not any article's words.
 */
import { countryOfCapital, relatedTerms } from '../search/related-terms.js';
import { STOPWORDS, stem, tokenize } from '../text/tokens.js';
import { LatestOnly } from './memo.js';
import type { ParsedQuestion } from './question.js';

const HOLDER = String.raw`([\p{L}'’. -]{2,40}?)`;
const VIEW_ASKED = new RegExp(
  [
    String.raw`^how (?:does|do|did|will|would) ${HOLDER} (?:see|view|regard|consider|perceive|feel about|think about|look at|describe|characteri[sz]e)\b`,
    String.raw`^what(?:'s|’s|s| is| was| are)? (?:the )?${HOLDER}['’]s? (?:view|views|position|stance|line|take|opinion|attitude|perspective|thinking) (?:on|of|about|toward|towards|regarding)\b`,
    // "What's the government's position?", asked bare: of the story's matter.
    String.raw`^what(?:'s|’s|s| is| was| are)? (?:the )?${HOLDER}['’]s? (?:view|views|position|stance|opinion|attitude)(?=\s*[?.!]*\s*$)`,
    String.raw`^(?:does|do|did) ${HOLDER} (?:see|view|regard|consider) `,
    String.raw`^what (?:does|do|did) ${HOLDER} (?:think|feel) (?:of|about)\b`,
    String.raw`^what (?:does|do|did|has|have) ${HOLDER} (?:accuse|accused|blame|blamed)\b`,
  ].join('|'),
  'iu',
);

/** Words that frame a view question: dropped from what it is about when the question asks a view. */
export const VIEW_WORDS: ReadonlySet<string> = new Set(
  'see sees view views regard regards consider considers perceive feel think look describe characterize characterise position stance line take opinion attitude perspective thinking'.split(' '),
);

/**
 * Words that may open a view question: the framing words, and "accuse"/"blame", which ask what a side holds
 * against another ("what does China's foreign ministry accuse the US of?") and stay what it is about.
 */
export const VIEW_CUES: ReadonlySet<string> = new Set([...VIEW_WORDS, 'accuse', 'accused', 'blame', 'blamed']);

/** The holder's words (lower case, no stopwords) when the question asks for someone's view; otherwise undefined. */
export function viewHolder(question: string): string[] | undefined {
  const match = VIEW_ASKED.exec(question.trim());
  if (!match) return undefined;
  const holder = match.slice(1).find((group) => group !== undefined) ?? '';
  // "China's foreign ministry": the possessive is no part of the holder's name.
  const words = tokenize(holder.replace(/['’]s\b/gu, '')).filter((word) => !STOPWORDS.has(word) && !VIEW_WORDS.has(word));
  return words.length > 0 ? words : undefined;
}

const holderCache = new LatestOnly<ParsedQuestion, Set<string>>();

/** The holder's stems with their relatives: "Beijing" is China's side, and so is a "Chinese" official. */
export function holderTerms(question: ParsedQuestion, holder: readonly string[]): Set<string> {
  let terms = holderCache.get(question);
  if (!terms) {
    terms = new Set<string>();
    for (const term of holder) for (const t of [term, ...relatedTerms(term), ...countryOfCapital(term)]) for (const r of [t, ...relatedTerms(t)]) terms.add(r);
    holderCache.set(question, terms);
  }
  return terms;
}

/** "What does China's foreign ministry accuse the US of?": who is accused, after the accuser. */
const ACCUSED = new RegExp(String.raw`^what (?:does|do|did|has|have) ${HOLDER} (?:accuse|accused|blame|blamed) ${HOLDER} (?:of|for)\b`, 'iu');
/** The United States goes by many names; "us" alone is also a pronoun, so it is read as the country only here. */
const UNITED_STATES = /^(?:the )?(?:us|u\.s\.?|usa|america|united states|washington)$/i;
const UNITED_STATES_TERMS: ReadonlySet<string> = new Set(['unit', 'america', 'american', 'washington', 'us']);

const accusedCache = new LatestOnly<ParsedQuestion, ReadonlySet<string> | null>();

/** The stems standing for the side a question says is accused ("the US" -> united, america, washington), if it asks what one side accuses another of. */
export function accusedTerms(question: ParsedQuestion): ReadonlySet<string> | undefined {
  let terms = accusedCache.get(question);
  if (terms === undefined) {
    const target = ACCUSED.exec(question.text.trim())?.[2]?.trim();
    if (target === undefined) terms = null;
    else if (UNITED_STATES.test(target)) terms = UNITED_STATES_TERMS;
    else {
      const found = new Set<string>();
      for (const word of tokenize(target)) {
        if (STOPWORDS.has(word)) continue;
        const term = stem(word);
        for (const t of [term, ...relatedTerms(term), ...countryOfCapital(term)]) found.add(t);
      }
      terms = found.size > 0 ? found : null;
    }
    accusedCache.set(question, terms);
  }
  return terms ?? undefined;
}

/** How many words into a sentence its subject may start: "The United States stubbornly pursues ...". */
const SUBJECT_WITHIN = 3;

/** The sentence opens with the accused as its subject: what the accuser says they do. */
export function opensWithAccused(stems: readonly string[], accused: ReadonlySet<string>): boolean {
  for (let i = 0; i < Math.min(SUBJECT_WITHIN, stems.length); i++) if (accused.has(stems[i] ?? '')) return true;
  return false;
}
