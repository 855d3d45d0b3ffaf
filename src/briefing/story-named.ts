/**
 * "Summarize the strike story", "what's the ebike story about?", "tl;dr of the wildfire": a request for a story's
 * gist naming the story by words of its title. The words say which article; the request is then made of it as
 * of "the story". Otherwise only a question asked "in the museum story": "what did the UN report say?" asks of
 * the UN, whatever a title says. General chat English, not any article's words.
 */
import { asksForGist } from './answers/gist.js';

/** The words naming a story: one to three (NOT_A_NAME rules out those any story could be called, "the main story"). */
const NAME = String.raw`((?:[\p{L}\p{N}'’-]+ ){0,2}[\p{L}\p{N}'’-]+)`;
/** The same, as few words as will do: "the czech one in one line" names "czech", not "czech one in". */
const FEWEST_WORDS_NAME = String.raw`((?:[\p{L}\p{N}'’-]+ ){0,2}?[\p{L}\p{N}'’-]+)`;
/** "The strike story", "that e-bike article", "the choir one". */
const NAMED_STORY = new RegExp(String.raw`\b(?:the|that) ${FEWEST_WORDS_NAME} (?:story|article|piece|report|one)\b`, 'iu');
/** "Tl;dr of the wildfire", "a summary of the strike", "summarize the choir": the story is the whole request's object. */
const SUMMARY_OF = new RegExp(
  String.raw`(?:\b(?:tl;? ?dr|tldr|summary|gist|rundown|recap|overview|(?:main|key) points|takeaways|highlights|latest|news|updates?) (?:of|on|for|about)|^\W*(?:summari[sz]e|recap|sum up)) (?:the|that) ${NAME}(?:,? please| for (?:me|us))?\s*[?.!]*$`,
  'iu',
);
/**
 * "Who is quoted in the museum story?", "what was stolen, from the heist article?": any question asked "in" a story
 * named so; the question is asked of that story without the phrase. Not "report" or "one": "in the UN report" is a
 * report the article may be about.
 */
const IN_STORY = new RegExp(String.raw`,?\s*\b(?:in|from|of|on|for) (?:the|that) ${NAME} (?:story|article|piece)\b`, 'iu');
/**
 * "In the cricket one, what ...?", "and the charity one, how much ...?", "now the dishwasher plant - when ...?",
 * "go back to the octopus: how deep ...?": a story named ahead of the question and set off from it. Named so
 * only with a word pointing at a story ("one", "story") or one moving to it ("now", "back to", "what about"):
 * "the mayor, what did she say?" asks of a mayor.
 */
const LEADING_STORY = new RegExp(
  String.raw`^\W*(?:(?:and|ok|okay|so|then|but|right|also)\W+)?(?<cue>now |(?:what|how) about |(?:(?:let'?s |can we |now )?(?:go|going|get|switch|switching|move|moving|jump|jumping|turn|turning|come|coming) )?(?:back |on )?to |back to |in |from |on |about |for )?(?:the|that) (?<name>(?:[\p{L}\p{N}'’-]+ ){0,2}?[\p{L}\p{N}'’-]+)(?: (?<noun>story|article|piece|one))?\s*(?:[,:;]|\s[-–—]+)\s*`,
  'iu',
);
/** Words before a story's name that move the conversation to it. */
const MOVING_CUE = /^(?:now|(?:what|how) about|.*\bto)\s*$/i;

/** "Volcano update??", "museum theft news?": the story's words and a word asking what is new, nothing more. */
const STORY_UPDATE = new RegExp(String.raw`^\W*(?:any |the )?${NAME} (?:updates?|news)\s*[?.!]*$`, 'iu');
/** A request for a story's gist is short; longer questions ask something else. */
const LONGEST_REQUEST = 120;
/** "tl;dr the wildfire": read as "tl;dr of the wildfire". */
const TLDR_THE = /\b(tl;? ?dr|tldr)\s+(?=(?:the|that)\b)/i;
/** A word one of the patterns needs. */
const MAY_NAME_STORY = /\b(?:story|article|piece|report|one|tl;? ?dr|tldr|summar\w*|gist|rundown|recap|overview|sum up|points|takeaways|highlights|latest|news|updates?)\b/i;
/** A story named ahead of the question is set off from it: "now the dishwasher plant - when ...", "the cricket one, ...". */
const SETS_OFF = /[,:;]|\s[-–—]/;
/** Words that describe a story without naming which: "the main story", "the other one", "the last article". */
const NOT_A_NAME: ReadonlySet<string> = new Set(
  'main whole same other last first previous next new newest latest full entire original news big biggest top current earlier older second third this that right wrong only one any some more further recent breaking'.split(' '),
);

