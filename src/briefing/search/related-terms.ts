/**
 * Words news questions use for what articles say differently ("complain" / "grievances",
 * "supply" / "sharing", "visit" / "trip"). General English, not tuned to any one article: a question
 * term also finds its relatives, at a discount.
 */
import { stem } from '../text/tokens.js';
import { COUNTRY_NAMES } from './country-names.js';

const GROUPS: readonly string[] = [
  'complain complaint grievance grievances aggrieved resent resentment criticize criticise criticism object objection oppose opponent opponents protest condemn unhappy upset anger angered angry outrage outraged',
  'supply supplies supplying provide providing provided give giving send sending share sharing deliver furnish shipping shipped',
  'send sent deploy deployed deploying deployment dispatch dispatched email emailed',
  'visit visiting trip journey travel travelling arrive arrived land landed tour itinerary reach reached',
  'meet meeting met talks summit conference',
  'say said says tell told remark remarks comment statement inform informed notify notified',
  'help helps helped assist assistance aid support supporting',
  'threat threaten threatens danger dangerous risk risks risky',
  'weapon weapons arms military armaments munitions missile missiles arsenal arsenals',
  'kill killed death deaths dead die died fatal',
  'explode exploded explodes exploding explosion explosions blast blasts detonate detonated detonation',
  'buy bought purchase purchased acquire acquired spend spent spending',
  'start started begin began begun launch launched',
  'end ended finish finished stop stopped halt reverse reversed reversal abandon abandoned',
  'ask asked request requested demand demanded urge urged call called calling want wants wanted',
  'hope hopes hoped want wants wish wishes expect keen eager',
  'promise promised promises pledge pledged pledges commitment commitments commit committed vow vowed propose proposed proposal proposals offer offered offers',
  'require requires required obliges oblige must mandate',
  'accuse accused accusation allege alleged charge charged blame blamed',
  'economy economic growth gdp',
  'president leader head chief boss executive executives director chairman chairwoman',
  'cabinet secretary minister',
  // "Gov. Raymond Tull", "Sen. Beverly Okafor": the titles written short.
  'governor governors gov',
  'senator senators sen',
  'troops soldiers personnel forces army',
  'country countries nation nations',
  'war conflict fighting invasion',
  'injure injured injury injuries wound wounded hurt harm harms harmed unhurt unharmed uninjured casualties',
  'arrest arrested detain detained custody jail prison',
  'stuck trapped stranded detained',
  'win won victory beat defeat winner winners champion champions',
  'lose lost loss defeat',
  'money cash funds funding dollars profit profits',
  'job jobs work employment employ employee employees workforce',
  'born birth birthplace',
  'sell sold sale sales',
  'problem problems issue issues concern concerns matter matters trouble troubles difficulty difficulties obstacle obstacles barrier barriers hurdle hurdles',
  'goal aim purpose objective target targets',
  'diplomacy diplomatic',
  'likely unlikely probable improbable',
  'shoot shot film filmed filming record recorded',
  'partner partners collaborate collaborated collaboration team teamed',
  'rule ruled control controlled govern governed',
  // "Why did the airline stop flying?": "suspended all of its domestic flights".
  'halt halted suspend suspended ground grounded stop stopped',
  'fly flies flying flew flight flights',
  'resume resumed restart restarted reopen reopened',
  'hospital hospitalized hospitalised clinic',
  'view views consider considers considered regard regards believe believes think thinks see sees',
  'try trying tried attempt attempts effort efforts seek seeks sought',
  'respond response responded reply replied react reaction warn warned warning signal signaled signalled reject rejected dismiss dismissed apologize apologized apologise apologised apology',
  'find found discover discovered discovery discoveries uncover uncovered locate located spot spotted detect detected',
  'annual annually yearly',
  'illness disease sickness ailment cancer infection condition diagnosed diagnosis',
  'treat treated treating treatment therapy chemotherapy medication',
  'watch watched watching crowd attendance spectators spectator viewers audience',
  'inherit inherits inherited inheritance heir heirs',
  'company companies firm firms business corporation',
  'factory factories plant plants mill mills',
  'worldwide global globally',
  'release released publish published',
  'review report study survey audit',
  'plane planes airplane airplanes aircraft airliner airliners jet jets',
  'crash crashed collision accident',
  'investigate investigating investigation investigator investigators probe inquiry examine examining',
  'agree agreed agreement deal accord settlement',
  // "Any news on the bribery case?" of "accepted bribes worth more than $1.2 million": the stemmer keeps them apart.
  'bribe bribes bribed bribery',
  // "How much is the howitzer deal worth?" of "signed a contract worth 13.6 billion zlotys".
  'deal deals contract contracts',
  // "At what height?" of "circling the moon at an altitude of 100 kilometres".
  'height heights altitude altitudes elevation',
  // "What's the budget?" of "The mission ... has cost about 41 billion yen".
  'budget budgets cost costs costing',
  'force forced forces forcing impose imposed imposes imposing',
  // "How do they hope to resolve the dispute?" of "... a commission that will settle the line".
  'resolve resolved resolving settle settled settling solve solved solving',
  'resign resigned resignation quit quitting retire retired retiring retirement',
  'attack attacked assault raid hit hits struck',
  'police officers cops policeman policemen policewoman policewomen',
  'doctor doctors physician physicians',
  'law laws legislation',
  'election elections vote voting ballot',
  'school schools university college campus',
  'child children kid kids youngster boy boys girl girls',
  'famous renowned celebrated',
  'attention scrutiny spotlight',
  'penalty penalties punishment fine fines fined',
  'first second third fourth fifth',
  'inauguration inaugurate inaugurated inaugural swear swears sworn oath',
  'increase increased increasing intensify intensified escalate escalated step stepped accelerate accelerates accelerated accelerating acceleration ramp boost rise rises rose risen climb climbs climbed climbing soar soared surge surged',
  'production produce produces manufacturing manufacture manufactures',
  'talks conversations discussions dialogue negotiations communication communications',
  'speak speaking talk talking communicate communicated phone',
  'smooth smoothly easy easily',
  // "Why does it matter that the rice matures quickly?" of "The new rice ripens in about 135 days, slightly faster".
  'quick quickly quicker fast faster fastest rapid rapidly swift swiftly speedy',
  'mature matures matured ripen ripens ripened ripe',
  'ready willing prepared able',
  'resurface resurfaced resurfacing reappear reappeared reappearing',
  'spokesman spokeswoman spokesperson spokespeople',
  'wrongly wrongfully unjustly',
  'stable stability stabilize stabilized stabilise stabilised',
  'game games match matches fixture',
  'consecutive successive straight row',
  'previous prior preceding earlier',
  'servant maid housekeeper employee domestic',
  'certain definite sure guaranteed assured',
  'free freed freeing release released',
  'withdraw withdrawal withdrawing withdrew pullout retreat',
  'absence absent away',
  'film films movie movies',
  'relations relationship ties',
  'name named naming dub dubbed nickname nicknamed label labelled labeled brand branded',
  'identify identified reveal revealed disclose disclosed',
  'close closed closing closure closures shut shutting',
  'percent percentage percentages',
  'hacker hackers attacker attackers intruder intruders',
  'accident accidents crash crashes crashed collision collisions collide collided incident incidents derail derails derailed derailment derailments',
  'seize seized seizure confiscate confiscated confiscation forfeit forfeited',
  'software program programs app apps application',
  'ritual rituals ceremony ceremonies rite rites',
  'fight fights bout bouts',
  'attend attended attending attends attendance attendees turnout crowd crowds spectators',
  // "Who hacked the app?": "it was not yet known who was behind the attack".
  'hack hacked hacking breach breached cyberattack cyberattacks ransomware attack attacks',
  'discover discovered detect detected spot spotted notice noticed',
  'admit admits admitted deny denies denied confess confessed acknowledge acknowledged',
  // "Does anyone disagree?" of "Rail unions disputed that."
  'disagree disagrees disagreed disagreement dispute disputes disputed dissent dissents dissented contest contests contested',
  'lawyer lawyers attorney attorneys counsel legal defense defence',
  'lab labs laboratory laboratories',
  'mistake mistakes error errors fault faults flaw flaws wrong',
  'install installed installing fit fitted put',
  'coach coaches trainer boss',
  'forward forwards striker strikers attacker attackers',
  'slope slopes hillside hillsides hill hills mountainside',
  'investor investors shareholder shareholders stockholder stockholders',
  'missing unaccounted disappeared vanished',
  'urgent urgency urgently hurry rush haste',
  'body bodies corpse corpses remains carcass carcasses',
  'steal stole stolen theft thefts rob robbed robbery robberies burglary burglaries heist embezzle embezzled embezzling embezzlement misappropriate misappropriated thief thieves robber robbers burglar burglars',
  'spot spotted notice noticed sight sighted saw seen',
  'surgery surgeries operation operations surgeon surgeons',
  'worry worried worries fear fears feared afraid anxious nervous concern concerned concerns',
  // "What are the weaknesses of the study?" of "The study has several limitations."
  'weakness weaknesses limitation limitations flaw flaws shortcoming shortcomings drawback drawbacks',
  'postpone postponed postponement delay delayed',
  'escape escaped flee fled getaway breakout',
  'collapse collapsed fall fell crash crashed crashes',
  // "Who is fixing it?": "the chief conservator, who will restore it".
  'fix fixed fixing repair repaired repairing mend mended restore restored restoring restoration conservator conservators',
  // "How many people did they save?": "brought 37 people to safety".
  'rescue rescued rescues rescuing rescuer rescuers save saved saving safety',
  // "What about power?": "About 14,000 households lost electricity".
  'power electricity blackout blackouts outage outages',
  // "How much is it worth?": "valued by experts at about 400,000 euros".
  'worth value valued valuation insured insure',
  // "What's the new speed rule?": "limited to 80 kph"; "was the train speeding?": "going at about 140 kph".
  'speed speeds speeding fast faster kph mph',
  // "How many objects has Greece gotten back?": "412 objects had been repatriated".
  'recover recovered recovering recovery repatriate repatriated repatriation retrieve retrieved',
  // "Do experts think ...?": "Shipping analysts said ...".
  'expert experts analyst analysts specialist specialists',
  // "Who filed the lawsuit?": "The case was brought by 112 fishermen"; "who sued?".
  'lawsuit lawsuits sue sued suing case',
  'check checked inspect inspected inspection inspections examine examined',
  'rich wealthy wealth fortune',
  'catch caught capture captured recapture recaptured arrest arrested',
  'happy pleased glad satisfied welcome welcomed welcoming',
  'crowd crowds supporters spectators audience fans',
  'pay paid salary salaries wage wages earn earns earnings income cost costs',
  'customer customers client clients',
  'concede conceded concedes accept accepted accepts',
  'appeal appealed appeals challenge challenged contest contested',
  'decision decisions decide decided ruling rulings verdict',
  'vaccine vaccines vaccination vaccinations vaccinated jab jabs shot shots',
  'aboard onboard board carrying carried',
  'wedding weddings marry married marriage bride groom spouse',
  'filmmaker filmmakers director directors',
  'advice advise advised advises adviser advisers advisor advisors',
  'bury buried burial',
  'approve approved approval authorise authorised authorisation authorize authorized authorization permit permitted permission allow allowed allows',
  'destroy destroyed wreck wrecked ruin ruined',
  'displace displaced evacuate evacuated evacuation evacuees relocate relocated flee fled fleeing',
  'cold freezing temperature temperatures',
  'night nights overnight',
  'landfall ashore',
  'prosecutor prosecutors prosecution attorney',
  'entrepreneur entrepreneurs founder founders cofounder businessman businesswoman',
  'academic academics professor professors scholar scholars lecturer lecturers',
  'storm storms typhoon typhoons hurricane hurricanes cyclone cyclones',
  'rider riders jockey jockeys',
  'group groups gang gangs association associations coalition organisation organisations organization organizations',
  'fake fakes forged forgery forgeries counterfeit',
  'prefer preferred favor favored favour favoured favorite favourite',
  'debut premiere premiered',
  'own owns owned belong belongs belonged ownership',
  'relative relatives family families kin',
  'compensation compensate compensated payout payouts',
  'thief thieves burglar burglars robber robbers intruder intruders',
  'footage video videos camera cameras cctv recording recordings',
  'stock stocks shares',
  'computer computers laptop laptops',
  'community communities town towns village villages',
  'farmer farmers grower growers',
  'reduce reduced reduction cut cuts slash slashed lower lowered trim trimmed trimming',
  'fall fell fallen drop dropped decline declined slump slumped plunge plunged',
  'ban banned banning bar barred suspension suspended disqualify disqualified',
  'crime crimes offence offences offense offenses robbery robberies murder fraud',
  'prisoner prisoners inmate inmates convict convicts',
  'show shows program programs programme programmes',
  'tv television',
  'paper papers newspaper newspapers',
  'repay repaid repayment refund refunded reimburse reimbursed returned',
  'item items object objects artefact artefacts artifact artifacts',
  'player players midfielder midfielders defender defenders goalkeeper goalkeepers striker strikers',
  'genuine authentic authenticity real',
  'rebuild rebuilt rebuilding reconstitute reconstituted restore restored replenish replenished',
  'victim victims casualties casualty dead killed died injured wounded',
  'search searches searched searching hunt hunted hunting manhunt',
  'replace replaces replaced replacing replacement successor successors succeed succeeds succeeded',
  'plan plans planned schedule scheduled timetable',
  'intend intends intended intention intentions plan plans planned',
  'prosecute prosecuted prosecution prosecutors charge charges charged indict indicted',
  'sick ill illness sickened',
  'sentence sentenced sentences jail prison imprisonment',
  'newlywed newlyweds couple bride groom',
  'dish dishes meal meals food',
  'old older oldest younger youngest age aged',
  'eat eats ate eaten eating feed feeds feeding diet prey',
  'politician politicians lawmaker lawmakers legislator legislators mp mps',
  'coast coastal coastline',
  'landslide landslides slide slides mudslide mudslides rockslide rockslides',
  'race races regatta regattas',
  'traffic vehicle vehicles',
  'among including',
  'house houses home homes',
  'captain captains skipper skippers',
  'outgoing departing',
  'fragile vulnerable weak',
  'dig digging dug excavate excavated excavating excavation excavations unearth unearthed',
  'heavy weigh weighs weighed weighing weight',
  'convict convicted conviction convictions guilty',
  'reverse reversed reversal overturn overturned overturning rescind rescinded undo',
  'kidnap kidnapped kidnapping abduct abducted abduction seize seized grab grabbed snatch snatched',
  'create created creator develop developed developer invent invented inventor',
  'exclude excluded exclusion omit omitted',
  'plea pleas plead pleaded pleading',
  'alert alerted tip tipped',
  'fund funded funding finance financed pay paid sponsor sponsored bankroll bankrolled',
  'performer performers actor actors actress actresses',
  'batsman batsmen batter batters',
  'owe owes owed owing debt debts arrears',
  'notify notified notifying notification notifications',
  'judge judges court courts tribunal trial trials',
  'run runs ran led lead leads leading oversee oversees oversaw',
  'layoff layoffs lay laid redundancy redundancies redundant',
  'character characters role roles',
  'shopkeeper shopkeepers retailer retailers merchant merchants trader traders businesses',
  // "The Lebanese pound" is a currency too (a phrase: "pound" alone may weigh), read where the index is built.
  'currency currencies krona kronor krone yuan renminbi rouble ruble rupee rupees peso pesos lira shekel naira rand ringgit baht dinar dinars dirham dirhams riyal riyals shilling shillings cedi cedis kwacha birr yen zloty forint hryvnia lari tenge manat',
  // "How many lectures were cancelled?": "the cancellation of around 1,200 lectures" (the stemmer keeps them apart).
  'cancel cancelled canceled cancellation cancellations',
  // "Who is exempt?" of "in every neighborhood except those around hospitals".
  'exempt exempted exemption exemptions except',
  // "What did the mum say?" of "her mother, Folake Bakare".
  'mother mothers mum mums mom moms',
  'father fathers dad dads',
  // "How many staff does it have?": "Brightloom employs about 15,000 people".
  'staff staffer staffers employee employees worker workers workforce employ employs employed',
  // "How hot is it?": "temperatures above 100 degrees"; "what was the weather like?": "a start temperature of 9C".
  'hot heat heatwave temperature temperatures',
  'weather temperature temperatures forecast',
  // "How many buildings burned?": "destroying at least 37 structures".
  'building buildings structure structures',
  // "When will power come back?" (read as "return"): "when service would be restored".
  'return returns returned returning resume resumed restore restored',
  // "Is it under control?" of "the main front had been contained".
  'control controlled contain contained containment',
  // "Walk me through the goals": "Ledesma scored in the 117th minute".
  'goal goals score scored scoring scorer scorers equalize equalized equaliser equalizer',
  // "Is it dearer than the current treatment?": "the standard treatment".
  'current existing standard usual',
  // "Were there any problems with the crowd?": "no serious incidents".
  'problem problems trouble troubles incident incidents disorder',
  // "Is it more expensive?": "roughly twice the cost".
  'expensive cheap cheaper costly pricey cost costs price prices',
  // "How many works were entered?": "drew 318 entries" (the stemmer keeps them apart).
  'enter entered entrant entrants entry entries',
  // "Was anyone punished then?": "who were later convicted".
  'punish punished punishment convict convicted conviction',
  // "Anything about pensions?": "a planned increase in the retirement age".
  'pension pensions pensioner pensioners retirement',
  // "Is there a fundraiser?": "the family had set up a fund".
  'fund funds fundraiser fundraisers fundraising',
  // "What should witnesses do?": "asked anyone who saw a white car".
  'witness witnesses eyewitness eyewitnesses saw',
  // "Will the brothers testify?": "Prosecutors say they will call Mats Lindqvist as a witness".
  'testify testifies testified testifying testimony witness witnesses',
];

