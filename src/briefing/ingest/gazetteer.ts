/**
 * Small word lists that tell places, organisations and roles apart. Not exhaustive: cues in the text
 * (a role before a name, "Department", "Ministry") do most of the work; these cover the common cases.
 */

export const PLACES: ReadonlySet<string> = new Set(
  `Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium Bolivia
  Bosnia Brazil Bulgaria Cambodia Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt
  England Estonia Ethiopia Europe Africa Asia America Finland France Georgia Germany Ghana Greece Guatemala Haiti Honduras
  Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Korea Kosovo Kuwait
  Laos Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali Mexico Moldova Mongolia Morocco Myanmar Nepal Netherlands
  Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania
  Russia Rwanda Scotland Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Thailand
  Tibet Tunisia Turkey Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe Gaza Crimea Hong Kong
  Beijing Shanghai Shenzhen Guangzhou Wuhan Moscow Kyiv Kiev London Paris Berlin Rome Madrid Tokyo Seoul Manila Taipei
  Delhi Mumbai Washington California Texas Florida Virginia Ohio Michigan Chicago Boston Atlanta Baghdad Kabul Tehran Jerusalem
  Dubai Riyadh Cairo Istanbul Ankara Brussels Geneva Vienna Warsaw Prague Sydney Toronto Ottawa Havana Caracas Missouri
  Kansas Iowa Oregon Arizona Nevada Alaska Hawaii Pennsylvania Massachusetts Louisiana Tennessee Kentucky Indo-Pacific
  Hollywood Manhattan Brooklyn Vietnam Siberia Balkans Caribbean Antarctica Arctic Ukraine`.split(/\s+/),
);

export const MULTIWORD_PLACES: readonly string[] = [
  'United States', 'United Kingdom', 'South China Sea', 'East China Sea', 'Taiwan Strait', 'Middle East', 'New York', 'Hong Kong',
  'North Korea', 'South Korea', 'Saudi Arabia', 'South Africa', 'New Zealand', 'Los Angeles', 'San Francisco', 'Kansas City',
  'Great Hall of the People', 'Southeast Asia', 'Latin America', 'West Bank', 'Red Sea', 'Persian Gulf', 'Gulf of Mexico',
];

/** Words that make a capitalised run an organisation. */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  `Department Ministry Party Association Agency Council Committee Commission Congress Senate Parliament Bank Inc Corp
  Corporation Company Co Ltd University College Institute Nations Union Organization Organisation Army Navy Force Court
  Administration Bureau Office Foundation Fund Group Federation League Alliance Police Guard Times Post Journal News
  Network Service Services Authority Board Club Church Center Centre Reserve Pentagon Kremlin NATO ASEAN`.split(/\s+/),
);

export const MULTIWORD_ORGANIZATIONS: readonly string[] = ['White House', 'State Department', 'Foreign Ministry', 'European Union', 'United Nations'];

/** Head nouns of a role written before a name: "State Department spokesman Matthew Miller". */
export const ROLE_HEADS =
  'secretary|spokesman|spokeswoman|spokesperson|president|vice president|leader|minister|prime minister|ambassador|senator|governor|chairman|chairwoman|chair|director|chief|general|commander|mayor|king|queen|premier|envoy|diplomat|official|representative|rep\\.|sen\\.|gov\\.|judge|justice|attorney general|economist|analyst|professor|ceo|founder|editor|correspondent|reporter|adviser|advisor|counterpart';

export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
