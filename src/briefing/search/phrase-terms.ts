/**
 * Phrasal verbs news writes where a question uses one word: "the fight had been called off" answers "why was
 * the bout cancelled?", "took up climbing eight years ago" answers "when did she start climbing?". Each phrase
 * found in a sentence adds the plain word to the sentence's terms (and to the article's words), as if written
 * beside it. General English, not any article's.
 */
import { contentTerms } from '../text/tokens.js';

const COLOUR_WORDS = /\b(?:red|pink|blue|green|yellow|orange|purple|violet|brown|black|white|grey|gray|golden|silver|turquoise|crimson|scarlet|beige|maroon|ivory)(?:dish)?\b/;

const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:call|calls|called|calling) off\b/, 'cancelled'],
  [/\b(?:took|take|takes|taken|taking) up (?!(?:the|a|an|his|her|their|its) (?:offer|invitation|case|issue|matter|post|position|role|job)\b)/, 'started'],
  // "Prof Richard Okafor, who took up the post in 2021": started the job.
  [/\b(?:took|take|takes|taken|taking) up (?:the|a|an|his|her|their|its) (?:post|position|role|job)\b/, 'started job'],
  [/\b(?:came|come|comes|coming) to light\b/, 'discovered'],
  [/\b(?:put|puts|putting) off\b/, 'postponed'],
  [/\b(?:turn|turns|turned|turning) down\b/, 'rejected'],
  [/\b(?:step|steps|stepped|stepping) down\b/, 'resigned'],
  [/\b(?:pass|passes|passed|passing) away\b/, 'died'],
  [/\b(?:broke|break|breaks|breaking|broken) out\b/, 'started'],
  [/\b(?:shut|shuts|shutting) down\b/, 'closed'],
  // "When does the plant close?" of "will stop production on June 30".
  [/\b(?:stop|stops|stopped|stopping|halt|halts|halted|halting|cease|ceases|ceased|ceasing|end|ends|ended|ending) (?:all )?(?:production|operations|manufacturing)\b/, 'closed'],
  [/\b(?:lay|lays|laid|laying) off\b/, 'dismissed'],
  [/\b(?:pull|pulls|pulled|pulling) out of\b/, 'withdrew'],
  [/\b(?:rule|rules|ruled|ruling) out\b/, 'rejected'],
  [/\b(?:set|sets|setting) up (?=(?:a|an|the|its|his|her|their) )/, 'established'],
  [/\b(?:walk|walks|walked|walking) out\b/, 'strike walkout'],
  // "When does the walkout begin?" of "Dockworkers ... will walk off the job on March 16". Only "walkout": a
  // question on "the strike" in a story full of strikes asks of the passage saying so.
  [/\b(?:walk|walks|walked|walking) off (?:the|their) jobs?\b|\b(?:down|downed|downing) tools\b/, 'walkout'],
  // "How many homes lost power?" of "shut off power to about 12,000 customers": a power cut is an outage.
  [/\b(?:shut|shuts|shutting|cut|cuts|cutting|switched|turned|knocked) (?:off|out) (?:the )?(?:power|electricity)\b|\b(?:power|electricity) (?:was |had been |has been )?(?:cut|knocked out|shut off)\b/, 'outage'],
  // "When does the strike start?" of "The walkouts are due to begin on 3 March": a walkout is a strike.
  [/\bwalkouts?\b/, 'strike'],
  [/\b(?:hand|hands|handed|handing) over\b/, 'gave'],
  // "When did the ferry get back?" of "it arrived back in Wellington at 2:40": it returned.
  [/\b(?:arrive|arrives|arrived|arriving|sail|sails|sailed|sailing|fly|flies|flew|flying|came|come|comes|coming|got|get|gets|getting|went|go|goes|going) back (?:in|to|at|home)\b/, 'returned'],
  // "Where was the boat headed?" of "It had left Wellington at 8:15 bound for Picton".
  [/\bbound for\b/, 'heading'],
  // "When did she start playing?" of "She was introduced to the game at the age of seven".
  [/\b(?:was|were|been|being|got|get|gets|is|are) introduced to\b/, 'started'],
  // "When will the museum reopen?" of "will stay closed until at least Friday".
  [/\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining) (?:closed|shut)\b/, 'reopen'],
  // "What was stolen?" of "escaped with a 14th-century gold reliquary".
  [/\b(?:escaped|escape|escapes|escaping|made off|make off|makes off|making off|got away|get away|gets away|getting away) with\b/, 'stole'],
  // "How many people were evacuated?" of "forcing more than 9,000 people from their homes".
  [/\b(?:from|out of) their homes\b/, 'evacuated'],
  // "What happened to Lebanon's currency?" of "The Lebanese pound has lost more than 95% of its value".
  [/\b(?:lebanese|egyptian|syrian|sudanese|british|cypriot|falklands?) pounds?\b|\bpounds? sterling\b/, 'currency'],
  [/\b(?:found|find|finds) (?:him|her|them|\w+) guilty\b/, 'convicted'],
  // "Will the blockades end?" of "they would lift the blockades on Wednesday": lifting a blockade or a curfew ends
  // it (not sanctions: "lift sanctions" is no answer to how to get China to stop).
  [/\b(?:lift|lifts|lifted|lifting) (?:the |a |an |its |their )?(?:\w+ )?(?:blockades?|curfews?|sieges?|lockdowns?|state of emergency)\b/, 'end'],
  // "Is there a deadline?" of "The company has given the union until Friday, March 14, to accept the offer".
  [/\b(?:give|gives|gave|given|giving) (?:\w+ ){1,3}until\b/, 'deadline'],
  // "What time did the train derail?" of "three of its carriages left the rails at about 6:42 a.m.".
  [/\b(?:left|leave|leaves|leaving|came off|come off|comes off|coming off|went off|go off|goes off|jumped|jump|jumps|ran off|run off|runs off) (?:the )?(?:rails|tracks?)\b/, 'derailed'],
  // "How did the hackers get in?" of "the attackers got into its systems using a contractor's account".
  [/\b(?:get|gets|got|gotten|getting|broke|break|breaks|breaking|broken) into\b/, 'entered'],
  // "What's the deadline?" of "Prosecutors and the defence have until Dec. 15 to file such a request".
  [/\b(?:have|has|had) until (?:\w+\.? ){1,3}to\b/, 'deadline'],
  // "When does the rent cap start?" of "The cap takes effect on March 1, 2027".
  [/\b(?:take|takes|took|taken|taking) effect\b|\b(?:come|comes|came|coming|enter|enters|entered|entering) into (?:force|effect)\b/, 'start'],
  // "Who is the union leader?" of "Joseph Mathebula, 61, the union's general secretary".
  [/\bgeneral secretary\b|\bsecretary[- ]general\b/, 'leader'],
  // "How did the workers find out?" (learn) of "Workers were told of the decision at a meeting".
  [/\b(?:was|were|been|being|is|are) (?:first |only )?(?:told|informed|notified) (?:of|about)\b/, 'learned'],
  // "What did the outside expert think?" of "a cardiologist ... who was not involved in the research, said".
  [/\bnot (?:been )?involved (?:in|with) (?:the |this )?(?:research|study|studies|work|trial|report|paper|analysis|survey)\b/, 'independent outside expert'],
  // "When did she join?" of "took over as chief executive in April 2023".
  [/\b(?:took|take|takes|taken|taking) over as\b/, 'joined appointed'],
  // "Where will the lessons be held?" of "Most lessons will take place in sections of island lagoons".
  [/\b(?:take|takes|took|taken|taking) place\b/, 'held happened'],
  // "What colour is it?" of "The pale pink octopus".
  [COLOUR_WORDS, 'colour color'],
  // "Why might cases continue to climb?" of "the number of cases could keep rising".
  [/\b(?:keep|keeps|kept|keeping) (?:on )?\w+ing\b|\b(?:go|goes|went|going) on \w+ing\b/, 'continue'],
];
/** A cheap test before the patterns: every phrase holds one of these words. */
const PARTICLES = /\b(?:involved|told|informed|notified|tools|place|back|bound|effect|force|rails|tracks?|into|until|general|lift|lifts|lifted|lifting|off|up|light|down|away|out|over|guilty|walkouts?|cut|pounds?|homes|with|closed|shut|introduced|keep|keeps|kept|keeping|go on|goes on|went on|going on|production|operations|manufacturing)\b/;

/** The stemmed terms the sentence's phrasal verbs stand for (none for most sentences). */
export function phraseTerms(lower: string): string[] {
  if (!PARTICLES.test(lower) && !COLOUR_WORDS.test(lower)) return [];
  const words: string[] = [];
  for (const [phrase, word] of PHRASES) if (phrase.test(lower)) words.push(word);
  return words.length === 0 ? [] : contentTerms(words.join(' '));
}

/** The plain words the sentence's phrasal verbs stand for, as text the article's vocabulary may read. */
export function phraseWords(text: string): string {
  const lower = text.toLowerCase();
  if (!PARTICLES.test(lower) && !COLOUR_WORDS.test(lower)) return '';
  return PHRASES.filter(([phrase]) => phrase.test(lower))
    .map(([, word]) => word)
    .join(' ');
}
