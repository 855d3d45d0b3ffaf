/**
 * Blank-line-separated blocks of an article, cleaned and classified: headline, body, photo caption,
 * or other (bylines, markup leftovers). Block numbers are 1-based and count every non-empty block of
 * the source, as the interfaces spec promises.
 */
import type { Paragraph } from '../types.js';
import { cleanBlock, opensWithDateline } from './clean.js';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
/** "..., June 19, 2023." : agency photo captions end with the date the photo was taken. */
const CAPTION_DATE = new RegExp(`,\\s+${MONTH}\\s+\\d{1,2},\\s+\\d{4}\\.?["']?$`);
const PHOTO_CREDIT = /\b(?:Photo(?:graph)?|Image|Picture)s?\s*(?::|by|credit|courtesy)|\b(?:Getty Images|AP Photo|AFP via Getty|Reuters\/|File photo)\b|\bvia (?:AP|Reuters|AFP|EPA)\)\s*$|^[[(]?\s*(?:(?:Photo|Image|Picture)\s+)?(?:Caption|Photo|Image)\s*:/i;
/** Web page furniture that survives copy-and-paste: player notices, timestamps, prompts to click or follow. */
const BOILERPLATE = /^(?:Media playback is (?:unsupported|not supported) on (?:your|this) device|Copyright\b|©|(?:\d{1,2} \w+ \d{4} )?Last updated at \d|Image (?:copyright|caption)\b|(?:Click|Tap) here\b|Sign up\b|Follow (?:us|\w+) on (?:Twitter|Facebook|Instagram)|All rights reserved)/i;
const BYLINE = /^(?:By\.?|\d{1,2}:\d{2}\s*(?:[AP]M\s*)?(?:[A-Z]{3,4})?,?\s*\d{1,2}\s+\p{L}+\s+\d{4}\.?|(?:Updated|Published|Posted)\b.{0,60}|Read more\b.*|Advertisement|Share(?: this)?(?: article)?|Follow us.*)$/iu;
/** Words that open "By Monday, ...", "By March, ...": when something happened, never whose article it is. */
const TIME_WORDS = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${MONTH.slice(3, -1)}|Christmas|Easter|Then|Now|Noon|Midnight|Dawn|Dusk|Nightfall|Tonight|Today|Tomorrow|Yesterday)\\b`;
/**
 * "By Jane Doe", "By Jane Doe and John Roe, CNN": names in capitals, then at most a short credit.
 * Case-sensitive: under the `i` flag `\p{Lu}` matches any letter, and "By Monday, the company had taken its
 * network offline ... said" was dropped as a byline, a whole paragraph of the story with it.
 */
const BYLINE_NAME = new RegExp(String.raw`^By\s+(?!${TIME_WORDS})\p{Lu}[\p{L}.'-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'-]+){0,5}(?:\s*,\s*[^,.!?]{1,60})?\.?$`, 'u');

/**
 * A raw block before cleaning, with a hint from the format reader: a Markdown `#` heading first is a headline,
 * later ones (and HTML `<h2>`...) are the author's subheadings.
 */
export interface RawBlock {
  text: string;
  hint?: 'headline' | 'subheading' | 'caption' | 'other';
}

/**
 * Splits plain text on blank lines. A text with no blank line at all but one paragraph per line
 * (most lines ending a sentence, not hard-wrapped) is split on its line breaks instead.
 */
