/**
 * "What did Biden and Xi talk about on their call?" asks what was said. A sentence reporting only that they
 * spoke ("Biden and Xi speak on the phone earlier this month") does not say it: the one answering names
 * a topic, with a word such as "discuss", "raise" or "agreed", beside the people asked about.
 */
import type { ArticleIndex, IndexedSentence } from '../search/article-index.js';
import { stem, tokenize } from '../text/tokens.js';
import { formAsked } from './rank.js';
import { mayBe } from '../search/pronouns.js';

/** What X discussed / talked about / will talk over ... (the auxiliary may be missing: "what yellen discuss"). */
const ASKS_TOPICS =
  /^what (?:(?:did|do|does|will|would|could|are|were|is|was|have|has|had) )?(.{2,80}?) (?:discuss(?:ed|ing)?|talk(?:ed|ing)? (?:about|over)|spe(?:ak|ke|aking) about|chat(?:ted)? about|go(?:ne)? over|agreed? (?:on|upon|to))\b/i;

/** "...on their phone call", "...during her trip": the occasion the question asks about. */
const ASKED_OCCASION = /\b(?:on|during|at|in|over) (?:the|their|his|her|its|that|this|a) ((?:phone |video )?(?:call|trip|visit|meeting|summit|talks|conversation|dinner|lunch))\b/i;

/** Words news uses for the same occasion: a call is "on the phone", a trip a visit. */
const SAME_OCCASION: Readonly<Record<string, readonly string[]>> = {
  call: ['phone'],
  conversation: ['call', 'phone'],
  trip: ['visit'],
  visit: ['trip'],
  meeting: ['meet', 'talks'],
  talks: ['meeting'],
};

/** Stems of the occasion a "what did X talk about on ..." question names, with its other words; empty when it names none. */
export function askedOccasion(question: string): string[] {
  const noun = tokenize(ASKED_OCCASION.exec(question)?.[1] ?? '').at(-1);
  if (noun === undefined) return [];
  return [noun, ...(SAME_OCCASION[noun] ?? [])].map(stem);
}

/** Words that put a topic in the sentence: what was discussed, raised, agreed or covered. */
const TOPIC_WORDS: ReadonlySet<string> = new Set(
  'discuss discussed discussing discussion discussions raise raised raising address addressed agree agreed agreement focus focused cover covered topic topics agenda issue issues concern concerns about regarding'
    .split(' ')
    .map(stem),
);

const PRONOUN_TALKERS = /^(?:they|the two|both)$/i;

/**
 * The people or bodies a "what did X talk about" question asks about, or undefined for other questions.
 * "What did they discuss?" asks about the people the conversation is about (`conversation`, entity ids).
 */
export function askedTalkers(index: ArticleIndex, question: string, conversation: readonly number[] = []): number[] | undefined {
  const talkers = ASKS_TOPICS.exec(question.trim())?.[1];
  if (talkers === undefined) return undefined;
  const pronoun = talkers.trim().toLowerCase();
  // "What did she discuss?" asks about one person: the first of the conversation not known by the other pronoun.
  if (pronoun === 'he' || pronoun === 'she') {
    const person = conversation.find((id) => index.entities[id]?.kind === 'person' && mayBe(index.personPronouns, id, pronoun));
    return person === undefined ? [] : [person];
  }
  if (PRONOUN_TALKERS.test(pronoun)) {
    return conversation.filter((id) => index.entities[id]?.kind === 'person' || index.entities[id]?.kind === 'organization');
  }
  const words = new Set(tokenize(talkers));
  const ids: number[] = [];
  index.entityForms.forEach((forms, id) => {
    const kind = index.entities[id]?.kind;
    if ((kind === 'person' || kind === 'organization') && forms.some((form) => formAsked(form, words))) ids.push(id);
  });
  return ids;
}

/**
 * The sentence names one of the talkers and a topic word, and the occasion asked about when there is one:
 * what Blinken will discuss is not what Biden and Xi said "on their phone call".
 */
export function namesTopicOf(sentence: IndexedSentence, talkers: readonly number[], occasion: readonly string[] = []): boolean {
  if (occasion.length > 0 && !occasion.some((term) => sentence.terms.has(term))) return false;
  return talkers.some((id) => sentence.entityIds.has(id)) && sentence.stems.some((s) => TOPIC_WORDS.has(s));
}
