/**
 * "What did the mayor say?", "how old is the chairwoman?": a role standing for the one person the article gives
 * it ("Mayor Denise Carter", "Club chair Helen Achterberg"). The question is read with the person's name in place
 * of the role, so the sentences naming them by name alone ("Carter said ...", "Achterberg, 58, ...") answer, and
 * a role whose holder the article never quotes gets the plain "the article does not quote ..." a name would.
 */
import { sentencePosition, type ArticleIndex } from '../search/article-index.js';
import { countriesOfDemonym, isCountryWord, isDemonym } from '../search/related-terms.js';
import { escapeRegExp } from '../who-and-where/regexp.js';
import { peopleAndPlaces } from '../who-and-where/index.js';
import { memoOf } from './memo.js';
import { stem } from '../text/tokens.js';
import { givenNameGender } from '../who-and-where/person-names.js';

/**
 * Role words a reader uses for a person, with the words an article may write for the same role ("chairwoman"
 * for "chair"). General English titles and jobs, not any article's.
 */
const ROLE_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    mayor: ['mayor'],
    governor: ['governor', 'gov.', 'gov'],
    president: ['president'],
    chairwoman: ['chairwoman', 'chair', 'chairperson'],
    chairman: ['chairman', 'chair', 'chairperson'],
    chair: ['chair', 'chairwoman', 'chairman', 'chairperson'],
    chairperson: ['chairperson', 'chair', 'chairwoman', 'chairman'],
    manager: ['manager'],
    // A football club's manager is what a reader of another sport calls its coach.
    coach: ['coach', 'manager'],
    captain: ['captain', 'skipper'],
    skipper: ['skipper', 'captain'],
    spokesman: ['spokesman', 'spokesperson'],
    spokeswoman: ['spokeswoman', 'spokesperson'],
    spokesperson: ['spokesperson', 'spokesman', 'spokeswoman'],
    commissioner: ['commissioner'],
    engineer: ['engineer'],
    // "Justice Helen Marsters": a judge by her title (not a "Justice Minister": see TITLE_ONLY).
    judge: ['judge', 'justice', 'magistrate'],
    prosecutor: ['prosecutor'],
    treasurer: ['treasurer'],
    sheriff: ['sheriff'],
    superintendent: ['superintendent'],
    ambassador: ['ambassador'],
    senator: ['senator'],
    economist: ['economist'],
    analyst: ['analyst'],
    striker: ['striker', 'forward'],
    goalkeeper: ['goalkeeper', 'keeper'],
    // "The successful flight was piloted by Captain Maurizio Bellandi": an airline's pilot is its captain.
    pilot: ['pilot', 'captain'],
    guide: ['guide'],
    rescuer: ['rescuer'],
    doctor: ['doctor', 'physician', 'surgeon'],
    physician: ['physician', 'doctor'],
    surgeon: ['surgeon'],
    chef: ['chef'],
    agent: ['agent'],
    // A company's chief officers, by their letters or their words ("chief executive Priya Natarajan").
    ceo: ['ceo', 'executive'],
    executive: ['executive', 'ceo'],
    cfo: ['cfo', 'financial'],
    cto: ['cto', 'technology'],
    coo: ['coo', 'operating'],
    officer: ['officer'],
    'vice-chancellor': ['vice-chancellor'],
    // "What did the mum say?" of "Her mother, Folake Bakare, 41, ...": family, as the article names them.
    mother: ['mother', 'mum', 'mom'],
    mum: ['mum', 'mother', 'mom'],
    mom: ['mom', 'mother', 'mum'],
    father: ['father', 'dad'],
    dad: ['dad', 'father'],
    wife: ['wife'],
    husband: ['husband'],
    daughter: ['daughter'],
    son: ['son'],
    sister: ['sister'],
    brother: ['brother'],
    lawyer: ['lawyer', 'attorney', 'solicitor', 'barrister'],
    attorney: ['attorney', 'lawyer'],
  }),
);
const ROLE_CUE = new RegExp(`\\b(?:${[...ROLE_WORDS.keys()].join('|')})\\b`, 'i');

