/**
 * Named entities: people (with the role the article gives them), places, organisations and dates.
 * Rule-based on capitalisation, cue words and small gazetteers; short mentions ("Blinken", "Xi")
 * become aliases of the full name seen elsewhere in the article.
 */
import type { Entity, EntityKind } from '../types.js';
import { STOPWORDS } from '../text/tokens.js';
import { isEnglishWord } from '../text/english-words.js';
import { NAME_PARTICLES, givenNameGender, isGivenName } from '../who-and-where/person-names.js';
import { escapeRegExp } from '../who-and-where/regexp.js';
import { MONTHS, MULTIWORD_ORGANIZATIONS, MULTIWORD_PLACES, ORGANIZATION_WORDS, PLACE_NAME_ENDINGS, PLACES, ROLE_HEADS, SINGLE_WORD_ROLE_HEADS, WEEKDAYS } from './gazetteer.js';

interface Mention {
  name: string;
  kind: EntityKind;
  sentenceId: number;
  role?: string;
  /** The role is written apart from the name ("a spokesman for ..., Christoph Kumpa"): "role name" is no form of it. */
  roleApart?: true;
  alias?: string;
}

const DEMONYMS = new Set(
  'American Chinese Russian Ukrainian European Filipino Japanese Korean Taiwanese Iranian Israeli British French German Indian Italian Spanish Canadian Mexican Asian African Arab Western Eastern Southeast US U.S. UK Communist'.split(' '),
);
/** Capitalised words that are not given or family names. */
const NOT_NAME = new Set(
  `War Cold Act Relations Strait Sea Summit Great Hall People Foreign Affairs Ocean Island Islands Street Day Year Press
  Law Bill Plan Program Initiative Conference Forum Games Cup Series Award Prize Secretary President Leader Minister Prime
  Senator Governor General Spokesman Mr Mrs Ms Dr Vice Chairman Ambassador Treasury State Defense Justice Commerce
  Northern Southern North South East West Central Republic Democrats Republicans God Internet Covid Christmas Easter
  Coach Captain Detective Sheriff Sergeant Sgt Lieutenant Lt Colonel Col Admiral Pastor Bishop Archbishop Rabbi Professor Prof
  Rev Reverend Gen Capt Gov Sen Rep Chancellor Inspector Commissioner Cardinal Striker Goalkeeper Staff Former Master`.split(/\s+/),
);
const SINGLE_ALIAS_SKIP = new Set([...PLACES, ...DEMONYMS, ...ORGANIZATION_WORDS, ...NOT_NAME]);

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
// "CEO Carsten Spohr": a head that is an acronym is written in capitals.
const ROLE_ALTERNATIVES = [...ROLE_HEADS.split('|').flatMap((head) => (head === 'ceo' ? [head, 'Ceo', 'CEO'] : [head, capitalize(head)])), 'MP', 'MEP', 'MSP'].join('|');
/**
 * A role right before a name: "US Secretary of State ", "State Department spokesman ", "secretary of the treasury ".
 * It starts at a word's start: "Secretary-General Ban Ki-moon" has the role "Secretary-General", not "General".
 */
const ROLE_BEFORE = new RegExp(
  `(?<![\\p{L}'-])((?:(?:\\p{Lu}[\\p{L}.'-]*|of|the)\\s+){0,3}(?:\\p{L}+-)?(?:${ROLE_ALTERNATIVES})(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{L}+)?)(?:\\s+(?:named|called))?,?\\s+$`,
  'u',
);
const DATE = new RegExp(`\\b(?:(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s+\\d{4})?|(?:${WEEKDAYS})|(?:${MONTHS.replace('May|', '')})(?:\\s+\\d{4})?)\\b`, 'g');
/**
 * What an owner's name is part of when it names a place or an office, not someone: "St Aidan's Primary School",
 * "Wayne County Prosecutor's Office", "Enugu Children's Hospital", "Khanh Hoa Provincial People's Committee".
 */
