/**
 * Lists of names in a sentence ("Mark Swidan, Kai Li, and David Lin"): counting them answers
 * "how many Americans ..." as fairly as a figure would.
 */
import { tokenize } from '../text/tokens.js';
import type { Entity } from '../types.js';

export interface NameList {
  kind: Entity['kind'];
  /** How many names of that kind the list holds. */
  count: number;
}

const NAME = String.raw`\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,3}`;
/** "A, B, and C", "A, B and C", "A and B". */
const LIST = new RegExp(String.raw`${NAME}(?:\s*,\s*${NAME})*\s*,?\s+(?:and|or)\s+${NAME}`, 'gu');
const ITEM_SPLIT = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/u;

/** The longest list of same-kind entities the sentence holds (at least two names), if any. */
export function nameList(text: string, entities: readonly Entity[]): NameList | undefined {
  const named = entities.filter((e) => e.kind !== 'date').map((e) => ({ kind: e.kind, forms: [e.name, ...e.aliases].map(tokenize).filter((w) => w.length > 0) }));
  let best: NameList | undefined;
  for (const match of text.matchAll(LIST)) {
    const counts = new Map<Entity['kind'], number>();
    for (const item of match[0].split(ITEM_SPLIT)) {
      const words = tokenize(item);
      // An item is a name when it ends with one of the entity's forms ("President Joe Biden" ends with "Joe Biden").
      const entity = named.find((e) => e.forms.some((form) => form.length <= words.length && form.every((w, i) => words[words.length - form.length + i] === w)));
      if (entity) counts.set(entity.kind, (counts.get(entity.kind) ?? 0) + 1);
    }
    for (const [kind, count] of counts) if (count >= 2 && count > (best?.count ?? 0)) best = { kind, count };
  }
  return best;
}
