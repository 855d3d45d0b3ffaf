/**
 * "What happened?", "what's this about?", "tl;dr": a question about the whole article, not one fact in it.
 * It is answered with the sentence behind the briefing's TL;DR, quoted from the article with its section.
 */
import { tidySentence } from '../ingest/clean.js';
import { datelineTerms, headlineTerms, leadPosition, type ArticleIndex } from '../search/article-index.js';
import type { RankedSentence } from './rank.js';
import type { ParsedQuestion } from './question.js';
import { contentTerms } from '../text/tokens.js';

const WHOLE = String.raw`(?:(?:the|this|that) (?:article|story|piece|news|report)|it|this|that)`;
/** The forms of a request for the gist, with `whole` the words for the article as a whole. */
function gistQuestion(whole: string): RegExp {
  return new RegExp(
    [
      String.raw`(?:so,? )?what(?:'s| is| was|s)? (?:happened|happening|going on|new)`,
      String.raw`what(?:'s| is| was|s)? ${whole} (?:all )?about`,
      // "What's this story?": what it is, its gist.
      String.raw`what(?:'s| is|s)? (?:the|this|that) (?:article|story|piece|news)(?: here)?`,
      String.raw`what(?:'s| is| are|s)? the (?:story|news|gist|headline|main points?|key points?|(?:main|key) (?:facts|numbers|figures|stats|details)|(?:main |key |big |biggest )?takeaways?|(?:main|key|central) (?:idea|message|theme)|big picture|bottom line|upshot)(?: (?:of|in|about|on) ${whole})?`,
      String.raw`(?:give me |what's |whats )?(?:the |a )?(?:gist|summary|tl;? ?dr|tldr|rundown|lowdown|short version|highlights|(?:main|key) (?:points|facts|numbers|figures|stats|details))(?: of ${whole})?`,
      String.raw`(?:summari[sz]e|sum up|recap)(?: ${whole})?`,
      String.raw`sum ${whole} up`,
      String.raw`tell me (?:about ${whole}|what happened)`,
      String.raw`(?:brief|catch|fill) (?:me|us) (?:in|up)`,
      // "What's the latest story about?" asks the gist too, not for "the latest in a series" of some story.
      String.raw`what(?:'s| is|s)? the latest(?: news| story| article)?(?: (?:on|about|with) ${whole}| about)?`,
      String.raw`(?:any|the) (?:latest )?(?:news|updates?)(?: (?:on|about) ${whole})?`,
      String.raw`update me`,
      String.raw`what (?:should|do|must) (?:i|we) (?:need to )?know(?: about ${whole})?`,
    ]
      .map((form) => `(?:${form})`)
      .join('|'),
    'i',
  );
}
const GIST_QUESTION = gistQuestion(WHOLE);
/** The story named by a word or three of its own: "the zambia thing", "the museum robbery article". */
const NAMED_WHOLE = String.raw`(?:the|this|that) (?:[a-z'-]+ ){1,3}?(?:article|story|piece|news|report|thing)`;
const NAMED_WORDS = /\b(?:the|this|that) ((?:[a-z'-]+ ){1,3}?)(?:article|story|piece|news|report|thing)\b/i;
/** Polite openings before the request itself: "can you give me the gist", "could I get a summary", "I'd like the tl;dr". */
const POLITE = String.raw`(?:(?:can|could|would|will) (?:you|u)(?: please)? (?:(?:give|tell|send|show) (?:me|us) )?|(?:can|could|may) (?:i|we) (?:get|have|see|read) |(?:i|we)(?:'d| would) like |(?:i|we) (?:want|need) |please (?:give|tell|send|show) (?:me|us) |(?:give|send|show) (?:me|us) )`;
/** "Summarize it in one line", "the gist in a few words": how short, no word to find. */
const IN_FEW_WORDS = String.raw`(?:in (?:one|a|1|two|2|a single|a couple of|a few|three|3) (?:line|lines|sentence|sentences|words|paragraph)|in (?:brief|short|a nutshell))`;
const gistRequest = (question: RegExp): RegExp =>
  new RegExp(String.raw`^(?:(?:ok|okay|so|hey|hi|please)[,!]?\s+)?${POLITE}?(?:${question.source})(?:,? please| here| quickly| briefly| for (?:me|us))?(?: ${IN_FEW_WORDS})?\s*[?.!]*$`, 'i');
const GIST = gistRequest(GIST_QUESTION);
const NAMED_GIST = gistRequest(gistQuestion(NAMED_WHOLE));

/**
 * In a conversation these follow up on its topic ("what happened?" after a turn on Taiwan asks what happened
 * there); the other forms ("summarize it", "give me the tl;dr") still ask for the whole article's gist.
 */
const FOLLOWS_ON = /^(?:(?:ok|okay|so|hey|hi|please)[,!]?\s+)?(?:so,? )?(?:what(?:'s| is| was|s)? (?:happened|happening|going on|new)|tell me what happened)\b/i;

/** The question asks what the article as a whole says; `inConversation`, only in so many words. */
export function asksForGist(text: string, inConversation = false): boolean {
  if (inConversation && FOLLOWS_ON.test(text)) return false;
  // The longest request the pattern reads ("ok, could you please give me the short version of this article
  // please") is under 100 characters before its closing marks; most questions are read no further.
  let end = text.length;
  // A loop, not /[?.!\s]+$/: that pattern rescans a long run of "?" from each of its marks.
  while (end > 0 && isClosingMark(text.charCodeAt(end - 1))) end--;
  const asked = text.slice(0, end).trim();
  return asked.length <= LONGEST_REQUEST && GIST.test(asked);
}
const LONGEST_REQUEST = 100;
/** " ", tab, newline, return, "?", "." or "!", by character code: no one-character string cut for each. */
const isClosingMark = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || code === 63 || code === 46 || code === 33;

/** The article sentence the TL;DR comes from (its first key point that fits), as an answer to quote. */
export function gistSentence(index: ArticleIndex): RankedSentence | undefined {
  const wanted = index.briefing.tldr.replace(/…$/, '');
  const position = index.sentences.findIndex((s) => s.sentence.kind === 'body' && tidySentence(s.sentence.text).startsWith(wanted));
  const at = position >= 0 ? position : leadPosition(index);
  const indexed = index.sentences[at];
  return indexed ? { position: at, indexed, score: 1, coverage: 1 } : undefined;
}

/**
 * The gist as quoted: "Rodrigo Olarte's long goodbye to Lisbon is over." is a feature's teaser, telling nothing a
 * reader can act on; the sentence after it in its paragraph says what happened ("The Uruguayan striker completed
 * his move from Benfica to Tottenham ..."), and follows it.
 */
export function gistQuote(index: ArticleIndex): RankedSentence[] {
  const gist = gistSentence(index);
  if (!gist) return [];
  const next = index.sentences[gist.position + 1];
  if (!next || next.sentence.paragraph !== gist.indexed.sentence.paragraph || next.sentence.kind !== 'body' || !isTeaser(gist.indexed.sentence.text)) return [gist];
  return [gist, { position: gist.position + 1, indexed: next, score: 1, coverage: 1 }];
}
/** Ten words or fewer, with no figure, day or date: a teaser ("Blinken arrived in Beijing on Friday." is a lead, dated). */
const TEASER_WORDS = 10;
const DATED = /\d|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
export const isTeaser = (text: string): boolean => text.split(/\s+/).length <= TEASER_WORDS && !DATED.test(text);

/**
 * "What happened with the train in Italy?", "what's going on with the rent law?", "what's the latest on Westbridge?",
 * "any news on the strike?": what happened, of something named.
 */
const HAPPENED_WITH = /^(?:(?:ok|okay|so|hey|hi)[,!]?\s+)?(?:so,? )?(?:what(?:'s|’s| is| was|s)? (?:happened|happening|going on) (?:with|to|in|at|over)|what(?:'s|’s| is|s)? (?:the latest|new) (?:on|with|about|at|from)|(?:any )?(?:news|updates?) (?:on|about|from))\b/i;

/** Words of the frame "what's the latest on ...", "any news on ...", "what's new with ...". */
const FRAMING: ReadonlySet<string> = new Set(['latest', 'new', 'news', 'update', 'updates']);

/**
 * The question asks what happened, of the story itself: every word it names is the story's own, in its headline,
 * its dateline or its lead ("what happened with the train in Italy?" of "Regional train derails in central Italy").
 * A word of one part of the story ("what happened to the driver?") asks of that part.
 */
export function asksStoryHappened(index: ArticleIndex, question: ParsedQuestion): boolean {
  if (question.terms.length === 0 || !HAPPENED_WITH.test(question.text)) return false;
  // "Any news on Ndiaye?": the news asked for frames the question; what it is on is what it names.
  const named = question.terms.filter((t) => !FRAMING.has(t.token));
  const terms = named.map((t) => t.term);
  return terms.length > 0 && named.every((t) => t.known && !t.corrected) && (namesTheStory(index, terms) || namesLeadPerson(index, terms));
}

/**
 * "What happened to Reid?" of "Jamaican sprinter Marcus Reid ... has been banned ...": the person the lead names
 * first is the one the story happens to, though the headline calls him "Olympic sprint champion".
 */
function namesLeadPerson(index: ArticleIndex, terms: readonly string[]): boolean {
  const lead = index.sentences[leadPosition(index)];
  if (!lead) return false;
  let person: number | undefined;
  let first = Infinity;
  for (const id of lead.entityIds) {
    const entity = index.entities[id];
    const at = entity?.kind === 'person' ? lead.sentence.text.indexOf(entity.name) : -1;
    if (at >= 0 && at < first) [person, first] = [id, at];
  }
  const name = person === undefined ? undefined : index.entityTerms[person];
  return name !== undefined && terms.every((term) => name.has(term));
}

/**
 * "What did the study find?", "what does the survey show?", "what were the findings?": what the story's own study,
 * report or survey found is the story itself, told by its lead; not the earlier study the background tells of ("The
 * findings build on a 2022 study by some of the same researchers, which ... found that ...").
 */
const STORY_FINDING =
  /^(?:(?:ok|okay|so|and)[,!]?\s+)?what (?:(?:did|does|do|has|have) (?:the|this|that|its|their|(?=researchers|scientists)) ?((?:[a-z'-]+ ){1,2}?)(?:find|found|show|shown|conclude|concluded|reveal|revealed|suggest|suggested|discover|discovered)|(?:are|were) (?:the|its|their) (?:main |key )?(?:findings|results|conclusions)(?: of (?:the|this|that) ((?:[a-z'-]+ ?){1,2}))?)\W*$/i;
/** What finds: a study and its kin, or the people doing it. Not "the workers" or "the paintings": what they found or show is one fact. */
const FINDER = /^(?:(?:new|latest|large|national|annual|government's|un|who) )?(?:study|survey|report|research|review|trial|analysis|audit|inquiry|poll|census|researchers|scientists|authors|study's authors|research team)$/i;
const STUDY = /\b(?:study|survey|report|research|researchers|scientists|review|trial|analysis|audit|inquiry|poll|census)\b/i;

/** The question asks what the story's own study or survey found: its headline or lead tells of one. */
export function asksStoryFinding(index: ArticleIndex, question: ParsedQuestion): boolean {
  const asked = question.text.length <= LONGEST_REQUEST ? STORY_FINDING.exec(question.text) : null;
  if (!asked) return false;
  const finder = (asked[1] ?? asked[2] ?? '').trim();
  return (finder === '' || FINDER.test(finder)) && STUDY.test(storyText(index));
}

/** "How bad was the storm?", "how serious is it?", "how badly was Roscoff hit?": how severe the story's event is. */
const SEVERITY_ASKED =
  /^(?:(?:ok|okay|so|and)[,!]?\s+)?how (?:bad|badly|serious|seriously|severe|severely) (?:is|was|are|were|has been|had been)(?: (?:it|this|that)| (?:the |this |that )?((?:[a-z'-]+ ){0,2}[a-z'-]+))?(?: hit| damaged| affected)?\W*$/i;

/**
 * The question asks how bad the story's event is, naming it by the story's own words or not at all (asked first): the
 * lead says what it did.
 */
export function asksSeverityOfStory(index: ArticleIndex, text: string, onTopic: boolean): boolean {
  const asked = text.length <= LONGEST_REQUEST ? SEVERITY_ASKED.exec(text.trim()) : null;
  if (!asked) return false;
  const named = asked[1];
  if (named === undefined) return !onTopic;
  const words = contentTerms(named);
  return words.length > 0 && namesTheStory(index, words);
}

const STUDY_ABOUT = /^(?:(?:ok|okay|so)[,!]?\s+)?what(?:'s|’s| is|s)? (?:the|this|that) (?:new )?(?:study|survey|research|trial|poll|paper) (?:all )?about\W*$/i;

/** The headline and the lead, as written. */
function storyText(index: ArticleIndex): string {
  const lead = index.sentences[leadPosition(index)]?.sentence.text ?? '';
  const headline = index.sentences[0]?.sentence.kind === 'headline' ? index.sentences[0].sentence.text : '';
  return `${headline} ${lead}`;
}

/** The lead, as an answer to quote. */
export function leadSentence(index: ArticleIndex): RankedSentence | undefined {
  const position = leadPosition(index);
  const indexed = index.sentences[position];
  return indexed ? { position, indexed, score: 1, coverage: 1 } : undefined;
}

/**
 * "Can you summarise the zambia thing in one line?", "what is the museum robbery story about?": the gist, where the
 * words naming the story are its own (headline, dateline or lead). "Summarize the russia thing" of a story where
 * Russia is one part asks of that part.
 */
export function asksGistOfStoryNamed(index: ArticleIndex, text: string): boolean {
  // "What's the study about?" of a story telling of a study in its headline or lead: the story's own study.
  if (STUDY_ABOUT.test(text.trim())) return STUDY.test(storyText(index));
  const named = text.length <= LONGEST_REQUEST ? NAMED_WORDS.exec(text)?.[1] : undefined;
  if (named === undefined || !NAMED_GIST.test(text.trim())) return false;
  const words = contentTerms(named);
  return words.length > 0 && namesTheStory(index, words);
}

/** Every term is the story's own (its headline, dateline or lead), and one at least its headline's or dateline's. */
function namesTheStory(index: ArticleIndex, terms: readonly string[]): boolean {
  const lead = index.sentences[leadPosition(index)]?.terms;
  const headline = headlineTerms(index);
  const dateline = datelineTerms(index);
  const titled = (term: string): boolean => headline.has(term) || dateline.has(term);
  // Each word in the lead too, which tells the story: "what happened to the shares?" of a headline ending "shares
  // tumble" asks of the sentence on the shares, where the lead tells only of the profit.
  return terms.every((term) => dateline.has(term) || lead?.has(term) === true) && terms.some(titled);
}
