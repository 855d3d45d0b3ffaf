/**
 * A story's event, named in its lead and again and again after ("a dust storm"), is what every sentence of it is
 * about: a question naming the event is answered by a sentence that does not repeat it. The dust storm of
 * `fixtures/wire/iraq-dust-storm.txt` is from one of our invented-news sets (CQ, tune).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const STORM = readFileSync(new URL('../fixtures/wire/iraq-dust-storm.txt', import.meta.url), 'utf8');

const storm = () => createBriefingService(staticLibrary(ingestArticle(STORM, { source: 'storm.txt', articleId: 'storm' })));

describe('the event a story is about', () => {
  it('GIVEN "who died during the storm?" of a storm story THEN the death answers, though its sentence never says "storm"', () => {
    const answer = storm().ask('Who died during the storm?').answer;
    expect(answer).toMatch(/^A 71-year-old man with chronic asthma died/);
  });

  // Guards on the one above: the event counts only where the question names it.
  it('GIVEN a question naming something else the article lacks THEN it is still refused ("who died in the flood?", "who was hurt in the earthquake?")', () => {
    for (const asked of ['who died in the flood?', 'who was hurt in the earthquake?']) {
      expect(storm().ask(asked).abstained, asked).toBe(true);
    }
  });
});
