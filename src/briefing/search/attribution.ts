/**
 * "..., the official said": a quote attributed to a speaker given only by role, whom an earlier sentence
 * introduced ("a Chinese Foreign Ministry official signaled Tuesday ..."). General news English. A quote
 * right after that sentence is the speaker's (article index); "who said that?" is answered by it.
 */
const ROLES = String.raw`official|spokes(?:man|woman|person)|minister|diplomat|officer|source|analyst|expert|envoy|aide`;
// ASCII words between "the" and the role ("the second senior State Department official"): a Unicode,
// case-insensitive class made this pattern cost 20 ms to compile at start-up.
const ROLE_ATTRIBUTION = new RegExp(
  String.raw`\b(?:the|this|that) (?:[a-z-]+ ){0,3}?(${ROLES})s? (?:said|says|added|explained|noted|told|warned|stressed)\b|\b(?:said|says|added) the (?:[a-z-]+ ){0,3}?(${ROLES})\b`,
  'i',
);

/** The role noun of a speaker the sentence gives only by role ("official" in "..., the official said"). */
export function unnamedSpeakerRole(text: string): string | undefined {
  const match = ROLE_ATTRIBUTION.exec(text);
  return (match?.[1] ?? match?.[2])?.toLowerCase();
}

/** Where a sentence (its tokens) first uses the role noun, singular or plural; -1 when it does not. */
export function rolePosition(tokens: readonly string[], role: string): number {
  const plural = `${role}s`;
  return tokens.findIndex((token) => token === role || token === plural);
}

/** A sentence (its tokens) uses the role noun, singular or plural. */
export function mentionsRole(tokens: readonly string[], role: string): boolean {
  return rolePosition(tokens, role) >= 0;
}
