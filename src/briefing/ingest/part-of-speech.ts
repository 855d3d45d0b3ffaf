/**
 * The parts of speech of a sentence's words, read in context by wink-nlp's English model.
 * Section titles need them: a title is a noun phrase. Only a tagger reading the sentence tells "the charge"
 * from "charge them", or "well" the adverb from "the well"; word lists and suffixes guessed wrong too often
 * ("Well", "Dead" and "Look hard" were section titles).
 *
 * The model loads on first need, in about 140 ms, and only a process that ingests an article pays for it:
 * briefings are cached. Tagging the shipped article's sentences then takes about 2 ms.
 */
import { createRequire } from 'node:module';

/** Universal Dependencies tags, as the model gives them ("NOUN", "PROPN", "VERB", "ADJ", ...). */
export type PartOfSpeech = string;

interface WinkDoc {
  tokens(): { out(itsf?: unknown): string[] };
}
interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: { pos: unknown; value: unknown };
}

const requireLazily = createRequire(import.meta.url);
/** The loaded model; null when it could not be loaded (titles then fall back on word lists). */
let nlp: WinkNlp | null | undefined;

function tagger(): WinkNlp | null {
  if (nlp === undefined) {
    try {
      const winkNlp = requireLazily('wink-nlp') as (model: unknown, pipe: string[]) => WinkNlp;
      // The part-of-speech step alone: sentence splitting, entities and sentiment would cost three times as much.
      nlp = winkNlp(requireLazily('wink-eng-lite-web-model'), ['pos']);
    } catch {
      nlp = null;
    }
  }
  return nlp;
}

/**
 * For each word of `sentence` (lower case, as the model splits it: "Lubitz's" is "lubitz" and "'s"), the parts
 * of speech it has there. A word used twice may have two. Empty when the model cannot be loaded.
 */
export function partsOfSpeech(sentence: string): Map<string, Set<PartOfSpeech>> {
  const words = new Map<string, Set<PartOfSpeech>>();
  const model = tagger();
  if (!model) return words;
  const tokens = model.readDoc(sentence).tokens();
  const values = tokens.out(model.its.value);
  const tags = tokens.out(model.its.pos);
  // The model reads a capital as a name, and every sentence opens with one: "Relatives of those who died ..."
  // is read again in lower case to tell a noun opening it from a name.
  if (tags[0] === 'PROPN' && OPENING_CAPITAL.test(sentence)) {
    const again = model.readDoc(sentence.charAt(0).toLowerCase() + sentence.slice(1)).tokens().out(model.its.pos);
    if (again[0] !== undefined) tags[0] = again[0];
  }
  for (let i = 0; i < values.length; i++) {
    const word = (values[i] as string).toLowerCase();
    let seen = words.get(word);
    if (!seen) words.set(word, (seen = new Set()));
    seen.add(tags[i] as string);
  }
  return words;
}

/** A capitalised ordinary word opening the sentence ("Relatives"), not an acronym or a name like "McCain". */
const OPENING_CAPITAL = /^\p{Lu}\p{Ll}+\b/u;
