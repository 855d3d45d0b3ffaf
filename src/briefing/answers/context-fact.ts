/**
 * "When was that?", "where did he say that?", "who said it?": a follow-up that asks only for a kind of fact
 * is about the sentence just quoted. Its answer is that sentence when it holds the fact, or the sentence
 * beside it in the same paragraph that does; only then does the rest of the article come into it, and
 * when nothing there answers either, the next sentences of the section may.
 */
import type { ArticleIndex, IndexedSentence } from '../search/article-index.js';
import { mentionsRole } from '../search/attribution.js';
import { namesVenue } from '../search/places.js';
import { FACT_KINDS, answersKind, measureOf } from './answer-type.js';
import { mayBe, type Pronoun } from '../search/pronouns.js';
import type { TurnContext } from './context.js';
import { countedWord, type ParsedQuestion } from './question.js';
import { STOPWORDS, stem } from '../text/tokens.js';
import { OTHER_AGE_FORMS, onlyOthersAged, type RankedSentence } from './rank.js';
import { saidOfByPronoun } from './subject.js';

/** How far into the section after the last quote a bare follow-up's fact may be. */
const FOLLOWING = 2;

/**
 * "Where did he say that?", "who said it?" ask about the saying just quoted. "Where is he going next?" and
 * "who is he meeting?" do not: they want a place or person the quote does not give.
 */
const ABOUT_THE_QUOTE = /\b(?:where|who) (?:did|does|do|was|were|is)?\s*(?:\w+ )?(?:say|said|says|tell|told|make|made|write|wrote|claim|claimed)\b/i;

/**
 * A bare follow-up asking a fact of the last quote: the kind of fact, and no word of its own beyond the
 * conversation's that the quote lacks ("what day did he get in?" after a quote about the summit asks when
 * he arrived, wherever that is said).
 */
function asksOfQuote(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): boolean {
  // A bare "why?" after "... had asked the court to raise his sentence, arguing that he designed the scheme": the
  // reason may be the quote's own.
  const bareWhy = question.kind === 'reason' && question.terms.length === 0;
  const kindAsked = FACT_KINDS.has(question.kind) || bareWhy || ((question.kind === 'place' || question.kind === 'person') && ABOUT_THE_QUOTE.test(question.text));
  if (!kindAsked || context.sentencePositions.length === 0) return false;
  // "How many tons have they seized?" counts a thing the article never names: no figure of the quote counts it.
  const counted = countedWord(question.text, true);
  if (counted !== undefined && !STOPWORDS.has(counted) && !index.vocabulary.hasTerm(stem(counted))) return false;
  const inQuote = (term: string): boolean => context.sentencePositions.some((p) => index.sentences[p]?.terms.has(term));
  // A word the article never uses is a thing of its own the quote cannot hold ("how long is he staying?").
  return question.terms.every((t) => t.known && context.terms.includes(t.term) && inQuote(t.term));
}

/** "How many are there?" after "... notably Mark Swidan, Kai Li., and David Lin": the names just quoted are counted. */
const HOW_MANY_OF_THEM = /^\W*how many\b(?!\s+(?:times|years|months|weeks|days|hours|minutes))/i;

/** The sentence at `position`, as a quote, if it holds the kind of fact asked for. */
function holdingFact(index: ArticleIndex, question: ParsedQuestion, position: number): RankedSentence | undefined {
  const indexed = index.sentences[position];
  if (!indexed) return undefined;
  // "How old is he?" asks a person's age: "between 2017 and 2022", two years to count between, is a fund's, not his.
  if (question.pronoun !== undefined && !indexed.features.hasAge && measureOf(question) === 'age') return undefined;
  const countsList = question.counted === undefined && indexed.nameList !== undefined && !indexed.nameList.examples && HOW_MANY_OF_THEM.test(question.text);
  return countsList || answersKind(question, indexed) ? { position, indexed, score: 1, coverage: 1 } : undefined;
}

/** How far back in the section the sentence introducing an unnamed speaker may be. */
const INTRODUCED_WITHIN = 4;

/**
 * "The Ukraine issue is not a China-US issue, ... the official said." / "who said that?": the sentence that
 * introduced that official ("a Chinese Foreign Ministry official signaled Tuesday ...") says who.
 */
