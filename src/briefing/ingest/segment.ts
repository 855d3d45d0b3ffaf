/**
 * Text segmentation, C99-style (Choi 2000): a similarity matrix turned into a local rank matrix,
 * then divisive clustering that maximises inside density; the number of segments comes from the
 * gradient of that density, clamped to the caller's range. Works on any unit (sentences, paragraphs).
 */

export interface SegmentOptions {
  /** Side of the square neighbourhood used for ranking (odd). Choi uses 11 for sentences. */
  maskSize?: number;
  minSegments?: number;
  maxSegments?: number;
  /** Stop when the gain in density falls below mean + c * stdev of the gains. */
  c?: number;
  /** Boundaries known in advance (explicit topic-shift cues); the clustering starts from them. */
  forced?: readonly number[];
}

type Matrix = number[][];

const at = (matrix: Matrix, i: number, j: number): number => matrix[i]?.[j] ?? 0;

/** Each cell: the share of its neighbours (within the mask) that are less similar. */
export function rankMatrix(similarity: Matrix, maskSize: number): Matrix {
  const n = similarity.length;
  const half = Math.floor(maskSize / 2);
  const ranks = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const value = at(similarity, i, j);
      let lower = 0;
      let seen = 0;
      for (let a = Math.max(0, i - half); a <= Math.min(n - 1, i + half); a++) {
        for (let b = Math.max(0, j - half); b <= Math.min(n - 1, j + half); b++) {
          if (a === i && b === j) continue;
          seen++;
          if (at(similarity, a, b) < value) lower++;
        }
      }
      (ranks[i] as number[])[j] = seen ? lower / seen : 0;
    }
  }
  return ranks;
}

/** 2-D prefix sums, so the sum over any square block costs O(1). */
function prefixSums(matrix: Matrix): Matrix {
  const n = matrix.length;
  const sums = Array.from({ length: n + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      (sums[i + 1] as number[])[j + 1] = at(matrix, i, j) + at(sums, i, j + 1) + at(sums, i + 1, j) - at(sums, i, j);
    }
  }
  return sums;
}

/** Sum over the square block of units [from, to). */
const blockSum = (sums: Matrix, from: number, to: number): number =>
  at(sums, to, to) - at(sums, from, to) - at(sums, to, from) + at(sums, from, from);

/**
 * Segments n units given their pairwise similarity. Returns boundaries: the 0-based index of the last
 * unit before each boundary, ascending.
 */
export function segmentUnits(similarity: Matrix, options: SegmentOptions = {}): number[] {
  const n = similarity.length;
  const maxSegments = Math.min(options.maxSegments ?? n, n);
  const minSegments = Math.min(options.minSegments ?? 1, maxSegments);
  if (n < 2 || maxSegments <= 1) return [];
  const sums = prefixSums(rankMatrix(similarity, options.maskSize ?? 11));

  // Divisive clustering: each step adds the boundary that raises inside density the most.
  const starts = [0, ...new Set((options.forced ?? []).filter((b) => b >= 0 && b < n - 1).map((b) => b + 1))].sort((a, b) => a - b);
  const forcedStarts = starts.slice(1);
  const forcedCount = starts.length;
  let inside = 0;
  let area = 0;
  starts.forEach((from, s) => {
    const to = starts[s + 1] ?? n;
    inside += blockSum(sums, from, to);
    area += (to - from) ** 2;
  });
  const densities = [inside / area];
  const order: number[] = [];
  while (starts.length < maxSegments) {
    let best: { at: number; inside: number; area: number } | undefined;
    for (let s = 0; s < starts.length; s++) {
      const from = starts[s] as number;
      const to = starts[s + 1] ?? n;
      const whole = blockSum(sums, from, to);
      for (let cut = from + 1; cut < to; cut++) {
        const left = blockSum(sums, from, cut);
        const right = blockSum(sums, cut, to);
        const nextInside = inside - whole + left + right;
        const nextArea = area - (to - from) ** 2 + (cut - from) ** 2 + (to - cut) ** 2;
        if (!best || nextInside / nextArea > best.inside / best.area) best = { at: cut, inside: nextInside, area: nextArea };
      }
    }
    if (!best) break;
    starts.push(best.at);
    starts.sort((a, b) => a - b);
    order.push(best.at);
    inside = best.inside;
    area = best.area;
    densities.push(inside / area);
  }

  const count = chooseSegmentCount(densities, options.c ?? 1.2, Math.max(0, minSegments - forcedCount) + 1, order.length + 1);
  return [...forcedStarts, ...order.slice(0, count - 1)]
    .sort((a, b) => a - b)
    .map((start) => start - 1);
}

/** Choi's stopping rule: keep splitting while the gain in density is unusually large. */
function chooseSegmentCount(densities: readonly number[], c: number, minSegments: number, available: number): number {
  const gains = densities.slice(1).map((d, i) => d - (densities[i] as number));
  if (gains.length === 0) return 1;
  const mean = gains.reduce((a, b) => a + b, 0) / gains.length;
  const sd = Math.sqrt(gains.reduce((a, b) => a + (b - mean) ** 2, 0) / gains.length);
  const threshold = mean + c * sd;
  let count = 1;
  for (let k = 0; k < gains.length; k++) {
    if ((gains[k] as number) > threshold) count = k + 2;
  }
  return Math.min(Math.max(count, minSegments), available);
}
