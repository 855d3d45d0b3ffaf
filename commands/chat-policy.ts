/**
 * When to speak up uninvited. Mentions and DMs are always answered; replies in a thread the bot answered
 * are answered only when they read like a question, so people thanking each other there are left alone.
 */

const QUESTION_START =
  /^(who|whom|whose|what|what's|whats|when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|and|but|so|tell|explain|describe|any|more)\b/i;

/** "what about Taiwan?", "and the sanctions", "when was that" yes; "thanks!", "lol", "ok" no. */
export function looksLikeQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  return trimmed.includes('?') || /^\/brief(\s|$)/i.test(trimmed) || QUESTION_START.test(trimmed);
}