export function speakerIntroduced(index: ArticleIndex, at: number): RankedSentence | undefined {
  // "We believe this is of vital importance ... This will be our message, the official said.": the quote's
  // attribution may come sentences later, at the paragraph's end.
  const position = attributedAt(index, at);
  const quoted = index.sentences[position];
  const role = quoted && !quoted.entityKinds.has('person') ? quoted.speakerRole : undefined;
  if (!quoted || !role) return undefined;
  // Introduced with more than "the": "a Chinese Foreign Ministry official", "State Department spokesman Matthew Miller".
  return earlierInSection(index, position, (earlier) => mentionsRole(earlier.tokens, role) && earlier.entityKinds.size > 0);
}

/** The nearest body sentence before `position`, within INTRODUCED_WITHIN and its section, that `accept` takes. */
function earlierInSection(index: ArticleIndex, position: number, accept: (earlier: IndexedSentence) => boolean): RankedSentence | undefined {
  const from = index.sentences[position];
  for (let back = position - 1; back >= Math.max(0, position - INTRODUCED_WITHIN); back--) {
    const earlier = index.sentences[back];
    if (!from || !earlier || earlier.sentence.sectionId !== from.sentence.sectionId || earlier.sentence.kind !== 'body') break;
    if (accept(earlier)) return { position: back, indexed: earlier, score: 1, coverage: 1 };
  }
  return undefined;
}

/** How far on in its paragraph a quote's attribution ("..., the official said.") may come. */
const ATTRIBUTED_WITHIN = 3;

/**
 * The sentence saying who spoke the one at `position`: itself when it names a speaker or gives one by role,
 * else the first later sentence of its paragraph that gives one by role, if nobody is named in between.
 */
function attributedAt(index: ArticleIndex, position: number): number {
  const quoted = index.sentences[position];
  if (!quoted || quoted.speakerRole !== undefined || quoted.entityKinds.has('person')) return position;
  for (let next = position + 1; next <= position + ATTRIBUTED_WITHIN; next++) {
    const later = index.sentences[next];
    if (!later || later.sentence.paragraph !== quoted.sentence.paragraph || later.entityKinds.has('person')) break;
    if (later.speakerRole !== undefined) return next;
  }
  return position;
}

/**
 * Who spoke the sentence at `position`, as a sentence to quote, when it is a saying: the sentence itself when it
 * names the speaker ("Miller said Monday that ..."), else the one introducing a speaker given only by role.
 */
function saidBy(index: ArticleIndex, question: ParsedQuestion, position: number): RankedSentence | undefined {
  const attributed = index.sentences[attributedAt(index, position)];
  if (!attributed || (attributed.speakerRole === undefined && !attributed.features.hasSpeech)) return undefined;
  return pronounSpeakerNamed(index, position) ?? holdingFact(index, question, position) ?? speakerIntroduced(index, position);
}

/** "She said 2,500 police officers had been deployed": a saying whose speaker is a pronoun opening the sentence. */
const SAID_BY_PRONOUN = /^\W*(she|he) (?:said|says|added|told|explained|noted|warned)\b/i;

/**
 * "Who said that?" of a sentence opening "She said ...": the sentence before it, within the section, naming a person
 * who may be "she" ("District Collector S. Meenakshi said the temple had been expecting ..."); undefined when none is near.
 */
function pronounSpeakerNamed(index: ArticleIndex, position: number): RankedSentence | undefined {
  const said = index.sentences[position];
  const pronoun = said && !said.entityKinds.has('person') ? SAID_BY_PRONOUN.exec(said.sentence.text)?.[1]?.toLowerCase() : undefined;
  if (!said || (pronoun !== 'he' && pronoun !== 'she')) return undefined;
  return earlierInSection(
    index,
    position,
    (earlier) =>
      [...earlier.entityIds].some((id) => index.entities[id]?.kind === 'person' && mayBe(index.personPronouns, id, pronoun)) ||
      // A name the tagger took for no one ("District Collector S. Meenakshi said ..."), in the same paragraph.
      (earlier.sentence.paragraph === said.sentence.paragraph && NAMED_SAYS.test(earlier.sentence.text)),
  );
}

/** A sentence opening with a speaker's name or title in capitals and a word of saying. */
const NAMED_SAYS = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}(?:said|says|told)\b/u;

/**
 * "Who said that?" asks who spoke a quoted sentence, not who it names: of a narrative line ("the Biden
 * administration is keen ...") quoted before a saying ("..., the official explained"), the saying's speaker.
 */
function speakerOfQuote(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): RankedSentence | undefined {
  if (question.kind !== 'person' || !ABOUT_THE_QUOTE.test(question.text)) return undefined;
  for (const position of context.sentencePositions) {
    const said = saidBy(index, question, position);
    if (said) return said;
  }
  return undefined;
}