const INSTITUTION_NAMED = /\b(?:Office|Hospital|School|Committee|Department|College|University|Church|Cathedral|Chapel|Court|Council|Union|Service|Services|Institute|Foundation|Society|Association|Museum|Gallery|Library|Academy|Centre|Center|Clinic|Club|Agency|Ministry|Board|Commission|Bureau|Trust|Fund|Home|Hall|Park|Garden|Gardens|Bridge|Day|Prize|Award|Cup|Medicine|Law|Surgery|Ward|Unit|Squad|Station|Market|Square|Street|Road)\b/;
/** The word for a body written after its name: "party", "alliance", "movement", "coalition". */
const BODY_AFTER = /^\s+(?:party|parties|alliance|movement|coalition|bloc)\b/;
/** An owner of two to six capitalised words before what they own, also capitalised: "Prime Minister Pavel Kral's National Unity". */
const NAMED_OWNER = /^((?:\p{Lu}[\p{L}.-]*\s+){1,5}\p{Lu}[\p{L}.-]*)['’]s\s+(?=\p{Lu})/u;
// "Sanne van Dam", "Infraestruturas de Portugal": a lower-case particle joins a name's words.
const CAPITALISED_RUN = /\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|the|of the|van|von|van der|van den|de|der|den|da|di|du|del|della|dos|das|ter)\s+)?\p{Lu}[\p{L}.'’-]*)*/gu;

const CALENDAR_WORD = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`);
const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
/** Organisations first, so "Association of Southeast Asian Nations" is not cut at "Southeast Asia". */
const MULTIWORD_PATTERNS = [
  ...MULTIWORD_ORGANIZATIONS.map((name) => ({ name, kind: 'organization' as const })),
  ...MULTIWORD_PLACES.map((name) => ({ name, kind: 'place' as const })),
].map((entry) => ({ ...entry, pattern: new RegExp(`\\b${entry.name}\\b`, 'g') }));

/**
 * "a spokesman for the prosecutor's office in Dusseldorf, Christoph Kumpa,", "the head of the doctors' union, Dr
 * Chaand Nagpaul,": a described role, then the name (an honorific may stand before it).
 */
const ROLE_BEFORE_APPOSITION = new RegExp(
  `(?<![\\p{L}'-])(?:a|an|A|An|the|The)\\s+((?:[\\p{L}-]+\\s+){0,3}?(?:${ROLE_ALTERNATIVES}|head(?=\\s+of\\b))(?:\\s+(?:of|for|at|with|from)\\s+[^,;:"“”()]{2,60}?)?),\\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\\.?\\s+)?$`,
  'u',
);

function roleBefore(sentence: string, nameStart: number): string | undefined {
  const match = ROLE_BEFORE.exec(sentence.slice(Math.max(0, nameStart - 80), nameStart));
  const role = match?.[1]?.replace(/^(?:(?:the|The|US|U\.S\.|His|Her|Its|Their|Our|My|But|And|So|Yet|Or|Then|Now|Meanwhile|However)\s+)+/, '').trim();
  return role ? role : undefined;
}

function roleBeforeApposition(sentence: string, nameStart: number): string | undefined {
  const role = ROLE_BEFORE_APPOSITION.exec(sentence.slice(Math.max(0, nameStart - 80), nameStart))?.[1]?.trim();
  return role ? role : undefined;
}

/**
 * "Abdul Rahman Siregar, a spokesman for the National Disaster Mitigation Agency,", "Sarah Matthews, flood duty
 * manager for the Environment Agency in the West Midlands, said": the role after the name, and where it is held
 * (in lower case when no article comes first, and not a clause: ", whose husband ...").
 */
const ROLE_AFTER = new RegExp(
  `^,\\s+(?:(?:a|an|the)\\s+|\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2}['’]s\\s+|(?=\\p{Ll})(?!(?:who|whose|whom|which|where|when|that|and|but|or|now|then|also|not)\\b))((?:[\\p{L}\\p{N}-]+\\s+){0,3}?(?:${ROLE_ALTERNATIVES})(?:\\s+(?:of|for|at|with|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'’-]*){0,4})?(?:\\s+in\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})?)(?=[,.;]|\\s+(?:said|says|told|who|whose)\\b)`,
  'u',
);

function roleAfter(sentence: string, nameEnd: number): string | undefined {
  // "a 29-year-old primary-school maths teacher": the age is no part of the role.
  const role = ROLE_AFTER.exec(sentence.slice(nameEnd, nameEnd + 120))?.[1]?.trim().replace(/^\d+-year-old\s+/, '');
  return role ? role : undefined;
}

/** Words capitalised only because a sentence opens with them: "But the Norwegian Seafarers' Union", "Tonight Gdansk ...". */
const SENTENCE_OPENING = /^(?:(?:But|And|So|Yet|Or|However|Meanwhile|Then|Now|Tonight|Today|Yesterday|Instead|Still|Later|Earlier|Also|Even|Only|Just|At|In|On|For|From|With|By|After|Before|During|Under|As|To)\s+)?(?:The\s+|(?<=^\p{Lu}\p{L}*\s+)the\s+)?/u;

/**
 * A firm's own name, the first word of a two-word name ending in a word of organisations ("Baltek" of
 * "Baltek Logistics"), when that word is no English word, place or title.
 */
function ownNameOf(organization: string): string | undefined {
  const [first, second, ...rest] = organization.split(' ');
  if (!first || !second || rest.length > 0 || !ORGANIZATION_WORDS.has(second) || SINGLE_ALIAS_SKIP.has(first)) return undefined;
  return /^\p{Lu}\p{Ll}{2,}$/u.test(first) && !isEnglishWord(first.toLowerCase()) ? first : undefined;
}

/** Words for a site written after its name, in lower case: "concentration camp", "refugee camp", "prison". */
const SITE_AFTER = /^\s+(?:(?:concentration|death|labou?r|refugee|detention|prison|internment|transit|migrant)\s+)?(?:camp|prison|jail)\b/;
/** A site's name: words of a name, joined by hyphens ("Bergen-Belsen", "Auschwitz-Birkenau") or not. */
const siteName = (run: string): boolean =>
  /^\p{Lu}[\p{L}'’]+(?:[- ]\p{Lu}[\p{L}'’]+){0,2}$/u.test(run) && !DEMONYMS.has(run) && !(!/[\s-]/.test(run) && isEnglishWord(run.toLowerCase()));

/** 'Clarence "Shade" Mobley', "Earvin 'Magic' Johnson": given name, nickname in quotes, surname. */
const NICKNAMED = /\b(\p{Lu}\p{Ll}+) ["“']\s?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)\s?["”'] (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b/gu;

/** "the village of", "the town of": what follows is a place. */
const PLACE_OF = /\b(?:village|town|city|province|region|district|county|island|port|state)\s+of\s+$/i;

/** A word of a name: "Snow", "Ki-moon", "Jr.", and with a prefix capitalised inside it "McClellan", "MacArthur", "O'Brien", "DeSantis". */
const NAME_WORD = /^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le)?\p{Lu}\p{Ll}+(?:-(?!(?:inspired|based|born|led|owned|run|backed|style|era|like|made|built|trained|funded|bound|linked)$)\p{L}\p{Ll}+)?\.?$/u;

/** The letters a ship's name opens with: "MV" (motor vessel), "HMS", "USS", "RMS", "SS", "FV" (fishing vessel), "RV" (research). */
const SHIP_PREFIX = /^(?:MV|MS|HMS|USS|RMS|SS|FV|RV|HMAS|HMCS|HMNZS|INS|USNS)\s+\p{Lu}/u;

/** First words of the names of rivers, lakes and mountains. */
const PLACE_NAME_OPENINGS: ReadonlySet<string> = new Set(['River', 'Lake', 'Loch', 'Lough', 'Mount', 'Isle']);
/**
 * Last words of places' names: "Clark County", "Mercy Valley", "Old Port" (never a surname), and "Bramley Wood"
 * (a surname too: "Elijah Wood", a name opening with a given name, is a person's).
 */
const PLACE_ENDINGS_NEVER_SURNAMES: ReadonlySet<string> = new Set(
  'City County Valley Port Heights Glacier Creek Canyon Coast Falls Springs Gardens Quay Wharf Pier Mall Basin Lagoon Strait'.split(' '),
);
const PLACE_ENDINGS_ALSO_SURNAMES: ReadonlySet<string> = new Set('Wood Woods Forest Peak Ridge Beach Market'.split(' '));
/** Last words of things' and bodies' names that are no one's: "Domesday Book", "Himalayan Database", "Kettering Health". */
const THING_ENDINGS: ReadonlySet<string> = new Set('Book Database Index Register Report Prize Award Medal Trophy Marathon Championship Championships Tournament Festival Olympics Olympiad Games Open Cup League Rally Regatta Expo Summit Conference Biennale'.split(' '));
/** First words of cups' and leagues' names in other languages: "Copa", "Coupe", "Taça", "Coppa", "Liga", "Ligue". */
const CUP_OPENINGS: ReadonlySet<string> = new Set(['Copa', 'Coupe', 'Coppa', 'Taça', 'Taca', 'Liga', 'Ligue', 'Serie', 'Bundesliga', 'Supercopa', 'Supercoppa']);
const BODY_ENDINGS: ReadonlySet<string> = new Set(['Health', 'Labs', 'Care', 'Exchange', 'Securities', 'Holdings', 'Partners', 'Ventures']);
/** "Liberal Democrat", "Social Democrats": a party's member, no one's name. */
const PARTY_MEMBER = /^(?:Liberal|Social|Christian|Free|Swedish|German) Democrats?$/;

function classifyRun(run: string): EntityKind | undefined {
  const tokens = run.split(/\s+/);
  if (tokens.length === 1 && /^[A-Z]{2,6}$/.test(run)) return 'organization';
  if (tokens.length === 1 && ORGANIZATION_WORDS.has(run) && !/^[A-Z]+$/.test(run)) return undefined;
  if (tokens.some((t) => ORGANIZATION_WORDS.has(t))) return 'organization';
  if (PLACES.has(run)) return 'place';
  if (tokens.length >= 2 && PLACE_NAME_ENDINGS.has(tokens[tokens.length - 1] ?? '')) return 'place';
  // "River Severn", "Lake Geneva", "Mount Kenya": a place whose kind comes first.
  if (tokens.length >= 2 && PLACE_NAME_OPENINGS.has(tokens[0] ?? '')) return 'place';
  // "Tropical Storm Kay", "Hurricane Otis", "Typhoon Haiyan": a storm's name is no one's.
  if (tokens.length >= 2 && /^(?:Tropical|Hurricane|Typhoon|Cyclone|Storm|Super)$/.test(tokens[0] ?? '') && tokens.some((t) => /^(?:Storm|Hurricane|Typhoon|Cyclone|Depression)$/.test(t))) return undefined;
  // "Ten-man Harbourside": a team by its number of players, no one's name.
  if (/^\p{Lu}\p{Ll}+-(?:man|men|woman|women|strong)$/u.test(tokens[0] ?? '')) return undefined;
  // A name has no "of" in it: "Supporters of Tomasz Wierzbicki" is a run of words, not a person.
  if (tokens.includes('of')) return undefined;
  // "Last October", "Liberal Democrat": a time, a party's member.
  if (tokens.length === 2 && CALENDAR_WORD.test(tokens[1] ?? '')) return undefined;
  if (PARTY_MEMBER.test(run)) return undefined;
  // "Save Bramley Wood", "Stop the Pylons": a campaign, named for what it wants.
  if (tokens.length >= 2 && /^(?:Save|Stop|Protect|Keep|Friends)$/.test(tokens[0] ?? '')) return 'organization';
  const last = tokens[tokens.length - 1] ?? '';
  // "Copa Libertadores", "Coupe de France", "Copa del Rey": a cup, in the language of where it is played.
  if (tokens.length >= 2 && CUP_OPENINGS.has(tokens[0] ?? '')) return undefined;
  if (tokens.length >= 2) {
    if (PLACE_ENDINGS_NEVER_SURNAMES.has(last)) return 'place';
    if (BODY_ENDINGS.has(last)) return 'organization';
    if (THING_ENDINGS.has(last)) return undefined;
    if (PLACE_ENDINGS_ALSO_SURNAMES.has(last) && !isGivenName(tokens[0] ?? '')) return 'place';
  }
  const names = tokens.filter((t) => !/^(?:of|the|van|von|de|der|den|da|di|du|del|della|dos|das|ter)$/.test(t));
  // "Jean-Marc Keller", "Park Ji-hoon": a hyphenated given name is one word of a name.
  // "Henry E. Hudson", "Robert H. Schuller": a middle initial is a word of the name.
  const isName =
    names.length >= 2 &&
    names.length <= 3 &&
    names.every(
      (t, i) =>
        (NAME_WORD.test(t) || (i > 0 && i < names.length - 1 && /^\p{Lu}\.$/u.test(t))) && !NOT_NAME.has(t) && !PLACES.has(t) && !DEMONYMS.has(t),
    );
  return isName ? 'person' : undefined;
}

/** Single-word role heads as written capitalised before a name: "Governor", "Minister", "Judge", "MP" ("Tewkesbury MP Laura Pike"). */
const CAPITALISED_ROLE_HEADS: ReadonlySet<string> = new Set([...SINGLE_WORD_ROLE_HEADS.map(capitalize), 'CEO', 'MP', 'MEP', 'MSP']);

/** Honours and offices written after a name: "David Okoro KC", "Chaand Nagpaul CBE", "Laura Pike MP". */
const POST_NOMINALS = /(?:\s+(?:KC|QC|CBE|OBE|MBE|MP|MEP|MSP|PhD))+$/;

/**
 * "West Java Governor Ratna Sari Dewi", "Agriculture Minister Lucía Paredes", "Judge Hélène Carrier": a role
 * written in capitals runs into the name. The words after its last role head are the name (two or three),
 * the words up to it the role.
 */
function splitCapitalisedRole(run: string, start: number): { run: string; start: number; role: string } | undefined {
  const tokens = run.split(' ');
  for (let i = tokens.length - 3; i >= 0; i--) {
    // "Secretary-General", "Co-Chair": a hyphenated title ends in its head.
    if (!CAPITALISED_ROLE_HEADS.has(tokens[i] ?? '') && !CAPITALISED_ROLE_HEADS.has((tokens[i] ?? '').split('-').at(-1) ?? '')) continue;
    const name = tokens.slice(i + 1);
    if (name.length > 3) return undefined;
    const role = tokens.slice(0, i + 1).join(' ');
    return { run: name.join(' '), start: start + role.length + 1, role };
  }
  return undefined;
}

/** A party written before a name, as British and American news do: "Conservative Nicola Blackwood", "Republican John Smith". */
const PARTY_BEFORE = /^((?:Liberal Democrat|Social Democrat|Christian Democrat|Democrat|Republican|Conservative|Tory|Labour|Green|Socialist|Communist|Independent))\s+/;

/** An office for a field, right before a run of capitals: "Minister for ", "Secretary of State for ", "Minister of ". */
const OFFICE_FOR = /\b(?:Minister|Secretary|Spokesperson|Spokesman|Spokeswoman|Commissioner)(?: of State)? (?:for|of) (?:the )?$/;
/** The fields offices are for, as written after "Minister for": "Health ", "Foreign Affairs ", "Children and Equality ". */
const OFFICE_FIELD =
  /^(?:(?:Health|Education|Defence|Defense|Finance|Justice|Sport|Sports|Transport|Housing|Agriculture|Energy|Environment|Trade|Culture|Foreign|Home|Interior|Labour|Labor|Employment|Tourism|Science|Communications|Children|Equality|Enterprise|Rural|Social|Heritage|Arts|Media|Climate|Water|Industry|Economy|Development|Security|Immigration|Infrastructure|Fisheries|Food|Veterans|Women|Youth|Higher|Further|Public|Affairs|Protection|Expenditure|Reform|Innovation|Research|Planning|Local|Government|Digital|Technology|Work|Pensions|Business|Internal|External)(?:,?\s+(?:and\s+)?|\s+))+/;
/** An age written before a name at a sentence's start: "Nineteen-year-old ", "Twelve-year-old ". */
const AGE_BEFORE_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?-year-old\s+(?=\p{Lu})/u;

/** Splits off leading titles and demonyms: "Chinese leader Xi Jinping" is found as "Xi Jinping". */
function trimLeadingTitles(run: string, start: number): { run: string; start: number } {
  const parts = run.split(/(\s+)/);
  let offset = 0;
  while (parts.length > 2) {
    const first = (parts[0] ?? '').replace(/\.$/, '');
    if (!(NOT_NAME.has(first) || STOPWORDS.has(first.toLowerCase()) || DEMONYMS.has(parts[0] ?? '') || /^(?:of|the)$/.test(first) || (ORGANIZATION_WORDS.has(first) && parts.length > 5))) break;
    offset += (parts[0] ?? '').length + (parts[1] ?? '').length;
    parts.splice(0, 2);
  }
  return { run: parts.join(''), start: start + offset };
}

function mentionsIn(sentence: string, sentenceId: number): Mention[] {
  const mentions: Mention[] = [];
  let rest = sentence;
  for (const match of sentence.matchAll(DATE)) mentions.push({ name: match[0], kind: 'date', sentenceId });
  for (const { name, kind, pattern } of MULTIWORD_PATTERNS) {
    if (!rest.includes(name)) continue;
    mentions.push({ name, kind, sentenceId });
    rest = rest.replace(pattern, '\u0000'.repeat(name.length));
  }
  // 'Clarence "Shade" Mobley': a nickname in quotes between the given name and the surname.
  for (const match of rest.matchAll(NICKNAMED)) {
    mentions.push({ name: `${match[1] ?? ''} ${match[3] ?? ''}`, kind: 'person', sentenceId, alias: match[2] ?? '' });
    rest = rest.replace(match[0], '\u0000'.repeat(match[0].length));
  }
  for (const match of rest.matchAll(/\b(?:US|U\.S\.)(?!\p{L})/gu)) {
    mentions.push({ name: 'United States', kind: 'place', sentenceId, alias: match[0] });
  }
  const runs: { text: string; index: number }[] = [];
  for (const match of rest.matchAll(CAPITALISED_RUN)) runs.push({ text: match[0], index: match.index ?? 0 });
  // By index: an owner of several words found in a run is read after as a run of its own.
  for (let at = 0; at < runs.length; at++) {
    const found = runs[at] as { text: string; index: number };
    let run = found.text.replace(/(?:'s|’s|'|’|\.)$/, '');
    let start = found.index;
    if (CALENDAR_WORD.test(run)) continue;
    // "by Jan. 15": a month written short, no one named Jan.
    if (MONTH_SHORT.test(run) && /^\.\s*\d/.test(sentence.slice(start + run.length))) continue;
    if (start === 0 && !run.includes(' ') && STOPWORDS.has(run.toLowerCase())) continue;
    // "READ: ...", "WATCH: ...": a link's label, not a name.
    if (/^[A-Z]+$/.test(run) && sentence[start + run.length] === ':') continue;
    // "But the Norwegian Seafarers' Union": a sentence's first words are capitalised as such.
    const opening = SENTENCE_OPENING.exec(run)?.[0] ?? '';
    run = run.slice(opening.length);
    start += opening.length;
    // "Nineteen-year-old Ananya Rao smashed ...": an age opening the sentence is capitalised, no part of her name.
    const aged = AGE_BEFORE_NAME.exec(run)?.[0] ?? '';
    run = run.slice(aged.length);
    start += aged.length;
    // "Norway's Nordhav Shipping": the owner is a mention of its own, not part of the name.
    const owner = /^(\p{Lu}[\p{L}.-]*)['’]s\s+(?=\p{Lu}\S*\s+\p{Lu})/u.exec(run);
    if (owner) {
      if (PLACES.has(owner[1] ?? '')) mentions.push({ name: owner[1] ?? '', kind: 'place', sentenceId });
      run = run.slice(owner[0].length);
      start += owner[0].length;
    }
    // "Outgoing Prime Minister Pavel Kral's National Unity party": an owner of several words is someone of their
    // own (read as a run, title and all), and what they own is the rest.
    const namedOwner = owner ? null : NAMED_OWNER.exec(run);
    if (namedOwner && !INSTITUTION_NAMED.test(run.slice(namedOwner[0].length))) {
      runs.push({ text: namedOwner[1] ?? '', index: start });
      run = run.slice(namedOwner[0].length);
      start += namedOwner[0].length;
    }
    // "Minister for Health Rachel Dunne": the office's field, after "for" or "of", is no part of the name.
    const field = OFFICE_FOR.test(sentence.slice(Math.max(0, start - 40), start)) ? OFFICE_FIELD.exec(run)?.[0] ?? '' : '';
    if (field && run.slice(field.length).includes(' ')) {
      run = run.slice(field.length);
      start += field.length;
    }
    // "Judge Caroline Ashworth KC", "Laura Pike MP": honours and offices written after a name are no part of it.
    run = run.replace(POST_NOMINALS, '');
    // "MV Hebridean Dawn", "HMS Victory", "USS Gerald R. Ford": a ship's name, no one's.
    if (SHIP_PREFIX.test(run)) {
      mentions.push({ name: run, kind: 'vessel', sentenceId });
      continue;
    }
    let kind = classifyRun(run);
    if (kind === 'organization' && /^(?:US|UK)$/.test(run)) continue;
    let capitalisedRole: string | undefined;
    // "Energy Minister Tomasz Wrzesień", "Transport Minister Lucia Herrera": a portfolio's word makes no body of the minister.
    const portfolioRole = kind === 'organization' && /\s/.test(run) ? splitCapitalisedRole(run, start) : undefined;
    if (portfolioRole && classifyRun(portfolioRole.run) === 'person') {
      ({ run, start, role: capitalisedRole } = portfolioRole);
      kind = 'person';
    } else if (kind !== 'organization') {
      const split = /\s/.test(run) ? splitCapitalisedRole(run, start) : undefined;
      if (split) ({ run, start, role: capitalisedRole } = split);
      ({ run, start } = trimLeadingTitles(run, start));
      if (CALENDAR_WORD.test(run)) continue;
      // "Conservative Nicola Blackwood", "Liberal Democrat Layla Moran": the party is what she is, not her name.
      const party = PARTY_BEFORE.exec(run);
      if (party && classifyRun(run.slice(party[0].length)) === 'person') {
        capitalisedRole ??= party[1];
        run = run.slice(party[0].length);
        start += party[0].length;
      }
      kind = classifyRun(run);
      // "the village of Cikarang Hilir": a place, though it reads like a name.
      if (kind === 'person' && PLACE_OF.test(sentence.slice(Math.max(0, start - 30), start))) kind = 'place';
    }
    // "Pawel Nowak of the University of Gdansk": a person, then the body they belong to, not one body.
    const ofAt = run.indexOf(' of ');
    // "Professor Kenji Sato of the University of Tokyo": the title before the name is no part of it.
    const titled = kind === 'organization' && ofAt > 0 ? trimLeadingTitles(run.slice(0, ofAt), start) : undefined;
    if (titled && titled.start > start && classifyRun(titled.run) === 'person') {
      const title = run.slice(0, titled.start - start).trim();
      const role = CAPITALISED_ROLE_HEADS.has(title) || /^(?:Professor|Prof\.?)$/.test(title) ? title : roleBefore(sentence, start);
      mentions.push(role ? { name: titled.run, kind: 'person', sentenceId, role } : { name: titled.run, kind: 'person', sentenceId });
      const body = run.slice(ofAt + 4).replace(/^the\s+/, '');
      mentions.push({ name: body, kind: classifyRun(body) ?? 'organization', sentenceId });
      continue;
    }
    if (kind === 'organization' && ofAt > 0 && classifyRun(run.slice(0, ofAt)) === 'person') {
      const person = run.slice(0, ofAt);
      const role = roleBefore(sentence, start);
      mentions.push(role ? { name: person, kind: 'person', sentenceId, role } : { name: person, kind: 'person', sentenceId });
      const body = run.slice(ofAt + 4).replace(/^the\s+/, '');
      mentions.push({ name: body, kind: classifyRun(body) ?? 'organization', sentenceId });
      continue;
    }
    // "Supporters of Tomasz Wierzbicki": the name after the last "of".
    if (kind === undefined && / of /.test(run)) {
      const tail = run.slice(run.lastIndexOf(' of ') + 4).replace(/^the\s+/, '');
      if (classifyRun(tail) === 'person') {
        start += run.length - tail.length;
        run = tail;
        kind = 'person';
      }
    }
    // "the Bergen-Belsen concentration camp", "Evin prison": a name before the word for such a site is a place.
    // "a Nazi concentration camp" describes one; a site is named with "the" or nothing before it.
    const site = SITE_AFTER.test(sentence.slice(start + run.length, start + run.length + 30)) && !/\b(?:a|an)\s+$/i.test(sentence.slice(Math.max(0, start - 4), start));
    if ((kind === undefined || kind === 'person') && site && siteName(run)) kind = 'place';
    // "Kral's National Unity party", "the centrist Civic Forward alliance": a body's name, the word for the body after it.
    if (kind === 'person' && BODY_AFTER.test(sentence.slice(start + run.length, start + run.length + 12))) kind = 'organization';
    if (kind === 'person') {
      const role = capitalisedRole ?? roleBefore(sentence, start) ?? roleAfter(sentence, start + run.length);
      const apart = role === undefined ? roleBeforeApposition(sentence, start) : undefined;
      if (apart !== undefined) mentions.push({ name: run, kind, sentenceId, role: apart, roleApart: true });
      else mentions.push(role ? { name: run, kind, sentenceId, role } : { name: run, kind, sentenceId });
    } else if (kind) mentions.push({ name: run, kind, sentenceId });
    else for (const token of run.split(/\s+/)) if (PLACES.has(token)) mentions.push({ name: token, kind: 'place', sentenceId });
  }
  return mentions;
}

/** "The university's vice-chancellor said ...": a sentence opening with a role held by no one it names. */
const UNNAMED_ROLE_OPENING = new RegExp(
  `^(?:The|A|An)\\s+((?:[\\p{L}'’-]+\\s+){0,3}?(?:\\p{L}+-)?(?:${ROLE_HEADS}))\\s+(?:said|says|told|added|warned|argued|wrote|called|has|had|have|is|was|will|would)\\b`,
  'u',
);

/**
 * "The university's vice-chancellor said he was deeply disappointed. Prof Richard Okafor, who took up the post in
 * 2021, said ...": a person first named at the start of the sentence after one giving only a role is its holder.
 */
function roleIntroducedBefore(sentences: ReadonlyArray<{ id: number; text: string }>, person: Entity): string | undefined {
  const first = Math.min(...person.sentenceIds);
  const at = sentences.findIndex((sentence) => sentence.id === first);
  const named = sentences[at]?.text ?? '';
  if (at <= 0 || !new RegExp(`^(?:(?:Prof|Professor|Dr|Mr|Mrs|Ms|Sir|Dame)\\.?\\s+)?${escapeRegExp(person.name)}\\b`, 'u').test(named)) return undefined;
  return UNNAMED_ROLE_OPENING.exec(sentences[at - 1]?.text ?? '')?.[1];
}

/** The initials a body's name would be shortened to: "Athletics Integrity Unit" -> "AIU", "UK Health Security Agency" -> "UKHSA". */
function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => !/^(?:of|the|and|for|de|la)$/i.test(word));
  if (words.length < 2) return '';
  return words.map((word) => (/^\p{Lu}{2,}$/u.test(word) ? word : word.charAt(0).toUpperCase())).join('');
}

