/** How often a place stands in the story on its own, not inside a longer name. */
import type { Briefing, Entity } from '../types.js';
import { escapeRegExp } from './regexp.js';

/** Sentences in which a place stands alone, not inside a longer name ("Paris" in "Paris Match", "Korea" in "North Korea"). */
export function standaloneMentions(place: Entity, briefing: Briefing): number {
  const pattern = new RegExp(`\\b${escapeRegExp(place.name)}\\b(?!\\s+\\p{Lu})`, 'gu');
  let count = 0;
  for (const id of place.sentenceIds) {
    const text = briefing.sentences[id]?.text;
    if (text === undefined) continue;
    for (const match of text.matchAll(pattern)) {
      if (!insideName(text.slice(0, match.index))) {
        count++;
        break;
      }
    }
  }
  return count;
}

/** The place stands alone in that one sentence. */
export function standaloneIn(place: Entity, briefing: Briefing, sentenceId: number): boolean {
  return place.sentenceIds.includes(sentenceId) && standaloneMentions({ ...place, sentenceIds: [sentenceId] }, briefing) > 0;
}

/** The text before a place ends with a capitalised word of a longer name, not one opening the sentence ("In"). */
function insideName(before: string): boolean {
  const previous = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(before);
  if (!previous) return false;
  const start = previous.index;
  const opensSentence = start === 0 || /[.!?]["”’']?\s+$/u.test(before.slice(0, start));
  return !opensSentence;
}