/** "When did they say this?", "where was that said?": the day or place of the saying, not one in what was said. */
const ASKS_WHEN_SAID = /^\W*(?:when|where|what day)\b.*\b(?:say|said|says|tell|told|announce|announced|state|stated)\b/i;
/** "When was this?" after a quote of what someone said that gives no day: the day it was said. */
const ASKS_WHEN_BARE = /^\W*(?:and )?(?:when|where) (?:was|is|were) (?:this|that|it)\W*$/i;
/** A day or a place right after a verb of saying: "said Monday", "signaled Tuesday", "said at a press briefing on Tuesday". */
const SAID_WHEN = /\b(?:said|says|told(?: \w+){0,2}|signal(?:l)?ed|announced|stated|added|warned)\s+(?:(?:on|at|in|during) (?:an? |the )?(?:[\w-]+ ){0,3}?)?(?:(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last (?:week|month))\b/;
const SAID_WHERE = /\b(?:said|says|told(?: \w+){0,2}|signal(?:l)?ed|announced|stated|added|warned)\s+(?:at|in|during) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:briefing|conference|interview|statement|speech|meeting|hearing|summit|event|rally|\p{Lu}\p{L}+)\b/u;

/** The sentence gives the day (or place) of its own saying. */
function saysWhenSaid(question: ParsedQuestion, text: string): boolean {
  return question.kind === 'place' ? SAID_WHERE.test(text) : SAID_WHEN.test(text);
}

/**
 * "..., the official said." / "when did they say this?": the day of the saying, in the quote itself or, failing
 * that, in the nearest sentence where the same speaker (by role or name) is said to speak with a day given.
 */
function whenSaid(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): RankedSentence | undefined {
  if (question.kind !== 'date' && question.kind !== 'place') return undefined;
  const bare = ASKS_WHEN_BARE.test(question.text);
  if (!bare && !ASKS_WHEN_SAID.test(question.text)) return undefined;
  // A bare "when was this?" asks of the saying only when the quote is a saying that gives no day of its own.
  const saying = index.sentences[context.sentencePositions[0] ?? -1]?.features.hasSpeech === true;
  if (bare && (!saying || context.sentencePositions.some((p) => holdingFact(index, question, p)))) return undefined;
  const asQuote = (position: number): RankedSentence | undefined => {
    const indexed = index.sentences[position];
    return indexed ? { position, indexed, score: 1, coverage: 1 } : undefined;
  };
  for (const position of context.sentencePositions) if (saysWhenSaid(question, index.sentences[position]?.sentence.text ?? '')) return asQuote(position);
  const first = context.sentencePositions[0] === undefined ? undefined : attributedAt(index, context.sentencePositions[0]);
  const quoted = first === undefined ? undefined : index.sentences[first];
  const role = quoted?.speakerRole;
  const people = quoted ? [...quoted.entityIds].filter((id) => index.entities[id]?.kind === 'person') : [];
  if (first === undefined || (role === undefined && people.length !== 1)) return undefined;
  const sameSpeaker = (position: number): boolean => {
    const other = index.sentences[position];
    if (!other || other.sentence.kind !== 'body') return false;
    return role !== undefined ? mentionsRole(other.tokens, role) : people.some((id) => other.entityIds.has(id));
  };
  const order = [...index.sentences.keys()].filter((p) => p !== first).sort((a, b) => Math.abs(a - first) - Math.abs(b - first) || a - b);
  const found = order.find((p) => sameSpeaker(p) && saysWhenSaid(question, index.sentences[p]?.sentence.text ?? ''));
  return found === undefined ? undefined : asQuote(found);
}

/**
 * "Who said 'China cannot have it both ways'?" ... "when did he say it?": the quote names its speaker, and
 * neither it nor any sentence where that speaker speaks gives the day (or place). The article does not say;
 * a day someone else said something on ("Miller said Monday") is no answer.
 */
export function sayingUndated(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): boolean {
  if ((question.kind !== 'date' && question.kind !== 'place') || !ASKS_WHEN_SAID.test(question.text) || !asksOfQuote(index, question, context)) return false;
  const first = context.sentencePositions[0];
  const quoted = first === undefined ? undefined : index.sentences[attributedAt(index, first)];
  if (!quoted?.features.hasSpeech) return false;
  let people = 0;
  for (const id of quoted.entityIds) if (index.entities[id]?.kind === 'person') people++;
  return (quoted.speakerRole !== undefined || people === 1) && whenSaid(index, question, context) === undefined;
}

