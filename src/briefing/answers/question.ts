/**
 * Reads a question: what kind of answer it wants (a person, a date, a number...), which article terms it
 * asks about (typos corrected against the article's vocabulary), and whether it leans on earlier turns.
 */
import { COURTESY_TITLES, STOPWORDS, stem, tokenize, capitalisedWords } from '../text/tokens.js';
import { editDistance } from '../search/edit-distance.js';
import { isListedWord } from '../text/english-words.js';
import { MOTION_WORDS } from '../search/places.js';
import { RELATED_WORDS, countryOfCapital, isCountryWord, isDemonym, relatedTerms } from '../search/related-terms.js';
import { NAMED_ROLE_ASKED, articleWording, expandShorthand, plainIdioms, shorthandsOf } from './shorthand.js';
import { BODY_PLURALS, PEOPLE_PLURALS } from './kind-nouns.js';
import { SINGLE_WORD_ROLE_HEADS } from '../ingest/gazetteer.js';
import { BoundedMemo } from './memo.js';
import { VIEW_CUES, VIEW_WORDS, viewHolder } from './view.js';
import { allowedEdits, type CorrectedTerm, type Vocabulary } from '../search/vocabulary.js';
import { pronounIn, type Pronoun } from '../search/pronouns.js';

export type AnswerKind = 'person' | 'date' | 'place' | 'number' | 'money' | 'reason' | 'speech' | 'yesno' | 'any';

export interface ParsedQuestion {
  text: string;
  kind: AnswerKind;
  /** Content terms of the question itself, in order, without duplicates. */
  terms: CorrectedTerm[];
  /** Capitalised words the asker used mid-question (names): an unknown one means the article is about something else. */
  names: string[];
  /** "What is the X of ...": the thing asked about. When the article never mentions it, nothing there answers. */
  focus: CorrectedTerm | undefined;
  /** Leans on earlier turns: pronouns, "and ...", "what about ...". */
  anaphoric: boolean;
  /** "What else ...", "anything more": wants something other than what was already quoted. */
  wantsMore: boolean;
  /** "Tell me about X", "X?": wants the passage on a topic rather than a fact. */
  topical: boolean;
  /** "Which city / which country / which province or river": the kind of place asked for, when the question says. */
  placeType: 'city' | 'country' | 'division' | undefined;
  /** Asks about going somewhere ("visiting", "going", "travel"): a destination answers it best. */
  moves: boolean;
  /** "What is the name of ...", "what are their names?": only a sentence giving a name answers. */
  asksName: boolean;
  /** "What are their names?", "name them", "what's his name?": the name of whoever a pronoun stands for, nothing else. */
  pronounName: boolean;
  /** "What did she discuss?": the personal pronoun the question uses (he or she), for whom it may stand. */
  pronoun: Pronoun | undefined;
  /** "How many Americans ...": the kind of entity counted, when a list of names could answer. */
  counted: 'person' | 'place' | 'organization' | undefined;
  /** "What is typhus?": the stems of the thing to be defined; a sentence saying what it is answers best. */
  defines: readonly string[] | undefined;
  /** "Is this his first trip there?": a yes/no question counting occasions, answered by an ordinal ("his second"). */
  countsOccasions: boolean;
  /** "When was the previous one?", "when did he last meet Xi?": the date of an occasion before the one reported. */
  earlierOccasion: boolean;
  /** Words of "according to the second official", "in Blinken's view": who says it, not what is asked. */
  attributed: ReadonlySet<string>;
  /** "How does Beijing view ...?", "what's China's position on ...?": the stems of whose view is asked. */
  viewOf: readonly string[] | undefined;
}

