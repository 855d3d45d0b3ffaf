/**
 * "What did Sarah Palin say?" of an article that only names her ("Andrew agrees with Sarah Palin. He said: ...")
 * has no answer: the best sentence about her quotes someone else, and quoting it would put his words in her mouth.
 */
import type { ArticleIndex } from '../search/article-index.js';
import { contentTerms } from '../text/tokens.js';
import { givenNameGender } from '../who-and-where/person-names.js';
import { quotedPeople } from '../who-and-where/quoted.js';
import { memoOf } from './memo.js';
import { sentencesToldByRelation } from './relation-speaker.js';

/** "What did X say?", "what has X told reporters?": what a person said, X being the subject named. */
const ASKS_WHAT_SAID = /^\W*what (?:(?:else|exactly|precisely|actually) )?(?:did|does|do|has|have|had|will|would) ([\p{L}.'’ -]{2,40}?)(?: (?:himself|herself|themselves))? (?:actually )?(?:say|said|tell|told|write|wrote|tweet|tweeted)\b/iu;

/**
 * Any word of speaking, thinking or arguing, in any form: a person whose sentences hold none is only mentioned.
 * Wider than the speakers' list reads ("Costa argued", "she believes", "according to her"), so no one who
 * says anything in the article is taken for silent.
 */
const SPEAKS =
  /\b(?:say|says|said|saying|tell|tells|told|add|adds|added|argue[sd]?|arguing|claim(?:s|ed)?|state[sd]?|stating|insist(?:s|ed)?|warn(?:s|ed)?|wr[io]te|writes|tweet(?:s|ed)?|texted|post(?:s|ed)|announce[sd]?|call(?:s|ed)?|describe[sd]?|believe[sd]?|think(?:s)?|thought|according|quoted?|spoke|speak(?:s|ing)?|repl(?:y|ied|ies)|respond(?:s|ed)?|expla(?:in|ins|ined)|comment(?:s|ed)?|urge[sd]?|ask(?:s|ed)?|promise[sd]?|vow(?:s|ed)?|pledge[sd]?|accuse[sd]?|den(?:y|ies|ied)|admit(?:s|ted)?|["“”])/i;

/** The reply to "what did X say?" when the article never has X speak: "The article does not quote Sarah Palin: it only mentions her." */
export function silentPersonReply(index: ArticleIndex, text: string): string | undefined {
  const id = silentPersonAsked(index, text);
  const entity = id === undefined ? undefined : index.entities[id];
  if (entity === undefined) return undefined;
  const gender = index.personPronouns.get(id ?? -1) ?? genderPronoun(givenNameGender(entity.name.split(' ')[0] ?? ''));
  return `The article does not quote ${entity.name}: it only mentions ${gender === 'she' ? 'her' : gender === 'he' ? 'him' : 'them'}.`;
}

const genderPronoun = (gender: 'female' | 'male' | undefined): 'she' | 'he' | undefined => (gender === 'female' ? 'she' : gender === 'male' ? 'he' : undefined);

/** The person asked about (an entity index), when the article never has them speak; else undefined. */
function silentPersonAsked(index: ArticleIndex, text: string): number | undefined {
  const subject = ASKS_WHAT_SAID.exec(text)?.[1];
  if (subject === undefined) return undefined;
  const terms = contentTerms(subject);
  if (terms.length === 0) return undefined;
  // Named by the person's own words alone: "Palin", "Sarah Palin"; not "the president" or "Palin's aide".
  // Words of the name itself: an alias carrying a role ("FTX founder Sam Bankman-Fried") does not make "the founder" him.
  const people = index.entities.flatMap((entity, id) => {
    if (entity.kind !== 'person') return [];
    const nameTerms = new Set(contentTerms(entity.name));
    return terms.every((term) => nameTerms.has(term)) ? [id] : [];
  });
  const [id] = people;
  if (id === undefined || people.length > 1) return undefined;
  return silentPeople(index).has(id) ? id : undefined;
}

/** The people (entity indexes) no sentence naming them has speak, and whom the speakers' list does not hold. */
function silentPeople(index: ArticleIndex): ReadonlySet<number> {
  const memo = memoOf<ReadonlySet<number>>(index, 'silent-people');
  let silent = memo.get('all');
  if (silent === undefined) {
    const speakers = new Set(quotedPeople(index.briefing).named.map((person) => person.name));
    // The people each sentence names: "Sofia Marques said ..." after a mention of the president is her speaking, not him.
    const peopleIn = new Map<number, number[]>();
    index.entities.forEach((entity, id) => {
      if (entity.kind === 'person') for (const sentenceId of entity.sentenceIds) peopleIn.set(sentenceId, [...(peopleIn.get(sentenceId) ?? []), id]);
    });
    // '..., the younger Phiri said': another person of the same surname, not named in full there, may be this one.
    const surname = (id: number): string => index.entities[id]?.name.split(' ').pop() ?? '';
    const namedInFull = (sentenceId: number, other: number): boolean => (index.briefing.sentences[sentenceId]?.text ?? '').includes(index.entities[other]?.name.split(' ')[0] ?? '');
    const namesOthers = (sentenceId: number, id: number): boolean =>
      (peopleIn.get(sentenceId) ?? []).some((other) => other !== id && (surname(other) !== surname(id) || namedInFull(sentenceId, other)));
    const found = new Set<number>();
    index.entities.forEach((entity, id) => {
      if (entity.kind !== 'person' || speakers.has(entity.name)) return;
      // The sentence after a mention too: "She said: ..." may be theirs, but not "He said" after "Sarah Palin".
      const gender = givenNameGender(entity.name.split(' ')[0] ?? '');
      const otherPronoun = gender === 'female' ? /^\W*(?:he|his)\b/i : gender === 'male' ? /^\W*(?:she|her)\b/i : undefined;
      const sentence = (id: number): string => index.briefing.sentences[id]?.text ?? '';
      const speaks = entity.sentenceIds.some(
        (sentenceId) =>
          SPEAKS.test(sentence(sentenceId)) || (SPEAKS.test(sentence(sentenceId + 1)) && !otherPronoun?.test(sentence(sentenceId + 1)) && !namesOthers(sentenceId + 1, id)),
      );
      if (!speaks && sentencesToldByRelation(index, id).length === 0) found.add(id);
    });
    silent = found;
    memo.set('all', silent);
  }
  return silent;
}