export function splitBlocks(text: string): RawBlock[] {
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  const lines = normalized.split('\n').filter((line) => line.trim() !== '');
  // Page furniture lines ("Media playback is unsupported...", "Last updated at ...") are no prose to judge by.
  const prose = lines.filter((line) => !BOILERPLATE.test(line.trim()));
  const onePerLine = !/\n[ \t]*\n/.test(normalized) && lines.length >= 3 && prose.filter((l) => /[.!?]["')\]]?\s*$/.test(l)).length >= prose.length * 0.6;
  return normalized
    .split(onePerLine ? /\n/ : /\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => ({ text: block }));
}

function looksLikeHeadline(raw: string, cleaned: string): boolean {
  if (raw.includes('\n') || cleaned.length > 200) return false;
  const words = cleaned.split(/\s+/).length;
  return words >= 2 && words <= 30 && !/[.!?]["']?$/.test(cleaned) && !/[:;,]$/.test(cleaned);
}

/**
 * "She lost her sense of taste. Then she reopened her restaurant.", then "PORTLAND, Maine — On a gray ...": a
 * short line above the dateline is the headline, though written in sentences with their stops.
 */
function headsDatelinedStory(raw: string, cleaned: string, next: string | undefined): boolean {
  if (next === undefined || raw.includes('\n') || cleaned.length > 200 || opensWithDateline(raw)) return false;
  const words = cleaned.split(/\s+/).length;
  return words >= 2 && words <= 30 && opensWithDateline(next);
}

/** "Photo: Getty Images", "(AP Photo/...)": the block says who took or supplied the photo. */
export function creditsPhoto(text: string): boolean {
  return PHOTO_CREDIT.test(text);
}

/** A short one-sentence block that dates or credits a photo, or tells what it shows. */
export function looksLikeCaption(text: string): boolean {
  if (text.length > 320) return false;
  return CAPTION_DATE.test(text) || PHOTO_CREDIT.test(text) || looksLikeScene(text);
}

/** When a photo was taken, as captions end: "on Tuesday", "on Sunday night", "in April", "in 2023", "last October". */
const SCENE_WHEN = new RegExp(
  `\\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?|on ${MONTH} \\d{1,2}(?:, \\d{4})?|in ${MONTH}(?: \\d{4})?|in (?:19|20)\\d\\d|last ${MONTH})\\.?$`,
);
/**
 * What a news sentence has and a caption's present-tense scene lacks: quotes, speech, past, future or perfect,
 * a clock time or a schedule ("The warning begins at 22:00 GMT on Saturday and ends at 10:00 on Sunday.").
 */
const NOT_SCENE = /["“”]|\d:\d\d|\b(?:begins?|ends|starts|opens|closes|runs|expires|lasts|again|next|effect|force)\b|\b(?:said|says|told|according|was|were|is|are|had|has|have|will|would|could|did|been|fell|rose|won|lost|made|took|gave|went|came|began|broke|ran|sold|bought|paid|hit|met|saw|found|led|held|kept|brought|struck|spent|sent|became|grew|drew|flew|wore|spoke|stood|sat|fought|caught|left|got|put|set|cut|\w+ed)\b/i;
const MAX_SCENE_WORDS = 28;

/**
 * "Rescue workers search the rubble on Tuesday.": a one-sentence block in the present tense, ending with the
 * day the photo was taken, is a caption though it neither dates in full nor credits it. News tells in the past.
 */
function looksLikeScene(text: string): boolean {
  const body = text.replace(/\.$/, '');
  if (body.includes('. ') || body.split(/\s+/).length > MAX_SCENE_WORDS) return false;
  // 'Visitors look at "The Harbour at Vlissingen" at the museum in 2019.': a title in quotes is no one's words.
  return SCENE_WHEN.test(text) && !NOT_SCENE.test(body.replace(QUOTED_TITLE, ' title '));
}
/** A capitalised title in quotes, a few words long and spoken by no one ("The Harbour at Vlissingen"). */
const QUOTED_TITLE = /["“]\p{Lu}[^"“”,.!?]{0,60}["”](?!,?\s+(?:he|she|they|\p{Lu}\w+)\s+(?:said|says|added|told))/gu;

/** "READ: The world's deadliest stadium disasters", "Watch: drone footage of the search": a link to another page. */
const LINK_LINE = /^(?:READ|Read|WATCH|Watch|RELATED|Related|LISTEN|Listen|SEE|See)(?: (?:MORE|More|more|ALSO|Also|also))?\s*:\s+\S/;
/** "Listen to Anne Frank's friends describe her concentration camp experience": a link's text, with no stop. */
const LINK_TEXT = /^(?:Watch|Listen to|See|Read|Explore|View)\b.*[^.!?"”'’)]$/;
const MAX_LINK_WORDS = 20;

function isLinkLine(text: string): boolean {
  return (LINK_LINE.test(text) || LINK_TEXT.test(text)) && text.split(/\s+/).length <= MAX_LINK_WORDS;
}

/**
 * Who wrote or helped, not what happened: "CNN's Mike Phelan contributed to this report.", "CNN's Margot Haddad
 * reported from Marseille ..., while Laura Smith-Spark wrote from London.", "Chris Sutton was speaking to BBC
 * Sport's Chris Bevan."
 */
const CREDIT_LINE =
  /^\(?(?:Additional )?(?:Reporting|Writing|Editing|Compiled|Reported)(?: and (?:writing|editing))? by \p{Lu}[^()]{0,300}\)?\.?$|^(?:[^.!?]|\.(?=\w)){0,200}\bcontributed (?:to this (?:report|story)|reporting)(?: (?:from|in) \p{Lu}[^.]*)?\.?$|^(?:CNN|CNN\.com)(?:'s|’s)?\s[^.]{0,200}\b(?:reported|wrote) from\b|^[\p{Lu}][^.]{0,60}\b(?:was|were) speaking to (?:the )?BBC\b/u;
const MAX_CREDIT_WORDS = 40;
/** A broadcaster's promotion: "You can see highlights of Sunderland v Arsenal on Match of the Day at 22:20 BST on Saturday on BBC One". */
const PROMOTION =
  /^(?:You can (?:see|watch|hear|listen to|follow|catch)|Watch|Listen to|Follow)\b.{0,200}\b(?:on|via) (?:the )?(?:BBC|CBBC|CBeebies|iPlayer|Radio \d|Sounds\b|Match of the Day|Sky Sports)/;
/** A writer's address: "Jonathan.Amos-INTERNET@bbc.co.uk and follow me on Twitter: @BBCAmos". */
const CONTACT_LINE = /^\S+@[\w-]+(?:\.[\w-]+)+\b/;

/**
 * Who wrote or reported the article, as it credits them ("By Jane Doe, CNN", "Chris Sutton was speaking to BBC
 * Sport's Chris Bevan."): no part of the story, but what "who wrote this?" asks.
 */
export function isCreditLine(text: string): boolean {
  return BYLINE_NAME.test(text) || (text.split(/\s+/).length <= MAX_CREDIT_WORDS && CREDIT_LINE.test(text));
}

/** Web furniture and credits: a block that is no part of the story. */
function isFurniture(text: string): boolean {
  if (BYLINE.test(text) || BYLINE_NAME.test(text) || BOILERPLATE.test(text) || isLinkLine(text) || PROMOTION.test(text) || CONTACT_LINE.test(text)) return true;
  return text.split(/\s+/).length <= MAX_CREDIT_WORDS && CREDIT_LINE.test(text);
}

/**
 * "Anne Frank's final entry", "Germanwings crash compensation: What we know", "Who was the captain of
 * Germanwings Flight 9525?": a short line inside the article without a statement's stop is a subheading or
 * the title of a link to another story, as Markdown and HTML headings are. List items are not ("- 12 dead").
 */
function looksLikeSubheading(raw: string, cleaned: string): boolean {
  if (raw.includes('\n') || /^\s*(?:[-*•]|\d+[.)])\s/.test(raw)) return false;
  const words = cleaned.split(/\s+/).length;
  // "485,000 emigrated from Portugal between 2011 and 2014": a fact box's line says something; a heading names.
  if (/^[£$€]?\d/.test(cleaned) && words >= 4) return false;
  // "Capacity: 600 passengers and 70 cars", "Entered service: 1994": a fact box's label and its value, a fact; not
  // its title ("MV Hebridean Dawn: the facts").
  if (FACT_LINE.test(cleaned) && !BOX_TITLE.test(cleaned)) return false;
  return words <= MAX_SUBHEADING_WORDS && !/[.!:;,"”'’)…]$/.test(cleaned);
}
const MAX_SUBHEADING_WORDS = 10;

/** A line that is one quotation: "'A GUT PUNCH'". */
const QUOTED_WHOLE = /^['"‘“](.*)['"’”]$/u;

/** "NOT THE FIRST TIME", "'A GUT PUNCH'": letters, at least three, all capitals. */
function inCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
/** A label of one to four words, a colon, and a value. */
const FACT_LINE = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}:\s+\S/u;
/** The title of a fact box: "...: the facts", "...: at a glance", "...: in numbers", "...: key dates". */
const BOX_TITLE = /:\s+(?:the )?(?:(?:key )?facts|at a glance|in numbers|(?:key )?dates|timeline|what we know|background|factfile|fact file)\s*$/i;

/** A line that is a figure alone, as fact boxes set them above their words: "12%", "485,000", "£57bn". */
const FACT_FIGURE = /^[£$€]?\d[\d,.]*\s?(?:%|bn|m|k|million|billion)?$/;

/** Cleans and classifies blocks. The first block is the headline when it looks like one. */
export function classifyBlocks(blocks: readonly RawBlock[]): Paragraph[] {
  return withMixedCaseSubheadings(blocks, classifiedBlocks(blocks));
}

/** Most words a mixed-case subheading has ("Side effects and cost", "What happened before"). */
const MAX_MIXED_CASE_SUBHEADING_WORDS = 7;
/** "Storm photos from Lisbon", "Watch: ...": the title of a link to pictures or another page, not a heading. */
const LINK_WORDS = /\b(?:photos?|pictures?|videos?|watch|gallery|live|read more|opinion)\b/i;
/** An article divides itself by this many such lines at least; one alone may be a link's title. */
const MIN_MIXED_CASE_SUBHEADINGS = 2;

/**
 * "Side effects and cost", "What happened before", "'Nothing to do here'": short lines in mixed case, each between
 * two paragraphs of the story (or a photo's caption and a paragraph), are the author's subheadings where the article
 * has two subheadings or more, counting those in capitals ("BACKGROUND"). One alone stays aside: CNN pages set a
 * link's title ("Anne Frank's final entry") the same way.
 */
function withMixedCaseSubheadings(blocks: readonly RawBlock[], paragraphs: Paragraph[]): Paragraph[] {
  const candidates: number[] = [];
  paragraphs.forEach((paragraph, i) => {
    const before = paragraphs[i - 1];
    const after = paragraphs[i + 1];
    if (paragraph.kind !== 'other' || paragraph.subheading || blocks[i]?.hint !== undefined || (before?.kind !== 'body' && before?.kind !== 'caption') || after?.kind !== 'body') return;
    const text = paragraph.text.replace(QUOTED_WHOLE, '$1');
    if (/[?:]/.test(text) || /\d/.test(text) || LINK_WORDS.test(text) || isFurniture(text) || text.split(/\s+/).length > MAX_MIXED_CASE_SUBHEADING_WORDS || !/^\p{Lu}/u.test(text)) return;
    if (looksLikeSubheading(blocks[i]?.text ?? '', text)) candidates.push(i);
  });
  const inCapitalsToo = paragraphs.filter((paragraph) => paragraph.subheading).length;
  if (candidates.length + inCapitalsToo < MIN_MIXED_CASE_SUBHEADINGS) return paragraphs;
  for (const i of candidates) paragraphs[i] = { ...(paragraphs[i] as Paragraph), subheading: true };
  return paragraphs;
}

function classifiedBlocks(blocks: readonly RawBlock[]): Paragraph[] {
  return blocks.map((block, i) => {
    const figure = FACT_FIGURE.exec(blocks[i - 1]?.text.trim() ?? '')?.[0];
    // A fact box's figure and its words, a line each ("12%", then "of the workforce is unemployed"): one fact.
    const text = cleanBlock(figure !== undefined && /^\s*\p{Ll}/u.test(block.text) ? `${figure} ${block.text.trim()}` : block.text);
    let kind: Paragraph['kind'] = 'body';
    // The author's subheadings are no prose either; sections start at them and take their words as titles.
    if (block.hint === 'subheading' && /\p{L}/u.test(text)) return { index: i + 1, text, kind: 'other', subheading: true };
    if (block.hint === 'other' || isFurniture(text) || !/\p{L}/u.test(text)) kind = 'other';
    else if (i === 0 && blocks.length > 1 && (block.hint === 'headline' || looksLikeHeadline(block.text, text) || headsDatelinedStory(block.text, text, blocks[1]?.text))) kind = 'headline';
    else if (block.hint === 'caption' || looksLikeCaption(text)) kind = 'caption';
    // Wire copy in plain text sets its subheadings in capitals ("BACKGROUND", "'A GUT PUNCH'"): the author's
    // division, as a Markdown heading is. A short line in mixed case may be a link's title, and stays aside.
    else if (i > 0 && inCapitals(text) && looksLikeSubheading(block.text, text.replace(QUOTED_WHOLE, '$1'))) return { index: i + 1, text, kind: 'other', subheading: true };
    // A short quotation alone on its line with no stop inside ("'Nothing to do here'") is a pull quote set as a heading.
    else if (i > 0 && looksLikeSubheading(block.text, text.replace(QUOTED_WHOLE, '$1'))) kind = 'other';
    return { index: i + 1, text, kind };
  });
}
