/**
 * Questions of two parts ("How old is she, and was she hurt?", "Who suspended him and for how long?"):
 * each part has its own answer, often in its own sentence, so each is ranked on its own.
 */

/**
 * The joint between the parts: "and" (after an optional comma) followed by a question word or an auxiliary,
 * perhaps after a preposition ("and in which town", "and for how long").
 */
export const COMPOUND_JOINT =
  /,?\s+and\s+(?=(?:(?:in|on|at|from|to|with|by|for|since|until) )?(?:what|who|whom|whose|when|where|why|how|which|was|were|is|are|did|does|do|has|have|had|can|could|will|would)\b)/i;

const MIN_PART_WORDS = 2;

/** The two parts of a compound question, or undefined when it asks one thing. */
export function splitCompound(text: string): [string, string] | undefined {
  const match = COMPOUND_JOINT.exec(text);
  if (!match) return undefined;
  const first = text.slice(0, match.index).trim();
  const second = text.slice(match.index + match[0].length).trim();
  const words = (part: string): number => part.split(/\s+/).filter(Boolean).length;
  if (words(first) < MIN_PART_WORDS || words(second) < MIN_PART_WORDS) return undefined;
  return [first, second];
}
