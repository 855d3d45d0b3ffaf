/**
 * Chat shorthand for the word it stands for ("mil to mil talks", "a yr ago", "govt"), read only when the
 * article does not use the short form itself. General English chat usage, not any article's words.
 */
import { isCountryWord } from '../search/related-terms.js';
import { stem } from '../text/tokens.js';
import type { Vocabulary } from '../search/vocabulary.js';

const SHORTHAND: ReadonlyMap<string, string> = new Map(
  Object.entries({
    yr: 'year', yrs: 'years', mo: 'month', mos: 'months', wk: 'week', wks: 'weeks', hr: 'hour', hrs: 'hours',
    min: 'minute', mins: 'minutes', tmrw: 'tomorrow', tmr: 'tomorrow', yday: 'yesterday',
    mil: 'military', govt: 'government', gov: 'government', admin: 'administration', dept: 'department',
    pres: 'president', sec: 'secretary', ppl: 'people', intl: 'international', natl: 'national',
    econ: 'economy', info: 'information', msg: 'message', mtg: 'meeting', convo: 'conversation',
    abt: 'about', bc: 'because', cuz: 'because', coz: 'because', bcuz: 'because', w: 'with', wo: 'without',
    thru: 'through', tho: 'though', b4: 'before', pls: 'please', plz: 'please', amt: 'amount',
    approx: 'approximately', nukes: 'nuclear', nuke: 'nuclear', ukr: 'ukraine', rus: 'russia',
    ref: 'referee', refs: 'referees', keeper: 'goalkeeper', gk: 'goalkeeper', mgr: 'manager', capt: 'captain', hw: 'how',
    ev: 'electric vehicle', evs: 'electric vehicles', vs: 'against',
    avg: 'average', max: 'maximum', ag: 'agriculture', agri: 'agriculture', temp: 'temperature', temps: 'temperatures', pct: 'percent',
    any1: 'anyone', some1: 'someone', every1: 'everyone', no1: 'no one',
    exec: 'executive', execs: 'executives',
    km: 'kilometres', kms: 'kilometres', sq: 'square', kg: 'kilograms', kgs: 'kilograms', mvp: 'most valuable player',
    evac: 'evacuation', evacs: 'evacuations', til: 'until', till: 'until', ex: 'former', prof: 'professor', cllr: 'councillor', supt: 'superintendent', insp: 'inspector', sgt: 'sergeant', det: 'detective',
  }),
);

/**
 * Travel idioms for the verbs news uses ("when did he get to China?" asks when he arrived; "touch down",
 * "fly into", "head to"). The verb alone ("get", "head") says nothing an article would say.
 */
/** "Fly to" reads as "arrive in" only in an article that never says "fly" or "flew" itself. */
const FLY_TO = /\b(?:fly|flies|flew|flown|flying) (?:in)?to\b/gi;
/** "Set out" reads as "leave", unless the article says "set out" itself. */
const SET_OUT = /\bset (?:off|out)\b/gi;
/** "Take off" ending a clause reads as "lift off" or "launch", unless the article says "take off" itself. */
const TAKE_OFF = /\b(?:take|takes|took|taken|taking) off(?=\s*(?:[?.!,;]|$|(?:from|at|on|in|for|and|when|after|before|again)\b))/gi;
/** "Touch down" reads as "land", unless the article says "touched down" itself (a tornado does). */
const TOUCH_DOWN = /\b(?:touch|touches|touched|touching) down\b/gi;
/** "Looking for": read as "searching for", unless the article says "look" itself. */
const LOOK_FOR = /\b(?:look|looks|looked|looking) for\b/gi;
/** "Retake", "retook": a re-sit, in an article that never writes "retake". */
const RETAKE = /\b(?:retake|retakes|retaken|retaking|retook)\b/gi;
/** "What did they take?", "what did the robbers get away with?": what was stolen, asked of a story of stealing. */
const STOLEN_TAKEN = /^(\W*(?:and |so )?what )(?:did|do|have|had) (?:they|the (?:thieves|robbers|burglars|gang|raiders|suspects|men)) (?:take|took|taken|grab|grabbed|snatch|snatched|get away with|got away with|steal|stole|stolen)(?=\s*[?.!]*\s*$)/gi;
/** "Which country finished third?", "who came third?": who took the bronze. */
const FINISHED_THIRD = /\b(?:finish|finishes|finished|finishing|came|come|comes|placed) third(?: place)?\b/gi;
/** "What did the mayor promise?": what she said, in an article with no word of promising. */
/**
 * "What do analysts think?", "what does the union make of it?": what they said, in an article with no word of
 * thinking. Only asked bare: "what do they think caused it?" asks a cause.
 */
