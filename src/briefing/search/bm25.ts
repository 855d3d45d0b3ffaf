/**
 * A small BM25+ over the article's sentences for the answer path. MiniSearch serves `search`
 * (prefixes, fields); answers only need weighted exact terms, and a direct posting-list scan costs a
 * fraction of a generic query engine's time (a third of `brief chat`'s time went to MiniSearch queries).
 * Same parameters as MiniSearch's defaults, so rankings agree.
 */
import { topByScore } from './top-k.js';

export interface Bm25Index {
  /** Scores of the sentences (by position) that contain any of the weighted terms, in the order first met. */
  score(weights: ReadonlyMap<string, number>): Map<number, number>;
  /**
   * The `k` best-scoring sentences as [position, score], best first (ties: earlier position first):
   * the same as sorting `score(weights)` and keeping `k`, without building and sorting them all.
   */
  top(weights: ReadonlyMap<string, number>, k: number): Array<[position: number, score: number]>;
  /** The score the last `score` or `top` query gave the sentence at a position: 0 where it met none of its terms. */
  lastScoreOf(position: number): number;
}

const K1 = 1.2;
const B = 0.7;
/** BM25+ lower bound: a term present at all counts for something, even in a long sentence. */
const DELTA = 0.5;

/** Where one term occurs in one field, with what the query does not change worked out at build time. */
interface Posting {
  /** The term's idf, worked out once. */
  idf: number;
  positions: Int32Array;
  /** Per position: the term's BM25+ factor there, to be multiplied by idf, weight and boost. */
  factors: Float64Array;
  /** Per position: 1 when no earlier field holds the term there, so it counts once for coordination. */
  firstField: Uint8Array;
}

interface Field {
  postings: Map<string, Posting>;
  boost: number;
}

/** One field's term counts per document, and its BM25+ factors. */
function fieldPostings(
  documents: ReadonlyArray<readonly string[]>,
  wordCounts: readonly number[] | undefined,
  idf: (term: string) => number,
  earlier: readonly Field[],
): Map<string, Posting> {
  const lists = new Map<string, Array<[position: number, frequency: number]>>();
  const lengths = wordCounts ?? documents.map((terms) => terms.length);
  const averageLength = lengths.reduce((a, b) => a + b, 0) / Math.max(documents.length, 1) || 1;
  documents.forEach((terms, position) => {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, frequency] of counts) {
      const list = lists.get(term) ?? [];
      list.push([position, frequency]);
      lists.set(term, list);
    }
  });
  const postings = new Map<string, Posting>();
  for (const [term, list] of lists) {
    const heldEarlier = earlier.flatMap((field) => [...(field.postings.get(term)?.positions ?? [])]);
    postings.set(term, {
      idf: idf(term),
      positions: Int32Array.from(list, ([position]) => position),
      // The very expression the query-time loop used, so every score is the same to the last bit.
      factors: Float64Array.from(list, ([position, frequency]) => {
        const norm = frequency + K1 * (1 - B + (B * (lengths[position] ?? 0)) / averageLength);
        return (frequency * (K1 + 1)) / norm + DELTA;
      }),
      firstField: Uint8Array.from(list, ([position]) => (heldEarlier.includes(position) ? 0 : 1)),
    });
  }
  return postings;
}

/** BM25+ over sentence text, plus an optional second field (the section title) at a lower boost. */
export function buildBm25(
  documents: ReadonlyArray<readonly string[]>,
  idf: (term: string) => number,
  options: { wordCounts?: readonly number[]; second?: { documents: ReadonlyArray<readonly string[]>; wordCounts?: readonly number[]; boost: number } } = {},
): Bm25Index {
  const fields: Field[] = [{ postings: fieldPostings(documents, options.wordCounts, idf, []), boost: 1 }];
  if (options.second) fields.push({ postings: fieldPostings(options.second.documents, options.second.wordCounts, idf, fields), boost: options.second.boost });
  const size = Math.max(documents.length, options.second?.documents.length ?? 0);
  const scratch = new Scratch(size);

  /** Accumulates into `scratch`; returns how many positions were touched (listed in `scratch.touched`). */
  const accumulate = (weights: ReadonlyMap<string, number>): number => {
    scratch.reset();
    // Fields, then terms, then positions: the order of the sums, hence every score, is as it always was.
    for (const field of fields) {
      // forEach, not `for (const [term, weight] of ...)`: destructuring is slow until the JIT has optimised it.
      weights.forEach((weight, term) => {
        const posting = field.postings.get(term);
        if (posting) scratch.addPosting(posting, posting.idf * weight * field.boost);
      });
    }
    // Like MiniSearch: a sentence meeting more of the query's terms is multiplied up (coordination).
    scratch.coordinate();
    return scratch.touchedCount;
  };

  return {
    score(weights) {
      const count = accumulate(weights);
      const scores = new Map<number, number>();
      for (let i = 0; i < count; i++) {
        const position = scratch.touched[i] as number;
        scores.set(position, scratch.scores[position] as number);
      }
      return scores;
    },
    top(weights, k) {
      const count = accumulate(weights);
      const { scores } = scratch;
      const best: Array<[position: number, score: number]> = [];
      // A loop and push, not `map`: optimised code builds `map` results as holey arrays, interpreted code as
      // packed ones, and the ranker was deoptimised each time the other kind reached it.
      for (const position of topByScore(scratch.touched, count, scores, k)) best.push([position, scores[position] as number]);
      return best;
    },
    lastScoreOf(position) {
      return scratch.scoreOf(position);
    },
  };
}

/**
 * Per-query sums, reused across queries: a generation stamp marks which positions this query touched,
 * so nothing is cleared or allocated per query (queries are synchronous, so one set per index suffices).
 */
class Scratch {
  readonly scores: Float64Array;
  /** Distinct query terms met per position. */
  private readonly terms: Uint32Array;
  private readonly stamps: Uint32Array;
  /** Positions touched by this query, in the order first met. */
  readonly touched: Int32Array;
  touchedCount = 0;
  private generation = 0;

  constructor(size: number) {
    this.scores = new Float64Array(size);
    this.terms = new Uint32Array(size);
    this.stamps = new Uint32Array(size);
    this.touched = new Int32Array(size);
  }

  reset(): void {
    this.touchedCount = 0;
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  /** Adds one term's contributions, `termIdf` times its factor at each position (one loop, no call per position). */
  addPosting(posting: Posting, termIdf: number): void {
    const { positions, factors, firstField } = posting;
    const { scores, terms, stamps, touched, generation } = this;
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i] as number;
      if (stamps[position] !== generation) {
        stamps[position] = generation;
        scores[position] = 0;
        terms[position] = 0;
        touched[this.touchedCount++] = position;
      }
      scores[position] = (scores[position] as number) + termIdf * (factors[i] as number);
      terms[position] = (terms[position] as number) + (firstField[i] as number);
    }
  }

  /** The position's score in this query, 0 where the query touched it not. */
  scoreOf(position: number): number {
    return this.stamps[position] === this.generation ? (this.scores[position] as number) : 0;
  }

  coordinate(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const position = this.touched[i] as number;
      this.scores[position] = (this.scores[position] as number) * (this.terms[position] as number);
    }
  }
}
