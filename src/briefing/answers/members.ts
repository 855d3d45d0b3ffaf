/**
 * "Which business leaders is he meeting?" asks for members of a kind. A sentence that uses the kind's word
 * without naming one of them ("he is expected to meet local officials and business leaders") tells the
 * reader the article does not name them: quoting it would pass a mention off as an answer.
 */
import type { ArticleIndex, IndexedSentence } from '../search/article-index.js';
import type { EntityKind } from '../types.js';
import { STOPWORDS, stem, tokenize } from '../text/tokens.js';
import { BODY_PLURALS, PEOPLE_PLURALS } from './kind-nouns.js';
import { relatedTerms } from '../search/related-terms.js';

/**
 * Plural nouns for people and bodies: the kinds whose members have names. Not places: "the country's
 * support" refers back to a country the sentence has named ("arrived in China ... the country's").
 */
export const PEOPLE: ReadonlySet<EntityKind> = new Set(['person']);
const BODIES: ReadonlySet<EntityKind> = new Set(['organization']);
const MEMBER_KINDS: ReadonlyMap<string, ReadonlySet<EntityKind>> = new Map([
  ...[...PEOPLE_PLURALS].map((word): [string, ReadonlySet<EntityKind>] => [stem(word), PEOPLE]),
  ...[...BODY_PLURALS].map((word): [string, ReadonlySet<EntityKind>] => [stem(word), BODIES]),
]);

/** "which X", "what X", "who are the X": up to four words before the plural that names the kind. */
const ASKS_MEMBERS = /^(?:which|what|who (?:are|were) the)\s+((?:[\p{L}'-]+\s+){0,4})/iu;
/** "US sanctions on which Chinese companies?": "which" may come later in the question. */
const WHICH_INSIDE = /\bwhich\s+((?:[\p{L}'-]+\s+){0,4})/iu;
/** A sentence that names members after the kind's word: "Americans ..., notably Mark Swidan". */
const LIST_CUES = new Set(['including', 'include', 'includes', 'notably', 'namely', 'such', 'like', 'among']);
/** How far (in words) a member's name may stand from the kind's word and still be one of them. */
const BEFORE = 4;
const AFTER = 12;
/**
 * ...or further before it, when a clause on the member leads to the word: "announced by Park Sung-ho, 63, who
 * will step down as chief executive".
 */
const BEFORE_CLAUSE = 12;
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['who', 'whose']);

export interface AskedMembers {
  /** Stem of the kind's plural ("leader"). */
  kindStem: string;
  /** The entity kinds whose names are members of it. */
  entityKinds: ReadonlySet<EntityKind>;
}

/**
 * The kind of named things the question asks for, when it asks "which X" of a kind that has names. The
 * kind's words come right after "which": "what percentage of Americans" asks for a number, not Americans.
 */
export function askedMembers(question: string): AskedMembers | undefined {
  const match = ASKS_MEMBERS.exec(question.trim()) ?? (question.toLowerCase().includes('which') ? WHICH_INSIDE.exec(question) : null);
  if (!match) return undefined;
  const words = tokenize(match[1] ?? '');
  for (const word of words) {
    if (STOPWORDS.has(word)) return undefined;
    if (word.length <= 3 || !word.endsWith('s') || word.endsWith('ss')) continue;
    const kindStem = stem(word);
    const entityKinds = MEMBER_KINDS.get(kindStem);
    if (entityKinds) return { kindStem, entityKinds };
  }
  return undefined;
}

/**
 * Whether the sentence uses the kind's word yet names none of its members near it. Undefined when the
 * sentence never uses the word: it may still name a member ("Apple and Google were fined").
 */
export function mentionsKindWithoutMember(
  index: ArticleIndex,
  sentence: IndexedSentence,
  asked: AskedMembers,
  askedEntities: ReadonlySet<number>,
): boolean | undefined {
  // "Which business executives ...?": "business leaders" is the same kind in other words.
  const kindWords = new Set([asked.kindStem, ...relatedTerms(asked.kindStem)]);
  const positions: number[] = [];
  sentence.stems.forEach((s, position) => {
    if (kindWords.has(s)) positions.push(position);
  });
  if (positions.length === 0) return undefined;
  const members = memberPositions(index, sentence, asked.entityKinds, askedEntities);
  if (members.length === 0) return true;
  const listAfter = (position: number): number | undefined => {
    const cue = sentence.tokens.findIndex((token, i) => i > position && LIST_CUES.has(token));
    return cue < 0 ? undefined : cue;
  };
  return !positions.some((position) => {
    const cue = listAfter(position);
    return members.some(
      (m) =>
        (m >= position - BEFORE && m <= position + AFTER) ||
        (cue !== undefined && m > cue) ||
        (m < position && m >= position - BEFORE_CLAUSE && sentence.tokens.slice(m, position).some((token) => CLAUSE_OPENERS.has(token))),
    );
  });
}

/** Word positions where a name of the wanted kinds, not one the asker used, starts in the sentence. */
function memberPositions(
  index: ArticleIndex,
  sentence: IndexedSentence,
  kinds: ReadonlySet<EntityKind>,
  askedEntities: ReadonlySet<number>,
): number[] {
  const positions: number[] = [];
  for (const id of sentence.entityIds) {
    const entity = index.entities[id];
    if (!entity || askedEntities.has(id) || !kinds.has(entity.kind)) continue;
    for (const form of index.entityForms[id] ?? []) {
      for (let start = 0; start + form.length <= sentence.tokens.length; start++) {
        if (form.every((word, i) => sentence.tokens[start + i] === word)) positions.push(start);
      }
    }
  }
  return positions;
}
