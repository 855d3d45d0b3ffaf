/**
 * What a conversation carries into its next turn: the topic terms (kept when the new question leaned
 * on them), the entities in play (so "he" finds the person just quoted) and where the last answer was.
 */
import type { AnswerResult } from '../answers/answer.js';
import type { TurnContext } from '../answers/context.js';
import type { ArticleIndex } from '../search/article-index.js';

const MAX_CARRIED_TERMS = 12;

export function nextTurnContext(index: ArticleIndex, previous: TurnContext | undefined, result: AnswerResult): TurnContext {
  const ownTerms = result.question.terms.filter((t) => t.known).map((t) => t.term);
  const leaned = previous !== undefined && (result.question.anaphoric || ownTerms.length <= 2);
  const terms = leaned ? [...new Set([...ownTerms, ...previous.terms])].slice(0, MAX_CARRIED_TERMS) : ownTerms;

  const quotedPeople = result.chosen.flatMap((c) => [...c.indexed.entityIds].filter((id) => index.entities[id]?.kind === 'person'));
  const entityIds = [...new Set([...result.entityIds, ...quotedPeople, ...(leaned ? previous.entityIds : [])])].slice(0, 8);

  if (result.answer.abstained) {
    // Nothing was quoted: keep pointing at what the conversation was about before.
    return { terms, entityIds, sentencePositions: previous?.sentencePositions ?? [], sectionId: previous?.sectionId ?? null };
  }
  return {
    terms,
    entityIds,
    sentencePositions: result.chosen.map((c) => c.position),
    sectionId: result.chosen[0]?.indexed.sentence.sectionId ?? null,
  };
}