/** What a body is called in news before or after its name: "the national roads agency, Invias", "Kestrel, the rocket company". */
const BODY_HEADS = String.raw`agency|company|firm|group|authority|regulator|tribunal|ministry|department|bank|union|network|operator|carrier|airline|club|university|hospital|court|commission|watchdog|broadcaster|newspaper|charity|party|start-?up|maker|manufacturer|insurer|lender|retailer|developer|consultancy|organi[sz]ation|association|federation|league|institute|foundation|council|utility|supplier|contractor|laborator(?:y|ies)|lab|service|studio|label|outlet`;
const BODY_NAME = String.raw`\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,3}`;
/** "the national roads agency, Invias,", "the Paris consultancy Orbitrend", "Spanish satellite operator Orbiva". */
const DESCRIBED_BEFORE = new RegExp(String.raw`(?:\b(?:the|a|an)\s+|(?<=^|[,;(]\s*|\b(?:by|with|for|from|at|of|and)\s+))((?:[\p{L}-]+\s+){0,3}?(?:${BODY_HEADS})),?\s+(${BODY_NAME})(?=[,.;)]|\s+(?:said|says|told|has|had|have|is|was|will|would|\p{Ll}+ed)\b)`, 'gu');
/** "Kestrel, the Norwegian rocket company," "Invias, a state agency,". */
const DESCRIBED_AFTER = new RegExp(String.raw`(${BODY_NAME}),\s+(?:the|a|an)\s+((?:[\p{L}-]+\s+){0,3}?(?:${BODY_HEADS}))(?=[,.;])`, 'gu');

