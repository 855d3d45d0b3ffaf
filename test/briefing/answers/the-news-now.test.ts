/**
 * The news as it stands, from the forty-third blind review's platinum strike: "how many workers are on strike
 * now?" had been answered with the 2014 strike's 70,000 under "BACKGROUND:", whose sentence says "strike" where
 * today's 14,000 "walked off the job".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const strike = () =>
  createBriefingService(
    staticLibrary(
      ingestArticle(readFileSync(new URL('../fixtures/wire/south-africa-platinum-strike.txt', import.meta.url), 'utf8'), { source: 'strike.txt', articleId: 'strike' }),
    ),
  );

describe('a question asked of the present', () => {
  it('GIVEN "how many workers are on strike now?" THEN today\'s 14,000 who walked off the job are quoted, not the 2014 strike\'s 70,000', () => {
    const answer = strike().ask('how many workers are on strike now?', { conversationKey: 'now' });
    expect(answer.answer).toContain("About 14,000 workers at Ridgeback Platinum's three mines");
    expect(answer.answer).not.toContain('70,000');
  });

  it('GIVEN "how many workers struck in 2014?" THEN the background answers: the earlier occasion is asked', () => {
    expect(strike().ask('how many workers struck in 2014?', { conversationKey: 'then' }).answer).toContain('about 70,000 workers');
  });

  it('GIVEN "how many nurses are on strike now?" of a story whose nurses "stopped work" THEN the 2019 strike\'s 4,000 are no answer, though only that sentence says "strike"', () => {
    const article = [
      'Nurses stop work at city hospitals',
      'LISBON, Portugal (AP) — About 900 nurses at three city hospitals stopped work on Monday, demanding more staff and safer shifts.',
      'The health ministry said it would meet union leaders on Thursday.',
      'BACKGROUND: In 2019, about 4,000 nurses went on strike for two weeks over pay.',
    ].join('\n\n');
    const service = createBriefingService(staticLibrary(ingestArticle(article, { source: 'nurses.txt', articleId: 'nurses' })));
    // Today's "stopped work" covers too little of the question to answer it: a refusal, not the wrong figure.
    expect(service.ask('how many nurses are on strike now?', { conversationKey: 'now' }).answer).not.toContain('4,000');
    expect(service.ask('how many nurses went on strike in 2019?', { conversationKey: 'then' }).answer).toContain('about 4,000 nurses');
  });

  it('GIVEN "when was the building built" THEN the sentence saying it was built in the 1950s answers, not inspections that "will begin on Dec. 1"', () => {
    const service = createBriefingService(
      staticLibrary(
        ingestArticle(readFileSync(new URL('../fixtures/wire/morocco-building-collapse.txt', import.meta.url), 'utf8'), { source: 'collapse.txt', articleId: 'collapse' }),
      ),
    );
    expect(service.ask('when was the building built', { conversationKey: 'built' }).answer).toMatch(/^Investigators are examining .* which was built in the 1950s/);
    expect(service.ask('when will the inspections begin', { conversationKey: 'inspect' }).answer).toContain('will begin on Dec. 1');
  });
});
