/**
 * Chat shorthand for the word it stands for ("mil to mil talks", "a yr ago", "govt"), read only when the
 * article does not use the short form itself. General English chat usage, not any article's words.
 */
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
  }),
);

/** The word a chat shorthand stands for, or the token itself. */
export function expandShorthand(token: string): string {
  return SHORTHAND.get(token) ?? token;
}
