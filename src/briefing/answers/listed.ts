/**
 * "Why was Mark Swidan detained?" in an article that names him only in a list ("Americans ... deemed detained
 * wrongly, notably Mark Swidan, Kai Li and David Lin"): the list says what all its people share, nothing of
 * any one of them. It answers "who is Mark Swidan?"; it does not say why he in particular was held, or what
 * he is accused of. General news English.
 */
import type { ArticleIndex } from '../search/article-index.js';
import { relatedTerms } from '../search/related-terms.js';
import type { ParsedQuestion } from './question.js';
import { entitiesNamed } from './rank.js';

/** The person (their name) the question asks about, when the article names them only among others and the question asks more than the list says. */
export function askedOfListedPerson(index: ArticleIndex, question: ParsedQuestion): string | undefined {
  for (const id of entitiesNamed(index, question)) {
    const entity = index.entities[id];
    if (entity?.kind !== 'person') continue;
    const listTerms = listedOnlyTerms(index, id);
    if (!listTerms) continue;
    // A reason is the person's own story; the list gives only the group's.
    if (question.kind === 'reason') return entity.name;
    const nameTerms = index.entityTerms[id];
    for (const t of question.terms) {
      if (!t.known || nameTerms?.has(t.term)) continue;
      if (!listTerms.has(t.term) && !relatedTerms(t.term).some((r) => listTerms.has(r))) return entity.name;
    }
  }
  return undefined;
}

/** Per article, per person: the words of the list sentences naming them, or null when named otherwise too. */
const listedOnlyCache = new WeakMap<ArticleIndex, Map<number, Set<string> | null>>();

/** The words of the sentences naming the person, when every one of them names the person only as one of a list. */
function listedOnlyTerms(index: ArticleIndex, id: number): Set<string> | undefined {
  let byId = listedOnlyCache.get(index);
  if (!byId) {
    byId = new Map();
    listedOnlyCache.set(index, byId);
  }
  let terms = byId.get(id);
  if (terms === undefined) {
    terms = findListedOnlyTerms(index, id) ?? null;
    byId.set(id, terms);
  }
  return terms ?? undefined;
}

function findListedOnlyTerms(index: ArticleIndex, id: number): Set<string> | undefined {
  const entity = index.entities[id];
  const terms = new Set<string>();
  let named = 0;
  for (const indexed of index.sentences) {
    if (!indexed.entityIds.has(id)) continue;
    if (!entity || !indexed.nameList?.members.includes(entity)) return undefined;
    named++;
    for (const term of indexed.terms) terms.add(term);
  }
  return named > 0 ? terms : undefined;
}
