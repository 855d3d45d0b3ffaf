/**
 * Who speaks in a sentence: a speaker's words within a few words of a speech verb ("..., Blinken said"), or
 * "the official" a sentence quotes after an earlier one introduced them ("a Chinese Foreign Ministry official
 * signaled ... ." then "..., the official said"). General news English.
 */
import type { ArticleIndex, IndexedSentence } from '../search/article-index.js';

const SPEECH_WORDS: ReadonlySet<string> = new Set(
  'said says told stated signaled signalled warned argued accused announced added explained noted claimed urged insisted replied wrote'.split(' '),
);
/** A view is said, or held: "The ruling Chinese Communist Party considers Taiwan part of its territory". */
const HOLDING_WORDS: ReadonlySet<string> = new Set([
  ...SPEECH_WORDS,
  ...'consider considers considered believe believes believed regard regards regarded see sees view views viewed insist insists maintain maintains'.split(' '),
]);
/** Speaking to come, too: "Blinken will argue that ...", "she is expected to tell the court ...". */
export const SPEAKING_WORDS: ReadonlySet<string> = new Set([...SPEECH_WORDS, ...'say tell argue argues warn urge insist claim claims explain admit admits admitted concede concedes conceded acknowledged'.split(' ')]);
/** After the verb, these open what was said, not who said it: "the official explained, adding that China wants ...". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'adding', 'saying', 'as']);
/** How close (in words) a speech verb must be to its speaker. */
const SPEAKER_WINDOW = 8;

/**
 * A word of `subject` (stems) stands within a few words of one of `verbs` (tokens): the subject speaks.
 * A speaker may come after a speech verb ("..., said Blinken"); a holder comes before a verb of holding:
 * in "We see China sharing machine tools" China is what is seen, not who sees.
 */
export function speakerNear(indexed: IndexedSentence, subject: ReadonlySet<string>, verbs: ReadonlySet<string> = SPEECH_WORDS): boolean {
  const tokens = indexed.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!subject.has(indexed.stems[i] ?? '')) continue;
    for (let j = Math.max(0, i - SPEAKER_WINDOW); j <= Math.min(tokens.length - 1, i + SPEAKER_WINDOW); j++) {
      const verb = tokens[j] ?? '';
      if (verbs.has(verb) && (j > i ? !otherSpeakerBetween(indexed, tokens[i] ?? '', verb) : SPEECH_WORDS.has(verb) && !opensClauseBetween(tokens, j, i))) return true;
    }
  }
  return false;
}

/**
 * "Papadaki is not related to the abbot, the ministry said.": another speaker stands between the word and the verb,
 * the clause ending at the word. An appositive set off by commas ("Blinken, the secretary of state, said") is the
 * word's own.
 */
function otherSpeakerBetween(indexed: IndexedSentence, word: string, verb: string): boolean {
  const at = indexed.lower.indexOf(`${word}, `);
  if (at < 0) return false;
  return OTHER_SPEAKER.test(indexed.lower.slice(at + word.length)) && indexed.lower.includes(` ${verb}`, at);
}

/** ", the ministry said", ", a spokesman told": a noun phrase of its own, with no comma, right before the verb. */
const OTHER_SPEAKER = /^,\s+(?:the|a|an|his|her|its|their)\s+[^,;"“”]{1,40}?\s+(?:said|says|told|added|stated|announced|confirmed)\b/;

/** A word between two positions opens what was said ("..., adding that ..."). By index: no copy of the tokens. */
function opensClauseBetween(tokens: readonly string[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (CLAUSE_OPENERS.has(tokens[k] ?? '')) return true;
  return false;
}

/**
 * The sentence is said or held by `speaker` (stems): by name, or as the "official" an earlier sentence
 * introduced as theirs (the index resolves who that is; a sentence right after the introduction also
 * inherits its terms).
 */
export function spokenBy(indexed: IndexedSentence, speaker: ReadonlySet<string>): boolean {
  if (speakerNear(indexed, speaker, HOLDING_WORDS)) return true;
  const introduced = indexed.speakerTerms;
  // The sentence before says who "the official" is only when no introduction named them.
  for (const term of speaker) if (introduced ? introduced.has(term) : indexed.speakerRole !== undefined && indexed.inherited.has(term)) return true;
  return false;
}

/** A quotation's close said by a pronoun: '..., she said through an interpreter.', '..." he added.' */
const SAID_BY_PRONOUN = /["”],?\s+(?:she|he) (?:said|says|added|told|explained|recalled|wrote)\b/;
/** How many sentences a quotation may run over. */
const QUOTATION_SENTENCES = 4;

/**
 * 'Alemu, 31, was gracious in defeat. "She was stronger today. ... That is the marathon," she said.': the sentence
 * at `position` is in a quotation closed with "she said" right after a sentence naming its speaker. The position
 * of that naming sentence, or undefined when the sentence is no such quotation's.
 */
export function quotationIntroducedAt(index: ArticleIndex, position: number): number | undefined {
  const here = index.sentences[position];
  if (!here) return undefined;
  const paragraph = here.sentence.paragraph;
  const inParagraph = (at: number): IndexedSentence | undefined => {
    const indexed = index.sentences[at];
    return indexed?.sentence.paragraph === paragraph ? indexed : undefined;
  };
  // The close, at or after the sentence: said by a pronoun.
  let close = position;
  while (close < position + QUOTATION_SENTENCES && inParagraph(close) && !SAID_BY_PRONOUN.test(inParagraph(close)?.sentence.text ?? '')) close++;
  if (!SAID_BY_PRONOUN.test(inParagraph(close)?.sentence.text ?? '')) return undefined;
  // The opening, at or before it: the sentence starting with a quote mark.
  let open = position;
  while (open > position - QUOTATION_SENTENCES && inParagraph(open) && !/^["“]/.test(inParagraph(open)?.sentence.text ?? '')) open--;
  const opening = inParagraph(open);
  if (!opening || !/^["“]/.test(opening.sentence.text)) return undefined;
  // No other quotation closes before the one "she said" closes: the opening is this quotation's.
  for (let at = open; at < close; at++) if (/["”],?\s+\p{L}/u.test(inParagraph(at)?.sentence.text ?? '')) return undefined;
  return inParagraph(open - 1) ? open - 1 : undefined;
}
