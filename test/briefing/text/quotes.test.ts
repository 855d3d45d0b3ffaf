import { describe, expect, it } from 'vitest';
import { openQuotation, quotationPieces } from '../../../src/briefing/text/quotes.js';

describe('quotations cut by sentence splitting', () => {
  it('GIVEN a sentence opening a quotation it does not close, or closing one it did not open THEN it says which', () => {
    expect(openQuotation('That prompted her to respond with a tweet of her own: "Thanks.')).toBe('opens');
    expect(openQuotation('And this is not the Duke we are here to create,\' " the president told the crowd.')).toBe('closes');
    expect(openQuotation('The New Year would be even sweeter, sir.”')).toBe('closes');
    expect(openQuotation('“We will win.')).toBe('opens');
    expect(openQuotation('"We will win," he said.')).toBeUndefined();
    expect(openQuotation('He said nothing.')).toBeUndefined();
  });

  it('GIVEN a paragraph quoting four sentences THEN each is a piece, and the next paragraph starts afresh', () => {
    const pieces = quotationPieces([
      { text: 'Hundreds gathered at the forum.', paragraph: 1 },
      { text: '"You came here to say with me, \'This is no Duke we will accept.', paragraph: 2 },
      { text: 'This is no Duke we want.', paragraph: 2 },
      { text: 'And this is not the Duke we are here to create,\' " Brodhead told the crowd.', paragraph: 2 },
      { text: 'The student will face a review.', paragraph: 2 },
      { text: 'He said: "We will act.', paragraph: 3 },
      { text: 'Officials are still looking into it.', paragraph: 4 },
    ]);
    expect(pieces).toEqual([false, true, true, true, false, true, false]);
  });
});
