/**
 * "What are their names?", "name them", "what's his name?" in a conversation: the names are those the last
 * answer gave, if it gave any. "A senior State Department official said ..." names no one, so the article
 * does not say, however well the sentence matched the turn before.
 */
import { leadPosition, type ArticleIndex } from '../search/article-index.js';
import { mayBe } from '../search/pronouns.js';
import type { TurnContext } from './context.js';
import type { ParsedQuestion } from './question.js';
import { termCoverage, type RankedSentence } from './rank.js';

/** The sentence at `position` as an answer to `question`. */
function asAnswer(index: ArticleIndex, question: ParsedQuestion, position: number): RankedSentence[] {
  const indexed = index.sentences[position];
  return indexed ? [{ position, indexed, score: 1, coverage: termCoverage(question, indexed.terms, index) }] : [];
}

/** A name asked of a pronoun with nothing else to find ("what are their names?"), in a conversation with a last answer. */
export function asksNamesOfLastAnswer(question: ParsedQuestion, context: TurnContext): boolean {
  return question.pronounName && question.terms.length === 0 && context.sentencePositions.length > 0;
}

/**
 * The last answer's sentence naming the most people, and another if it names someone more. Empty when the last
 * answer named no one. (The conversation's entities include those its answers named, so "someone new" cannot
 * be told apart here.)
 */
export function sentencesNamingPeople(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): RankedSentence[] {
  // "What's his name?" after a woman's words about a man: only those the pronoun can be.
  const people = (position: number): number => {
    let count = 0;
    for (const id of index.sentences[position]?.entityIds ?? []) if (index.entities[id]?.kind === 'person' && mayBe(index.personPronouns, id, question.pronoun)) count++;
    return count;
  };
  const [best, next] = context.sentencePositions.filter((p) => index.sentences[p] !== undefined && people(p) > 0).sort((a, b) => people(b) - people(a));
  if (best === undefined) {
    const afterLead = namedAfterLead(index, question, context);
    return afterLead.length > 0 ? afterLead : nameWithheld(index, question, context);
  }
  // A second sentence only for names the first lacks.
  const bestIds = index.sentences[best]!.entityIds;
  const addsNames = next !== undefined && [...index.sentences[next]!.entityIds].some((id) => !bestIds.has(id) && index.entities[id]?.kind === 'person');
  return (addsNames ? [best, next] : [best]).flatMap((position) => asAnswer(index, question, position));
}

/** "His name was not released", "police did not identify her", "officials declined to name them". */
const NAME_WITHHELD =
  /\b(?:his|her|their|the (?:man|woman|boy|girl|victim|driver|suspect)['’]s) names? (?:was|were|has|have|had)(?: not| not yet|n['’]t)(?: yet)?(?: been)? (?:released|made public|disclosed|given|published)\b|\b(?:was|were|has|have|had) not (?:yet )?(?:been )?(?:named|identified)\b|\b(?:declined|refused) to (?:name|identify) (?:him|her|them)\b|\bdid not (?:name|identify) (?:him|her|them)\b/i;
/** How near the last answer a sentence saying the name was withheld must be, in sentences. */
const WITHHELD_WITHIN = 3;

/**
 * "What's his name?" after "... said the man who died was 'an experienced sailor'": the article's own word that it
 * was not given ("His name was not released."), near the last answer or, said once, anywhere.
 */
function nameWithheld(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): RankedSentence[] {
  const last = context.sentencePositions[0];
  if (last === undefined) return [];
  for (let distance = 0; distance <= WITHHELD_WITHIN; distance++) {
    for (const position of distance === 0 ? [last] : [last + distance, last - distance]) {
      const indexed = index.sentences[position];
      if (indexed?.sentence.kind === 'body' && NAME_WITHHELD.test(indexed.sentence.text)) return asAnswer(index, question, position);
    }
  }
  // Farther off, only where the article says it once: it is said of the one unnamed person the story tells of.
  const withheld = index.sentences.flatMap((indexed, position) => (indexed.sentence.kind === 'body' && NAME_WITHHELD.test(indexed.sentence.text) ? [position] : []));
  return withheld.length === 1 ? asAnswer(index, question, withheld[0] as number) : [];
}

/** How far after the lead news names the one it is about: the next sentence or the one after. */
const NAMED_WITHIN = 2;

/**
 * "What's his name?" after a lead naming no one ("A former treasurer of a charity was sentenced ..."): news names
 * the one its lead is about in the next sentence or so ("Grant Whitlock, 58, pleaded guilty ..."), the person the
 * story is most about. Only after the lead: "a senior official said ..." elsewhere stays unnamed.
 */
function namedAfterLead(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): RankedSentence[] {
  const lead = leadPosition(index);
  if (lead < 0 || !context.sentencePositions.includes(lead) || question.pronoun === undefined) return [];
  const main = mostNamedPerson(index);
  if (main === undefined || !mayBe(index.personPronouns, main, question.pronoun)) return [];
  for (let position = lead + 1; position <= lead + NAMED_WITHIN; position++) {
    const indexed = index.sentences[position];
    if (indexed?.sentence.kind === 'body' && indexed.entityIds.has(main)) return asAnswer(index, question, position);
  }
  return [];
}

/** The person named in the most sentences: the first, as the briefing lists people by how often they are named. */
function mostNamedPerson(index: ArticleIndex): number | undefined {
  const id = index.entities.findIndex((entity) => entity.kind === 'person');
  return id >= 0 ? id : undefined;
}

/** "The article does not name them.": the pronoun as asked ("his name" -> him). */
export function noNameGiven(question: ParsedQuestion): string {
  const pronoun = /\bhis\b/i.test(question.text) ? 'him' : /\bher\b/i.test(question.text) ? 'her' : 'them';
  return `The article does not name ${pronoun}.`;
}
