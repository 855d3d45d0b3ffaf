import { describe, expect, it } from 'vitest';
import { rankMatrix, segmentUnits } from '../../../src/briefing/ingest/segment.js';
import { segmentSentences } from '../../../src/briefing/ingest/sections.js';
import { pk } from '../../../scripts/eval/pk.js';

const TOPICS = [
  ['The orchestra tuned violins before the concert.', 'The violins and cellos played the symphony.', 'The conductor praised the orchestra after the symphony.', 'A concert of violins and cellos filled the hall.'],
  ['Farmers harvested wheat in the dry fields.', 'The wheat harvest depends on rain in the fields.', 'Farmers sold wheat and barley at the market.', 'Rain came late for the barley fields.'],
  ['The rocket launched a satellite into orbit.', 'Engineers tracked the satellite orbit from the ground.', 'The rocket engines burned for ten minutes before orbit.', 'A second satellite will launch on the next rocket.'],
];

describe('C99 segmentation', () => {
  it('GIVEN three topics of four sentences THEN it finds the two boundaries', () => {
    expect(segmentSentences(TOPICS.flat())).toEqual([3, 7]);
  });

  it('GIVEN forced boundaries THEN they are kept and the count stays within range', () => {
    const similarity = Array.from({ length: 6 }, (_, i) => Array.from({ length: 6 }, (_, j) => (i === j ? 1 : 0.1)));
    const boundaries = segmentUnits(similarity, { forced: [2], maxSegments: 2 });
    expect(boundaries).toEqual([2]);
  });

  it('GIVEN one unit THEN no boundaries', () => {
    expect(segmentUnits([[1]])).toEqual([]);
  });

  it('ranks each cell among its neighbours', () => {
    const ranks = rankMatrix([[1, 0.2, 0.1], [0.2, 1, 0.5], [0.1, 0.5, 1]], 3);
    expect(ranks[0]?.[0]).toBeCloseTo(2 / 3); // beats 0.2 and 0.2, not the other diagonal cell
    expect(ranks[0]?.[2]).toBe(0); // the weakest similarity beats none
  });

  it('Pk is 0 for a perfect segmentation and grows with errors', () => {
    expect(pk([3, 7], [3, 7], 12)).toBe(0);
    expect(pk([3, 7], [], 12)).toBeGreaterThan(0.3);
  });
});