/** "want China to do", "wants Beijing to take": what one side wants another to do. */
const WANTS_DONE = /\bwants?(?:ed)? (?:[\p{L}'’.-]+ ){1,4}to (?:do|take|stop|start|help|avoid|change|play|make)\b/iu;
/** "tl;dr", "TL; DR". */
const TL_DR = /\btl; ?dr\b/gi;
/** Words that frame a question without saying what it is about. */
const TAKE_FORMS: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taken', 'taking']);
/** "take so long", "taking this long", "took too long". */
const LONG_SO: ReadonlySet<string> = new Set(['so', 'this', 'that', 'too']);
const FRAME_WORDS = new Set(
  'ok okay tell know explain describe article story obituary obit please anything something thing things info information detail details talk mention mentioned mentions happen happens happened happening going stuff many true according talking talked another else go goes went gone next per altogether similar summarise summarize summarising summarizing summary gist tldr tl rundown lowdown recap hi hey hello actually really simply eventually finally basically ultimately originally normally usually typically anyway anyways actual besides'.split(' '),
);
/**
 * Contractions typed without their apostrophe, or read so ("he's" tokenizes as "hes"): function words, not
 * names. Those that are also words ("well", "shell", "ill") are left out.
 */
const CONTRACTIONS: ReadonlySet<string> = new Set(
  'hes shes theyre youre thats theres heres whos whats wheres hows whens whys im ive weve theyve youve itll theyll youll lets'.split(' '),
);
/**
 * "aren't", "don't", typed or read without the apostrophe: kept as typed, never read as a typo of an article word
 * ("why aren't there enough doctors?" had read "arent" as "agent").
 */
export const NEGATIVE_CONTRACTIONS: ReadonlySet<string> = new Set(
  'isnt arent wasnt werent dont doesnt didnt cant couldnt wouldnt shouldnt wont hasnt havent hadnt mustnt neednt aint'.split(' '),
);
/** "he'll", "she'd", "we've": a pronoun and a contracted auxiliary, as typed with an apostrophe. */
const CONTRACTED_PRONOUNS = /\b(he|she|they|we|you|it|i)['’](?:ll|d|ve|re)\b/gi;
/** "What did she say exactly?": how exactly, in a question about saying, asks for the words themselves. */
const EXACT_WORDS: ReadonlySet<string> = new Set(['exactly', 'precisely']);
const SAYING_WORDS: ReadonlySet<string> = new Set(['say', 'said', 'says', 'tell', 'told', 'tells']);
/** Who asks, in "do you know", "what do we know": their knowing frames the question. */
const ASKER_WORDS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'u', 'us', 'me', 'to', 'ya']);
/** Words after which "one" stands for a thing named before ("the other one", "which one", "that one"). */
const ONE_AS_PRONOUN: ReadonlySet<string> = new Set(['other', 'that', 'this', 'which', 'another', 'each', 'every', 'new', 'old', 'first', 'second', 'last', 'latest', 'earlier', 'previous', 'recent']);
/** "The younger one", "the biggest one": "one" after "the" and a comparing adjective stands for a thing named before. */
const comparedOne = (tokens: readonly string[], at: number): boolean => tokens[at - 2] === 'the' && COMPARING.test(tokens[at - 1] ?? '');
const COMPARING = /^(?:young|old|eld|bigg|small|larg|tall|short|long|new|lat|earli|high|low|heavi|fast|slow|deep|wid|strong|weak|rich|poor|clos|near|farth|furth)(?:er|est)$/;
const TALK_WORDS: ReadonlySet<string> = new Set(['talk', 'talked', 'talking']);
/** Words after "talk" that make it frame the question: "talk about", "talk to me". */
const TALK_FRAMES: ReadonlySet<string> = new Set(['about', 'of', 'on', 'over', 'to', 'with', 'me', 'us']);
const TYPE_NOUNS = new Set(
  'city cities country countries place places region regions nation nations official officials politician politicians people person persons leader leaders day days date dates year years month months time times number percentage amount name names title purpose reason reasons goal aim motive cause company companies organization organisation agency agencies state states kind kinds type types sort sorts'.split(' '),
);
const ASKING = new Set(['which', 'what', 'many', 'much']);
/**
 * "Which models are being recalled?", "which part of the reserve ...": a noun naming the kind of thing asked for,
 * whose members the article names without it ("the Aoba compact SUV"). Only when the article never uses the noun:
 * where it does ("the Tessera model"), it is a word to find.
 */
const MEMBER_KIND_NOUNS: ReadonlySet<string> = new Set(
  'model models part parts organizations organisations group groups brand brands product products version versions area areas'.split(' '),
);
const OWN_WORDS: ReadonlySet<string> = new Set([...TYPE_NOUNS, ...FRAME_WORDS]);
const KIND_NOUNS = new Set('amount number name names title purpose reason goal aim motive cause'.split(' '));
/** "How old", "how long", "how far": after "how" these ask for a measure; they are not what the question is about. */
const MEASURE_WORDS = new Set('old long far often big tall large soon late early high deep wide much many close near strong powerful'.split(' '));
/** "How bad", "how serious": how severe something is. */
const SEVERITY_WORDS: ReadonlySet<string> = new Set(['bad', 'badly', 'serious', 'seriously', 'severe', 'severely', 'dangerous']);
/** Number words are never the thing asked about ("which two countries ..."). */
const COUNT_WORDS = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|both|several|many|few)$/;
// "What is the weather in ...", "the population of ...": the noun right before a preposition or the end.
const FOCUS = /^what(?:'s|’s|s| is| are| was| were| will be)(?: the| a| an)? ([\p{L}-]+)(?=\s+(?:of|in|for|at|on|like|today|tomorrow|now)\b|\s*[?.!]*\s*$)/iu;
// "What did he have for dinner?", "what did they eat for lunch in Shanghai?": the meal is the thing asked for.
const MEAL_FOCUS = /^\W*what(?:'s|’s|s| did| does| do| will| would| is| are| was| were) (?:[\p{L}'’.-]+ ){1,3}(?:have|having|had|eat|eating|ate|eaten|get|getting|got|drink|drinking|drank) for ((?:breakfast|brunch|lunch|dinner|supper|dessert|christmas|his birthday|her birthday|their birthday))\b/iu;
// "What's the interest rate in Korea?": a thing named by two words; "unemployment rate" is another thing.
const COMPOUND_FOCUS = /^what(?:'s|’s|s| is| are| was| were| will be)(?: the| a| an)? ([\p{L}-]+) ([\p{L}-]+)(?=\s+(?:of|in|for|at|on|today|tomorrow|now|right now)\b|\s*[?.!]*\s*$)/iu;

/**
 * The first word of a two-word measure asked for, when the article never uses it and uses the second; the second,
 * when the article uses neither.
 */
function compoundFocus(text: string, terms: readonly CorrectedTerm[]): CorrectedTerm | undefined {
  const match = COMPOUND_FOCUS.exec(text);
  if (!match) return undefined;
  const [first, second] = [match[1]?.toLowerCase(), match[2]?.toLowerCase()];
  const modifier = terms.find((t) => t.token === first);
  const head = terms.find((t) => t.token === second);
  if (modifier === undefined || modifier.known) return undefined;
  // "What's the weather forecast for the next launch?": neither word is the article's, so nor is the thing asked for.
  if (head !== undefined && !head.known && !TYPE_NOUNS.has(second ?? '')) return head;
  return head?.known === true && MEASURED_HEADS.has(second ?? '') ? modifier : undefined;
}
/** Things a word before them says which of: "interest rate", "oil price", "death toll", "speed limit" ("hardest issue" is no such thing). */
const MEASURED_HEADS: ReadonlySet<string> = new Set(
  'rate rates price prices cost costs level levels index toll total count figure figures tax taxes fee fees limit limits target targets budget salary wage wages score'.split(' '),
);

// "Which football team ...": the kind of thing asked for; when the article never mentions it, nothing answers.
const WHICH_FOCUS = /^which ([\p{L}-]+)/iu;
// "Which Chinese banks ...": past a people's adjective, the noun is the kind of thing asked for.
const WHICH_TWO_WORDS = /^which ([\p{L}-]+) ([\p{L}-]+)/iu;

const NAME_CUES =
  /^(?:what(?:s|'s|’s)?|which|who|tell me)\b.*\bnames?\b|\bwhat(?:s|'s|’s| is| was| are)? (?:the |his |her |their |its )?names?\s*[?.!]*\s*$|^what(?:s|'s|’s| is| are| was| were)?\b.{0,80}\bcalled\s*[?.!]*\s*$|^(?:which|what) (?:\w+ ){0,2}(?:companies|firms|agencies|organi[sz]ations|entities)\b/i;
/** Words one of which NAME_CUES needs. */
const NAME_CUE_WORDS = ['name', 'called', 'compan', 'firm', 'agenc', 'organi', 'entit'];
/** "What is the title of the report?" asks for a name; "what's her title?" asks for her job. ("..., what is his name?" ends in the ask.) */
const TITLE_ASKED = /^(?:what(?:s|'s|’s)?|which)\b.*\btitles?\b/i;
const ROLE_TITLE = /\b(?:his|her|their|my|your) titles?\b/i;
/** "What's her job?", "what does she do for a living?", "what kind of career does X have?" are read as "who is ...?", kind and all. */
const ROLE_ASKED = /\bwhat(?:'s|’s|s| is| was) (?:his|her|their) (?:job|role|title|position|post|occupation)\b|\bwhat (?:does|did|do) (?:he|she|they) do for (?:a )?living\b|\bwhat (?:kind|sort|type) of (?:career|job|work|profession|occupation) (?:does|did|do)\b/i;
const NAME_FRAME: ReadonlySet<string> = new Set(['name', 'names', 'full', 'real']);
/** "what are their names", "and what s his full name": the name of someone a pronoun stands for, nothing more (tokens joined). */
const PRONOUN_NAME_ASKED = /^(?:(?:and|so|ok|okay) )?whats? (?:s |is |was |are |were )?(?:his|her|their) (?:full |real )?names?$/;
const OCCASIONS: ReadonlySet<string> = new Set(['time', 'trip', 'visit', 'journey', 'tour', 'meeting', 'one']);
const FIRST_OCCASION = /^\W*(?:is|was|will|has|have|does|did)\b.*\bfirst (?:time|trip|visit|journey|tour|meeting|one)\b/i;
const NAME_GIVEN = /\bnamed?\s*[:,]?\s*["“‘']/i;
const PRONOUNS = new Set('he she they him her his hers their them it its that this those these there'.split(' '));
const WHERE_WITHIN = /^\W*(?:where(?:abouts)?|whereabouts) (?:exactly |precisely )?in (?:the )?\p{L}+(?: \p{L}+)?(?:\W*$| (?:is|are|was|were|did|does|do|will|would|has|have|had|can)\b)|^\W*where in (?:the )?\p{L}+(?: \p{L}+)? exactly\W*$/iu;
const AUX = new Set('is are was were do does did has have had can could will would should shall may might must'.split(' '));
/** "There is", "there will be": what may follow an existential "there". */
const BEING = new Set('is are was were be been will would has have had'.split(' '));
/** "Is there a deal?", "were there any injuries?", "there will be talks": "there" points at no place said before. */
const existentialThere = (tokens: readonly string[], i: number): boolean =>
  tokens[i] === 'there' && (BEING.has(tokens[i + 1] ?? '') || (i === 1 && AUX.has(tokens[0] ?? '')));
const CONTINUATION = /^(?:and|but|also|so|then|what about|how about|and what|and how|and who|and when|and where|and why)\b/i;

/** "Who", "which officials", "which US cabinet member", "what other diplomat": a person is asked for. */
/** Role words that also name things, ranks or offices held by no one in particular. */
const NOT_ONLY_PEOPLE: ReadonlySet<string> = new Set(['general', 'chief', 'chair', 'principal', 'host', 'star', 'speaker', 'justice', 'head', 'executive', 'resident', 'owner', 'representative']);
const PERSON_NOUNS =
  /\b(?:who|whom|whose|which (?:officials?|people|person|leaders?|spokes(?:man|woman|person))|(?:which|what) (?:other )?(?:[\w.-]+ ){0,2}(?:official|member|minister|diplomat|politician|lawmaker|senator|envoy))\b/i;
/**
 * "Which economist warned ...?", "which of the players ...": a role noun right after "which" asks for a person
 * too. Not the role words that also name things or ranks ("which general election", "which chair", "which star").
 * A word between is a kind of them ("which business leaders"), asked of as a group the article may not name.
 */
const WHICH_ROLE = new RegExp(
  `\\bwhich (?:of the )?(?:other )?(?:${SINGLE_WORD_ROLE_HEADS.filter((head) => !NOT_ONLY_PEOPLE.has(head)).join('|')})s?\\b`,
  'i',
);
/** A question opening with an auxiliary whose only question word is a relative "who" after a noun. */
const RELATIVE_WHO_ONLY = /^\W*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b(?!.*\b(?:what|when|where|why|which|how|whom|whose)\b)(?!.*(?:^|[,;]\s*(?:and|but)?\s*)who\b)(?=.*\b[\p{L}-]+ who\b)/iu;
// "when" opens the question or asks "when did/was/is ..."; mid-question it is usually a conjunction ("when it comes to").
const DATE_CUES = /^(?:and |but |so |then )?when\b|\bwhen (?:did|was|were|is|are|will|does|do|has|have|had|would|could)\b|\b(?:what|which) (?:time|date|day|year|month|hours)\b|\bhow long ago\b/i;
const PLACE_CUES = /\b(?:where|(?:which|what) (?:cit(?:y|ies|ys)|countr(?:y|ies|ys)|places?|regions?|nations?|towns?))\b/i;
const MONEY_CUES = /\bhow much\b.*\b(?:cost|costs|price|pay|paid|spend|spent|worth|money|budget|charge)\b|\b(?:cost|price) of\b|\bhow expensive\b/i;
/**
 * "How far", "how big are the cracks?", "how close did the planes get?": a quantity in units. Not "how big a threat"
 * (no figure), nor "how close are they to a deal?" read without a verb after it.
 */
export const MEASURE_ASKED = String.raw`how (?:far|high|tall|deep|heavy|wide|fast|strong|powerful)\b|how (?:big|large|small)\b(?! an?\b)|how (?:close|near) (?:did|do|does|was|were|is|are|had|have|has|will|would|could)\b`;
/** "What is the ransom amount?": how much (the idiom says it so, for the kind of answer too). */
const AMOUNT_ASKED = /\b(?:amount|sum|total)\s*[?.!]*\s*$/i;
/** "What's his age?", "what is Bell's age?": how old someone is. */
const AGE_OF = /\bwhat(?:'s|’s|s| is| was)? (?:his|her|their|its|[\p{L}.-]+(?:'s|’s|s'|’)) (?:current )?age\b/iu;
/** AGE_OF, run only where it could match: most questions say no "age". */
export const asksAgeOf = (text: string): boolean => text.includes('age') && AGE_OF.test(text);
const NUMBER_CUES = new RegExp(String.raw`\b(?:how many|how much|how long|how old|${MEASURE_ASKED}|what (?:number|percentage|share)|(?:the )?(?:amount|number) of)\b`, 'i');
/**
 * "What did he say ...?" asks someone's words; so does "did Oakes say anything after the game?", a yes or no asked of
 * a named speaker. Not "did he say anything about ...?" in a thread: read as speech there, the conversation's
 * speaker lost the turn's answer to another's words about the topic.
 */
const SPEECH_CUES = /\bwhat (?:else )?(?:did|does|do|will|has|have) .{1,60}\b(?:say|said|tell|told|warn|argue|claim|announce|respond|reply)\b|^\W*(?:did|has|have) (?!(?:he|she|they|it|that|this)\b).{1,40}\b(?:say|said) (?:anything|something)\b/i;

/** "What has the US done ...?", "what will be done with the bodies?": the doing frames the question. */
const DOING_ASKED = /^\W*(?:(?:and|so|but|then)\s+)?what (?:has|have|had) .{1,60}?\bdone\b|^\W*what (?:will|would|should|is|was|are|were|has|have)(?: \w+)? (?:be|been|being) done (?:with|about|to|for)\b/i;

const QUESTION_WORDS = ['what', 'when', 'where', 'which', 'who', 'whom', 'whose', 'why', 'how'];
/** Words read apart from the rest, by what they may be. */
type SpecialWord = 'hedge' | 'pointer' | 'america' | 'courtesy';
const SPECIAL_WORDS: ReadonlyMap<string, SpecialWord> = new Map<string, SpecialWord>([
  // Hedges opening a question on a figure: "roughly how much ...?".
  ...['roughly', 'approximately', 'about', 'around', 'approx'].map((word) => [word, 'hedge'] as const),
  // Nouns that point at the story's own subject ("the issue", "this project") rather than name anything.
  ...['issue', 'matter', 'project', 'situation', 'affair', 'scheme', 'plan', 'incident'].map((word) => [word, 'pointer'] as const),
  ...['america', 'american', 'americans'].map((word) => [word, 'america'] as const),
  ...[...COURTESY_TITLES].map((word) => [word, 'courtesy'] as const),
]);
const POINTING: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/** A special word as the question should hold it: itself, another word, or undefined when it is no word to find. */
function readSpecialWord(special: SpecialWord, token: string, i: number, tokens: readonly string[], vocabulary: Vocabulary, nameTokens: ReadonlySet<string>): string | undefined {
  switch (special) {
    // "Roughly how much ...?", "approximately how many ...?": a hedge on the figure asked, no word to find.
    case 'hedge':
      return i === 0 ? undefined : token;
    // "What has China said about the issue?", "who is paying for the project?": a word pointing at what the story
    // is about, in an article that never uses it, names nothing to find.
    case 'pointer':
      return POINTING.has(tokens[i - 1] ?? '') && !vocabulary.hasTerm(stem(token)) ? undefined : token;
    // "What have American safety regulators said?" of an article naming "the United States" or "U.S. regulators":
    // the country as the article writes it, or (by its letters, which index as no word) no word to find.
    case 'america':
      if (vocabulary.hasTerm(stem(token))) return token;
      if (vocabulary.hasTerm('unit') && vocabulary.hasTerm('stat')) return 'states';
      return vocabulary.namesUsByLetters ? undefined : token;
    // "Who is Mr Hale?": the title is no word to find; the article may call him "Professor Richard Hale".
    case 'courtesy': {
      const next = tokens[i + 1];
      return next !== undefined && (nameTokens.has(next) || vocabulary.writesAsName(next)) ? undefined : token;
    }
  }
}
const GET_FORMS: ReadonlySet<string> = new Set(['get', 'gets', 'got', 'getting']);
/** A past participle after "get": "gets hurt", "got arrested", "get paid"; or a state one comes to: "got sick", "get lost". */
const PASSIVE_AFTER_GET = /^(?:\p{L}+ed|hurt|hit|shot|caught|paid|cut|beaten|done|sent|taken|given|thrown|stolen|told|sold|held|left|kept|put|sick|ill|lost|worse|better|angry|upset|stuck|free|rich|ready|pregnant)$/u;

/**
 * The question with a mistyped question word, and "happend", spelled out ("wat happend" is "what happened"): for the
 * patterns that read a whole request ("what happened?", "what happens next?"), which take no typos.
 */
export function withQuestionWordsSpelled(text: string): string {
  const first = /^\W*([a-z]+)/i.exec(text)?.[1]?.toLowerCase() ?? '';
  const fixed = QUESTION_WORDS.includes(first) ? undefined : questionWordFor(first);
  const spelled = fixed === undefined ? text : text.replace(new RegExp(`^(\\W*)${first}`, 'i'), `$1${fixed}`);
  return spelled.replace(/\bhap+en+d\b/gi, 'happened').replace(/\bhap+en+ing\b/gi, 'happening');
}

export function isQuestionWordTypo(token: string): boolean {
  return questionWordFor(token) !== undefined;
}

/** Short tokens recur across questions; their reading as a question word is remembered. */
const questionWordMemo = new BoundedMemo<string | null>(10_000);

function questionWordFor(token: string): string | undefined {
  if (token === 'hw') return 'how';
  if (token.length < 3 || token.length > 6) return undefined;
  if (QUESTION_WORDS.includes(token)) return token;
  let found = questionWordMemo.get(token);
  if (found === undefined) {
    found = closestQuestionWord(token) ?? null;
    questionWordMemo.set(token, found);
  }
  return found ?? undefined;
}

function closestQuestionWord(token: string): string | undefined {
  const close = QUESTION_WORDS.filter((word) => editDistance(token, word, 1) <= 1);
  // "wher" is one edit from both "when" and "where": a cut-off word is the likelier typo.
  return close.find((word) => word.startsWith(token)) ?? close[0];
}

/** Frame words and function words long enough that one edit from them is a typo, not another word. */
const TYPO_PRONE_FRAMES: ReadonlyMap<string, readonly string[]> = (() => {
  // By their first three letters, which a typo of them keeps: a lookup, not a scan, for each unknown word.
  const byOpening = new Map<string, string[]>();
  for (const word of [...FRAME_WORDS, ...STOPWORDS]) if (word.length >= 5) byOpening.set(word.slice(0, 3), [...(byOpening.get(word.slice(0, 3)) ?? []), word]);
  return byOpening;
})();
const frameTypoMemo = new BoundedMemo<boolean>(10_000);

/**
 * "happend", "becuase", "accoring": no English word, but one edit from a word that frames a question or says
 * nothing, past its first three letters. (A capitalised one, "Thera", is taken for a name before this is asked.)
 */
function isFrameTypo(token: string): boolean {
  // "doesnt", "wasnt": a negation typed without its apostrophe is no typo, and says something.
  if (token.length < 5 || token.endsWith('nt')) return false;
  let typo = frameTypoMemo.get(token);
  if (typo === undefined) {
    const frames = TYPO_PRONE_FRAMES.get(token.slice(0, 3)) ?? [];
    typo = frames.some((word) => Math.abs(word.length - token.length) <= 1 && editDistance(token, word, 1) <= 1) && !isListedWord(token);
    frameTypoMemo.set(token, typo);
  }
  return typo;
}

/**
 * "complane" is no article word, but one edit from "complain", whose relatives ("grievances") are:
 * an unknown word is read as the closest word of the related-terms table.
 */
function relatedSpelling(term: CorrectedTerm): CorrectedTerm {
  if (term.known && !term.corrected) return term;
  // A word of the table is a real word, not a typo: "smoothly" is not "south", "promises" not "provides",
  // whatever the article says.
  const asTyped = stem(term.token);
  // ...but the article's own form of the very word is that word: "threaten" where the article says "threat".
  if (term.corrected && sameWordDerived(term) && relatedTerms(asTyped).includes(term.term)) return { ...term, corrected: false };
  if (term.corrected && relatedTerms(asTyped).length > 0) return { ...term, word: term.token, term: asTyped, known: false, corrected: false };
  if (relatedTerms(term.term).length > 0) return term;
  // A closer word of the table beats a farther article word: "complane" is "complain", not "company".
  const max = term.corrected ? editDistance(term.token, term.word, 2) - 1 : allowedEdits(term.token.length);
  // An English word is no typo: "actually" is not "annually", "change" not "charge", "crossing" not "closing".
  if (max <= 0 || (!term.corrected && isListedWord(term.token))) return term;
  const word = closestRelatedWord(term.token, max);
  return word === undefined ? term : { ...term, word, term: stem(word), known: false, corrected: false };
}

/** One word is the other with an ending ("threat" / "threaten"): derived, not mistyped. */
const sameWordDerived = (term: CorrectedTerm): boolean =>
  Math.min(term.token.length, term.word.length) >= 5 && (term.token.startsWith(term.word) || term.word.startsWith(term.token));

/** The table is the same for every article, so its corrections are remembered across questions. */
const relatedSpellings = new BoundedMemo<string | null>(10_000);

function closestRelatedWord(token: string, max: number): string | undefined {
  const key = `${token}:${max}`;
  let found = relatedSpellings.get(key);
  if (found === undefined) {
    found = RELATED_WORDS.find((w) => w[0] === token[0] && editDistance(token, w, max) <= max) ?? null;
    relatedSpellings.set(key, found);
  }
  return found ?? undefined;
}

const CITY_NOUNS = ['city', 'cities', 'town', 'towns', 'capital', 'capitals'];
const COUNTRY_NOUNS = ['country', 'countries', 'nation', 'nations'];
/** Natural features and divisions of a country: "which river", "which province" ask for a place too. */
const FEATURE_NOUNS = ['river', 'rivers', 'lake', 'lakes', 'sea', 'seas', 'ocean', 'oceans', 'island', 'islands', 'mountain', 'mountains', 'province', 'provinces', 'county', 'counties', 'district', 'districts', 'neighborhood', 'neighbourhood', 'suburb', 'suburbs', 'state', 'states'];
const TYPO_PLACE_NOUNS = [...CITY_NOUNS, ...COUNTRY_NOUNS, 'place', 'places', 'region', 'regions', 'destination', 'destinations', 'stops'];
const PLACE_NOUNS = [...TYPO_PLACE_NOUNS, ...FEATURE_NOUNS];
const PLACE_NOUN_SET: ReadonlySet<string> = new Set(PLACE_NOUNS);

/** The place-noun reading of longer words, remembered: the nouns are fixed, and their edit distances were the largest cost in parsing. */
const placeNounMemo = new BoundedMemo<string | null>(10_000);

/** "citys", "contry": a place noun, spelled as typed (one edit allowed on longer words). */
/** "Which Chinese banks": the noun after the people's adjective, as a one-group match. */
function whichPeopleFocus(text: string): [string, string] | undefined {
  const match = WHICH_TWO_WORDS.exec(text);
  const first = (match?.[1] ?? '').toLowerCase();
  // "Which Americans held in China ...": a people in the plural is itself the thing asked for.
  const peoplePlural = first.endsWith('s') && isDemonym(first.slice(0, -1));
  return match && isDemonym(first) && !peoplePlural ? [match[0], match[2] ?? ''] : undefined;
}

function placeNoun(token: string): string | undefined {
  if (PLACE_NOUN_SET.has(token)) return token;
  if (token.length < 5) return undefined;
  let found = placeNounMemo.get(token);
  if (found === undefined) {
    // Only the common nouns are read through a typo: "stages" is no misspelt "states".
    found = TYPO_PLACE_NOUNS.find((noun) => Math.abs(noun.length - token.length) <= 1 && editDistance(token, noun, 1) <= 1) ?? null;
    placeNounMemo.set(token, found);
  }
  return found ?? undefined;
}

const HOW_MANY_NOUN = /\bhow many ([\p{L}-]+)/iu;
const HOW_MANY_OR_MUCH_NOUN = /\bhow (?:many|much) ([\p{L}-]+)/iu;

/** The word counted, lower case: "seats" in "how many seats ...?"; with `orMuch`, "oil" in "how much oil ...?" too. */
export function countedWord(text: string, orMuch = false): string | undefined {
  return (orMuch ? HOW_MANY_OR_MUCH_NOUN : HOW_MANY_NOUN).exec(text)?.[1]?.toLowerCase();
}

function countedKind(tokens: readonly string[]): ParsedQuestion['counted'] {
  const at = tokens.findIndex((token, i) => token === 'many' && tokens[i - 1] === 'how');
  const noun = at < 0 ? undefined : tokens[at + 1];
  if (noun === undefined) return undefined;
  if (placeNoun(noun)) return 'place';
  if (BODY_PLURALS.has(noun)) return 'organization';
  return PEOPLE_PLURALS.has(noun) || isDemonym(noun) ? 'person' : undefined;
}

/** Words between "which" and the noun that say which, not what kind: "which other cities". */
const OTHER_WORDS: ReadonlySet<string> = new Set(['other', 'another', 'different', 'else']);

/** "What is typhus?", "what are ospreys", "what does ASEAN mean?": the thing, when that is all the question asks. */
// "What's anaemia anyway?", "what is a dzud exactly?": the filler after the thing is no part of it.
const WHAT_IS = /^what(?:'s|’s|s)?(?:\s+(?:is|are|was|were))?\s+(?:an?\s+|the\s+)?([\p{L}\p{N}' -]+?)(?:,?\s+(?:anyway|anyways|exactly|again))?\s*[?.!]*\s*$/iu;
const WHAT_MEANS = /^what (?:does|do) (?:an?\s+|the\s+)?([\p{L}\p{N}' -]+?) (?:mean|stand for)\s*[?.!]*\s*$/iu;
/** "Who are the victims?", "who makes up most of the patients?": what a group is. */
const WHO_ARE = /^who (?:are|were|makes? up|made up) (?:(?:most|many|all|some|half) of )?(?:the\s+)?([\p{L}' -]+?)\s*[?.!]*\s*$/iu;
const MAX_DEFINED_WORDS = 3;
/** "The Mongolian term", "the word": what names the thing defined, not the thing. */
const TERM_NAMED = /^(?:[\p{L}-]+ )?(?:term|word|phrase|expression|acronym|abbreviation) (?=\S)/iu;

/** Longer than this, a "what is ..." question asks more than what a thing is. */
const MAX_DEFINITION_QUESTION = 60;

function definedThing(text: string): string[] | undefined {
  const trimmed = text.trim();
  if (trimmed.length > MAX_DEFINITION_QUESTION || !/^wh(?:at|o)\b/i.test(trimmed)) return undefined;
  // "What does the Mongolian term dzud mean?": the word defined is the one after "term".
  const asked = ((WHAT_MEANS.exec(trimmed) ?? WHAT_IS.exec(trimmed) ?? WHO_ARE.exec(trimmed))?.[1] ?? '').replace(TERM_NAMED, '');
  const words = tokenize(asked);
  if (words.length === 0 || words.length > MAX_DEFINED_WORDS) return undefined;
  if (words.some((word) => STOPWORDS.has(word) || OWN_WORDS.has(word))) return undefined;
  return words.map(stem);
}

/** "What did he die of?", "what does she die from?": the cause of a death. */
const DIED_OF = /^\W*what (?:did|does|do) (?:[A-Za-z'’.-]+ ){1,3}die (?:of|from)\b/i;

/**
 * `firstToken` and `lower`: the text's first token and its lower case, when the caller has them (tokenizing
 * again cost about a twentieth of parsing).
 */
/** "How fast did the police get there?", "how quickly did crews respond?": when they arrived, not a speed. */
const RESPONSE_SPEED = /\bhow (?:fast|quickly|soon)\b.*\b(?:arriv(?:e|ed|es|ing)|respond(?:ed|s|ing)?|react(?:ed|s|ing)?|(?:get|got|gets|getting) (?:there|here|to the scene)|reach(?:ed|es|ing)? the scene|(?:turn|turned|show|showed) up)\b/i;

function answerKind(text: string, firstToken?: string, lower = text.toLowerCase()): AnswerKind {
  if ((lower.includes('fast') || lower.includes('quick') || lower.includes('soon')) && RESPONSE_SPEED.test(text)) return 'date';
  if ((lower.includes('how') || lower.includes('cost') || lower.includes('price')) && MONEY_CUES.test(text)) return 'money';
  if (NUMBER_CUES.test(text) || asksAgeOf(lower)) return 'number';
  if (DATE_CUES.test(text)) return 'date';
  // "Were all of the people who died elderly?": "who" opens a clause of a yes-or-no question, asking no one.
  if ((PERSON_NOUNS.test(text) || (lower.includes('which') && WHICH_ROLE.test(text))) && !RELATIVE_WHO_ONLY.test(text)) return 'person';
  if (PLACE_CUES.test(text)) return 'place';
  if (/\bwhy\b|\bfor what reason\b|\bwhat for\b|\bwhat(?:'s|’s| is| was| are| were) the (?:(?:suspected|likely|probable|possible|main|official) )?(?:purpose|reason|goal|aim|motive|cause)\b|\bwhat (?:reasons?|explanation) (?:did|does|do|has|have|had|was|were|is|are)\b|^\W*what (?:made|makes|prompted|prompts|caused|causes) (?!up\b)|^\W*what (?:might|could|may|would) (?:have )?(?:caused|prompted|cause|prompt) /i.test(text)) return 'reason';
  // "What did he die of?": the cause of a death.
  if (lower.includes('die') && DIED_OF.test(text)) return 'reason';
  if (SPEECH_CUES.test(text)) return 'speech';
  const first = firstToken ?? tokenize(text)[0] ?? '';
  if (AUX.has(first)) return 'yesno';
  return 'any';
}

/** Lower-case owners of a possessive in the text ("Xi's line" -> "xi"). */
export function possessiveOwners(text: string): ReadonlySet<string> {
  if (!text.includes("'s") && !text.includes('’s')) return EMPTY;
  return new Set([...text.matchAll(/(\p{L}+)['’]s\b/gu)].map((match) => (match[1] ?? '').toLowerCase()));
}
const EMPTY: ReadonlySet<string> = new Set();

/** A question's token as read: chat shorthand spelled out, "xis" read as "xi", unless the article uses it as typed. */
function plainToken(token: string, possessives: ReadonlySet<string>, vocabulary: Vocabulary): string {
  // Most words are neither shorthand nor a possessive: only those are looked up (stemming is not free).
  const owner = possessives.size > 0 && possessives.has(token.slice(0, -1)) ? token.slice(0, -1) : undefined;
  const expanded = expandShorthand(token);
  // "Who was the captain?" of a team sheet's "Seymour (capt)": the article writes the word short. Not a function
  // word ("because" is no "BC" of British Columbia), nor a short form of under three letters, nor one the article
  // writes capitalised as a title ("Gov. Gavin Newsom" is no "government").
  const shorts = STOPWORDS.has(token) ? undefined : shorthandsOf(token);
  if (shorts !== undefined && !vocabulary.hasTerm(stem(token))) for (const short of shorts) if (short.length >= 3 && vocabulary.hasToken(short) && !vocabulary.writesAsName(short)) return short;
  if ((owner === undefined && expanded === token) || vocabulary.hasTerm(stem(token))) return token;
  // "What's the govt's position?": the owner is chat shorthand ("govts" is none).
  if (owner !== undefined && expanded === token && expandShorthand(owner) !== owner) return expandShorthand(owner);
  // "Xi's" tokenizes as "xis"; a short name keeps that "s" through the stemmer, so read the owner.
  // "tiawan's" is the owner mistyped: correcting "tiawans" finds nothing, "tiawan" finds "taiwan".
  if (owner !== undefined && vocabulary.correct(owner, true).known) return owner;
  return expanded;
}

/** "Does it say anything about ...?", "does it mention the cost?": the pronoun stands for the article. */
const ARTICLE_AS_IT = /^\W*(?:(?:and|so|but|ok|okay)[,!]?\s+)?(?:does|did|do|will|would|can|could) (it|this|that) (?:say|mention|talk|cover|discuss|tell|go into|get into)\b/i;

/** "10k", "3m", "2bn": a round figure written short, as chat writes it. */
const SHORT_FIGURE = /^\d{1,3}(?:k|m|bn)$/;
const FIGURE_WORDS: Readonly<Record<string, readonly string[]>> = { k: ['000'], m: ['million'], bn: ['billion'] };
/** "10k" as the article writes it, "10,000" (tokens "10" and "000"); "3m" as "3 million". */
function pushFigure(tokens: string[], token: string): void {
  const unit = /\d(k|m|bn)$/.exec(token)?.[1] ?? 'k';
  tokens.push(token.slice(0, token.length - unit.length), ...(FIGURE_WORDS[unit] ?? []));
}

/** A word of three to six capitals ("CCP", "WHO"): an acronym as typed. */
const CAPITALS = /\b[A-Z]{3,6}\b/;
const CAPITALS_ALL = /\b[A-Z]{3,6}\b/g;

/** The United States by its letters: "US" (as capitalised), "USA", "U.S.", "U.S.A.". */
export const US_LETTERS = /\bU\.S\.(?:A\.)?|\bU\.S\b|\bUSA?\b/;
const US_BY_LETTERS = new RegExp(US_LETTERS.source, 'g');
/** How an article may name the United States in words, most likely first. */
const US_IN_WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['the United States', ['unit', 'stat']],
  ['America', ['america']],
];

/** "The previous one", "the one before", "his last visit", "did he last meet": an occasion before this one. */
const EARLIER_OCCASION = /\b(?:previous|prior|earlier) (?:one|time|trip|visit|meeting|talks?)\b|\bone before\b|\blast (?:one|time|trip|visit|meeting)\b|\b(?:did|was|were) (?:\w+ ){0,2}last\b/i;
/**
 * "The earlier plant", "the previous record", "before this one", "did they try to settle it before?", "was anyone
 * compensated last time?": a thing of an earlier occasion ("the previous day" is a date).
 */
const EARLIER_THING = /\b(?:the|an|that|those) (?:earlier|previous|prior) (?!(?:day|night|morning|evening|week|month|year|decade|season|weekend)s?\b)\p{L}|\bbefore this one\b|\bthe one before\b|\bback then\b|\b(?:happened|happen) (?:like this |like that )?before\b|^\W*(?:did|has|have|had|was|were)\b[^?]* before\W*$|\blast time\W*$/iu;
/** Words of size or weight before a noun ("the last big fire", "a major storm"). */
const SIZE_WORDS: ReadonlySet<string> = new Set(['big', 'bigger', 'biggest', 'huge', 'major', 'massive', 'large', 'larger', 'largest', 'serious', 'significant']);

/**
 * Words that only say "before this one" in such a question ("back then" too, of any kind of question); "like" of
 * "was there a flood like this before?".
 */
const OCCASION_FRAME: ReadonlySet<string> = new Set(['previous', 'prior', 'earlier', 'last', 'one', 'before', 'back', 'like']);

/** The terms without those of the given words the article never uses. */
function withoutUnknownWords(terms: readonly CorrectedTerm[], words: ReadonlySet<string>): CorrectedTerm[] {
  const kept: CorrectedTerm[] = [];
  for (const term of terms) if (term.known || !words.has(term.token)) kept.push(term);
  return kept;
}

/** The terms without those of the given words, built by loop as `names` in parseWords is (array kinds). */
function withoutWords(terms: readonly CorrectedTerm[], words: ReadonlySet<string>): CorrectedTerm[] {
  const kept: CorrectedTerm[] = [];
  for (const term of terms) if (!words.has(term.token)) kept.push(term);
  return kept;
}

/**
 * "What did China say?", "what has Washington said", "what does China say about Ukraine?": what a country said, of
 * nothing or of a thing named. "About the issue" names nothing: the sentence saying China did not respond answers it.
 */
const SIDE_SAID =
  /^\W*what (?:did|does|do|has|have) (?:the )?([\p{L}. ]{2,30}?) (?:say|said|says)(?: (?:about|on|of|regarding) (?!(?:it|this|that|them|the (?:issue|matter|situation|case|news|story|report|incident|claims?|allegations?))\W*$)[\p{L}\p{N}'’ -]{2,40})?\W*$/iu;

/**
 * "What did China say?" asks what China's side said, as "how does China see it?" does: its officials' words,
 * not any sentence naming China near a word of saying. Only for a country, its capital or its people
 * ("Beijing", "the US", "the Chinese"), asked bare or of a thing named: "what did China say about that?" leans on
 * the conversation; "... about Ukraine" is China's words on Ukraine ("The Ukraine issue is not a China-US issue,
 * the official said", an official the sentence before calls Chinese), not a sentence naming both. A person's words
 * are found by the speech bonus.
 */
function sideSaid(text: string): string[] | undefined {
  const named = SIDE_SAID.exec(text)?.[1];
  return named === undefined ? undefined : sideWords(named);
}

/** Country names of several words that the country tables hold by their last word alone ("states"). */
const UNITED_NAMES: ReadonlySet<string> = new Set(['united states', 'united kingdom']);

/**
 * The words of a side: a country ("the United States", "South Korea"), its capital ("Beijing") or its people
 * ("the Chinese"), and nothing else ("the talks on Chile" is no side).
 */
function sideWords(named: string): string[] | undefined {
  const words = tokenize(named).filter((word) => !STOPWORDS.has(word));
  const [only] = words;
  const side =
    words.length === 1 && only !== undefined
      ? isCountryWord(only) || isDemonym(only) || countryOfCapital(stem(only)).length > 0
      : words.length > 1 && (isCountryWord(words.join('')) || UNITED_NAMES.has(words.join(' ')));
  return side ? words : undefined;
}

/** "And the US?", "what about Russia?", "how about Beijing": another side, and nothing more. */
const SIDE_ELIDED = /^\W*(?:(?:and|but|so) )?(?:(?:what|how) about )?(?:the )?([\p{L}. ]{2,30}?)\W*$/iu;

/**
 * The side an elided follow-up names ("and the US?"), if it names one and nothing else: after "what did China
 * say?" it asks what that side said. Undefined when it names no side alone ("and why?", "and the dam?").
 */
export function elidedSide(text: string): string[] | undefined {
  const named = SIDE_ELIDED.exec(text)?.[1];
  return named === undefined ? undefined : sideWords(named);
}

export function parseQuestion(typed: string, vocabulary: Vocabulary, maxTerms = 40): ParsedQuestion {
  // "taiwan tl;dr": the request as one word (a frame word), not "tl" and a "dr" that may be a doctor.
  const text = typed.includes(';') ? typed.replace(TL_DR, 'tldr') : typed;
  const parsed = parseWords(text, vocabulary, maxTerms);
  // "What did the US say?", "and the U.S.?": lower-cased, "US" is the pronoun "us" (a stopword) and "U.S." two
  // letters, so a question naming the country by its letters and nothing else the article says asked of nothing.
  // It asks of the United States, in the words the article uses for it. Only then: where the question has words of
  // its own, letting the country's name weigh on them cost more answers on the shipped article than it won elsewhere.
  // A question in capitals ("TELL US MORE") is shouting, not naming the country.
  if (parsed.terms.some((t) => t.known) || !text.includes('U') || !/[a-z]/.test(text)) return parsed;
  const inWords = US_IN_WORDS.find(([, stems]) => stems.every((s) => vocabulary.hasTerm(s)))?.[0];
  const named = text.replace(US_BY_LETTERS, () => inWords ?? '');
  if (inWords === undefined || named === text) return parsed;
  return parseWords(named.replace(/\bthe the\b/gi, 'the'), vocabulary, maxTerms);
}

function parseWords(text: string, vocabulary: Vocabulary, maxTerms: number): ParsedQuestion {
  // "mil to mil talks", "a yr ago": shorthand reads as its word unless the article uses the short form.
  const possessives = possessiveOwners(text);
  // Slow patterns run only on a question holding a word they need (a test of the lower-case text is cheap).
  const lower = text.toLowerCase();
  const countsOccasions = FIRST_OCCASION.test(text);
  const wording = articleWording(vocabulary);
  // Built by loop and push, as below: the array `map` returns reached optimised code as another kind of array and deoptimised it.
  const tokens: string[] = [];
  // "he'll" tokenizes as "hell": a pronoun's contracted "will" or "would" goes before tokenizing.
  const uncontracted = text.includes("'") || text.includes('’') ? text.replace(CONTRACTED_PRONOUNS, '$1') : text;
  // A question typed all in capitals ("WHAT DID THE CCP SAY") says nothing by its capitals.
  const capitals = CAPITALS.test(text) && /[a-z]/.test(text) ? new Set(text.match(CAPITALS_ALL)?.map((word) => word.toLowerCase())) : undefined;
  for (const token of tokenize(plainIdioms(uncontracted, wording))) {
    // "What does the CCP think?": the article's "Chinese Communist Party", word for word.
    // "EDs": a two-letter name in the plural.
    const expanded =
      token.length >= 3 && token.length <= 6
        ? (vocabulary.expandAcronym(token, capitals?.has(token) === true) ?? (token.length === 3 && token.endsWith('s') ? vocabulary.expandTwoLetterName(token.slice(0, 2)) : undefined))
        : token.length === 2
          ? vocabulary.expandTwoLetterName(token)
          : undefined;
    if (expanded) for (const word of expanded) tokens.push(word);
    else if (token.length <= 6 && SHORT_FIGURE.test(token) && !vocabulary.hasToken(token)) pushFigure(tokens, token);
    else {
      // "mvp": "most valuable player", each word a term of its own.
      const plain = plainToken(token, possessives, vocabulary);
      if (plain.includes(' ')) for (const word of plain.split(' ')) tokens.push(word);
      else tokens.push(plain);
    }
  }
  // Tokenized like every other word ("NATO's" is "natos"), so a missing name is found among the missing terms.
  // Built by loop, not map/filter: an empty result of those reached the optimised code as another kind of array and deoptimised it.
  const names: string[] = [];
  const nameTokens = new Set<string>();
  for (const name of capitalisedWords(text)) {
    const owner = name.replace(/['’]s$/, '');
    const first = /^[A-Z]{2,3}$/.test(owner) ? undefined : tokenize(owner)[0];
    if (first !== undefined && !COURTESY_TITLES.has(first)) names.push(first);
    for (const token of tokenize(name)) nameTokens.add(token);
  }
  // Only a question using a word of viewing can ask a view: the pattern runs for those alone.
  const holder = tokens.some((token) => VIEW_CUES.has(token)) ? viewHolder(text) : lower.includes('what') && (lower.includes('say') || lower.includes('said')) ? sideSaid(text) : undefined;
  // "What does the US want China to do about Iran?": the wanting frames the question, the action is what it asks
  // ("China should intervene ..."); a sentence saying someone else wants something is no answer.
  const wantsDone = lower.includes('want') && WANTS_DONE.test(text);
  const attributionFrame = MAY_ATTRIBUTE.test(text) ? ATTRIBUTION_FRAME.exec(text)?.[2]?.toLowerCase() : undefined;
  // "What are their names?", "what's his name?": "name" frames a question about whoever the pronoun stands for.
  const saysName = tokens.includes('name') || tokens.includes('names');
  const pronounNameAsked = saysName && PRONOUN_NAME_ASKED.test(tokens.join(' '));
  const nameAsked = saysName && NAME_CUES.test(text) && !NAME_GIVEN.test(text);
  const seen = new Set<string>();
  const terms: CorrectedTerm[] = [];
  tokens.forEach((typed, i) => {
    let token = typed;
    if (terms.length >= maxTerms) return;
    // "Have they talked since?", "when did Biden and Xi last talk?": the talking is asked about, as speaking;
    // in "what did they talk about?" it frames the question.
    if (TALK_WORDS.has(token) && !TALK_FRAMES.has(tokens[i + 1] ?? '')) token = 'speak';
    // "What do we know about X?" frames the question; "why don't officials know who won?" asks about knowing.
    const knowingAsked = token === 'know' && !ASKER_WORDS.has(tokens[i - 1] ?? '') && !ASKER_WORDS.has(tokens[i - 2] ?? '') && tokens[i + 1] !== 'about';
    // "When is the next rate decision?": "next" before a noun says which one ("the committee's next scheduled
    // decision"); "what will she do next?" only frames the question.
    // Where the article never says "next" ("when's the next trial?" of "A separate trial ... is due to open on Jan.
    // 12"), the word only says which one, and frames the question.
    const nextOne = token === 'next' && tokens[i - 1] === 'the' && tokens[i + 1] !== undefined && !STOPWORDS.has(tokens[i + 1] ?? '') && vocabulary.hasTerm('next');
    if (STOPWORDS.has(token) || (FRAME_WORDS.has(token) && !knowingAsked && !nextOne) || CONTRACTIONS.has(token) || token.length < 2) return;
    // "What about the other one?", "and that one?": "one" stands for a thing named before, no word to find.
    if (token === 'one' && (ONE_AS_PRONOUN.has(tokens[i - 1] ?? '') || comparedOne(tokens, i))) return;
    // "How does Beijing view ...": the viewing frames the question; what is viewed is what it is about.
    if (holder !== undefined && VIEW_WORDS.has(token)) return;
    if (wantsDone && (token === 'want' || token === 'wants' || token === 'wanted')) return;
    if (token === attributionFrame) return;
    // "What did she say exactly?" asks for her words as she said them, no word of them; "which sanctions exactly?"
    // asks for more than the article may give, and keeps the word.
    // "What exactly did they do?", "where exactly is it?": said of the whole question, not of one thing asked about.
    if (EXACT_WORDS.has(token) && (tokens.some((word) => SAYING_WORDS.has(word)) || (i === 1 && questionWordFor(tokens[0] ?? '') !== undefined))) return;
    if (pronounNameAsked && NAME_FRAME.has(token)) return;
    // "Whats the spokesman's name?" asks for a name, as "what is he called?" does: "name" is no word to find.
    if (nameAsked && (token === 'name' || token === 'names')) return;
    // "Who gets hurt?": "get" makes the passive; the hurting is asked about.
    if (GET_FORMS.has(token) && PASSIVE_AFTER_GET.test(tokens[i + 1] ?? '')) return;
    // A mistyped question word ("wher", "waht", "wat") frames the question like the word itself, unless the
    // article uses it as typed ("wat" stems like "water", which it may say).
    if (i === 0 && !vocabulary.hasToken(token) && isQuestionWordTypo(token)) return;
    // "which cities", "what year": the noun names the kind of answer, not what it is about.
    const asking = ASKING.has(tokens[i - 1] ?? '') || (i === 1 && ASKING.has(questionWordFor(tokens[0] ?? '') ?? ''));
    if (asking && (TYPE_NOUNS.has(token) || (!vocabulary.hasTerm(stem(token)) && (placeNoun(token) !== undefined || MEMBER_KIND_NOUNS.has(token))))) return;
    // "the amount of", "the name of", "the purpose of" ask for a kind of answer too.
    if (KIND_NOUNS.has(token) && (tokens[i - 1] === 'the' || (tokens[i + 1] === 'of' && AUX.has(tokens[i - 1] ?? '')))) return;
    if (tokens[i - 1] === 'how' && MEASURE_WORDS.has(token)) return;
    // "How bad was the storm?" asks how severe, as "how big" asks a size: where the article never uses the word, it
    // frames the question, and the storm's sentences answer it.
    if (tokens[i - 1] === 'how' && SEVERITY_WORDS.has(token) && !vocabulary.hasTerm(stem(token))) return;
    // "When was the last big fire there?": a word of size before the noun, which the article never uses, only
    // says which one; it is no word the answer must hold.
    if (SIZE_WORDS.has(token) && tokens[i - 1] !== 'how' && !vocabulary.hasTerm(stem(token))) return;
    // "How much is the prize worth?" asks an amount: "worth" frames it, as "how much" does.
    if (token === 'worth' && lower.includes('how much')) return;
    // "How high did the river get?": "get" is reaching that measure, not a word to find ("got the kids upstairs").
    if (GET_FORMS.has(token) && tokens[0] === 'how' && MEASURE_WORDS.has(tokens[1] ?? '')) return;
    // "so far", "thus far" mean "until now", "right now" means now: no distance or rightness to look for.
    if (token === 'far' && (tokens[i - 1] === 'so' || tokens[i - 1] === 'thus')) return;
    if (token === 'right' && (tokens[i + 1] === 'now' || tokens[i + 1] === 'away')) return;
    // "What hours will the water be off?" asks the times of day, as "what time" does ("how many hours" counts them).
    if (token === 'hours' && (tokens[i - 1] === 'what' || tokens[i - 1] === 'which')) return;
    // "Why did the excavation take so long?" asks why it was slow: "take so long" is no word to find.
    if (TAKE_FORMS.has(token) && LONG_SO.has(tokens[i + 1] ?? '') && tokens[i + 2] === 'long') return;
    if (token === 'long' && LONG_SO.has(tokens[i - 1] ?? '') && TAKE_FORMS.has(tokens[i - 2] ?? '')) return;
    // "What has the US done in the Philippines?" asks what it did: "done" is no word to find.
    if (token === 'done' && DOING_ASKED.test(text)) return;
    // "How long did it last?" of an article that never says "last" ("a 33-day stoppage"), or says it only of time
    // ("last year"): how long, no word to find. Where it says the verb ("the closure will last three months"), the
    // word finds the answer.
    if (token === 'last' && i === tokens.length - 1 && tokens[0] === 'how' && tokens[1] === 'long' && !vocabulary.saysLastAsVerb) return;
    // "When was the last time he met Xi?" asks when he met Xi.
    if ((token === 'last' && tokens[i + 1] === 'time') || (token === 'time' && tokens[i - 1] === 'last')) return;
    // ...and "first" is the count asked about, not a word to find ("the Chinese have taken some first steps").
    if (token === 'first' && OCCASIONS.has(tokens[i + 1] ?? '') && countsOccasions) return;
    // "Is this the first time he's been to China?" counts his trips there: "time" reads as "trip".
    if (token === 'time' && tokens[i - 1] === 'first' && countsOccasions && vocabulary.hasTerm('trip')) token = 'trip';
    // "What's it called?" asks for a name, as "what is its name?" does: "called" is no word to search for.
    if (token === 'called' && i === tokens.length - 1 && QUESTION_WORDS.includes(questionWordFor(tokens[0] ?? '') ?? tokens[0] ?? '')) return;
    // Hedges, words pointing at the story, "American", courtesy titles: one lookup finds the few words to read.
    const special = SPECIAL_WORDS.get(token);
    if (special !== undefined) {
      const read = readSpecialWord(special, token, i, tokens, vocabulary, nameTokens);
      if (read === undefined) return;
      token = read;
    }
    // "What does ASEAN stand for?" asks what the abbreviation means.
    if ((token === 'stand' || token === 'stands') && tokens[i + 1] === 'for') return;
    // Words this module knows to be English ("place", "time") are not typos of article words ("peace").
    const spelled = OWN_WORDS.has(token) || NEGATIVE_CONTRACTIONS.has(token)
      ? { token, word: token, term: stem(token), known: vocabulary.hasTerm(stem(token)), corrected: false }
      : relatedSpelling(vocabulary.correct(token, nameTokens.has(token)));
    // "how old was ane frank?": a word of a name, too short to correct alone, is read beside the name's other word.
    const corrected = spelled.known ? spelled : (vocabulary.correctInName(token, tokens[i - 1], tokens[i + 1]) ?? spelled);
    // "what happend to Magnus Lund?": a mistyped word of the frame frames the question, as the word itself does.
    if (!corrected.known && !nameTokens.has(token) && isFrameTypo(token)) return;
    if (seen.has(corrected.term)) return;
    seen.add(corrected.term);
    terms.push(corrected);
  });
  const trimmed = text.trim();
  const focusWord = (FOCUS.exec(trimmed) ?? whichPeopleFocus(trimmed) ?? WHICH_FOCUS.exec(trimmed) ?? MEAL_FOCUS.exec(text))?.[1]?.toLowerCase().split(' ').pop();
  const focus =
    focusWord === undefined ? compoundFocus(trimmed, terms) : TYPE_NOUNS.has(focusWord) || COUNT_WORDS.test(focusWord) ? undefined : terms.find((t) => t.token === focusWord);
  // Short all-capital words are abbreviations ("FL", "US") the article may spell out: not names to insist on.
  // "Does it say anything about swimming?": "it" is the article, not the last turn's subject.
  const articleIt = ARTICLE_AS_IT.exec(trimmed)?.[1]?.toLowerCase();
  const articleAt = articleIt === undefined ? -1 : tokens.indexOf(articleIt);
  const anaphoric = CONTINUATION.test(trimmed) || tokens.some((token, i) => PRONOUNS.has(token) && !existentialThere(tokens, i) && i !== articleAt);
  const hasQuestionWord = /\b(?:who|whom|whose|what|when|where|why|which|how)\b/i.test(text) || AUX.has(tokens[0] ?? '');
  const topical = /^(?:tell me (?:more )?about|what about|how about|more on|anything on)\b/i.test(trimmed) || !hasQuestionWord;
  // Read the kind through a mistyped question word: "wher did ..." asks where.
  const first = tokens[0] ?? '';
  const fixedFirst = !vocabulary.hasToken(first) && !QUESTION_WORDS.includes(first) && !AUX.has(first) ? questionWordFor(first) : undefined;
  const kindText = fixedFirst ? text.replace(new RegExp(`^\\W*${first}`, 'i'), fixedFirst) : lower.includes('what') && (ROLE_ASKED.test(text) || NAMED_ROLE_ASKED.test(text) || AMOUNT_ASKED.test(text)) ? plainIdioms(text, wording) : text;
  const wantsMore = /\b(?:else|other|another|more|besides)\b/i.test(text);
  // The noun after "which/what" says what kind of place is asked for ("wich citys" reads as "which cities").
  const asker = tokens.findIndex((token, i) => i <= 1 && ASKING.has(questionWordFor(token) ?? token));
  // "Which Italian city", "which other cities": a people's adjective or "other" before the noun says where, or
  // which, not what kind of place.
  let nounAt = asker < 0 ? -1 : asker + 1;
  while (nounAt > 0 && nounAt < asker + 3 && (OTHER_WORDS.has(tokens[nounAt] ?? '') || isDemonym(tokens[nounAt] ?? ''))) nounAt++;
  const askedNoun = nounAt < 0 ? undefined : placeNoun(tokens[nounAt] ?? '');
  // "Where exactly in California?", "whereabouts in Kenya?": somewhere within the place named, as "which city" asks.
  const placeType =
    askedNoun === undefined ? (WHERE_WITHIN.test(text) ? 'city' : undefined) : CITY_NOUNS.includes(askedNoun) ? 'city' : COUNTRY_NOUNS.includes(askedNoun) ? 'country' : FEATURE_NOUNS.includes(askedNoun) ? 'division' : undefined;
  let kind = kindText === text ? answerKind(text, first, lower) : answerKind(kindText);
  if (askedNoun !== undefined && (kind === 'any' || kind === 'yesno')) kind = 'place';
  // "Which Americans are held in China?" asks for people.
  const askedWord = asker < 0 ? '' : (tokens[asker + 1] ?? '');
  if (kind === 'any' && askedWord.endsWith('s') && isDemonym(askedWord.slice(0, -1))) kind = 'person';
  // "Is this his first trip there?" counts his trips: "his second" answers it, as it does "how many times".
  if (kind === 'yesno' && countsOccasions) kind = 'number';
  // "When was the one before?": the words saying "an earlier occasion" are what the ranker looks for, not words
  // the answer must hold ("the article never mentions 'previous'").
  const earlierDate = kind === 'date' && EARLIER_OCCASION.test(text);
  // "What did the earlier plant make?", "what was the record chase before this one?": of any kind, the earlier
  // occasion's sentences; "earlier" is no word they must hold, where the article never uses it.
  const earlierThing = !earlierDate && (lower.includes('before') || lower.includes('earlier') || lower.includes('previous') || lower.includes('prior') || lower.includes('back then') || lower.includes('last time')) && EARLIER_THING.test(text);
  const earlierOccasion = earlierDate || earlierThing;
  const asked = earlierDate ? withoutWords(terms, OCCASION_FRAME) : earlierThing ? withoutUnknownWords(terms, OCCASION_FRAME) : terms;
  // A side's view is what its people said.
  if (holder !== undefined && (kind === 'any' || kind === 'yesno')) kind = 'speech';
  const moves = tokens.some((token) => MOTION_WORDS.has(token));
  // 'Who gave the home the name "house of horrors"?' says the name; it asks who gave it.
  const titleAsked = lower.includes('title') && TITLE_ASKED.test(text) && !ROLE_TITLE.test(text);
  const asksName = pronounNameAsked || (((NAME_CUE_WORDS.some((word) => lower.includes(word)) && NAME_CUES.test(text)) || titleAsked) && !NAME_GIVEN.test(text));
  const defines = definedThing(text);

  const attributed = attributionWords(text);
  return { text, kind, terms: asked, focus, names, anaphoric: anaphoric || wantsMore, topical, wantsMore, placeType, moves, asksName, pronounName: pronounNameAsked, pronoun: anaphoric ? pronounIn(tokens) : undefined, counted: countedKind(tokens), defines, attributed, countsOccasions, earlierOccasion, viewOf: holder?.map(stem) };
}

/** "in Blinken's view": the source (group 1) and the word framing it (group 2), which is no word to find. */
const IN_VIEW = String.raw`\bin ((?:[\p{L}.-]+\s+){0,3}[\p{L}.-]+?)['’]s? (view|opinion|eyes|words|account)\b`;
const ATTRIBUTIONS = [/\b(?:according to|per) ((?:[\p{L}'’.-]+\s*){1,6}?)(?=\s*(?:[,?.!;]|$))/giu, new RegExp(IN_VIEW, 'giu')];
const ATTRIBUTION_FRAME = new RegExp(IN_VIEW, 'iu');

/** Cheap first look: most questions have no attribution, and the patterns above are slow to run. */
const MAY_ATTRIBUTE = /according|\bper\b|view|opinion|eyes|words|account/i;
const NO_WORDS: ReadonlySet<string> = new Set();

/** The words of the question's attributions ("according to US officials"), as tokens. */
function attributionWords(text: string): ReadonlySet<string> {
  if (!MAY_ATTRIBUTE.test(text)) return NO_WORDS;
  const words = new Set<string>();
  for (const pattern of ATTRIBUTIONS) for (const match of text.matchAll(pattern)) for (const token of tokenize(match[1] ?? '')) words.add(token);
  return words;
}
