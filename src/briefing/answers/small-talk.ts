/**
 * Messages that are not questions about the article: "hi", "thanks", "help", "ok". In a chat they reach
 * the bot like questions (a mention, a DM), and searching the article for "thanks" found "think". They get
 * a short reply of their own instead; nothing is quoted and the conversation's topic is kept.
 */

const END = String.raw`(?:\s+(?:bot|there|all|everyone|so much|a lot|very much|mate))?\s*[!.]*\s*$`;
const GREETING = new RegExp(String.raw`^(?:hi|hello|hey|hiya|howdy|yo|good (?:morning|afternoon|evening))${END}`, 'i');
/** "ok", "cool", "got it", "lol ok": said on their own, or before a thanks ("ok thanks", "cool, thank you"). */
const ACK = String.raw`(?:ok(?:ay)?|k|kk|cool|got it|great|nice|awesome|perfect|alright|good (?:bot|job)|sounds good|lol|lmao|ha(?:ha)+|heh|wow|hmm+|ah|oh|i see|makes sense|fair enough|interesting|yep|yeah|noted)`;
const THANKS = new RegExp(String.raw`^(?:${ACK}[,!.]*\s+)*(?:thanks?|thank you|thx|ty|cheers|much appreciated)${END}`, 'i');
const HELP = /^(?:help|help me|what can you do|what do you do|who are you|what are you|how does this work|how do i use (?:you|this))\s*[?!.]*\s*$/i;
const ACKNOWLEDGEMENT = new RegExp(String.raw`^${ACK}(?:[,!.]*\s+${ACK})*${END}`, 'i');

/** Longer than any greeting, thanks or acknowledgement above ("okay, got it, sounds good, thank you so much!"). */
const MAX_SMALL_TALK = 80;

/** The reply to a message that is not a question about the article, or undefined for a question. */
export function smallTalkReply(text: string, articleTitle: string): string | undefined {
  const message = text.trim();
  // Small talk is short; a question of any length is spared the patterns.
  if (message.length > MAX_SMALL_TALK) return undefined;
  const invitation = (): string =>
    `Ask me about the article “${articleTitle}”: “what happened?”, or a who, what, when, where or why question, and I quote the sentences that answer it.`;
  if (GREETING.test(message)) return `Hi! ${invitation()}`;
  if (HELP.test(message)) return `${invitation()} /brief help lists the commands.`;
  if (THANKS.test(message)) return 'You’re welcome. Ask me anything else about the article.';
  if (ACKNOWLEDGEMENT.test(message)) return 'Ask me anything else about the article.';
  return undefined;
}

/** "hi, who is Blinken?", "ok so what about Taiwan", "...please": the greeting or courtesy around a question. */
const LEADING_COURTESY = /^(?:(?:hi|hello|hey|hiya|yo|ok(?:ay)?|please|pls|good (?:morning|afternoon|evening))(?:\s+(?:bot|there|all|everyone))?[,!.:;-]*\s+)+(?=\S)/i;
const TRAILING_COURTESY = /[,.;-]?\s+(?:thanks|thank you|thx|please|pls)\s*[!.]*\s*$/i;

/** What follows a question as talk about why it is asked counts as talk from this many words. */
const TRAILING_TALK_WORDS = 3;

/**
 * "who is the co-pilot? I am asking because my team needs to know quickly for a meeting ...": what follows the
 * last question mark, when it asks nothing itself, says why the question is asked, not what it asks. Context
 * before the question stays ("Blinken landed in Shanghai. Where does he go next?").
 */
function withoutTrailingTalk(text: string): string {
  const end = text.lastIndexOf('?');
  // Most questions end at their question mark.
  if (end < 0 || end === text.length - 1) return text;
  const after = text.slice(end + 1).trim();
  const words = after.split(/\s+/).filter(Boolean).length;
  const question = text.slice(0, end + 1).trim();
  return words >= TRAILING_TALK_WORDS && /[\p{L}\p{N}]/u.test(question) ? question : text;
}

/** The question without the greeting or courtesy around it (the question itself when there is none). */
export function withoutCourtesy(text: string): string {
  const stripped = withoutTrailingTalk(text.replace(LEADING_COURTESY, '').replace(TRAILING_COURTESY, '').trim());
  return stripped || text;
}
