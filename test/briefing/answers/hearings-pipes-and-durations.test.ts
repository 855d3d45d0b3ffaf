/**
 * From the forty-eighth blind review (`fixtures/wire/`: a cruise ship held in Greece, a bribery trial in Ghana, tap
 * water in Mexico, a rhino count in Nepal): "for days" is a length of time, "the next hearing" is the hearing a court
 * adjourned to, a pipe is the water line, a story named ahead of "tl;dr" or a bare "where" is asked of, and "what's
 * next for" the story's subject asks what it looks ahead to.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import type { Briefing } from '../../../src/briefing/types.js';
import { staticLibrary } from '../fixtures/static-library.js';

const briefingOf = (name: string, builtAt = '2026-11-01T00:00:00.000Z'): Briefing => ({
  ...ingestArticle(readFileSync(new URL(`../fixtures/wire/${name}`, import.meta.url), 'utf8'), { source: name, articleId: name.replace('.txt', '') }),
  builtAt,
});
const wire = (name: string) => createBriefingService(staticLibrary(briefingOf(name)));

describe('hearings, pipes and lengths of time', () => {
  it('GIVEN "how long does it survive on surfaces" THEN "can survive on surfaces for days" answers, not a refusal', () => {
    expect(wire('greece-cruise-outbreak.txt').ask('how long does it survive on surfaces').answer).toMatch(/^Norovirus, which causes vomiting and diarrhoea, .* survive on surfaces for days/);
  });

  it('GIVEN "when\'s the next hearing" THEN the hearing adjourned until Thursday answers', () => {
    expect(wire('ghana-bribery-trial.txt').ask("when's the next hearing").answer).toContain('The presiding judge, Justice Yaa Mensah-Bonsu, adjourned the hearing until Thursday');
  });

  it('GIVEN "when will the pipe be fixed" THEN "We expect the line to be repaired by Friday" answers', () => {
    expect(wire('mexico-water-contamination.txt').ask('when will the pipe be fixed').answer).toContain('We expect the line to be repaired by Friday');
  });

  it('GIVEN "rhino story tl;dr" and "horn seizure - where" among several stories THEN the rhino story answers both, not with a refusal', () => {
    const service = createBriefingService(staticLibrary(briefingOf('nepal-rhino-count.txt'), briefingOf('ghana-bribery-trial.txt', '2026-11-02T00:00:00.000Z')));
    const gist = service.ask('rhino story tl;dr');
    expect(gist.articleId).toBe('nepal-rhino-count');
    expect(gist.answer).toMatch(/^Nepal's population of greater one-horned rhinoceros has grown to 812/);
    const where = service.ask('horn seizure - where');
    expect(where.articleId).toBe('nepal-rhino-count');
    expect(where.abstained).toBe(false);
  });

  it('GIVEN "what\'s next for nepal\'s rhinos" THEN what the story looks ahead to answers: the rhinos to be moved next month', () => {
    expect(wire('nepal-rhino-count.txt').ask("what's next for nepal's rhinos").answer).toMatch(/^The government plans to move five rhinos from Chitwan to Shuklaphanta next month/);
  });
});