/** A country and the adjective for its people: "Chinese officials" answer a question about China. */
const DEMONYMS: readonly string[] = [
  'china chinese', 'america american americans', 'russia russian russians', 'ukraine ukrainian ukrainians',
  'japan japanese', 'philippines filipino filipinos philippine', 'europe european europeans', 'iran iranian iranians',
  'taiwan taiwanese', 'britain british uk', 'france french', 'germany german germans', 'india indian indians',
  'korea korean koreans', 'israel israeli israelis', 'italy italian italians', 'mexico mexican mexicans',
  'canada canadian canadians', 'australia australian australians', 'colombia colombian colombians', 'spain spanish',
  'iraq iraqi iraqis', 'syria syrian syrians', 'afghanistan afghan afghans', 'pakistan pakistani pakistanis',
  'egypt egyptian egyptians', 'turkey turkish', 'brazil brazilian brazilians', 'norway norwegian norwegians',
  'sweden swedish', 'poland polish', 'greece greek greeks', 'vietnam vietnamese', 'cuba cuban cubans',
  'venezuela venezuelan venezuelans', 'palestine palestinian palestinians', 'africa african africans',
  'asia asian asians', 'dominican dominicans', 'zealand zealander zealanders', 'netherlands dutch', 'holland dutch',
  'switzerland swiss', 'wales welsh', 'scotland scottish scots', 'ireland irish', 'thailand thai', 'denmark danish',
  'finland finnish', 'peru peruvian peruvians', 'madagascar malagasy', 'ivory ivorian ivorians',
  'mali malian malians', 'niger nigerien nigeriens', 'nigeria nigerian nigerians', 'kenya kenyan kenyans',
  'uganda ugandan ugandans', 'ghana ghanaian ghanaians', 'ethiopia ethiopian ethiopians', 'somalia somali somalis',
  'sudan sudanese', 'chile chilean chileans', 'argentina argentine argentinian argentinians', 'indonesia indonesian indonesians',
  'malaysia malaysian malaysians', 'portugal portuguese', 'romania romanian romanians', 'hungary hungarian hungarians',
  'belgium belgian belgians', 'austria austrian austrians', 'lebanon lebanese', 'jordan jordanian jordanians',
  'saudi saudis', 'qatar qatari qataris', 'yemen yemeni yemenis', 'libya libyan libyans', 'tunisia tunisian tunisians',
  'morocco moroccan moroccans', 'algeria algerian algerians', 'bangladesh bangladeshi bangladeshis', 'nepal nepalese nepali',
  'myanmar burmese', 'cambodia cambodian cambodians', 'singapore singaporean singaporeans', 'mongolia mongolian mongolians',
  'kazakhstan kazakh kazakhs', 'georgia georgian georgians', 'armenia armenian armenians', 'azerbaijan azerbaijani azerbaijanis',
  'belarus belarusian belarusians', 'serbia serbian serbians serbs', 'croatia croatian croatians', 'bosnia bosnian bosnians',
  'albania albanian albanians', 'bulgaria bulgarian bulgarians', 'slovakia slovak slovaks', 'estonia estonian estonians',
  'latvia latvian latvians', 'lithuania lithuanian lithuanians', 'iceland icelandic icelanders', 'haiti haitian haitians',
  'jamaica jamaican jamaicans', 'ecuador ecuadorian ecuadorians', 'bolivia bolivian bolivians', 'uruguay uruguayan uruguayans',
  'guatemala guatemalan guatemalans', 'honduras honduran hondurans', 'nicaragua nicaraguan nicaraguans', 'panama panamanian panamanians',
  'rwanda rwandan rwandans', 'congo congolese', 'zimbabwe zimbabwean zimbabweans', 'zambia zambian zambians',
  'senegal senegalese', 'cameroon cameroonian cameroonians', 'tanzania tanzanian tanzanians', 'mozambique mozambican mozambicans',
  'angola angolan angolans', 'namibia namibian namibians', 'czechia czech czechs', 'slovenia slovenian slovenians',
  'uzbekistan uzbek uzbeks', 'kyrgyzstan kyrgyz', 'tajikistan tajik tajiks', 'turkmenistan turkmen', 'bahrain bahraini bahrainis',
  'kuwait kuwaiti kuwaitis', 'oman omani omanis', 'cyprus cypriot cypriots', 'fiji fijian fijians', 'samoa samoan samoans',
  'tonga tongan tongans', 'laos laotian laotians', 'benin beninese', 'togo togolese', 'gabon gabonese', 'malawi malawian malawians',
  'liberia liberian liberians', 'gambia gambian gambians', 'chad chadian chadians', 'eritrea eritrean eritreans',
  'moldova moldovan moldovans', 'montenegro montenegrin montenegrins', 'kosovo kosovar kosovars', 'malta maltese',
  'paraguay paraguayan paraguayans', 'trinidad trinidadian trinidadians', 'barbados barbadian barbadians', 'bahamas bahamian bahamians',
  'bhutan bhutanese', 'maldives maldivian maldivians', 'mauritius mauritian mauritians', 'lanka lankan lankans', 'brunei bruneian bruneians',
  'burkina burkinabe', 'botswana botswanan', 'tuvalu tuvaluan tuvaluans', 'luxembourg luxembourger luxembourgers',
];

