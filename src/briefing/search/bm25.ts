/**
 * A small BM25+ over the article's sentences for the answer path. MiniSearch serves `search`
 * (prefixes, fields); answers only need weighted exact terms, and a direct posting-list scan costs a
 * fraction of a generic query engine's time (a third of `brief chat`'s time went to MiniSearch queries).
 * Same parameters as MiniSearch's defaults, so rankings agree.
 */
export interface Bm25Index {
  /** Scores of the sentences (by position) that contain any of the weighted terms. */
  score(weights: ReadonlyMap<string, number>): Map<number, number>;
}

const K1 = 1.2;
const B = 0.7;
/** BM25+ lower bound: a term present at all counts for something, even in a long sentence. */
const DELTA = 0.5;

/** One field's posting lists and lengths. */
function fieldIndex(documents: ReadonlyArray<readonly string[]>, wordCounts?: readonly number[]) {
  const postings = new Map<string, Array<[position: number, frequency: number]>>();
  const lengths = wordCounts ?? documents.map((terms) => terms.length);
  const averageLength = lengths.reduce((a, b) => a + b, 0) / Math.max(documents.length, 1) || 1;
  documents.forEach((terms, position) => {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, frequency] of counts) {
      const list = postings.get(term) ?? [];
      list.push([position, frequency]);
      postings.set(term, list);
    }
  });
  return { postings, lengths, averageLength };
}

/** BM25+ over sentence text, plus an optional second field (the section title) at a lower boost. */
export function buildBm25(
  documents: ReadonlyArray<readonly string[]>,
  idf: (term: string) => number,
  options: { wordCounts?: readonly number[]; second?: { documents: ReadonlyArray<readonly string[]>; wordCounts?: readonly number[]; boost: number } } = {},
): Bm25Index {
  const fields = [{ ...fieldIndex(documents, options.wordCounts), boost: 1 }];
  if (options.second) fields.push({ ...fieldIndex(options.second.documents, options.second.wordCounts), boost: options.second.boost });
  return {
    score(weights) {
      const scores = new Map<number, number>();
      const matched = new Map<number, Set<string>>();
      for (const field of fields) {
        for (const [term, weight] of weights) {
          const list = field.postings.get(term);
          if (!list) continue;
          const termIdf = idf(term) * weight * field.boost;
          for (const [position, frequency] of list) {
            const norm = frequency + K1 * (1 - B + (B * (field.lengths[position] ?? 0)) / field.averageLength);
            scores.set(position, (scores.get(position) ?? 0) + termIdf * ((frequency * (K1 + 1)) / norm + DELTA));
            const terms = matched.get(position) ?? new Set<string>();
            terms.add(term);
            matched.set(position, terms);
          }
        }
      }
      // Like MiniSearch: a sentence meeting more of the query's terms is multiplied up (coordination).
      for (const [position, terms] of matched) scores.set(position, (scores.get(position) ?? 0) * terms.size);
      return scores;
    },
  };
}
