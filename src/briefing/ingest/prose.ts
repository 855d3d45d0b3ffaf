/**
 * Which sentences are the article's own complete prose, that the bot may restate as a key point, the TL;DR or
 * a section's one-line summary: not page furniture, photo captions or fragments.
 */

/**
 * Page furniture and credits that survive inside body text: bylines and timestamps, prompts to
 * scroll or click, photo credits, an editor's note about the piece rather than the news.
 */
const NON_CONTENT =
  /^(?:By\s*\.(?:\s|$)|(?:PUBLISHED|UPDATED)\b|Last updated\b|Editor's note\b|Read more\b|(?:Watch|Follow|Share)\s|Sign up\b|Find all the latest\b|Media playback\b|Image (?:copyright|caption)\b)|\b(?:Scroll down\b|CLICK HERE\b|[Cc]lick(?:ing)? here\b|Getty Images\b|AP Photo\b|Photo(?:graph)?s? (?:by|courtesy)\b)/;
/**
 * "The satellite's two images on this page show ...", "The one below is a full colour view ...": a sentence
 * describing the page's pictures, which the reader of a briefing does not see.
 */
const PAGE_PICTURES =
  /\b(?:on|top of|bottom of|foot of) (?:this|the) page\b|\b(?:images?|pictures?|photos?|photographs?|maps?|graphics?|charts?|videos?|the one) (?:below|above)\b|\bpictured (?:above|below|here|left|right)\b|\b(?:seen|shown) (?:here|above|below)\b|^(?:Above|Below)[,:]/i;

/** "Tragic: ...", "PICTURED: ...": a one-word label and a colon opens a photo caption, not prose. */
const CAPTION_LABEL = /^[\p{Lu}][\p{L}'-]*:\s/u;

/**
 * "Isaac Arellano holds a candle ... Tuesday in Price, Utah.": a picture described in the present
 * tense on a named day is a photo caption left in the text (prose would say "held ... on Tuesday").
 */
const PRESENT_TENSE_PHOTO =
  /^[^"]{0,80}?\b(?:holds|pauses|speaks|looks|stands|sits|walks|waves|gestures|smiles|listens|talks|poses|prays|sings|shakes|greets|addresses|arrives|leaves|attends|watches|reads|hugs|is seen)\b.*\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** Captions are short and report nothing said or planned. */
const looksLikePhoto = (text: string, words: number): boolean => words <= 25 && PRESENT_TENSE_PHOTO.test(text) && !/\b(?:said|says|will)\b/.test(text);

/** A complete sentence of the article's own prose: a key point may quote it. */
export function isSummarySentence(text: string): boolean {
  const words = text.split(/\s+/).length;
  return (
    /[.!?]["')\]]*$/.test(text) &&
    /^["'(]?(?:[\p{Lu}\d£$€]|[ie]\p{Lu})/u.test(text) &&
    words >= 4 &&
    !NON_CONTENT.test(text) &&
    !CAPTION_LABEL.test(text) &&
    !PAGE_PICTURES.test(text) &&
    !looksLikePhoto(text, words)
  );
}

/** A complete statement of the article's prose: a section's one-line summary is one, not a teaser's question. */
export function isStatement(text: string): boolean {
  return isSummarySentence(text) && !/\?["')\]]*$/.test(text);
}