export interface StoryNamed {
  /** The words naming the story ("strike", "ebike"). */
  words: string;
  /** The question asked of "the story" instead ("summarize the story", "what's the story about?"). */
  question: string;
}

/** The story a request for a gist names by its words, with the request made of "the story"; undefined when it names none. */
export function storyNamed(typed: string): StoryNamed | undefined {
  if (typed.length > LONGEST_REQUEST) return undefined;
  // Most questions name no story and ask no summary: cheap tests before the patterns.
  if (!MAY_NAME_STORY.test(typed)) return SETS_OFF.test(typed) ? askedAfterStory(typed) : undefined;
  // "tl;dr the denver near miss" is "tl;dr of ...".
  const question = typed.replace(TLDR_THE, '$1 of ');
  const named = NAMED_STORY.exec(question);
  // "The ebike story" becomes "the story"; "tl;dr of the wildfire" becomes "tl;dr of the story".
  const asked =
    named?.[1] !== undefined && names(named[1])
      ? { words: named[1], question: question.replace(named[0], `the ${storyNoun(named[0])}`) }
      : withSummaryOf(question);
  if (asked !== undefined && asksForGist(asked.question)) return asked;
  return askedInStory(question) ?? (SETS_OFF.test(question) ? askedAfterStory(question) : undefined);
}