/** The quoted sentence (or its neighbour) holding the fact a bare follow-up asks for; undefined otherwise. */
export function factFromContext(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): RankedSentence | undefined {
  if (!asksOfQuote(index, question, context)) return undefined;
  const said = whenSaid(index, question, context) ?? speakerOfQuote(index, question, context);
  if (said) return said;
  // "Who said that?" of "..., the official said": the sentence introducing that official, before anyone else quoted.
  // Of two quoted sentences holding the fact, the one more about what the conversation asked ("since when?" after
  // a quote on Taiwan's sworn-in date and one on Beijing's pressure, asked about pressure).
  let best: RankedSentence | undefined;
  let bestShare = -1;
  const aged = agedPerson(index, question, context);
  for (const position of context.sentencePositions) {
    const quoted = holdingFact(index, question, position) ?? (question.kind === 'person' ? speakerIntroduced(index, position) : undefined);
    if (!quoted || (aged !== undefined && onlyOthersAged(index, quoted.indexed, [aged]))) continue;
    // "Who said that?" is about the first quote, the answer itself.
    if (question.kind === 'person') return quoted;
    let share = 0;
    for (const term of context.terms) if (quoted.indexed.terms.has(term)) share++;
    if (share > bestShare) {
      best = quoted;
      bestShare = share;
    }
  }
  if (best) return best;
  // "Yellen visited ... and Biden and Xi speak on the phone earlier this month" / "when was that?": the date
  // may sit in the next or previous sentence of the paragraph.
  for (const position of context.sentencePositions) {
    const paragraph = index.sentences[position]?.sentence.paragraph;
    for (const near of [position + 1, position - 1]) {
      if (index.sentences[near]?.sentence.paragraph !== paragraph) continue;
      const neighbour = holdingFact(index, question, near);
      if (neighbour && (aged === undefined || !onlyOthersAged(index, neighbour.indexed, [aged]))) return neighbour;
    }
  }
  return undefined;
}

/** "Is that more than before?", "was it up on last year?": a bare comparison asked of the last answer's figure. */
const COMPARISON_ASKED = /^\W*(?:(?:and|so|ok|okay)[,!]?\s+)?(?:is|was|are|were|has|have) (?:that|this|it|they|those|these) (?:any |much |a lot |far )?(?:more|less|fewer|higher|lower|bigger|smaller|worse|better|up|down|an? (?:rise|increase|drop|fall))(?: (?:than|from|on|compared (?:with|to)) (?:before|usual|normal|last (?:year|time|week|month)|a year (?:ago|earlier)|the day before|then))?\W*$/i;
/** A sentence comparing its figure with another: "31 ships ..., up from nine on Wednesday", "compared with 410 million". */
const COMPARES = /\b(?:up|down) (?:from|on)\b|\bcompared (?:with|to)\b|\b(?:more|less|fewer|higher|lower|bigger|smaller) than\b|\b(?:from|against) (?:about |around |nearly |some |just )?\d[\d,.]*\b|\b(?:doubled|tripled|halved)\b/i;

/**
 * "Is that more than before?" after "31 container ships were waiting ..., up from nine on Wednesday": the last
 * answer's own comparison answers it.
 */
export function comparisonOfLastAnswer(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): RankedSentence | undefined {
  if (question.kind !== 'yesno' || !COMPARISON_ASKED.test(question.text)) return undefined;
  for (const position of context.sentencePositions) {
    const indexed = index.sentences[position];
    if (indexed && indexed.features.hasNumber && COMPARES.test(indexed.sentence.text)) return { position, indexed, score: 1, coverage: 1 };
  }
  return undefined;
}

/**
 * "...sworn in" / "when is that?": when nothing else answers, the passage may go on into the next paragraph
 * of the section ("...leading up to the May 20 inauguration").
 */
export function factAfterContext(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): RankedSentence | undefined {
  if (!asksOfQuote(index, question, context)) return undefined;
  const aged = agedPerson(index, question, context);
  // After each quoted sentence in turn, the first first: "what time was that?" after a lead and a line further
  // on is answered by the lead's next sentence ("had just taken off at 6:42 a.m.").
  for (const quoted of [...context.sentencePositions].sort((a, b) => a - b)) {
    const section = index.sentences[quoted]?.sentence.sectionId;
    for (let near = quoted + 1; near <= quoted + FOLLOWING; near++) {
      const indexed = index.sentences[near];
      if (!indexed || indexed.sentence.sectionId !== section || indexed.sentence.kind !== 'body') break;
      const following = holdingFact(index, question, near);
      if (following && (aged === undefined || !onlyOthersAged(index, following.indexed, [aged]))) return following;
    }
  }
  return undefined;
}

