/**
 * "..., the official said": a quote attributed to a speaker given only by role, whom an earlier sentence
 * introduced ("a Chinese Foreign Ministry official signaled Tuesday ..."). General news English.
 */
const ROLES = String.raw`official|spokes(?:man|woman|person)|minister|diplomat|officer|source|analyst|expert|envoy|aide`;
const ROLE_ATTRIBUTION = new RegExp(
  String.raw`\b(?:the|this|that) (?:[\p{L}-]+ ){0,3}?(${ROLES})s? (?:said|says|added|explained|noted|told|warned|stressed)\b|\b(?:said|says|added) the (?:[\p{L}-]+ ){0,3}?(${ROLES})\b`,
  'iu',
);

/** The role noun of a speaker the sentence gives only by role ("official" in "..., the official said"). */
export function unnamedSpeakerRole(text: string): string | undefined {
  const match = ROLE_ATTRIBUTION.exec(text);
  return (match?.[1] ?? match?.[2])?.toLowerCase();
}

/** The sentence uses the role noun, singular or plural. */
export function mentionsRole(text: string, role: string): boolean {
  return new RegExp(String.raw`\b${role}s?\b`, 'i').test(text);
}
