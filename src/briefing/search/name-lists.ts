/**
 * Lists of names in a sentence ("Mark Swidan, Kai Li, and David Lin"): counting them answers
 * "how many Americans ..." as fairly as a figure would, unless the list only gives examples.
 */
import { tokenize } from '../text/tokens.js';
import type { Entity } from '../types.js';

export interface NameList {
  kind: Entity['kind'];
  /** How many names of that kind the list holds. */
  count: number;
  /** The entities listed, of that kind. */
  members: Entity[];
  /** The list gives examples ("notably A, B and C", "including A and B"), not all there are: it counts nothing. */
  examples: boolean;
}

/** Words that introduce examples rather than a whole: "notably", "including", "such as", "among them". */
const EXAMPLES_BEFORE = /(?:\bnotably|\bincluding|\bsuch as|\bamong them(?: are| were)?|\bfor example|\bfor instance|\bincluded|\blike|\be\.g\.)[\s,:]*$/iu;

const NAME = String.raw`\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,3}`;
/** "A, B, and C", "A, B and C", "A and B". */
const LIST = new RegExp(String.raw`${NAME}(?:\s*,\s*${NAME})*\s*,?\s+(?:and|or)\s+${NAME}`, 'gu');
const ITEM_SPLIT = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/u;

/** The longest list of same-kind entities the sentence holds (at least two names), if any. */
export function nameList(text: string, entities: readonly Entity[]): NameList | undefined {
  const named = entities.filter((e) => e.kind !== 'date').map((entity) => ({ entity, forms: [entity.name, ...entity.aliases].map(tokenize).filter((w) => w.length > 0) }));
  let best: NameList | undefined;
  for (const match of text.matchAll(LIST)) {
    const byKind = new Map<Entity['kind'], Entity[]>();
    for (const item of match[0].split(ITEM_SPLIT)) {
      const words = tokenize(item);
      // An item is a name when it ends with one of the entity's forms ("President Joe Biden" ends with "Joe Biden").
      const found = named.find((e) => e.forms.some((form) => form.length <= words.length && form.every((w, i) => words[words.length - form.length + i] === w)));
      if (found) byKind.set(found.entity.kind, [...(byKind.get(found.entity.kind) ?? []), found.entity]);
    }
    const examples = EXAMPLES_BEFORE.test(text.slice(0, match.index));
    for (const [kind, members] of byKind) if (members.length >= 2 && members.length > (best?.count ?? 0)) best = { kind, count: members.length, members, examples };
  }
  return best;
}