/**
 * "How old is she?": the one person of the conversation "she" can be. A sentence whose only age is another's
 * ("... beating Hungarian grandmaster Gábor Halmos, 44, ...", "Her mother, Folake Bakare, 41, ...") does not answer.
 */
function agedPerson(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): number | undefined {
  if (measureOf(question) !== 'age' || question.pronoun === undefined) return undefined;
  return onlyPersonFor(index, context, question.pronoun) ?? personLeadingAnswer(index, context, question.pronoun);
}

/**
 * Of several people a pronoun can stand for, after a question asking who: the conversation's first of those the
 * last answer names, when its first sentence names them. "Who leads them?" answered with Dvorak's words and,
 * after, "President Jan Horak, 70, will begin talks ..." is about Dvorak: "how old is he?" asks his age.
 */
export function personLeadingAnswer(index: ArticleIndex, context: TurnContext, pronoun: Pronoun): number | undefined {
  const first = index.sentences[context.sentencePositions[0] ?? -1];
  if (!first || !context.askedWho) return undefined;
  for (const id of context.entityIds) {
    if (index.entities[id]?.kind !== 'person' || !mayBe(index.personPronouns, id, pronoun)) continue;
    if (!context.sentencePositions.some((position) => index.sentences[position]?.entityIds.has(id) === true)) continue;
    return first.entityIds.has(id) ? id : undefined;
  }
  return undefined;
}

/**
 * The one person of the conversation (of those `among` allows) a pronoun can stand for; undefined when there is
 * none, or several.
 */
export function onlyPersonFor(index: ArticleIndex, context: TurnContext, pronoun: Pronoun | undefined, among: (id: number) => boolean = () => true): number | undefined {
  const people = context.entityIds.filter((id) => index.entities[id]?.kind === 'person' && mayBe(index.personPronouns, id, pronoun) && among(id));
  return people.length === 1 ? people[0] : undefined;
}

/**
 * "How old is she?" after '"It felt like the floor just disappeared ...," Ortega said.': her age is where the
 * article introduces her ("Marisol Ortega, 41, a nurse from Aurora ..."), which may be a paragraph away. The
 * sentence nearest the quote that names the conversation's person the pronoun can stand for, with an age.
 */
export function ageOfPersonQuoted(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): RankedSentence | undefined {
  if (question.terms.length > 0 || question.pronoun === undefined || measureOf(question) !== 'age' || context.sentencePositions.length === 0) return undefined;
  const person = onlyPersonFor(index, context, question.pronoun) ?? personLeadingAnswer(index, context, question.pronoun);
  if (person === undefined) return undefined;
  const quoted = context.sentencePositions[0] as number;
  let best: number | undefined;
  index.sentences.forEach((indexed, position) => {
    if (!indexed.features.hasAge) return;
    // "... beating Hungarian grandmaster Gábor Halmos, 44, ..." names her, but gives his age; "She is 12 years and 9
    // months old" gives hers without naming her.
    const hers = indexed.entityIds.has(person) ? !onlyOthersAged(index, indexed, [person]) : OTHER_AGE_FORMS.test(indexed.sentence.text) && saidOfByPronoun(index, position, person);
    if (!hers) return;
    if (best === undefined || Math.abs(position - quoted) < Math.abs(best - quoted)) best = position;
  });
  const indexed = best === undefined ? undefined : index.sentences[best];
  return best === undefined || !indexed ? undefined : { position: best, indexed, score: 1, coverage: 1 };
}

/** "Where?", "where is it?", "and where will that be held?": where, of the last answer, with no word of its own. */
const BARE_WHERE = /^\W*(?:(?:and|so|ok|okay) )?where(?: (?:is|was|will|would) (?:it|that|this)(?: be)?(?: held| taking place)?)?\W*$/i;

/**
 * "When is the memorial?" / "where?": the last answer says where by a common noun ("... at the high school football
 * field"), which no place name marks; that sentence answers. A last answer naming a place is left to the ranking.
 */
export function venueOfLastAnswer(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): RankedSentence | undefined {
  if (question.kind !== 'place' || question.terms.length > 0 || !BARE_WHERE.test(question.text)) return undefined;
  for (const position of context.sentencePositions) {
    const indexed = index.sentences[position];
    if (indexed && !indexed.entityKinds.has('place') && namesVenue(indexed.sentence.text)) return { position, indexed, score: 1, coverage: 1 };
  }
  return undefined;
}
