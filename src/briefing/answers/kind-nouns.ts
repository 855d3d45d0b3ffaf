/**
 * Plural nouns for the kinds of named things a question may ask about or count: "which business
 * leaders", "how many Americans", "which companies". General English; demonyms are read elsewhere.
 */
export const PEOPLE_PLURALS: ReadonlySet<string> = new Set(
  (
    'people persons officials leaders executives ministers members lawmakers senators diplomats politicians players ' +
    'athletes victims suspects prisoners detainees hostages citizens activists candidates journalists reporters experts ' +
    'analysts witnesses scientists researchers doctors soldiers students workers protesters fishermen survivors residents ' +
    'owners founders judges lawyers generals commanders governors mayors presidents investors donors directors managers ' +
    'coaches children men women americans spokesmen spokeswomen spokespeople'
  ).split(' '),
);

export const BODY_PLURALS: ReadonlySet<string> = new Set(
  'companies firms businesses entities organizations organisations agencies banks groups manufacturers brands teams parties'.split(' '),
);