/** "Now the dishwasher plant - when does it close?": the story named ahead, and the question after it. */
function askedAfterStory(question: string): StoryNamed | undefined {
  const named = LEADING_STORY.exec(question);
  const words = named?.groups?.['name'];
  if (named === undefined || named === null || words === undefined || !names(words)) return undefined;
  if (named.groups?.['noun'] === undefined && !MOVING_CUE.test(named.groups?.['cue'] ?? '')) return undefined;
  const rest = question.slice(named[0].length).trim();
  if (!/\p{L}/u.test(rest)) return undefined;
  // "Go back to the octopus: how deep was it?": "it" is the thing named, where no word said "story".
  return { words, question: named.groups?.['noun'] === undefined ? rest.replace(/\bit\b(?!['’])/i, `the ${words}`) : rest };
}

/** "Who is quoted in the museum story?": the story named, and the question without the phrase ("who is quoted?"). */
function askedInStory(question: string): StoryNamed | undefined {
  const named = IN_STORY.exec(question);
  if (named?.[1] === undefined || !names(named[1])) return undefined;
  const rest = question.replace(named[0], '').replace(/^[\s,;:-]+/, '').trim();
  return /\p{L}/u.test(rest) ? { words: named[1], question: rest } : undefined;
}

/** "Summarize the choir", "tl;dr of the wildfire": the story named as the request's object, made "the story". */
function withSummaryOf(question: string): StoryNamed | undefined {
  const update = STORY_UPDATE.exec(question);
  if (update?.[1] !== undefined && names(update[1])) return { words: update[1], question: 'any updates on the story?' };
  const after = SUMMARY_AFTER.exec(question);
  if (after?.[1] !== undefined && names(after[1])) return { words: after[1], question: 'tl;dr of the story' };
  const summary = SUMMARY_OF.exec(question);
  if (summary?.[1] === undefined || !names(summary[1])) return undefined;
  return { words: summary[1], question: question.replace(STORY_AT_END, 'the story') };
}
/** "Rhino story tl;dr", "the strike one - summary?": the story named first, the request for its gist after. */
const SUMMARY_AFTER = new RegExp(String.raw`^\W*(?:the |that )?${FEWEST_WORDS_NAME} (?:story|article|piece|one)\s*[-–—:,]?\s*(?:tl;? ?dr|tldr|summary|gist|recap|rundown)\W*$`, 'iu');
/** The words naming the story at the end of such a request, courtesy aside. */
const STORY_AT_END = new RegExp(String.raw`(?:the|that) ${NAME}(?=(?:,? please| for (?:me|us))?\s*[?.!]*$)`, 'iu');

/** "The ebike story" stays "the story"; "the czech one" becomes "the story" too: "summarize the one" asks no gist. */
const storyNoun = (phrase: string): string => {
  const noun = phrase.split(/\s+/).pop() ?? 'story';
  return noun.toLowerCase() === 'one' ? 'story' : noun;
};

/** Some of the words name a story, not only describe one ("the main", "the other"). */
const names = (words: string): boolean => !words.toLowerCase().split(/\s+/).every((word) => NOT_A_NAME.has(word));

/**
 * "valencia rent law - when does it start", "kaede pay breach: when did they notice it", "and for the rent law, when
 * does it start": words set off ahead of a question. Whether they name a story is for the library to say (its
 * headlines and leads); here, only the shape: two to four words, a colon or a dash (a comma only after "the" or a
 * word turning to them: "the mayor, what did she say?" is no story's name alone), then a question.
 */
const WORDS_AHEAD =
  /^\W*(?:(?:and|ok|okay|so|then|but|also|now)\W+)?(?<cue>(?:(?:what|how) about|as for|and for|for|back to|now|on|in)\s+)?(?<the>(?:the|that)\s+)?(?<name>(?:[\p{L}\p{N}'’-]+ ){1,3}[\p{L}\p{N}'’-]+)\s*(?<mark>[:,]|\s[-–—]+)\s*(?<rest>.*\p{L}.*)$/u;
/** "portugal fire gist", "chile port strike - tl;dr?": words, then a bare request for the gist. */
const WORDS_THEN_GIST = /^\W*(?:(?:the|that)\s+)?(?<name>(?:[\p{L}\p{N}'’-]+ ){1,3}[\p{L}\p{N}'’-]+)\s*(?:[:,]|\s[-–—]+)?\s*(?:tl;? ?dr|tldr|gist|summary|recap|rundown)\s*[?.!]*$/iu;

/** Words ahead of a bare request for the gist, which may name a story, and that request made of "the story". */
export function wordsThenGist(typed: string): StoryNamed | undefined {
  if (typed.length > LONGEST_REQUEST) return undefined;
  const words = WORDS_THEN_GIST.exec(typed)?.groups?.['name'];
  return words !== undefined && names(words) ? { words, question: 'tl;dr of the story' } : undefined;
}

const BARE_QUESTION_WORD = /^\W*(who|what|when|where|why|how)\W*$/i;
const ASKS = /\?\s*$|^\W*(?:who|whom|whose|what|whats|when|whens|where|why|how|which|is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|any)\b/i;

/** Words set off ahead of a question that may name a story, and the question after them; undefined for other shapes. */
export function wordsAhead(typed: string): StoryNamed | undefined {
  if (typed.length > LONGEST_REQUEST || !SETS_OFF.test(typed)) return undefined;
  const match = WORDS_AHEAD.exec(typed);
  const groups = match?.groups;
  const words = groups?.['name'];
  const rest = groups?.['rest']?.trim();
  if (words === undefined || rest === undefined || !names(words) || !ASKS.test(rest)) return undefined;
  if (groups?.['mark'] === ',' && groups['cue'] === undefined && groups['the'] === undefined) return undefined;
  // "horn seizure - where": a bare question word asks it of what the words name.
  const bare = BARE_QUESTION_WORD.exec(rest)?.[1];
  if (bare !== undefined) return { words, question: `${bare.toLowerCase()} was the ${words}` };
  // "howitzer deal: how much is it worth", "moon mission - what's it for": "it", what is asked of, is what the words
  // name. Not "when does it start": the story's own word for it answers ("The cap takes effect on April 1").
  return { words, question: rest.replace(/\b(is|was|['’]s) it\b(?!['’])/i, `$1 the ${words}`) };
}