/**
 * A capital stands for its country's government in news ("Moscow denied..."), so a question naming the
 * capital also finds the country. Not the other way: a question about China is not about Beijing.
 */
const CAPITALS: readonly string[] = [
  'moscow russia', 'beijing china', 'manila philippines', 'tehran iran', 'kyiv kiev ukraine', 'taipei taiwan',
  'tokyo japan', 'seoul pyongyang korea', 'london britain', 'paris france', 'berlin germany', 'rome italy',
  'madrid spain', 'ottawa canada', 'canberra australia', 'delhi india', 'islamabad pakistan', 'kabul afghanistan',
  'baghdad iraq', 'damascus syria', 'cairo egypt', 'ankara turkey', 'jerusalem israel', 'riyadh saudi',
  'hanoi vietnam', 'havana cuba', 'caracas venezuela', 'brasilia brazil', 'washington america', 'brussels europe',
  // Seats of power that stand for their governments as capitals do.
  'kremlin russia', 'pentagon america',
];

const RELATED = new Map<string, string[]>();
for (const group of [...GROUPS, ...DEMONYMS]) {
  const stems = [...new Set(group.split(' ').map(stem))];
  for (const s of stems) RELATED.set(s, [...new Set([...(RELATED.get(s) ?? []), ...stems.filter((other) => other !== s)])]);
}