/** "a group known as BlackVane", "a gang calling itself Night Ferry": a body, by the name it goes by. */
const KNOWN_AS = new RegExp(String.raw`\b(?:the|a|an)\s+((?:[\p{L}-]+\s+){0,2}?(?:${BODY_HEADS}|gang|crew|cartel|collective|movement|campaign|band|choir|troupe|cult|militia))\s+(?:known as|called|calling (?:itself|themselves)|named|dubbed)\s+(?:the\s+)?(${BODY_NAME})(?=[,.;)]|\s)`, 'gu');

/** Bodies named beside what they are: their names and descriptions ("Invias": "national roads agency"). */
function describedBodies(sentences: ReadonlyArray<{ text: string }>): Map<string, string> {
  const bodies = new Map<string, string>();
  const consider = (name: string, description: string): void => {
    const trimmed = name.replace(/['’]s$/, '');
    if (bodies.has(trimmed) || PLACES.has(trimmed) || DEMONYMS.has(trimmed) || CALENDAR_WORD.test(trimmed) || NOT_NAME.has(trimmed)) return;
    if (STOPWORDS.has(trimmed.toLowerCase()) || isEnglishWord(trimmed.toLowerCase())) return;
    bodies.set(trimmed, description.replace(/^(?:the|a|an)\s+/i, '').trim());
  };
  for (const { text } of sentences) {
    for (const match of text.matchAll(DESCRIBED_BEFORE)) {
      // "a company Whitlock had registered": after "a", the name and a verb are a clause about the body, whose
      // subject is someone else; "the company Norvik said" names it.
      if (/^an?\s/i.test(match[0]) && /^\s+\p{L}/u.test(text.slice((match.index ?? 0) + match[0].length))) continue;
      consider(match[2] ?? '', match[1] ?? '');
    }
    for (const match of text.matchAll(DESCRIBED_AFTER)) consider(match[1] ?? '', match[2] ?? '');
    for (const match of text.matchAll(KNOWN_AS)) consider(match[2] ?? '', match[1] ?? '');
  }
  return bodies;
}

/** What a place is called beside its name: "Ama Dablam, at 6,812 meters, is one of the most popular peaks". */
const PLACE_HEADS = String.raw`peak|mountain|volcano|river|lake|island|city|town|village|hamlet|port|region|province|county|district|valley|glacier|range|suburb|neighbou?rhood|resort|oasis|atoll|archipelago|peninsula|bay|desert|forest|reef`;
const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}`;
/** "X, at 6,812 meters, is one of the most popular peaks", "X, a fishing village in ...", "X is a small town". */
const DESCRIBED_PLACE = new RegExp(
  String.raw`(?<![\p{L}'’-])(${PLACE_NAME})(?:,\s+(?:[^,]|,(?=\d)){1,40},)?(?:,\s+|\s+(?:is|was)\s+)(?:a|an|the|one of the)\s+(?:[\p{L}-]+\s+){0,3}?(?:${PLACE_HEADS})s?(?=[\s,.;]+(?:in|on|near|of|off|north|south|east|west|that|which|where|and|with|about|some|\d)\b|[,.;])`,
  'gu',
);

/** "in São Paulo state", "Rift Valley province": a name with the kind of region it is after it, in lower case. */
const REGION_AFTER = new RegExp(String.raw`(?<![\p{L}'’-])(${PLACE_NAME}) (?:state|province|county|region|district|prefecture|oblast)\b`, 'gu');

/** Names the article calls a place by what it says of them ("a fishing village", "one of the most popular peaks"). */
function describedPlaces(sentences: ReadonlyArray<{ text: string }>): Set<string> {
  const names = new Set<string>();
  for (const { text } of sentences) {
    for (const match of text.matchAll(DESCRIBED_PLACE)) names.add(match[1] ?? '');
    for (const match of text.matchAll(REGION_AFTER)) names.add(match[1] ?? '');
  }
  return names;
}

/** The ids of the sentences whose text `pattern` (a name, as a word) matches. */
const idsOfSentencesMatching = (sentences: ReadonlyArray<{ id: number; text: string }>, pattern: { test: (text: string) => boolean }): number[] =>
  sentences.filter((sentence) => pattern.test(sentence.text)).map((sentence) => sentence.id);

/** A single capitalised word after a word of location: "in Sheffield", "near Rotherham", "from Leeds". */
const LOCATED = /\b(?:in|near|outside|across|around|from|to) (\p{Lu}\p{Ll}{2,})\b(?!['’-]|\s+\p{Lu})/gu;
/** Located at least this often, or once and named this often in all, a name is a place. */
const MIN_LOCATED = 2;
const MIN_NAMED_ONCE_LOCATED = 3;

/**
 * Places the gazetteer does not list, by how the article uses them: a name that is no English word, no one's
 * name and no body's, written "in Sheffield" twice, or once and named three times in all ("Sheffield's
 * breweries", "why Sheffield had so many").
 */
function placesByUse(sentences: ReadonlyArray<{ id: number; text: string }>, known: Iterable<Entity>): Entity[] {
  const taken = new Set<string>();
  // Words of people's names and of other places' names; a body's ("Sheffield University") may be its city's
  // name, and so may a word of a role kept with a name ("Sheffield University professor Vanessa Toulmin").
  for (const entity of known) {
    if (entity.kind !== 'organization') for (const word of entity.name.split(/\s+/)) taken.add(word);
    // "Scandinavian carrier Nordavia": a body known by one word is no place, wherever it is "in".
    else if (!entity.name.includes(' ')) taken.add(entity.name);
  }
  const located = new Map<string, number>();
  for (const { text } of sentences) for (const match of text.matchAll(LOCATED)) {
    const name = match[1] ?? '';
    if (taken.has(name) || PLACES.has(name) || NOT_NAME.has(name) || DEMONYMS.has(name) || /(?:ian|ese|ish)$/.test(name) || CALENDAR_WORD.test(name) || isEnglishWord(name.toLowerCase())) continue;
    located.set(name, (located.get(name) ?? 0) + 1);
  }
  const places: Entity[] = [];
  for (const [name, times] of located) {
    const sentenceIds = idsOfSentencesMatching(sentences, new RegExp(`\\b${name}\\b`, 'u'));
    if (times >= MIN_LOCATED || sentenceIds.length >= MIN_NAMED_ONCE_LOCATED) places.push({ name, kind: 'place', aliases: [], sentenceIds });
  }
  return places;
}

const SINGLE_NAME = String.raw`(\p{Lu}\p{Ll}{2,})`;
const KIN = String.raw`(?:mother|father|mom|dad|wife|husband|son|daughter|brother|sister|grandson|granddaughter|grandmother|grandfather|uncle|aunt|cousin|widow|widower|fiancée?|girlfriend|boyfriend|partner)`;
/**
 * How news writes a person known by one name: "5-year-old Youssif", "Suha, 37,", "his mother, Zainab,", "his wife
 * of more than 60 years, Arvella", and "Karima says when she ...": a speaker, then "she" or "he".
 */
const ONE_NAME_CUES: readonly RegExp[] = [
  new RegExp(String.raw`\b\d{1,3}-year-old ${SINGLE_NAME}\b`, 'gu'),
  new RegExp(String.raw`(?:^|[;:"“(]\s*|\b(?:and|but)\s)${SINGLE_NAME}, \d{1,3},`, 'gu'),
  new RegExp(String.raw`\b(?:his|her|their|my|the) (?:[\p{L}-]+ ){0,2}?${KIN}(?: of [\p{L}\d ]{1,30}?)?, ${SINGLE_NAME}\b(?!\s+\p{Lu})`, 'gu'),
  // Not "Helen Carver, 67, from Leeds, said she ...": a place; nor "a district that includes Springfield, said she":
  // a name closing a clause before the comma.
  new RegExp(String.raw`(?<!\b(?:from|in|of|at|near) )\b${SINGLE_NAME} (?:says|said|adds|added|recalls|recalled|explains|explained) (?:[\p{L}-]+ ){0,5}?(?:she|he)\b`, 'gu'),
  new RegExp(String.raw`(?:^|[;:"“(]\s*|\b(?:and|but)\s)${SINGLE_NAME}, (?:says|said|adds|added|recalls|recalled|explains|explained) (?:[\p{L}-]+ ){0,5}?(?:she|he)\b`, 'gu'),
  // "a bully breed mix now named Theia": a name given in the story (a body is "called", seldom "named").
  new RegExp(String.raw`\b(?:now |later )?(?:named|nicknamed) ${SINGLE_NAME}\b(?!\s+\p{Lu})`, 'gu'),
];

/**
 * A given name opening a sentence, then where the person is from ("Fiona from Derby says", "But Andrew from
 * Rochester in Kent agrees") or what they are ("John is a medical student at the University of Manchester"): how
 * vox pops name people. The place or the description is their role.
 */
const GIVEN_NAME_CUES: readonly RegExp[] = [
  new RegExp(String.raw`(?:^|[.!?]["”]?\s+)(?:(?:But|And|So|Meanwhile)\s+)?${SINGLE_NAME} ((?:from|in) \p{Lu}[\p{L}-]+(?: (?:in|on) \p{Lu}[\p{L}-]+)?)(?= (?:says|said|has|had|is|was|thinks|thought|agrees|agreed|disagrees|believes|told|wrote|writes|texted|tweeted|emailed|feels|felt|wants|added|adds)\b|, (?:a|an|who|whose|where)\b)`, 'gu'),
  new RegExp(String.raw`(?:^|[.!?]["”]?\s+)(?:(?:But|And|So|Meanwhile)\s+)?${SINGLE_NAME} (?:is|was) an? ((?:[\p{L}-]+ ){0,3}?(?:${ROLE_HEADS}))\b`, 'gu'),
];

/** Titles written before a surname alone: "President Bush", "Mr Coelho", "Dr. Okafor". */
const TITLED_ONE_NAME = new RegExp(
  String.raw`\b(President|Senator|Sen\.|Governor|Gov\.|Mayor|Judge|Pope|Chancellor|Premier|Prime Minister|Rep\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) ((?:Mc|Mac|O['’])?\p{Lu}\p{Ll}{2,})\b(?!['’]?\s*\p{Lu}|-)`,
  'gu',
);
/** Titles that only address someone: "Ms Moran" is "Layla Moran" again, when the article names her in full. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr)\.?$/;

/** Whether "Ms Moran" may be the person named in full ("Layla Moran"): the surname, and no "Mr" for a woman's name. */
function sameBearer(fullName: string, surname: string, honorific: string): boolean {
  const words = fullName.split(/\s+/);
  if (words.length < 2 || words.at(-1) !== surname) return false;
  const gender = givenNameGender(words[0] ?? '');
  const addressed = /^Mr\.?$/.test(honorific) ? 'male' : /^M(?:rs|s)\.?$/.test(honorific) ? 'female' : undefined;
  return gender === undefined || addressed === undefined || gender === addressed;
}

/** Titles that say what someone is; "Mr" and "Dr" say nothing a reader needs. */
const ROLE_TITLE = /^(?:President|Senator|Governor|Mayor|Judge|Pope|Chancellor|Premier|Prime Minister)$/;

/**
 * People the article names by one name only ("Youssif", "Suha"), by how it writes them: a name that is no English
 * word, no place, month or people's adjective, and no word of another entity's name (which makes "Blinken" a short
 * form of "Antony Blinken", not a person of his own).
 */
function peopleByUse(sentences: ReadonlyArray<{ id: number; text: string }>, known: Iterable<Entity>): Entity[] {
  const taken = new Set<string>();
  const people: Entity[] = [];
  for (const entity of known) {
    if (entity.kind === 'date') continue;
    // "Élise Marchand-Roy": "Roy" in "Marchand-Roy, 46," is her name's part, no one of its own.
    for (const word of entity.name.split(/[\s-]+/)) taken.add(word);
    if (entity.kind === 'person') people.push(entity);
  }
  const cued = new Map<string, string | undefined>();
  const plainWord = (name: string): boolean => SINGLE_ALIAS_SKIP.has(name) || STOPWORDS.has(name.toLowerCase()) || CALENDAR_WORD.test(name);
  const usable = (name: string): boolean => !taken.has(name) && !plainWord(name);
  const texts = sentences.map((sentence) => sentence.text);
  // "President Bush" is no short form of "first lady Laura Bush": a titled surname is a person of its own unless
  // a person of that name has the title ("President George W. Bush") or opens their name with the word ("Xi Jinping").
  const titledUsable = (name: string, title: string): boolean =>
    !plainWord(name) &&
    !(HONORIFIC.test(title) && people.some((person) => sameBearer(person.name, name, title))) &&
    people.every((person) => {
      const words = person.name.split(/\s+/);
      if (!words.includes(name)) return true;
      const titled = person.role?.toLowerCase().includes(title.toLowerCase()) || texts.some((text) => text.includes(`${title} ${person.name}`));
      return words.at(-1) === name && words[0] !== name && !titled;
    });
  for (const { text } of sentences) {
    for (const cue of ONE_NAME_CUES) for (const match of text.matchAll(cue)) {
      const name = match[1] ?? '';
      if (usable(name) && !isEnglishWord(name.toLowerCase()) && !cued.has(name)) cued.set(name, undefined);
    }
    // "Fiona from Derby says ...", "John is a medical student at ...": vox pops name people by a given name alone.
    for (const cue of GIVEN_NAME_CUES) for (const match of text.matchAll(cue)) {
      const [, name = '', role] = match;
      // A name the lists lack ("Priya") when she is "from" a place: bodies are seldom written so.
      const named = isGivenName(name) || (role?.startsWith('from ') === true && !isEnglishWord(name.toLowerCase()));
      if (usable(name) && named && cued.get(name) === undefined) cued.set(name, role?.trim());
    }
    // A title makes a name of a word that is also English: "President Bush", "Mr Wood".
    for (const match of text.matchAll(TITLED_ONE_NAME)) {
      const [, title = '', name = ''] = match;
      if (titledUsable(name, title) && cued.get(name) === undefined) cued.set(name, ROLE_TITLE.test(title) ? title : undefined);
    }
  }
  // The name as a word of its own, not inside "Youssif-style", nor in another person's full name ("Laura Bush").
  return [...cued].map(([name, role]) => {
    const fullNames = people.filter((person) => person.name.split(/\s+/).includes(name)).map((person) => person.name);
    const own = new RegExp(`(?<![\\p{L}-])${name}(?![\\p{L}-])`, 'u');
    const sentenceIds = idsOfSentencesMatching(sentences, { test: (text: string) => own.test(fullNames.reduce((rest, full) => rest.replaceAll(full, ' '), text)) });
    return role === undefined ? { name, kind: 'person' as const, aliases: [], sentenceIds } : { name, kind: 'person' as const, aliases: [], sentenceIds, role };
  });
}

/**
 * "Pune Pioneers", "Chennai Cyclones": a place and a plural of a word, a team, which the story then calls "the
 * Pioneers", as it calls no person ("the Banks" is nobody's short name, "Tyra Banks" hers); and a name the story
 * writes with a plural verb ("Aston Villa have signed").
 */
function teamsNamedAsPeople(entities: Map<string, Entity>, sentences: ReadonlyArray<{ text: string }>): void {
  for (const [key, entity] of entities) {
    if (entity.kind !== 'person') continue;
    const words = entity.name.split(' ');
    const last = words[words.length - 1] ?? '';
    if (words.length < 2 || words.length > 3) continue;
    const plural = /^\p{Lu}\p{Ll}+s$/u.test(last) && isEnglishWord(last.toLowerCase()) && isEnglishWord(last.slice(0, -1).toLowerCase());
    const asTeam = plural ? new RegExp(`\\b[Tt]he ${last}\\b(?! \\p{Lu})`, 'u') : undefined;
    if (!sentences.some((sentence) => asTeam?.test(sentence.text) === true || takesPluralVerb(sentence.text, entity.name))) continue;
    entities.delete(key);
    const team = entities.get(`organization:${entity.name}`) ?? { name: entity.name, kind: 'organization' as const, aliases: [], sentenceIds: [] };
    team.sentenceIds.push(...entity.sentenceIds.filter((id) => !team.sentenceIds.includes(id)));
    entities.set(`organization:${entity.name}`, team);
  }
}

/**
 * "Aston Villa have signed ...", "Ipswich Town are ...": a name taking a plural verb, as British news writes of a team
 * or a firm, is no one person's ("Anna and Tom Reyes have" is two people's: a name after "and" is left alone).
 */
function takesPluralVerb(text: string, name: string): boolean {
  const at = text.indexOf(`${name} `);
  if (at < 0) return false;
  return /^(?:have|are|were)\b/.test(text.slice(at + name.length + 1)) && !/(?:\band|&|,)\s*$/.test(text.slice(0, at));
}

/**
 * "National Unity" read as a person where it stands alone and as a body where "party" follows it ("Kral's
 * National Unity party"): one name is one thing, the body.
 */
function bodiesNamedAsPeople(entities: Map<string, Entity>): void {
  for (const [key, entity] of entities) {
    const body = entity.kind === 'person' ? entities.get(`organization:${entity.name}`) : undefined;
    if (!body) continue;
    entities.delete(key);
    body.sentenceIds.push(...entity.sentenceIds.filter((id) => !body.sentenceIds.includes(id)));
    body.sentenceIds.sort((a, b) => a - b);
  }
}

/**
 * "Mr Passos Coelho" and "Pedro Passos Coelho": a name of two words or more, opening with no given name, that ends
 * the name of one other person, who has one, is that person's short name (a one-word one is matched word by word
 * later); so is one that opens the name of one other person, who has a word more ("Pemba Nuru" of "Pemba Nuru Sherpa").
 */
/** The particles a surname may open with ("Van Damme", "Le Pen", "Bin Salman"): those inside names, and a few more. */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'le', 'la', 'ten', 'bin', 'ibn', 'al', 'el', 'abu']);

function mergeShortFullNames(entities: Map<string, Entity>): void {
  const people = [...entities.values()].filter((entity) => entity.kind === 'person');
  for (const short of people) {
    if (!short.name.includes(' ')) continue;
    // "Pemba Nuru" after "Pemba Nuru Sherpa": a full name without its last word is that person still.
    const opening = people.filter((person) => person !== short && person.name.startsWith(`${short.name} `) && person.name.split(' ').length === short.name.split(' ').length + 1);
    // "Chris Rock" is a full name already (and "Meet Chris Rock" none); "Pedro" gives "Passos Coelho" his.
    // "Van Damme" after "Pieter Van Damme": a surname with its particle is that person, whatever the given name (and
    // "Van" is one too, as Van Morrison's).
    const shortFirst = short.name.split(' ')[0] ?? '';
    const particled = SURNAME_PARTICLES.has(shortFirst.toLowerCase());
    const ending = isGivenName(shortFirst) && !particled ? [] : people.filter((person) => person !== short && person.name.endsWith(` ${short.name}`) && (particled || isGivenName(person.name.split(' ')[0] ?? '')));
    // "Gregory Pruitt" after "Gregory Allen Pruitt": the full name without its middle names.
    const [given, surname, ...others] = short.name.split(' ');
    const middled =
      others.length === 0 && given !== undefined && surname !== undefined
        ? people.filter((person) => person !== short && person.name.startsWith(`${given} `) && person.name.endsWith(` ${surname}`) && person.name.split(' ').length > 2)
        : [];
    const longer = opening.length > 0 ? opening : middled.length > 0 ? middled : ending;
    const [full] = longer;
    if (full === undefined || longer.length > 1 || !entities.has(`person:${full.name}`)) continue;
    for (const id of short.sentenceIds) if (!full.sentenceIds.includes(id)) full.sentenceIds.push(id);
    if (!full.aliases.includes(short.name)) full.aliases.push(short.name);
    if (full.role === undefined && short.role !== undefined) full.role = short.role;
    entities.delete(`person:${short.name}`);
  }
}

/**
 * The capitalised words that may be short mentions of someone: "Okonkwo-Reid" whole when a name has it ("Sarah
 * Okonkwo-Reid", and then no "Reid" of "James Reid"), else each part ("Biden" and "Xi" of "the Biden-Xi talks").
 */
function* shortMentionWords(text: string, nameWords: ReadonlySet<string>): Generator<{ 0: string; index: number }> {
  for (const match of text.matchAll(/(?<![\p{L}-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+(?![\p{L}-])|\b\p{Lu}\p{Ll}+\b/gu)) {
    const word = match[0];
    const index = match.index ?? 0;
    if (!word.includes('-') || nameWords.has(word)) {
      yield { 0: word, index };
      continue;
    }
    let offset = 0;
    for (const part of word.split('-')) {
      yield { 0: part, index: index + offset };
      offset += part.length + 1;
    }
  }
}

/** Entities of the article, people first, each with the sentences that mention it. */
export function extractEntities(sentences: ReadonlyArray<{ id: number; text: string }>): Entity[] {
  const entities = new Map<string, Entity>();
  const add = (key: string, mention: Mention, alias?: string) => {
    let entity = entities.get(key);
    if (!entity) {
      entity = { name: mention.name, kind: mention.kind, aliases: [], sentenceIds: [] };
      entities.set(key, entity);
    }
    if (mention.role && !entity.role) entity.role = mention.role;
    if (alias && alias !== entity.name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
    if (!entity.sentenceIds.includes(mention.sentenceId)) entity.sentenceIds.push(mention.sentenceId);
  };
  const all = sentences.flatMap((s) => mentionsIn(s.text, s.id));
  for (const mention of all) add(`${mention.kind}:${mention.name}`, mention, mention.alias);
  for (const mention of all) {
    if (mention.kind === 'person' && mention.role && !mention.roleApart) add(`person:${mention.name}`, mention, `${mention.role} ${mention.name}`);
  }
  // "the national roads agency, Invias": a body, whatever its name looks like, and what it is is its description.
  for (const [name, description] of describedBodies(sentences)) {
    const key = `organization:${name}`;
    const asPerson = entities.get(`person:${name}`);
    const entity = entities.get(key) ?? { name, kind: 'organization' as const, aliases: [], sentenceIds: [...(asPerson?.sentenceIds ?? [])] };
    if (asPerson) entities.delete(`person:${name}`);
    // "BlackVane": a name no other pass finds, in the sentences that write it.
    const named = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u');
    for (const id of idsOfSentencesMatching(sentences, named)) if (!entity.sentenceIds.includes(id)) entity.sentenceIds.push(id);
    entity.role ??= description;
    entities.set(key, entity);
  }
  // "Ama Dablam, at 6,812 meters, is one of the most popular peaks": a place, though it reads like a name.
  for (const name of describedPlaces(sentences)) {
    const asPerson = entities.get(`person:${name}`);
    if (!asPerson) continue;
    entities.delete(`person:${name}`);
    const place = entities.get(`place:${name}`) ?? { name, kind: 'place' as const, aliases: [], sentenceIds: [] };
    place.sentenceIds.push(...asPerson.sentenceIds.filter((id) => !place.sentenceIds.includes(id)));
    entities.set(`place:${name}`, place);
  }
  // "the Athletics Integrity Unit" and later "the AIU", "UK Health Security Agency (UKHSA)": one body.
  for (const entity of entities.values()) {
    const short = entity.kind === 'organization' ? entities.get(`organization:${initialsOf(entity.name)}`) : undefined;
    if (!short || short === entity) continue;
    for (const id of short.sentenceIds) if (!entity.sentenceIds.includes(id)) entity.sentenceIds.push(id);
    if (!entity.aliases.includes(short.name)) entity.aliases.push(short.name);
    entities.delete(`organization:${short.name}`);
  }
  // "in Sheffield" twice: a place, though "Sheffield University" is a body, whose own name it is not.
  const usedAsPlaces = placesByUse(sentences, entities.values());
  for (const place of usedAsPlaces) entities.set(`place:${place.name}`, place);
  const placeNames = new Set(usedAsPlaces.map((place) => place.name));
  for (const person of peopleByUse(sentences, entities.values())) entities.set(`person:${person.name}`, person);
  mergeShortFullNames(entities);
  teamsNamedAsPeople(entities, sentences);
  bodiesNamedAsPeople(entities);
  // Short mentions of known people: "Blinken", "Xi", "Biden"; and of firms by their own name: "Baltek" for
  // "Baltek Logistics" (not "National" for "National Disaster Mitigation Agency": that word is no name).
  const shortNamed: Array<{ entity: Entity; words: readonly string[] }> = [];
  for (const entity of entities.values()) {
    const ownName = entity.kind === 'organization' ? (entity.role !== undefined && !entity.name.includes(' ') ? entity.name : ownNameOf(entity.name)) : undefined;
    const own = ownName !== undefined && !placeNames.has(ownName) ? ownName : undefined;
    if (entity.kind === 'person') shortNamed.push({ entity, words: entity.name.split(' ') });
    else if (own !== undefined) shortNamed.push({ entity, words: [own] });
  }
  const nameWords = new Set(shortNamed.flatMap((named) => named.words));
  for (const sentence of sentences) {
    for (const match of shortMentionWords(sentence.text, nameWords)) {
      const word = match[0];
      if (SINGLE_ALIAS_SKIP.has(word)) continue;
      // A person known by that one word ("President Bush") before one whose name holds it ("Laura Bush").
      const person = (shortNamed.find((named) => named.entity.name === word) ?? shortNamed.find((named) => named.words.includes(word)))?.entity;
      const start = match.index ?? 0;
      // A part of a full name where it stands in full is no separate mention (nor "Bush" of "Laura Bush" the
      // president's, nor "Park" of "Park Ji-yeon" Park Sung-ho's).
      const inFullName = (entity: Entity): boolean =>
        entity.name !== word && sentence.text.slice(Math.max(0, start - entity.name.length), start + entity.name.length).includes(entity.name);
      const partOfFullName =
        person !== undefined && (inFullName(person) || shortNamed.some((named) => named.entity.kind === 'person' && named.words.includes(word) && inFullName(named.entity)));
      // "Wanjiru, a 29-year-old primary-school maths teacher from Iten, won ...": a role given beside the short name.
      const role = person?.kind === 'person' && person.role === undefined ? roleAfter(sentence.text, start + word.length) : undefined;
      if (person && !partOfFullName) add(`${person.kind}:${person.name}`, role ? { name: person.name, kind: person.kind, sentenceId: sentence.id, role } : { name: person.name, kind: person.kind, sentenceId: sentence.id }, word);
    }
  }
  // "the village of Cikarang Hilir" once, "in Cikarang Hilir" elsewhere: a name seen as a place is one throughout.
  for (const [key, entity] of entities) {
    const place = entity.kind === 'person' ? entities.get(`place:${entity.name}`) : undefined;
    if (!place) continue;
    place.sentenceIds.push(...entity.sentenceIds.filter((id) => !place.sentenceIds.includes(id)));
    entities.delete(key);
  }
  // "The MV Hebridean Dawn" once, "the Hebridean Dawn" after: the ship throughout, not a person of that name.
  for (const vessel of [...entities.values()].filter((entity) => entity.kind === 'vessel')) {
    const bare = vessel.name.replace(/^\S+\s+/, '');
    for (const kind of ['person', 'organization'] as const) {
      const same = entities.get(`${kind}:${bare}`);
      if (!same) continue;
      vessel.sentenceIds.push(...same.sentenceIds.filter((id) => !vessel.sentenceIds.includes(id)));
      if (!vessel.aliases.includes(bare)) vessel.aliases.push(bare);
      entities.delete(`${kind}:${bare}`);
    }
  }
  for (const entity of entities.values()) {
    const introduced = entity.kind === 'person' && entity.role === undefined ? roleIntroducedBefore(sentences, entity) : undefined;
    if (introduced !== undefined) entity.role = introduced;
  }
  const order: EntityKind[] = ['person', 'organization', 'vessel', 'place', 'date'];
  return [...entities.values()]
    .map((e) => ({ ...e, sentenceIds: [...e.sentenceIds].sort((a, b) => a - b) }))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || b.sentenceIds.length - a.sentenceIds.length);
}