const THINK_ASKED = /^(\W*(?:and |so )?what (?:do|does|did|has|have|will|would) (?:[\p{L}'’.-]+ ){1,4}?)(?:think|thinks|thought|reckon|reckons|make of (?:it|this|that|the (?:news|ruling|decision|result|results|deal|plan|move|offer|verdict)))(?=\s*[?.!]*\s*$)/giu;
const PROMISED = /^(\W*(?:and )?what (?:did|does|has|have|will|would) (?:[\p{L}'’.-]+ ){1,4}?)(?:promise|promised|pledge|pledged|vow|vowed)(?=\s*[?.!]*\s*$)/giu;
/**
 * "Is this a club record?", "was it a record fee?": the biggest or highest ever, in an article that never writes
 * "record" (which the question would then find); not a recording ("a record label", "the record company").
 */
const SUPERLATIVE_RECORD = /\b(?:a|an|the|new) (?:new |club |world |national |all-time |career |british |european |olympic )?record(?: (?:fee|high|low|number|level|amount|sum|price|year|score|time|crowd|turnout))?\b(?! (?:label|company|companies|deal|player|shop|store|book|books|keeping)s?\b)/gi;
/** "CEO", "CEOs": read as "chief executive" in an article that never writes the letters. */
const CEO = /\bceos?\b/gi;
/** "When did the fire start?": read as "when did the fire first start". Not "when does her trial start?": what is to come. */
const FIRST_START = /^(\W*when (?:did|was|were|has|had) (?:[\p{L}'’-]+ ){1,6}?)(start|begin|break out)(?=\s*[?.!]*\s*$)/giu;
/** "CFO", "CTO", "COO": the other chief officers, by their letters. */
const C_SUITE = /\b(?:cfo|cto|coo|cio|cmo)s?\b/gi;
const C_SUITE_WORDS: Readonly<Record<string, string>> = {
  cfo: 'chief financial officer',
  cto: 'chief technology officer',
  coo: 'chief operating officer',
  cio: 'chief information officer',
  cmo: 'chief marketing officer',
};
/** The letters of a chief officer ("cfo" of "CFOs"). */
const lettersOf = (short: string): string => short.toLowerCase().slice(0, 3);
/** "CFOs": "chief financial officers". */
const chiefOfficer = (short: string): string => `${C_SUITE_WORDS[lettersOf(short)] ?? short}${/s$/i.test(short) ? 's' : ''}`;
/** "PM": read as "prime minister" in an article that never writes the letters, unless it follows a time. */
const PM = /(?<!\d\s?)\bpm\b(?!\s*\d)/gi;
/** "What is Janet Yellen's job?": one to three words before a possessive, the word for a job ending the question. */
export const NAMED_ROLE_ASKED = /^\W*what(?:'s|’s|s| is| was) ((?!(?:the|this|that|his|her|their|its|your|my)\b)(?:[\p{L}.-]+ ){0,2}[\p{L}.-]+?)('s|’s|s'|'|(?<!s)s)? (?:current |new |day )?(?:job|occupation|profession)\s*[?.!]*\s*$/iu;
/** Whom a possessive pronoun is about: "what's his age?" asks how old he is. */
const POSSESSOR: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it' };
/** Each idiom with words one of which it needs (a cheap test before the pattern), its pattern and its plain reading. */
/** "Held" of people ("which americans are held?"), not of a meeting, a record or a view. */
const HELD = /^(?!.*\b(?:meetings?|talks|summits?|conferences?|elections?|votes?|ceremon(?:y|ies)|events?|rall(?:y|ies)|races?|games?|match(?:es)?|shows?|festivals?|sessions?|hearings?|trials?|inquests?|inquir(?:y|ies)|funerals?|memorials?|vigils?|weddings?|parades?|marches|protests?|lessons?|class(?:es)?|courses?|lectures?|exams?|examinations?|tests?|workshops?|camps?|polls?|primar(?:y|ies)|contests?|services?|part(?:y|ies)|celebrations?|referend(?:um|a)|exhibitions?|auctions?|concerts?|competitions?|tournaments?|debates?|interviews?|negotiations?|discussions?|record|lead|view|views|office|post|seat|title|belief|beliefs|stake|shares?)\b)(.*?)\bheld\b/giu;
/** "Came off the tracks", "jumped the rails": derailed. The noun (group 1) stays where the article uses it. */
const OFF_THE_TRACKS = /\b(?:come|comes|came|coming|go|goes|went|going|run|runs|ran|running|jump|jumps|jumped|jumping) off (?:the )?(tracks?|rails?)\b/gi;
/** "How long will the rescue go on?": continue. */
const GO_ON = /\b(?:go|goes|went) on(?=\s*(?:[?.!,]|$|for\b|until\b|till\b|much\b|longer\b))/gi;
/** "What's on the table?" asked bare. */
const ON_THE_TABLE_ASKED = /^(\W*(?:(?:and|so|ok|okay) )?)what(?:'s|’s|s| is| was| are| were) (?:now |still |currently )?on the table(?=\s*[?.!]*\s*$)/gi;
const IDIOMS: ReadonlyArray<readonly [readonly string[], RegExp, string | ((match: string, ...groups: string[]) => string)]> = [
  // "How long did that guy get?": the man just talked about (read first: other idioms
  // ask of "he").
  [['guy', 'bloke', 'fella', 'chap', 'dude'], /\b(?:that|this|the) (?:guy|bloke|fella|chap|dude)\b/gi, 'he'],
  // "What did the company's HR person say?": human resources, not "hr" for hours; written in capitals, or before a
  // word for its people ("the hr director").
  [['hr'], /\bHR\b|\b[Hh][Rr](?= (?:person|people|department|dept|chief|director|boss|manager|head|team|staff|official|executive|lady|guy)\b)/g, 'human resources'],
  // "What's Anggraini's background?", "what is her background?": who she is, as the sentence introducing her says.
  [['background'], /^(\W*(?:and |so )?)(?:what(?:'s|’s|s| is| was)|tell me about|any) ((?:[\p{L}.-]+ ){0,2}[\p{L}.-]+?)(?:'s|’s|s'|’) (?:background|career|past|bio|biography)(?=\s*[?.!]*\s*$)/giu, '$1who is $2'],
  [['background'], /^(\W*(?:and |so )?)(?:what(?:'s|’s|s| is| was)|tell me about|any) (his|her|their) (?:background|career|past|bio|biography)(?=\s*[?.!]*\s*$)/giu, (_: string, opening: string, whose: string) => `${opening}who is ${POSSESSOR[whose.toLowerCase()] ?? whose}`],
  // "How long is that in time?", "how long is that in hours?": a length of time asked, no word to find.
  [['in time', 'in hours', 'in minutes', 'in days', 'terms of time'], /^(\W*(?:and |so )?how long\b.*?) in (?:terms of )?(?:time|hours|minutes|days)(?=\s*[?.!]*\s*$)/gi, '$1'],
  // "How much money has the government put up?": what it provides; "put up with" is another thing.
  [['put up', 'puts up', 'putting up'], /\b(?:put|puts|putting) up\b(?! with\b)/gi, 'provided funds'],
  // "Is he running again?", "will she stand for re-election?": "he would lead his party into any new election".
  [['run', 'runs', 'running', 'stand', 'stands', 'standing'], /\b(?:run|runs|running|stand|stands|standing) (?:again|for (?:re-?election|another term|office))\b/gi, 'stand in a new election'],
  // "How many stolen objects has Greece gotten back?": recovered. Not "when did he get back?" (he came home).
  [['got', 'gotten'], /\b((?:has|have|had) (?:[\p{L}'’-]+ )?)(?:got|gotten) back\b/giu, '$1recovered'],
  // "Have they got the gold back?", "did they ever get the monstrance back?": recovered it ("was never recovered").
  [['got', 'gotten', 'get'], /\b((?:has|have|had|did|do|does|will|would|could|can)(?:n['’]?t)? (?:[\p{L}'’-]+ ){1,2}?)(?:get|got|gotten) ((?:the|their|its|his|her|any|all|some|those|these) (?!(?:money|cash|deposits?|savings|funds?|fees?)\b)(?:[\p{L}'’-]+ ){0,2}?)back\b/giu, '$1recovered $2'],
  // "Who runs the country till then?": who governs ("the government remains in office", "will stay in his post").
  [['run', 'runs', 'running', 'ran'], /\b(?:run|runs|running|ran) the (?:country|government|state)\b/gi, 'governs'],
  // "Did the court buy that?": whether it accepted the argument ("The court rejected that argument, ...").
  // Asked at the end, of a claim just quoted: "who will buy it?", "did they buy that land?" are about buying.
  [['buy'], /\b((?:did|does|do|will|would)(?:n['’]?t)? (?:[\p{L}'’-]+ ){1,2})buy (?:that|this|the argument|the story|his story|her story|their story|the excuse|his excuse|her excuse)(?=\s*[?.!]*\s*$)/giu, '$1accept that argument'],
  // "What time did it come off the tracks?": when it derailed.
  [['off'], OFF_THE_TRACKS, 'derailed'],
  // "When do they plan to stop work?", "will the nurses down tools?": a walkout ("will walk off the job on March 16").
  [['stop', 'down', 'walk'], /\b(?:stop|stops|stopped|stopping) (?:work|working)\b|\b(?:down|downs|downed|downing) tools\b|\b(?:walk|walks|walked|walking) off (?:the|their) jobs?\b/gi, 'walkout'],
  // "What did the bosses put on the table?": what they offered ("has offered 5.5% plus a one-time bonus").
  [['table'], /\b(?:put|puts|putting) on the table\b/gi, 'offer'],
  // "Where will it hit land?", "when does the typhoon reach the coast?": where and when it makes landfall.
  [['hit', 'reach', 'make', 'made'], /\b(?:hit|hits|hitting|reach|reaches|reached|reaching|make|makes|made|making) (?:land|the coast|the coastline)\b/gi, 'make landfall'],
  // "When did he stop performing?": when he retired ("since his father retired in 2015").
  [['stop', 'quit', 'gave', 'give'], /\b(?:stop|stops|stopped|stopping|quit|quits|quitting|gave up|give up|gives up|giving up) (?:performing|playing|touring|competing|racing|singing|recording|acting)\b/gi, 'retire'],
  // "What's their beef?": their complaint, the dispute.
  [['beef'], /\b((?:their|his|her|its|the|your) )beefs?\b/gi, '$1complaint dispute'],
  // "What's the suspected cause?", "what was the likely cause?": why it happened (the lead's "after it entered a
  // curve at twice the permitted speed, investigators said"), whether or not the article writes "cause".
  [['cause'], /^(\W*)what(?:'s|’s|s| is| was| are| were) the (?:suspected|likely|probable|possible|main|official) causes? of\b/gi, '$1why '],
  [['cause'], /^(\W*)what(?:'s|’s|s| is| was| are| were) the (?:suspected|likely|probable|possible|main|official) causes?\s*(?=[?.!]*\s*$)/gi, '$1why did it happen'],
  // "When do the job cuts kick in?", "when does the ban come into force?": when they take effect.
  [['kick', 'into'], /\b(?:kick|kicks|kicked|kicking) in\b|\b(?:come|comes|came|coming|go|goes|went|going|enter|enters|entered|entering) into (?:force|effect)\b/gi, 'take effect'],
  // "How many people work at the plant?": how many it employs.
  [['work'], /\b(?:work|works|worked|working) (?:at|for|in) (?=(?:the|that|this|its|their|his|her) )/gi, 'employed at '],
  // "Could it go longer?", "will the strike last longer?": whether it is extended ("to decide whether to extend the
  // strike into next week").
  [['longer'], /\b(?:go|goes|going|run|runs|running|last|lasts|lasting|drag|drags|dragging) (?:on )?(?:any )?longer\b/gi, 'extend'],
  // "How long will the rescue go on?": continue ("what's going on" is another question).
  // Where the article never says "continue" ("a 48-hour strike"), the lasting asked of, which "how long ... last?" reads.
  [['go on', 'goes on', 'went on'], GO_ON, 'continue'],
  // "Can the lawmaker travel abroad?": leave the country, as a court's order says it.
  [['abroad'], /\b(?:travel|travels|travelled|traveled|travelling|traveling|go|goes|went|fly|flies|flew) abroad\b/gi, 'leave the country'],
  // "How much was stolen from the servo?": a service station, as Australians say it.
  [['servo'], /\bservos?\b/gi, 'service station'],
  // "What if a child throws up?": vomits.
  [['throw', 'threw'], /\b(?:throw|throws|threw|thrown|throwing) up\b/gi, 'vomit'],
  // "How long was the jury out?": how long the jurors deliberated.
  [['jury'], /\b(?:the )?jury (?:was|were|is|stayed|stays|had been|has been) out\b|\b(?:was|were|is) the jury out\b/gi, 'jurors deliberated'],
  // "Walk me through the goals", "run me through it": tell me about them.
  [['walk', 'run', 'take'], /\b(?:walk|run|take) (?:me|us) through\b/gi, 'tell me about'],
  // "When's the rain supposed to stop?": "expected to ease on Sunday".
  [['supposed'], /\bsupposed to\b/gi, 'expected to'],
  // "Did they quote any farmer?", "did the story talk to any miners about the strike?": what one said.
  [
    ['quote', 'interview', 'talk', 'spoke', 'speak'],
    /^(\W*)(?:did|do|does|has|have) (?:they|it|the (?:article|story|piece|reporters?)|you) (?:quote|quoted|interview|interviewed|talk to|talked to|speak to|spoken to|spoke to|speak with|spoke with) (?:any|a|an|some|the) ((?:[\p{L}'’-]+ ){0,2}?[\p{L}'’-]+?)(?=(?: (?:about|on|in) [^?]*)?\s*[?.!]*\s*$)/giu,
    (_: string, opening: string, who: string) => `${opening}what did the ${who} say`,
  ],
  // "Was there a patient interviewed in the dengue story?", "were any farmers quoted?", "any tenants quoted?": what one said.
  [
    ['quoted', 'interviewed'],
    /^(\W*)(?:(?:was|were|is|are) there (?:any|a|an|some)|(?:was|were|is|are) (?:any|a|an|some)|any) ((?:[\p{L}'’-]+ ){0,2}?[\p{L}'’-]+?) (?:quoted|interviewed)\b/giu,
    (_: string, opening: string, who: string) => `${opening}what did the ${who} say`,
  ],
  // "How many parties didn't make it in?", "did the Greens make it into parliament?": entering it.
  [['make', 'made'], /\b(?:make|makes|made|making) it in(?:to)?\b/gi, 'enter'],
  // "Are police looking for anyone else?": searching ("still searching for a third person").
  [['look'], LOOK_FOR, 'search for'],
  // "Are any jobs at risk?": whether any will be lost ("no jobs will be lost because of the delay").
  [['risk'], /\b(jobs?|roles?|positions?|posts?|livelihoods?) (?:are |is )?at risk\b/gi, '$1 lost cut'],
  // "How'd she get into sprinting?": how she took it up ("only took up sprinting seriously two years ago").
  [['get', 'got'], /\b(?:get|gets|got|getting) into (?!(?:building|morning|evening|meeting|hearing|wedding|ceiling|housing|funding|parking|spring|string|clothing|offering)s?\b)(\p{L}{3,}ing)\b/giu, 'took up $1'],
  // "How did the hackers get in?", "how did they get into the network?": entering; "when did he get in?" arrives.
  [['get', 'got'], /^(\W*how (?:did|do|does|could|can|would|will|was|were) (?:[\p{L}'’-]+ ){1,4}?)(?:get|gets|got|getting) in(?:to)?\b/giu, '$1enter'],
  // "How are people getting to work?": how commuters travel, not where they arrive.
  [['work'], /\b(?:(?:people|folks|everyone|workers) )?(?:get|gets|getting|got) to work\b/gi, 'commuters'],
  [['get', 'got'], /\b(?:get|gets|got|getting) (?:to|into)\b/gi, 'arrive in'],
  // "What day did he get in?": arriving.
  [['get', 'got'], /\b(?:get|gets|got|getting) in\s*(?=[?.!]*\s*$)/gi, 'arrive '],
  // "When did he get there?": arriving, wherever "there" is.
  [['get', 'got'], /\b(?:get|gets|got|getting) (?:there|here)\b/gi, 'arrive there'],
  [['touch'], TOUCH_DOWN, 'land'],
  // "What's his age?", "what is Bell's age?": how old he is.
  [['age'], /^(\W*)what(?:'s|’s|s| is| was| are| were)? ((?:his|her|their|its)|(?:[\p{L}.-]+ ){0,2}[\p{L}.-]+?(?:'s|’s|s'|’))(?: current)? ages?(?=\s*[?.!]*\s*$)/giu, (_: string, opening: string, whose: string) => `${opening}how old is ${POSSESSOR[whose.toLowerCase()] ?? whose.replace(/(?:'s|’s|'|’)$/, '')}`],
  // "Who got sent off?": shown a red card, as a match report says it.
  [['sent off', 'send off', 'sends off', 'sending off'], /\b(?:sent|send|sends|sending) off\b/gi, 'sent off red card'],
  // "How long did he get?" of a court story: how long he was sentenced to.
  [['get', 'got'], /^(\W*how (?:long|many years|many months) (?:did|will|does|could|would) (?:he|she|they|[\p{L}'’-]+) )(?:get|got)(?:\s+(?:exactly|in total|in all|in the end|in prison|in jail|behind bars|for it|for that))?(?=\s*[?.!]*\s*$)/giu, '$1be sentenced'],
  // "Where is he being held?", "which americans are held in china?": people held are detained, where the article
  // never writes "held" itself; "where was the summit held?" is no one's custody.
  [['held'], HELD, '$1detained'],
  // "How did the cheating become known?": how it was discovered ("came to light", as news says it).
  [['become known', 'became known', 'becomes known', 'become public', 'became public'], /\b(?:become|became|becomes|becoming) (?:known|public)\b/gi, 'discovered'],
  // "When will the guidance come out?": be published or released.
  [['come out', 'comes out', 'came out', 'coming out'], /\b(?:come|comes|came|coming) out\b/gi, 'publish release'],
  // "How much has been paid back?": repaid, returned.
  [['back'], /\b(?:pay|pays|paid|paying) (?:it |them |that |(?:any|some|all|much|most) of (?:it|the money|that) )?back\b/gi, 'repaid'],
  // "How many people came to the meeting?": attended it, as news says it.
  [['came', 'come', 'turn'], /\b(?:come|comes|came|coming|turn(?:s|ed|ing)? up|turn(?:s|ed|ing)? out) (?:to|for) (?=(?:the|a|an|this|that|his|her|their|its) (?:[\p{L}-]+ )?(?:meeting|event|rally|protest|march|game|match|concert|show|hearing|service|funeral|wedding|ceremony|festival|launch|opening|premiere|vigil|debate|auction|parade|celebration|talk|lecture|session|conference|summit)s?\b)/giu, 'attended '],
  // "Where did the wreckage come down?": where it fell.
  [['down'], /\b(?:come|comes|came|coming) down\b/gi, 'fall land'],
  // "How many people were on board?": news counts those a ship or plane was carrying.
  [['board', 'onboard', 'aboard'], /\b(?:on board|onboard|aboard)\b/gi, 'aboard carrying'],
  // "Has anyone else been to China?" asks who visited it.
  [['been to'], /\bbeen to\b/gi, 'visited'],
  // "Will China back away from supporting Russia?": reversing it.
  [['back'], /\b(?:back|backs|backed|backing) (?:away|off|down) (?:from|on)\b/gi, 'reverse'],
  [['walk'], /\b(?:walk|walks|walked|walking) back\b/gi, 'reverse'],
  // "Has China followed through on its commitments?", "made good on": fulfilling them; "following" alone would
  // find "following last November's summit".
  [['through'], /\b(?:follow|follows|followed|following) through (?:on|with)\b/gi, 'fulfill'],
  [['good on'], /\b(?:make|makes|made|making) good on\b/gi, 'fulfill'],
  // "Blinken's first stop?": where a trip arrives first, or next.
  [['stop'], /\b(first|next|last|final) stop\b/gi, '$1 arrive'],
  [['fl'], FLY_TO, 'arrive in'],
  [['head'], /\b(?:head|heads|headed|heading) (?:to|for)\b/gi, 'travel to'],
  // "Has the striker ever found the net for his country?": scored. "Could the fee go up?": rise.
  [['net'], /\b(?:find|finds|found|finding) the (?:back of the )?net\b/gi, 'score'],
  [[' up'], /\b(?:go|goes|went|gone|going) up or down\b/gi, 'rise or fall'],
  [[' up'], /\b(?:go|goes|went|gone|going) up\b/gi, 'rise'],
  // "Could it go higher?" ends there: a rise; not "go higher than the board wanted" (a comparison's own words).
  [['higher'], /\b(?:go|goes|went|gone|going|get|gets|got|climb|climbs) (?:any )?higher(?=\s*[?.!]*\s*$)/gi, 'rise'],
  // "What is China handing over to Russia?": giving. "What case will he make?": what he will argue.
  [['over'], /\b(?:hand|hands|handed|handing) over\b/gi, 'give'],
  // "What will he bring up?": raise. "Which official went to China?": visited (a place follows, in capitals).
  [['bring', 'brought'], /\b(?:bring|brings|brought|bringing) up\b/gi, 'raise'],
  [['go', 'went', 'gone'], /\b(?:go|goes|went|gone) to (?=(?:the )?[A-Z])/g, 'visited '],
  // ...or a country typed in lower case ("did anyone else go to china?").
  [['go', 'went', 'gone'], /\b(?:go|goes|went|gone) to (?=(?:the )?([a-z]+))/g, (match: string, place: string) => (isCountryWord(place) ? 'visited ' : match)],
  [['case'], /\b(?:make|makes|made|making) (?:the|a|his|her|their|its) case\b/gi, 'argue'],
  // "Where will the lawyer take the case?": where he will appeal.
  [['case'], /\b(?:take|takes|took|taken|taking) (?:the|his|her|their|its|this|that) case\b/gi, 'appeal'],
  [['case'], /\bcase (about|for|on) (.{1,40}?) (will|would|did|does|do) ((?:\w+ ){0,3})(?:make|makes)\b/gi, 'argue $1 $2 $3 $4'],
  // "Where did the blast take place?": happen. "Why was the launch put off?": postponed. "How did the thieves
  // get away?": escape. "Who is being tried?": who is on trial. "Is it likely to pass?": expected to, as news says it.
  [['place'], /\b(?:take|takes|took|taken|taking) place\b/gi, 'happen'],
  [['put off', 'puts off', 'putting off'], /\b(?:put|puts|putting) off\b/gi, 'postpone'],
  [['away'], /\b(?:get|gets|got|getting) away\b/gi, 'escape'],
  // "What time was the launch meant to be?": when it was scheduled ("The launch had been scheduled for 9:42 a.m.").
  [['meant to', 'supposed to'], /\b(?:meant|supposed) to (?:be|happen|take place|start|begin|go ahead)\b/gi, 'scheduled'],
  // "How are they doing?" of patients: their condition ("All three were in a stable condition on Friday evening").
  // Only of people: "how is the economy doing?" asks no one's condition.
  [['doing'], /\bhow (is|are|was|were) (he|she|they|the (?:patients?|injured|wounded|victims?|survivors?|passengers?|children|child|boy|girl|man|woman|crew|miners?|workers?|pilgrims?)) doing(?= ?(?:now|today|so far)?\s*[?.!]*\s*$)/giu, 'how $1 $2 condition'],
  // "When's the next hearing?": the hearing a court adjourned to ("adjourned the hearing until Thursday").
  [['next'], /\bthe next (hearing|court date|court appearance|session|sitting)\b/gi, 'the $1'],
  // "When will they try again?": the new date ("the earliest realistic new date was around the middle of next month").
  [['again'], /\b(?:try|tries|trying|attempt) (?:it )?again\b/gi, 'try new date'],
  // "When will the risk go away?": when it passes or ends ("the danger would not pass until the first frosts").
  [['away'], /\b(?:go|goes|went|gone|going) away\b/gi, 'pass end'],
  [['tried'], /\b(?:be|being|been|is|are|was|were) tried\b/gi, 'on trial'],
  [['likely'], /\blikely to\b/gi, 'likely expected to'],
  // "When will talks start again?": resume. "What are investigators trying to find out?": what they examine.
  // "Where did the boat set off from?": where it left.
  [['again'], /\b(?:start|starts|started|begin|begins|began|get going) again\b/gi, 'resume'],
  // "When will they look at it again?": when it is reviewed ("The export ban will be reviewed on Sept. 30").
  [['again'], /\b(?:look|looks|looked|looking) (?:again at|at (?:it|that|this|them|the [\p{L}-]+) again)\b/giu, 'review'],
  // "What period did the audit look at?": what it examined ("look like" is another idiom, below).
  [['look'], /\b(?:look|looks|looked|looking) (?:at|into)\b/gi, 'examine'],
  // "When do they have to retake it?": the re-sit ("The re-sit will take place on April 23").
  [['retak', 'retook'], RETAKE, 'resit'],
  // "When will everyone be back on?" (the power): when it is restored.
  [['back'], /\b(?:be|is|are|was|were|been|get|gets|got|come|comes|came|coming) back on(?:line)?\b/gi, 'restored'],
  // "Has something like this happened before?": something similar.
  [['like'], /\b(?:something|anything) (?:like|similar to) (?:this|that|it)\b/gi, 'similar'],
  // "What's the max sentence he could get?": the prison term he faces ("faces up to five years in prison").
  [['max', 'maximum'], /\b(?:the )?(?:max|maximum) (?:sentence|jail term|prison term)\b/gi, 'the years in prison faced'],
  // "The girl who got 91", "who got 58 percent?": who scored it ("I scored 91 percent").
  [['got', 'get'], /\b(?:got|gets|get|getting) (\d+(?:\.\d+)?(?:\s*(?:%|percent|per cent|marks?|points?))?)(?=\s*(?:[?.!,]|$))/gi, 'scored $1'],
  // "What did they take?", "what did the thieves get away with?" of a theft: what was stolen. Only where the
  // article tells of stealing (see STOLEN_TAKEN).
  [['take', 'took', 'taken', 'get away', 'got away', 'grab', 'snatch'], STOLEN_TAKEN, '$1was stolen'],
  // "Which country finished third?": took the bronze ("beat Cape Verde 30-26 to take the bronze medal").
  // Only where the article never says "third" itself.
  [['finish', 'came', 'come', 'placed'], FINISHED_THIRD, 'took the bronze'],
  // "What did the mayor promise?", in an article that never says promise, pledge or vow: what she said would be done.
  [['promise', 'pledge', 'vow'], PROMISED, '$1say'],
  [['think', 'thought', 'reckon', 'make of'], THINK_ASKED, '$1say'],
  // "How long has the club been around?": since when it exists, as an article dates it ("founded in 2003").
  [['been around', 'in business', 'in existence'], /^(\W*(?:and |so )?)how long (?:has|have) (.{1,60}?) been (?:around|in business|in existence)(?=\s*[?.!]*\s*$)/gi, '$1when was $2 founded'],
  // "Where did it turn up again?": where it was found ("It resurfaced last year in the estate of ...").
  [['turn up', 'turned up', 'turns up'], /\b(?:turn|turned|turns) up\b(?! (?:the|its|their|his|her) )/gi, 'resurfaced'],
  // "How long was the mill standing still?": idle.
  [['standing still', 'stood still', 'sat idle', 'sitting idle', 'standing idle'], /\b(?:standing|stood|stand|sat|sitting|sit) (?:still|idle)\b/gi, 'idle'],
  // "What was the vote count?": the vote itself, whose tally the ranking looks for.
  [['vote'], /\b(vote) (?:count|tally)\b/gi, '$1'],
  // "What's the catch?": the caveats ("the authors cautioned that ..."), not a catch of fish.
  [['catch'], /\bwhat(?:'s|’s|s| is| was) the catch\b/gi, 'what are the caveats'],
  [['find out', 'determine', 'establish', 'work out', 'figure out'], /\b(?:trying|try|tries|tried|attempting|seeking) to (?:find out|determine|establish|work out|figure out)\b/gi, 'examine'],
  // "How did he find out?": how he learned of it ("he learned about the breach from a news alert").
  [['find out', 'found out', 'finds out', 'finding out'], /\b(?:find|finds|found|finding) out\b/gi, 'learn find'],
  [['set off', 'set out'], SET_OUT, 'leave'],
  // "Why aren't there enough doctors?": a shortage of them, as news says it.
  [['enough'], /\b(?:aren't|arent|aren’t|isn't|isnt|isn’t|weren't|werent|weren’t|wasn't|wasnt|wasn’t|not) (?:there )?enough\b/gi, 'shortage of'],
  // "Is more rain coming?", "is more snow on the way?": expected, as a forecast says it ("more heavy rain is
  // expected"); not a train "coming down the mountain".
  [['coming', 'way'], /^(\W*(?:is|are|will) (?:there )?(?:[\p{L}'’-]+ ){1,4}?)(?:coming|on (?:the|its|their) way)(?=\s*[?.!]*\s*$)/giu, '$1expected'],
  // "Who runs the company?": who leads or heads it, as news says it ("Chief executive Sarah Lindqvist").
  [['runs', 'running', 'ran'], /^(\W*who )(?:runs|is running|ran|was running) (?=the |this |that |it\b)/gi, '$1leads '],
  // "How many firefighters are working on it?": on it, at it; the working is no word to find.
  [['working', 'work'], /\b(?:working|work|works|worked) on (?=(?:it|this|that|the (?:fire|fires|blaze|case|search|rescue|investigation|probe|problem))\b)/gi, 'on '],
  // "Who took the city to court?": who sued it, or brought the case against it.
  [['court'], /\b(?:take|takes|took|taken|taking) ((?:[\p{L}'’-]+ ){1,4}?)to court\b/giu, 'sued $1'],
  // "Why are they speeding up?": accelerating.
  [['up'], /\b(?:speed|speeds|sped|speeding) up\b/gi, 'accelerate'],
  // "How many patients were affected?": how many of them the story counts; "affected" says no more than that
  // they are the ones counted, and finds "all affected patients" in a sentence counting nothing.
  [['affected', 'impacted'], /\b(how many (?:[\p{L}'’-]+ ){1,3}?)(?:(?:were|are|was|is|have been|has been|had been|will be|would be|could be|being|be) )?(?:affected|impacted)(?=\s*[?.!]*\s*$)/giu, '$1'],
  // "When did the fire start?": news dates a beginning as when it was first seen ("first reported on Sunday").
  // Only where the article says "first": elsewhere the word, never typed, made "when does the strike start?" refused.
  [['start', 'began', 'begin', 'break', 'broke'], FIRST_START, '$1first $2'],
  // "What's the petition count?", "what is the death toll?": how many, as news counts them.
  [['count', 'toll', 'tally'], /^(\W*)what(?:'s|’s|s| is| was| are)? (?:the |their |its )?((?:[\p{L}-]+ ){0,2}[\p{L}-]+) (?:count|toll|tally)(?=\s*(?:so far|now|today)?\s*[?.!]*\s*$)/giu, '$1how many $2'],
  // "What is the ransom amount?", "what was the total?": how much, as news says it with a figure.
  [['amount', 'total'], /^(\W*)what(?:'s|’s|s| is| was| are| were)? (?:the |their |its )?((?:[\p{L}-]+ ){0,2}[\p{L}-]+ )?(?:amount|sum|total)(?=\s*[?.!]*\s*$)/giu, (_: string, opening: string, thing = '') => `${opening}how much${thing ? ` is the ${thing.trim()}` : ''}`],
  // "How many in total?", "all told": a count, with no word of its own to find.
  [['total', 'all told', 'in all'], /\b(?:in total|all told|in all)\b/gi, ''],
  // "Who makes up most of the patients?", "what is the crowd made up of?": who or what they are, as news says
  // it ("Most of the patients are men ..."); the making is no word to find. "Make up for" is another thing.
  [['make up', 'makes up', 'made up', 'making up'], /\b(?:is|are|was|were) made up of\b/gi, 'include'],
  [['make up', 'makes up', 'made up', 'making up'], /\b(?:make|makes|made|making) up (?!for\b|(?:his|her|their|its|the|a) (?:mind|minds|story|stories)\b)/gi, 'are '],
  // "What made the officials suspicious?" asks why they were: the making is no word to find.
  [['made', 'makes'], /^(\W*)what (?:made|makes) (?!up\b)/gi, '$1why '],
  // "What caused the landslide?", "what sparked the protest?" ask why it happened: the causing is no word to find.
  [['caused', 'causes', 'cause', 'triggered', 'trigger', 'sparked', 'spark', 'prompted', 'prompt', 'led to', 'lead to'], /^(\W*)what (?:caused|causes|triggered|sparked|prompted|led to|(?:might|could|may|would) (?:have (?:caused|triggered|sparked|prompted|led to)|cause|trigger|spark|prompt|lead to)) (?=\w)/gi, '$1why '],
  // "When does she take office?": when she is sworn in; the taking is no word to find ("took 52.7% of the vote").
  [['office'], /\b(?:take|takes|took|taken|taking) office\b/gi, 'office'],
  // "How many workers were inside at the time?": then; the time is no word to find.
  [['the time'], /\b(?:at|by) the time\b(?! (?:of|when|that)\b)/gi, ''],
  // "How many died that time?", "and this time?": which occasion is meant (the question's text still says so), no word to find.
  [['time'], /\b(?:that|this|last) time\b(?! (?:of|when|that)\b)/gi, ''],
  // "How many were pulled to safety?": rescued, as news says it.
  [['safety'], /\b(?:pull|pulls|pulled|pulling|bring|brings|brought|bringing|take|takes|took|taken|carry|carried|airlift|airlifted|lift|lifted|lead|led|get|got|gotten) (?:\w+ )?to safety\b/gi, 'rescued'],
  // "Anything else on that list?": the list is the last answer; it names nothing to find.
  [['list'], /\b(?:on|in|from) (?:that|the|this|your) list\b(?! of\b)/gi, ''],
  // "Like what?", "for example?": more of what was just said.
  [['like', 'such', 'example', 'instance'], /^\W*(?:(?:and|so|ok|okay|hmm)\W+)?(?:like what|such as|for (?:example|instance)|(?:any |some )?examples?)\W*$/gi, 'what else'],
  // "Does Beijing feel the same way?": whether it agrees, as news says it ("on the same page").
  [['same'], /\b(?:feel|feels|felt|think|thinks|thought|see|sees) (?:it )?the same(?: way)?\b/gi, 'agree on the same page'],
  // "What does EPO do in the body?": what it does; the body is where any drug acts, no word to find.
  [['body'], /\b(?:do|does|did) (?:to|in|inside) (?:the|your|our|a) (?:human )?body\b/gi, 'do'],
  [['ground'], /\b(?:below|under|beneath) (?:the )?ground\b/gi, 'underground below the surface'],
  // "Which paper broke the story?": reported it first. "Will they get their money back?": be repaid.
  [['broke', 'break'], /\b(?:broke|break|breaks|breaking) the (?:story|news)\b/gi, 'first reported'],
  [['back'], /\b(?:get|gets|got|getting) (?:their|the|its|his|her|my|our|your) money back\b/gi, 'be repaid refund'],
  // "How many items is the museum giving back?": returning. "What kept him alive?": saved his life.
  // "Did anyone oppose giving the stool back?": returning it, the thing kept.
  [['back'], /\b(?:give|gives|gave|given|giving|hand|hands|handed|handing) (?:(them|it|(?:the|its|their|his|her|this|that) [\p{L}-]+) )?back\b/giu, (_: string, thing = '') => `return ${thing}`.trim()],
  // "How many homes lost power?": a power cut, which a story writes as power "shut off" or "cut" (read as "outage").
  [['lost', 'lose', 'losing', 'loses', 'without'], /\b(?:lost|lose|losing|loses|without) (?:their |its |the )?(?:power|electricity)\b/gi, 'power outage'],
  // "When does she go back to work?", "when will power come back?": return.
  [['back'], /\b(?:go|goes|going|went|gone|come|comes|coming|came|get|gets|getting|got) back\b(?! (?:up|down|on|from)\b)/gi, 'return'],
  // "When will the ferry be back?": when it returns.
  [['back'], /\b(?:be|been) back\b(?! (?:up|down|on|from|to square)\b)/gi, 'return'],
  [['alive'], /\b(?:keep|keeps|kept|keeping) (?:him|her|them|me|us|you|it) alive\b/gi, 'saved life'],
  // "What state was the dog in?": how it was, not which state. "How did they make sure it was genuine?": check.
  [['state', 'condition', 'shape'], /\bwhat (?:state|condition|shape) (was|were|is|are) ((?:[\p{L}'’-]+ ){1,4}?)in\b/giu, (_: string, verb: string, thing: string) => `how ${verb} ${thing.trim()}`],
  [['sure'], /\b(?:make|makes|made|making) sure\b/gi, 'check'],
  // "How did the top-ranked player react?": the world number one.
  [['top'], /\btop[- ]ranked\b/gi, 'number one'],
  // "Which body had to give the sale the green light?": who approved it, as news says it.
  [['green'], /\b(?:give|gives|gave|given|giving)((?: [\p{L}'’-]+){0,4}?) (?:the |a )?green[- ]light\b/giu, 'approve$1'],
  [['green'], /\b(?:the |a )?green[- ]light(?:ed|s)?\b|\bgreen-lit\b/gi, 'approval'],
  // "When did the rocket take off?": when it lifted off or launched. Not with an object ("taken off ships").
  [['off'], TAKE_OFF, 'lift off launch'],
  // "Who sided with the minister?": who backed her.
  [['side'], /\b(?:side|sides|sided|siding) with\b/gi, 'backed'],
  // "How was the video received?": the reaction to it, praise or criticism; "received" is no word to find.
  [['received'], /\bhow (was|were|is|are|has|have) ((?:[\p{L}\p{N}'’"“”-]+ ){1,8}?)(?:been )?received\b/giu, 'how $1 $2 reaction'],
  // "How big is Nimbara as a company?", "how big is the firm?": its staff and revenue, as news gives a company's size.
  [['big', 'large'], /\bhow (?:big|large) (is|was|are|were) ((?:[\p{L}'’&-]+ ){0,3}?)(?:as an? )?(company|firm|business|group|bank|airline|retailer|carmaker|employer|corporation|conglomerate|chain)\b/giu, 'how many $2 $3 employees revenue'],
  [['big', 'large'], /\bhow (?:big|large) (is|was) (?!the\b|this\b|that\b|it\b|he\b|she\b)((?:[\p{L}'’&-]+ ){0,2}[\p{L}'’&-]+) as an? (?:company|firm|business|group|bank|airline|retailer|employer|corporation)\b/giu, 'how many $2 employees revenue'],
  // "What was it like before that?": how it was; "like" asks for a description, no word to find.
  [['like'], /\bwhat (was|were|is|are) (it|things|that|this|they|relations|ties) like\b/gi, 'how $1 $2'],
  // "Did they have ties with one another?": ties between them; "one another" and "each other" name no one new.
  [['another', 'each other'], /\b(?:with|to|of|for|from|about) (?:one another|each other)\b|\b(?:one another|each other)\b/gi, ''],
  // "How many are taking part in the search?": how many are in it. "What put him behind bars?": prison.
  [['part'], /\b(?:take|takes|took|taken|taking) part in\b/gi, 'in'],
  [['bars'], /\bbehind bars\b/gi, 'in prison'],
  // "Who was runner-up?": who finished second. "Which groups were left out of the trial?": excluded.
  [['runner'], /\brunners?[- ]up\b/gi, 'second'],
  // "How much did the champion take home?": what she earned.
  [['home'], /\b(?:take|takes|took|taken|taking) home\b/gi, 'earned'],
  // "Who was the manager before him?": his predecessor, as news says it.
  [['before'], /^(\W*who (?:was|were|had been) (?:the |his |her |their )?(?:[\p{L}-]+ ){0,2}?[\p{L}-]+) before (?:him|her|them)(?=\s*[?.!]*\s*$)/giu, '$1 predecessor'],
  // "Is this a club record?": the biggest or highest ever (see SUPERLATIVE_RECORD).
  [['record'], SUPERLATIVE_RECORD, 'the biggest'],
  // "Who footed the bill?": who paid for it, funded it.
  [['bill', 'tab'], /\b(?:foot|foots|footed|footing|pick|picks|picked|picking) up the (?:bill|tab)\b|\b(?:foot|foots|footed|footing) the bill\b/gi, 'paid funded'],
  // "Will strikers lose pay?": whether their pay is docked ("will not dock pay for the strike days").
  [['lose', 'lost'], /\b(?:lose|loses|lost|losing) (?:their |his |her |any |a day's |days' )?(?:pay|wages|salary|salaries)\b/gi, 'pay docked'],
  // "How many people are losing their jobs?": how many are laid off, as news says it.
  [['lose', 'losing', 'lost'], /\b(?:lose|loses|losing|lost) (?:their |his |her |its |the )?jobs?\b/gi, 'laid off jobs'],
  [['left out', 'leave out', 'leaves out', 'leaving out'], /\b(?:leave|leaves|left|leaving) out\b/gi, 'excluded'],
  // "Which models are being called back?": recalled. "Who tipped off the board?": alerted it.
  [['call back'], /\b(?:call|calls|called|calling) back\b/gi, 'recall'],
  [['tip'], /\b(?:tip|tips|tipped|tipping) off\b/gi, 'alerted'],
  // "Who has been put in charge of the investigation?": who leads it.
  [['charge'], /\b(?:(?:put|placed|left) )?in charge of\b/gi, 'leading'],
  // "When is the water turned off?": cut or shut off, as news says it.
  [['off'], /\b(?:turn|turns|turned|turning|switch|switches|switched|switching) off\b/gi, 'cut shut off'],
  // "How far behind did he cross the line?": finish. "How did the inmates get out of the prison?": escape.
  [['line'], /\b(?:cross|crosses|crossed|crossing) the (?:finish(?:ing)? )?line\b/gi, 'finish'],
  // "What did Bangkok get out of it?": what it gained from the deal, no escape.
  [['out of'], /\b(?:get|gets|got|getting) out of (?=(?:it|this|that|the (?:deal|agreement|accord|treaty|talks|settlement|contract))\b)/gi, 'gain from '],
  [['out of'], /\b(?:get|gets|got|getting) out of\b/gi, 'escape from'],
  // "What does she do for a living?" asks who she is: the sentence giving her job.
  [['living'], /\bwhat (?:does|did|do) (he|she|they) do for (?:a )?living\b/gi, (_: string, who: string) => `who is ${who}`],
  // "What kind of career does Christie Brinkley have?" asks who she is, too.
  [['career', 'job', 'profession', 'occupation'], /\bwhat (?:kind|sort|type) of (?:career|job|work|profession|occupation) (?:does|did|do) ((?:[\p{L}'’.-]+ ){1,3}?)(?:have|has|had|do)\b/giu, (_: string, who: string) => `who is ${who.trim()}`],
  // "And what's on the table?" in a dispute: what is offered ("Keolis has offered 3.2 percent"), as "what did they put
  // on the table?" asks; only where the article tells of an offer (elsewhere it is what will be discussed, below).
  [['table'], ON_THE_TABLE_ASKED, '$1what is the offer'],
  // "Is fentanyl on the agenda?", "is Taiwan on the table?": whether it will be discussed; the agenda itself is no topic.
  [['agenda', 'table'], /\bon (?:the|their|his|her|its) (?:agenda|table)\b/gi, 'discussed'],
  // "What did the robbers look like?": how they were dressed, as descriptions of suspects go.
  [['like'], /\b(?:look|looks|looked) like\s*(?=[?.!]*\s*$|\bon\b|\bin\b)/gi, 'appear dressed '],
  // "What was the weather like?", "what is the new stadium like?": how it was; "like" is no word to find.
  // "What's the debt like?": "what's" as "what is".
  [['like'], /\bwhat(?:['’]?s| (was|is|were|are|will be)) ((?:(?!look|looks|looked)[\p{L}'’-]+ ){1,4}?)like\s*(?=[?.!]*\s*$)/giu, (_: string, verb: string | undefined, thing: string) => `how ${verb ?? 'is'} ${thing.trim()}`],
  // "What happens if diplomacy doesn't work?" asks what happens if it fails; "if that doesn't work" is talk
  // about the last answer, and stays as typed.
  [['work'], /(?<!\b(?:that|it|this|they|those|these) )\b(?:(?:does|do|did|will|would)(?: not|n['’]?t)|doesnt|dont|didnt|wont|wouldnt) work\b/gi, 'fail'],
  // "Is that making a difference?" asks whether it matters, not about making anything.
  [['difference'], /\b(?:make|makes|made|making) (?:a|any|much|the) (?:real |big |huge )?difference\b/gi, 'matter'],
  // "whats the deal w fentanyl", "what's the story with Taiwan?": tell me about it.
  [['deal', 'story', 'situation', 'latest'], /\bwhat(?:'s|’s|s| is) (?:the )?(?:deal|story|situation|latest) (?:with|w|on|about)\b/gi, 'tell me about'],
  // "What's her job?" asks who she is: the answer is the sentence giving her role.
  [['job', 'role', 'title', 'position', 'post', 'occupation'], /\bwhat(?:'s|’s|s| is| was) (his|her|their) (?:job|role|title|position|post|occupation)\b/gi, (_, owner: string) => `who is ${PRONOUN_OF[owner.toLowerCase()] ?? owner}`],
  // "Name them", "can you name them all?", "names?": their names, asked of whoever the last answer was about.
  [['name'], /^\W*(?:(?:can|could) you |please )?name (?:them|those|these|em|'em)(?: all)?(?: please)?\s*[?.!]*\s*$/gi, 'what are their names'],
  [['names'], /^\W*(?:and |so )?(?:their |the )?names\s*[?.!]*\s*$/gi, 'what are their names'],
  // "What is Janet Yellen's job?", "whats yelens job": asked of someone by name, and nothing more after it. Not
  // "position" or "role": "What is NATO's position?" asks its stance. A possessive typed without its apostrophe
  // ("blinkens") loses its "s" too.
  [['job', 'occupation', 'profession'], NAMED_ROLE_ASKED, (_: string, owner: string) => `who is ${owner}`],
  // "Who is the CEO?" of an article that writes "chief executive" (unless it writes "CEO" itself).
  [['ceo'], CEO, (short: string) => (/s$/i.test(short) ? 'chief executives' : 'chief executive')],
  // "Who is the CFO?", "what did the cto say?": the chief officer in the words the article uses for the post.
  [['cfo', 'cto', 'coo', 'cio', 'cmo'], C_SUITE, chiefOfficer],
  // "Who is the PM?": the prime minister; not the hour ("at 5 pm").
  [['pm'], PM, 'prime minister'],
];
const PRONOUN_OF: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they' };

/**
 * The idioms worth trying on a question, by the words its cues begin with: each cue stands for its longest word
 * ("been to" for "been"), and a question's word starting with it ("getting" with "get", "flew" with "fl") cues
 * the idiom. Every idiom's pattern needs a word beginning with one of its cues, so an idiom left out could not
 * have matched. Looking up the question's few words beats testing every cue against the whole question, and
 * "off" in "official" cues nothing.
 */
const CUES_BY_OPENING = new Map<number, Array<readonly [string, number]>>();
/** A word's first two characters as one number: looked up without cutting a string for every word of every question. */
const openingOf = (word: string): number => word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
IDIOMS.forEach(([cues], at) => {
  for (const cue of cues) {
    const word = cue.trim().split(' ').reduce((longest, next) => (next.length > longest.length ? next : longest));
    CUES_BY_OPENING.set(openingOf(word), [...(CUES_BY_OPENING.get(openingOf(word)) ?? []), [word, at]]);
  }
});
/** What separates words for `\b`: anything but ASCII letters, digits and "_". */
const NOT_WORD = /[^a-z0-9_]+/;

/** The positions in IDIOMS of the idioms cued by the lower-case text's words, in order. */
function cuedIdioms(lower: string): number[] {
  const cued: number[] = [];
  for (const word of lower.split(NOT_WORD)) {
    const cues = word.length < 2 ? undefined : CUES_BY_OPENING.get(openingOf(word));
    if (cues === undefined) continue;
    for (const [cue, at] of cues) if (word.startsWith(cue) && !cued.includes(at)) cued.push(at);
  }
  return cued.sort((a, b) => a - b);
}

/** What the article says of the words an idiom would replace: it keeps the idiom as typed when it says them itself. */
export interface ArticleWording {
  saysFly: boolean;
  saysTouch: boolean;
  saysLook: boolean;
  saysSetOut: boolean;
  saysTakeOff: boolean;
  saysCeo: boolean;
  saysPm: boolean;
  /** The article writes "held" or "holds". */
  saysHeld: boolean;
  /** The chief officers' letters the article writes itself ("cfo"). */
  saysCSuite: ReadonlySet<string>;
  saysFirst: boolean;
  /** The article writes "track" or "tracks". */
  saysTrack: boolean;
  /** The article writes "rail" or "rails". */
  saysRail: boolean;
  saysRetake: boolean;
  saysThird: boolean;
  /** The article tells of no stealing (no "stolen", "theft", "robbery" ...): "what did they take?" is no theft's. */
  saysNoTheft: boolean;
  /** The article writes a word of promising ("promised", "pledge", "vowed"). */
  saysPromise: boolean;
  /** The article writes "record" or "records". */
  saysRecord: boolean;
  /** The article writes "continue", "continued" ... */
  saysContinue: boolean;
  /** The article writes "offer", "offered" ... */
  saysOffer: boolean;
  /** The article writes "think", "thinks" or "thought". */
  saysThink: boolean;
}

const SAYS_NOTHING: ArticleWording = { saysFly: false, saysTouch: false, saysLook: false, saysSetOut: false, saysTakeOff: false, saysCeo: false, saysPm: false, saysHeld: false, saysCSuite: new Set(), saysFirst: true, saysTrack: false, saysRail: false, saysRetake: false, saysThird: false, saysNoTheft: true, saysPromise: false, saysRecord: false, saysContinue: true, saysOffer: false, saysThink: false };

/** Each article's wording, read once: every question asks. */
const wordings = new WeakMap<object, ArticleWording>();

/** The article's wording of the idioms kept as typed where it uses their words ("fly to", "set out", "CEO", "PM"). */
export function articleWording(vocabulary: Pick<Vocabulary, 'hasTerm' | 'saysSetOut' | 'saysTakeOff'>): ArticleWording {
  let wording = wordings.get(vocabulary);
  if (!wording) {
    wording = readWording(vocabulary);
    wordings.set(vocabulary, wording);
  }
  return wording;
}

/** The second word of each chief officer's title, stemmed ("financial", "technology"): the article writes the post in words. */
const C_SUITE_STEMS: ReadonlyArray<readonly [string, string]> = Object.entries(C_SUITE_WORDS).map(([letters, words]) => [letters, stem(words.split(' ')[1] ?? '')]);
const EXECUTIVE = stem('executive');
const RETAKE_TERM = stem('retake');
const THEFT_TERMS = ['stolen', 'steal', 'stole', 'theft', 'robbery', 'robbed', 'burglary', 'heist', 'thieves', 'thief'].map(stem);
const PROMISE_TERMS = ['promise', 'pledge', 'vow'].map(stem);
const RECORD_TERM = stem('record');
const CONTINUE_TERM = stem('continue');
const OFFER_TERM = stem('offer');
const THINK_TERMS = ['think', 'thought'].map(stem);

function readWording(vocabulary: Pick<Vocabulary, 'hasTerm' | 'saysSetOut' | 'saysTakeOff'>): ArticleWording {
  // The letters stay as typed where the article writes them and not the words: "CEO blames ..." in a headline over
  // "chief executive Priya Natarajan" in the story would have kept "who is the CEO?" from her.
  const saysCSuite = new Set<string>();
  for (const [letters, second] of C_SUITE_STEMS) if (vocabulary.hasTerm(letters) && !vocabulary.hasTerm(second)) saysCSuite.add(letters);
  const saysCeo = vocabulary.hasTerm('ceo') && !(vocabulary.hasTerm('chief') && vocabulary.hasTerm(EXECUTIVE));
  return { saysFly: vocabulary.hasTerm('fly'), saysTouch: vocabulary.hasTerm('touch'), saysLook: vocabulary.hasTerm('look'), saysSetOut: vocabulary.saysSetOut, saysTakeOff: vocabulary.saysTakeOff, saysCeo, saysPm: vocabulary.hasTerm('pm'), saysHeld: vocabulary.hasTerm('hold'), saysCSuite, saysFirst: vocabulary.hasTerm('first'), saysTrack: vocabulary.hasTerm('track'), saysRail: vocabulary.hasTerm('rail'), saysRetake: vocabulary.hasTerm(RETAKE_TERM), saysThird: vocabulary.hasTerm('third'), saysNoTheft: !THEFT_TERMS.some((term) => vocabulary.hasTerm(term)), saysPromise: PROMISE_TERMS.some((term) => vocabulary.hasTerm(term)), saysRecord: vocabulary.hasTerm(RECORD_TERM), saysContinue: vocabulary.hasTerm(CONTINUE_TERM), saysOffer: vocabulary.hasTerm(OFFER_TERM), saysThink: THINK_TERMS.some((term) => vocabulary.hasTerm(term)) };
}

/** Each such idiom by the wording that keeps it as typed. */
const KEPT_WHEN_SAID: ReadonlyMap<RegExp, keyof ArticleWording> = new Map([
  [FLY_TO, 'saysFly'],
  [TOUCH_DOWN, 'saysTouch'],
  [LOOK_FOR, 'saysLook'],
  [SET_OUT, 'saysSetOut'],
  [TAKE_OFF, 'saysTakeOff'],
  [CEO, 'saysCeo'],
  [PM, 'saysPm'],
  [HELD, 'saysHeld'],
  [RETAKE, 'saysRetake'],
  [FINISHED_THIRD, 'saysThird'],
  [STOLEN_TAKEN, 'saysNoTheft'],
  [PROMISED, 'saysPromise'],
  [THINK_ASKED, 'saysThink'],
  [SUPERLATIVE_RECORD, 'saysRecord'],
]);

/** The question with its idioms (travel, reversing, fulfilling) in the words news uses. */
export function plainIdioms(text: string, article: ArticleWording = SAYS_NOTHING): string {
  let out = text;
  for (const at of cuedIdioms(text.toLowerCase())) {
    const [, idiom, plain] = IDIOMS[at] as (typeof IDIOMS)[number];
    const kept = KEPT_WHEN_SAID.get(idiom);
    if (kept !== undefined && article[kept]) continue;
    if (idiom === FIRST_START && !article.saysFirst) continue;
    if (idiom === ON_THE_TABLE_ASKED && !article.saysOffer) continue;
    // A chief officer the article writes by its letters too stays as typed.
    // "Was the train speeding when it came off the tracks?" of "below the track's 45 mph limit": the tracks kept.
    if (idiom === OFF_THE_TRACKS) out = out.replace(OFF_THE_TRACKS, (match, noun: string) => ((noun.toLowerCase().startsWith('track') ? article.saysTrack : article.saysRail) ? `${match} derailed` : 'derailed'));
    else if (idiom === GO_ON) out = out.replace(GO_ON, article.saysContinue ? 'continue' : 'last');
    else if (idiom === C_SUITE) out = out.replace(C_SUITE, (short) => (article.saysCSuite.has(lettersOf(short)) ? short : chiefOfficer(short)));
    else out = typeof plain === 'string' ? out.replace(idiom, plain) : out.replace(idiom, plain);
  }
  return out;
}

/** The shorthands of each word ("captain": "capt"), for an article that writes the short form ("Seymour (capt)"). */
const SHORTHANDS_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const of = new Map<string, string[]>();
  for (const [short, word] of SHORTHAND) of.set(word, [...(of.get(word) ?? []), short]);
  return of;
})();

/** The chat shorthands of a word, if it has any. */
export function shorthandsOf(word: string): readonly string[] | undefined {
  return SHORTHANDS_OF.get(word);
}

/** The word a chat shorthand stands for, or the token itself. */
export function expandShorthand(token: string): string {
  return SHORTHAND.get(token) ?? token;
}