const DEMONYM_WORDS = new Set(DEMONYMS.flatMap((group) => group.split(' ').slice(1)));
const COUNTRY_WORDS = new Set([...DEMONYMS.map((group) => group.split(' ')[0] ?? ''), ...COUNTRY_NAMES, 'us', 'usa', 'uk', 'states', 'kingdom']);

/** Country words by their people's adjective, as written ("dutch" -> netherlands, holland). */
const COUNTRIES_OF_DEMONYM = new Map<string, string[]>();
for (const group of DEMONYMS) {
  const [country = '', ...demonyms] = group.split(' ');
  for (const demonym of demonyms) COUNTRIES_OF_DEMONYM.set(demonym, [...(COUNTRIES_OF_DEMONYM.get(demonym) ?? []), country]);
}

/** The countries a people's adjective stands for ("dutch" -> netherlands, holland); empty for other words. */
export function countriesOfDemonym(word: string): readonly string[] {
  return COUNTRIES_OF_DEMONYM.get(word) ?? [];
}

/** "Chinese", "Americans": the adjective or people of a country, not a place. */
export function isDemonym(word: string): boolean {
  return DEMONYM_WORDS.has(word.toLowerCase());
}

/** A country or continent ("China", "United States"), as opposed to a city; lower-case words of a name. */
/** One lower-case word that names a country ("japan"): isCountryName for a single token, without the array. */
export function isCountryWord(token: string): boolean {
  return COUNTRY_WORDS.has(token);
}

