/**
 * The key points as shown under the TL;DR. The TL;DR is the first key point short enough to be one, so shown
 * both ways the reader met the same sentence twice in a row; the key point the TL;DR repeats word for word is
 * left out (one the TL;DR only shortens stays: it says more).
 */
import type { Briefing } from './types.js';

export function keyPointsBesidesTldr(briefing: Pick<Briefing, 'tldr' | 'keyPoints'>): string[] {
  const repeated = briefing.keyPoints.indexOf(briefing.tldr);
  return repeated < 0 ? [...briefing.keyPoints] : briefing.keyPoints.filter((_, i) => i !== repeated);
}
