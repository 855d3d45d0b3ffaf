/**
 * "How long will the strike last?", from the fiftieth blind review: the lead alone says "a 48-hour strike", but the
 * story says "strike" in many shorter sentences, one of them costing "30 million euros a day", and "last" only of
 * "last year". The article is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const STRIKE = [
  'Dockworkers strike halts Antwerp port as talks set for Monday',
  'ANTWERP, Belgium (Reuters) - Thousands of dockworkers at the port of Antwerp walked off the job on Friday in a 48-hour strike over pay and automation, halting container traffic and leaving dozens of ships waiting at anchor in the North Sea.',
  'The strike, called by the dockers union, began at 6 a.m. local time.',
  'Employers said the strike was "disproportionate" and would cost the Belgian economy about 30 million euros a day.',
  'The union said the strike had wide support.',
  'Shipping lines said the strike would delay deliveries before Christmas.',
  'The union warned that if no deal was reached by Wednesday, it would call a second strike.',
  'Antwerp handled 12 million containers last year.',
  'Consumer groups said refunds for delayed goods could take up to a year.',
].join('\n\n');
const serviceOf = () => createBriefingService(staticLibrary(ingestArticle(STRIKE, { source: 'strike.txt', articleId: 'strike' })));

describe('how long, said once in the lead', () => {
  it.each(['how long will the strike last?', 'how long is the strike?'])('GIVEN "%s" THEN the lead’s "48-hour strike" answers, not a cost "a day"', (question) => {
    const result = serviceOf().ask(question);
    expect(result.abstained, result.answer).toBe(false);
    expect(result.answer).toMatch(/^Thousands of dockworkers .* in a 48-hour strike/);
  });

  it('GIVEN "how long could refunds take?" (guard) THEN "up to a year" is a length of time, not a rate', () => {
    expect(serviceOf().ask('how long could refunds take?').answer).toMatch(/^Consumer groups said refunds for delayed goods could take up to a year/);
  });
});