export function isCountryName(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  return last !== undefined && (COUNTRY_WORDS.has(last) || COUNTRY_WORDS.has(words.join('')));
}

/**
 * Places bigger than a city that are no country: states, provinces, regions, seas. "Which city ...?" is not
 * answered by "California". Lower-case names as the tokenizer writes them.
 */
const REGIONS: ReadonlySet<string> = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana
  iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
  nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
  europe asia africa america antarctica arctic siberia balkans caribbean scandinavia mediterranean sahara himalayas
  crimea xinjiang tibet kashmir darfur chechnya sinai catalonia quebec ontario alberta punjab sicily bali okinawa
  tasmania greenland england scotland wales gaza indo pacific`.split(/\s+/),
);
const MULTIWORD_REGIONS: ReadonlySet<string> = new Set([
  'new hampshire', 'new jersey', 'new mexico', 'new york state', 'north carolina', 'north dakota', 'rhode island', 'south carolina',
  'south dakota', 'west virginia', 'middle east', 'southeast asia', 'latin america', 'south america', 'north america',
  'central america', 'east asia', 'south asia', 'central asia', 'west africa', 'east africa', 'north africa', 'northern ireland',
  'south china sea', 'east china sea', 'taiwan strait', 'persian gulf', 'red sea', 'black sea', 'baltic sea', 'gulf of mexico',
  'strait of hormuz', 'west bank', 'gaza strip', 'golan heights', 'silicon valley', 'indo pacific',
]);

/** A state, province, region or sea ("California", "Middle East"): no city, though no country either. */
export function isRegionName(words: readonly string[]): boolean {
  return (words.length === 1 && REGIONS.has(words[0] ?? '')) || MULTIWORD_REGIONS.has(words.join(' '));
}

/** Every word of the table as written, for correcting typos in words the article itself lacks. */
export const RELATED_WORDS: readonly string[] = [...new Set([...GROUPS, ...DEMONYMS, ...CAPITALS].flatMap((group) => group.split(' ')))];

const CAPITAL_OF = new Map<string, string[]>(
  CAPITALS.flatMap((group) => {
    const words = group.split(' ').map(stem);
    const country = words.slice(-1);
    return words.slice(0, -1).map((capital) => [capital, country] as const);
  }),
);

const CAPITALS_OF = new Map<string, string[]>();
for (const [capital, [country = '']] of CAPITAL_OF) CAPITALS_OF.set(country, [...(CAPITALS_OF.get(country) ?? []), capital]);

/** The capitals (stemmed) of a stemmed country ("korea" -> "seoul", "pyongyang"): an article naming one knows of the country. */
export function capitalsOfCountry(term: string): readonly string[] {
  return CAPITALS_OF.get(term) ?? [];
}

/** The country (stemmed) a stemmed capital stands for ("moscow" -> "russia"), or nothing. */
export function countryOfCapital(term: string): readonly string[] {
  return CAPITAL_OF.get(term) ?? [];
}

/**
 * Words by which an article may name what a capital stands for: its country and that country's people
 * ("tokyo" -> "japan", "japanese"). For telling whether an article knows of a place, not for ranking.
 */
export function countryWordsOfCapital(term: string): readonly string[] {
  return countryOfCapital(term).flatMap((country) => [country, ...(RELATED.get(country) ?? [])]);
}

/** Stemmed relatives of a stemmed term (never the term itself). */
export function relatedTerms(term: string): readonly string[] {
  return RELATED.get(term) ?? [];
}

/**
 * A general word news uses for a thing it has named ("the animal", "the big cat" for a leopard; "the vehicle"
 * for a truck): one way only, so that a tiger is not a dog. Each line: the general words, then the kinds.
 */
const KINDS = [
  'animal animals creature creatures beast: cat cats bird birds leopard leopards tiger tigers lion lions jaguar jaguars cheetah cheetahs puma pumas lynx bear bears wolf wolves whale whales dolphin dolphins seal seals shark sharks elephant elephants rhino rhinos gorilla gorillas chimpanzee chimpanzees monkey monkeys crocodile crocodiles snake snakes python pythons dog dogs horse horses cow cows sheep goat goats deer eagle eagles',
  'cat cats: leopard leopards tiger tigers lion lions jaguar jaguars cheetah cheetahs puma pumas lynx',
  'vehicle vehicles: car cars truck trucks lorry lorries bus buses van vans motorcycle motorcycles tractor tractors',
  // "Which party is she?" of "Margaret Holloway, a Conservative".
  'party parties: conservative conservatives tory tories labour democrat democrats republican republicans liberal liberals socialist socialists communist communists',
  'property properties: house houses apartment apartments flat flats building buildings land',
  'event events: festival festivals concert concerts gala galas fair fairs',
  // "What weather problems caused the poor harvest?" of "weeks of triple-digit heat and almost no rain".
  'weather: heat rain rains rainfall drought droughts freeze frost snow snowfall storm storms wind winds hail',
  // "Anything about drugs?" of "the flow of fentanyl precursor chemicals".
  'drug drugs narcotic narcotics: fentanyl heroin cocaine methamphetamine meth opioid opioids',
  // "How old was the victim?" of a stabbing: "Tom Baxter, 34, ... was stabbed".
  'victim victims: stabbed shot assaulted robbed',
  // "Who replaces him?" of "would take charge of the team as interim coach".
  'replace replaces replaced replacement successor: interim caretaker',
  // "How are the two Sahins related?" of "Mert Şahin, Arda's 27-year-old older brother".
  'related relation relations relative relatives: brother brothers sister sisters father mother son sons daughter daughters wife husband cousin cousins uncle aunt nephew niece',
  // "Any side effects from denravir?" of "About 9% of patients on denravir reported nausea": a drug's side effects.
  'side: nausea rash rashes headache headaches vomiting dizziness diarrhoea diarrhea',
  // "Which street was it on?" of "The building on Rue Tnaker": a street named in another language.
  'street streets road: rue avenue boulevard calle rua via strasse',
  // "Did all the judges agree?" of "One of the three judges, Per Sandberg, dissented".
  'agree agreed unanimous unanimously: dissent dissents dissented dissenting',
  // "How many members?" of "the Valencia Property Owners' Association, which represents about 9,000 landlords".
  'member members membership: represent represents',
  // "How is his client feeling?" of 'Berglund said his client was "relieved but exhausted"'.
  'feel feels feeling felt: relieved exhausted happy sad angry upset devastated shocked heartbroken grateful proud worried scared frightened',
  // "What do landlords think of the cap?" of "Property owners' groups said ...".
  'landlord landlords: owner owners',
  // "When will the pipe be fixed?" of "We expect the line to be repaired by Friday": a water or gas line is a pipe.
  'pipe pipes: pipeline pipelines line lines main mains',
  // "What does she want the EU to do?" of "would also ask the European Commission next month to review the rules".
  'eu: european brussels',
  // "How many people watched?" of "in front of 42,000 fans".
  'watch watched watching: fans',
  // "What did the bosses offer?" of "The Santos Terminal Operators Association ... has offered 5.5%".
  'boss bosses management: employer employers operator operators',
  // "Is the government going to force a deal?" of "She said the Labor Ministry would not impose a settlement".
  'government governments: ministry ministries',
  // "What did Bangkok gain from it?" of "Bangkok had won what it wanted most", "Phnom Penh had secured ...".
  'gain gains gained: won win secured secure',
  // "Is his wife still alive?" of "He married Grace Ansah, a schoolteacher, in 1964; she died in 2017."
  'alive: died dead death',
  'wife wives husband husbands spouse spouses: married marry marriage',
  // "How many days of work were lost?" of "have already cost the equivalent of nine full working days".
  'lose lost losing loss losses: cost costs costing',
  // "Did the reporter talk to any locals?" of "In Borongan, fisherman Danilo Abuyen, 61, ...".
  'local locals resident residents villager villagers: fisherman fishermen farmer farmers shopkeeper shopkeepers vendor vendors trader traders',
  // "Were schools closed?" of "Schools were suspended in 14 provinces through Friday".
  'close closed closing closure shut: suspend suspended',
  // "Did they try to fix the border before?" of "The two countries last tried to settle the border at talks".
  'fix fixed fixing: settle settled resolve resolved solve solved',
  // "How many grandkids?" of "he is survived by eight grandchildren".
  'grandkid grandkids: grandchild grandchildren',
  // "When's the funeral?" of "will hold a state memorial ... and the family said he will be buried ... on April 25".
  'funeral funerals: memorial buried burial',
  // "What rank is she?" of "Inspector Sofie Maes, 38, who leads the investigation".
  'rank ranks: inspector inspectors commissioner superintendent sergeant constable detective lieutenant captain colonel major general admiral commander',
  // "What about the girl who got 91?" of "His daughter, Ema Balaz, 18, was among those who sat the exam."
  'girl girls: daughter daughters',
  'boy boys: son sons',
  // "What does she need?" of "She appealed for donations of water, blankets and medicines".
  'need needs: appeal appealed appeals',
  // "How big is the area?" of "The permits covered about 1,350 hectares".
  'area areas: hectare hectares acre acres',
  // "What does the law prof think?" of "said Nadia Prentice, who teaches Indigenous law".
  'professor professors prof profs: teach teaches lecturer lecturers',
  // "Where was the metro problem?" of "trains stopped after a fault on the line".
  'problem problems: fault faults failure failures breakdown breakdowns glitch glitches malfunction',
  // "How did Nigeria react?" of "Regional leaders including Nigeria's president sent messages of congratulations".
  'react reacted reaction reactions: congratulate congratulated congratulations welcome welcomed praise praised condemn condemned',
  // "How many ships are stuck?" of "37 container ships were waiting to enter the port".
  'stuck: waiting',
  // "Are there any caveats?" of "But several experts not involved in the research urged caution".
  'caveat caveats: caution cautioned cautious',
  // "When does she take office?" of "The inauguration is scheduled for 7 January".
  'office: inauguration inaugurated sworn',
  // "How many rescuers are there?" of "More than 400 soldiers, police officers and volunteers were digging".
  'rescuer rescuers: soldier soldiers volunteer volunteers firefighter firefighters',
  // "Why couldn't they use bulldozers?" of "we cannot bring heavy machinery in yet".
  'bulldozer bulldozers excavator excavators digger diggers crane cranes: machinery',
  // "When can he play for Spurs?" of "which means he is eligible for Sunday's home game".
  'play plays playing: eligible',
  // "Are they adding ambulances?" of "will station an extra ambulance".
  'add adds added adding: extra additional',
  // "How long do they have to pick the land?" of "has 15 years to select and buy land".
  'pick picks picked picking choose chooses chose chosen choosing: select selects selected selecting selection',
  // "How many slumps did they look at?" (examine) of "used satellite images and drone surveys to track 212 slumps".
  'examine examined examining: track tracked tracking monitor monitored monitoring',
  // "Who took the city to court?" (sued) of "The case was brought last year by the North Bay Street Outreach Coalition".
  'sue sues sued suing: case lawsuit brought',
  // "What are aid workers worried about?" of "It warned that overcrowding ... created a serious risk of cholera".
  'worry worried worries: warn warned warning warnings risk',
  // "When did she join?" of "took over as chief executive in April 2023" (see phrase-terms: "took over as").
  'join joins joined joining: appointed hired',
  // "Why did the stock go up?" of "Nimbara shares closed 2.3 percent higher".
  'stock stocks: share shares',
  // "How long were people followed?" of a study that "followed 62,418 adults".
  'people: adult adults participant participants',
  // "What did Nimbara do wrong?" of "the Commission had been right to find that Nimbara abused its dominant position".
  'wrong wrongdoing: abuse abused breach breached violate violated violation infringe infringed infringement illegal illegally unlawful unlawfully guilty misconduct',
].map((line) => line.split(':').map((part) => part.trim().split(/\s+/).map(stem)) as [string[], string[]]);
const KINDS_OF = kindsMap(KINDS);

/**
 * Words that stand for a question's word only in an article with nothing nearer: "hurt" finds "taken to hospital"
 * where nobody is "injured", but where the lead says "injuring 23 others" the hospital ward is a side detail.
 */
const LAST_RESORT_KINDS = [
  // "Was anyone hurt?" of "Two firefighters were taken to hospital with burns".
  'hurt: hospital hospitalised hospitalized',
  // "What did the companies offer?" of "The terminal operators have offered 6%".
  'company companies firm firms: operator operators',
  // "Which churches were hit?" of "he targeted St Botolph's Church ...", where nothing is hit.
  'hit: target targeted targeting',
  // "Is this a record?", read as the biggest, of "the highest price ever paid", where nothing is big.
  'big biggest: largest highest',
  // "Which commissioner spoke?" of "Commissioner Henrik Dalgaard said in a statement", where no one speaks ("said" is no term).
  'speak speaks spoke spoken speaking: told statement statements comment comments remarks',
  // "Why did the stock go up?" of "Nimbara shares closed 2.3 percent higher", in an article that never says "rise".
  'rise rises rose risen rising: higher',
  // "How many people are helping?" of "About 400 police officers, soldiers and volunteers were working at the site".
  'help helps helped helping helper helpers: volunteer volunteers rescuer rescuers',
  // "How much is the storm going to cost?" of "Insurers estimated early losses at between 150 million and 250 million
  // euros", where nothing costs ("lost" is not a loss: "the club lost 2-1").
  'cost costs costing: loss losses damage damages bill',
  // "How did they catch her?" of "The fraud was uncovered in late 2023 when a new board member noticed ...", where
  // nothing is caught (a fishing story's "catch" is its own).
  'catch catches caught catching: uncover uncovered discover discovered detect detected arrest arrested',
  // "How did she hide it?" of "She disguised the payments in the charity's books as 'camp costs'".
  'hide hides hid hidden hiding: disguise disguised conceal concealed',
  // "Why did Pitt flip?" of "Mr Pitt ... said he changed his mind after ...", "defected".
  'flip flips flipped flipping: defect defected defection switch switched',
  // "What did the workers dig up?" of "When crews opened up the ground ... they found asbestos".
  'dig digs dug digging: found unearthed uncovered',
  // "How many surgeries got cancelled?" of "forced hospitals to postpone about 2,600 planned operations".
  'cancel cancels cancelled canceled cancelling canceling: postpone postponed postponing scrap scrapped',
  // "How did the shares react?" of "Shares in the Copenhagen-listed group jumped 11.4 percent by midday".
  'react reacts reacted reaction: jumped slumped tumbled soared plunged',
  // "How much did they make?" of "reported a second-quarter net profit of $412 million".
  'make makes made earn earns earned: profit profits revenue',
  // "Who was covered by the cap?" of "The law applied for three years to nurses, teachers ...".
  'cover covers covered: apply applies applied',
  // "What do the nurses want?" of "The union is seeking a pay rise of 10 percent".
  'want wants wanted: seek seeks seeking demand demands demanding',
  // "What was the vote?" of "The 6-3 decision, written by Justice Mahmud Jamal, ...".
  'vote votes voted: decision ruling',
  // "Who did the study?" of "The trial, run by researchers from ...".
  'study studies: trial trials',
  // "Any layoffs planned?" of "The company cut 600 office jobs in 2023".
  'layoff layoffs: cut cuts',
  // "How can people protect themselves?" of "Officials advised residents to wear long, loose clothing".
  'protect protects protected protecting protection: advise advised advice avoid',
  // "Who is the lawmaker behind the bill?" of "the governing party lawmaker who sponsored the bill".
  'behind: sponsor sponsored organise organised organize organized financing financed fund funded responsible',
  // "Why couldn't more people escape?" of "Many of the victims were trapped in the bus".
  'escape escapes escaped escaping: trap trapped flee fled',
  // "Did anyone check the discovery?" of "The signal was confirmed in April by the MeerKAT radio telescope".
  'check checks checked checking: confirm confirmed verify verified',
  // "What is in the pictures?" of "The paintings show royal hunts".
  'picture pictures: painting paintings photo photos photograph photographs image images drawing drawings',
  // "How many extra voters could there be?" of "about 680,000 young people will be added to the voter rolls".
  'extra: add added additional',
  // "By how many points were the hosts trailing at halftime?" of "Nigeria ... leading 40-29 at the break".
  'trail trails trailing trailed: lead leading led',
  // "How did India go ahead?" of "India had led at halftime through a 34th-minute penalty".
  'ahead: lead leading led',
  // "Was anyone hurt in the fire?", "injuries?" of "two firefighters were treated for smoke inhalation".
  'hurt injure injured injury injuries: treated',
  // "Who owns it?" of "Its largest shareholder is the Aasen family foundation".
  'own owns owned owner owners: shareholder shareholders stake',
  // "How much could it fetch?" of "a sale could raise between 2 and 2.5 billion crowns".
  'fetch fetches fetched: raise sale price worth',
  // "What losses did the head of the beekeepers' group report?" of "the alliance's chairwoman".
  'group groups: alliance association federation coalition union society',
  // "What is the provincial government doing?" of "Lualaba province's labor minister ... said".
  'government governments: minister ministry',
  // "What was her lawyer's excuse?" of "Defence barrister ... said her client had developed a ... addiction".
  'excuse excuses: defence defense explanation',
].map((line) => line.split(':').map((part) => part.trim().split(/\s+/).map(stem)) as [string[], string[]]);
const LAST_RESORT_OF = kindsMap(LAST_RESORT_KINDS);

function kindsMap(lines: readonly (readonly [string[], string[]])[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [general, kinds] of lines) for (const word of general) map.set(word, [...new Set([...(map.get(word) ?? []), ...kinds])]);
  return map;
}

/** The kinds (stemmed) a general word (stemmed) may stand for in an article: "animal" -> "leopard", "tiger" ... */
export function kindsOfThing(term: string): readonly string[] {
  return KINDS_OF.get(term) ?? [];
}

/** Words (stemmed) that may stand for a general word (stemmed) only where the article has neither it nor a relative. */
export function lastResortKinds(term: string): readonly string[] {
  return LAST_RESORT_OF.get(term) ?? [];
}