/** "the mayor", "the club's chairwoman", "the chief executive": a determiner and the three words after it, at most. */
const ROLE_PHRASE = /\b(?:the|its|their|his|her)((?:\s+[\p{L}'’-]+){1,3})/giu;

/**
 * Words before a role that say which one ("the former mayor", "the Chinese president", "the deputy chair"): the
 * article's one holder of the role may be another, so the question is left as asked unless the role says so too.
 */
const QUALIFIERS = /^(?:former|ex|previous|new|next|incoming|outgoing|acting|interim|deputy|vice|assistant|other|second|first)$/i;

const OF_ELSEWHERE = /^\s+(?:of|for|in|at|from)\b/i;
const REASON_ASKED = /^\W*why\b/i;
const SUBJECT_ASKED = /\b(?:did|does|do|has|have|had|is|was|are|were|will|would|can|could|should|s)\s+$/i;

/** "The American", "the Kenyan": a people's adjective after "the", which may stand for one person of that country. */
const THE_NATIONAL = /\bthe (\p{L}+)\b/giu;

/** The question with a role its article gives one person in place of that role; undefined when there is none. */
export function withRoleHolderNamed(index: ArticleIndex, text: string): string | undefined {
  if (!ROLE_CUE.test(text)) return withNationalNamed(index, text) ?? withAgedNamed(index, text) ?? withPluralRoleNamed(index, text);
  for (const match of text.matchAll(ROLE_PHRASE)) {
    // The role word follows the determiner ("the mayor"), or a chief officer's words ("the chief executive", "the
    // chief technology officer"), which say which one. Other words before a role ("the club chair") left questions
    // as asked: letting them pick the holder cost an answer elsewhere.
    const after = (match[1] ?? '').trim().split(/\s+/);
    const at = (after[0] ?? '').toLowerCase() === 'chief' ? after.findIndex((word) => ROLE_WORDS.has(word.toLowerCase())) : ROLE_WORDS.has((after[0] ?? '').toLowerCase()) ? 0 : -1;
    const spellings = at < 0 ? undefined : ROLE_WORDS.get((after[at] ?? '').toLowerCase());
    if (spellings === undefined) continue;
    const words = after.slice(0, at);
    const phrase = match[0].slice(0, match[0].indexOf(after[at] ?? '') + (after[at] ?? '').length);
    // "The president of Russia", "the mayor for the north": the holder of a role somewhere else.
    const rest = text.slice((match.index ?? 0) + phrase.length);
    if (words.some((word) => QUALIFIERS.test(word)) || OF_ELSEWHERE.test(rest)) return undefined;
    // Only a subject right after its verb ("what did the mayor say?", "how old is the mayor?"): not one of several
    // ("what do the navy and the mayor want?"), whose sentences together answer, nor in "why does the mayor say
    // ...?", whose answer, her reason, is said under her role as often as under her name.
    if (!SUBJECT_ASKED.test(text.slice(0, match.index)) || REASON_ASKED.test(text)) return undefined;
    const holder = onlyHolder(index, WHO_ASKED.test(text.slice(0, match.index)) ? spellings : spellings.filter((spelling) => !TITLE_ONLY.has(spelling)), words);
    if (holder === undefined) return undefined;
    return `${text.slice(0, match.index)}${holder}${text.slice((match.index ?? 0) + phrase.length)}`;
  }
  return undefined;
}

/**
 * "What did analysts say?", "what do economists think?": a role asked of in the plural, where the article quotes one
 * person holding it ("said Rupert Gale, retail analyst at Thorne Securities"), is asked of that person; not of
 * the sentence telling who the others spoke to ("she said on a call with analysts").
 */
const PLURAL_ROLE_ASKED = /^(\W*(?:and |so )?what (?:did|do|have|had) )(\p{L}+)s (?=(?:say|said|think|thought|make of it|tell)\b)/iu;

function withPluralRoleNamed(index: ArticleIndex, text: string): string | undefined {
  const match = PLURAL_ROLE_ASKED.exec(text);
  const spellings = match ? ROLE_WORDS.get((match[2] ?? '').toLowerCase()) : undefined;
  if (match === null || spellings === undefined) return undefined;
  const holder = onlyHolder(index, spellings.filter((spelling) => !TITLE_ONLY.has(spelling)), []);
  return holder === undefined ? undefined : `${match[1] ?? ''}${holder} ${text.slice(match[0].length)}`;
}

/**
 * The one person of the who's who whose role holds one of the spellings and every other word typed before it
 * ("the club chair": "Club chair"; a possessive owner, "the club's", counts as such a word).
 */
function onlyHolder(index: ArticleIndex, spellings: readonly string[], words: readonly string[]): string | undefined {
  const holding = (names: readonly string[]): RoleHolder[] =>
    rolesOf(index).filter(({ roleWords, head }) => names.some((spelling) => (TITLE_ONLY.has(spelling) ? head === spelling : roleWords.has(spelling))) && words.every((word) => roleWords.has(ownerOf(word))));
  // The word as asked first: "the judge" is Judge Ann Lee where the article also has a Justice Helen Marsters.
  const asTyped = holding(spellings.slice(0, 1));
  const holders = asTyped.length > 0 ? asTyped : holding(spellings);
  return holders.length === 1 ? holders[0]?.name : undefined;
}

/**
 * "How old is the American?", "what did the Ethiopian say?": of a story naming one person of that country by it
 * ("American Jenna Morrow", "Ethiopia's Tsige Alemu"), asked of her by name. Only a people's adjective with a plural
 * of its own: "the Chinese", "the French" are a side, not a person.
 */
function withNationalNamed(index: ArticleIndex, text: string): string | undefined {
  // Most stories name no one so: their questions skip the pattern.
  if (nationalsOf(index).length === 0) return undefined;
  for (const match of text.matchAll(THE_NATIONAL)) {
    const word = (match[1] ?? '').toLowerCase();
    if (!isDemonym(word) || !isDemonym(`${word}s`)) continue;
    if (!SUBJECT_ASKED.test(text.slice(0, match.index))) return undefined;
    const countries = countriesOfDemonym(word);
    const holders = nationalsOf(index).filter((national) => countries.includes(national.country));
    const names = new Set(holders.map((national) => national.name));
    if (names.size !== 1) return undefined;
    return `${text.slice(0, match.index)}${holders[0]?.name ?? ''}${text.slice((match.index ?? 0) + match[0].length)}`;
  }
  return undefined;
}

interface National {
  name: string;
  country: string;
}

/** The people a story names with their country right before their name: "American Jenna Morrow", "Ethiopia's Tsige Alemu". */
function nationalsOf(index: ArticleIndex): readonly National[] {
  const memo = memoOf<readonly National[]>(index, 'nationals');
  let nationals = memo.get('all');
  if (nationals === undefined) {
    const found: National[] = [];
    for (const person of index.entities) {
      if (person.kind !== 'person') continue;
      const before = new RegExp(String.raw`\b(\p{Lu}\p{L}+)(['’]s)? ${escapeRegExp(person.name)}\b`, 'u');
      for (const sentenceId of person.sentenceIds) {
        const position = sentencePosition(index, sentenceId);
        const match = position === undefined ? null : before.exec(index.sentences[position]?.sentence.text ?? '');
        if (!match) continue;
        const word = (match[1] ?? '').toLowerCase();
        const countries = match[2] !== undefined ? (isCountryWord(word) ? [word] : []) : countriesOfDemonym(word);
        for (const country of countries) found.push({ name: person.name, country });
      }
    }
    nationals = found;
    memo.set('all', nationals);
  }
  return nationals;
}

const ownerOf = (word: string): string => word.toLowerCase().replace(/['’]s?$/, '');

/**
 * Spellings that name the role only as its last word: "Chief Justice" is a judge, a "Justice Minister" is not. Only
 * in "who was the judge?": "what did the judge say?" read as "what did Helen Marsters say?" lost the sentences
 * saying "the judge wrote" in a blind set.
 */
const TITLE_ONLY: ReadonlySet<string> = new Set(['justice']);
/** "Who was the judge?", "in the fraud case, who is the judge?": who holds the role, asked right before it. */
const WHO_ASKED = /\bwho(?:\s+(?:is|was|are|were)|['’]s)?\s*$/i;

interface RoleHolder {
  name: string;
  roleWords: ReadonlySet<string>;
  /** The role's last word ("justice" of "Chief Justice"). */
  head: string;
}

function rolesOf(index: ArticleIndex): readonly RoleHolder[] {
  const memo = memoOf<readonly RoleHolder[]>(index, 'role-holders');
  let holders = memo.get('all');
  if (holders === undefined) {
    holders = peopleAndPlaces(index.briefing).people.flatMap((person) => {
      const words = person.role?.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean) ?? [];
      return words.length === 0 ? [] : [{ name: person.name, roleWords: new Set(words), head: words[words.length - 1] as string }];
    });
    memo.set('all', holders);
  }
  return holders;
}

/** "What did the old man say?", "how is the young woman?": a person by age and sex, as a reader recalls them. */
const AGED_PERSON = /\bthe (old|older|oldest|elderly|young|younger|youngest) (man|woman|lady|guy|boy|girl)\b/i;
/** Ages that make someone "old" or "young" in a reader's words. */
const OLD_FROM = 55;
const YOUNG_UNTIL = 35;
const FEMALE_WORDS: ReadonlySet<string> = new Set(['woman', 'lady', 'girl']);

interface AgedPerson {
  name: string;
  age: number;
  gender: 'he' | 'she' | undefined;
}

/**
 * "What did the old man say?" of a story naming "Roberto Conti, 66, a retired postman" and no "old man": asked of
 * the oldest man the story gives an age for (the youngest, for "the young woman"), when he is old enough to be
 * called so, and the article never uses the word for them ("man") itself.
 */
function withAgedNamed(index: ArticleIndex, text: string): string | undefined {
  const match = AGED_PERSON.exec(text);
  if (!match || !SUBJECT_ASKED.test(text.slice(0, match.index))) return undefined;
  // An article calling someone so itself ("a 9-year-old girl") is asked in its own words.
  if (index.vocabulary.hasTerm(stem(match[2] ?? ''))) return undefined;
  const old = /^(?:old|older|oldest|elderly)$/i.test(match[1] ?? '');
  const gender = FEMALE_WORDS.has((match[2] ?? '').toLowerCase()) ? 'she' : 'he';
  const candidates = agedPeople(index).filter((person) => person.gender === gender && (old ? person.age >= OLD_FROM : person.age <= YOUNG_UNTIL));
  if (candidates.length === 0) return undefined;
  const pick = candidates.reduce((best, person) => ((old ? person.age > best.age : person.age < best.age) ? person : best));
  // Two of the same age: no telling which one is meant.
  if (candidates.some((person) => person !== pick && person.age === pick.age)) return undefined;
  return `${text.slice(0, match.index)}${pick.name}${text.slice(match.index + match[0].length)}`;
}

/** The people the story gives an age beside their name ("Roberto Conti, 66,"), with the pronoun they go by. */
function agedPeople(index: ArticleIndex): readonly AgedPerson[] {
  const memo = memoOf<readonly AgedPerson[]>(index, 'aged people');
  let people = memo.get('all');
  if (people === undefined) {
    const found: AgedPerson[] = [];
    index.entities.forEach((entity, id) => {
      if (entity.kind !== 'person') return;
      const surname = entity.name.split(' ').pop() ?? entity.name;
      const aged = new RegExp(`\\b${escapeRegExp(surname)}, (\\d{1,3}),`);
      for (const sentenceId of entity.sentenceIds) {
        const age = aged.exec(index.briefing.sentences[sentenceId]?.text ?? '')?.[1];
        if (age === undefined) continue;
        const given = givenNameGender(entity.name.split(' ')[0] ?? '');
        found.push({ name: entity.name, age: Number(age), gender: index.personPronouns.get(id) ?? (given === 'female' ? 'she' : given === 'male' ? 'he' : undefined) });
        break;
      }
    });
    people = found;
    memo.set('all', people);
  }
  return people;
}
