/**
 * A library of the forty-first blind review's four wire stories (a care home fire trial, a carmaker's job cuts, a
 * malaria drug trial, a cup final, the final newest) and the shipped article: a question goes to the story it is
 * about, whether it names a company only one story has, uses words only one story uses, or names the story by its
 * kind ("the football story", "the car story") in words the story itself never writes.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../src/briefing/briefing-service.js';
import { staticLibrary } from './fixtures/static-library.js';
import { shippedBriefing, wireBriefing } from './fixtures/wire-stories.js';

const library = () =>
  staticLibrary(
    shippedBriefing(),
    wireBriefing('trial', 'ireland-care-home-trial.txt', '2026-01-01T00:00:00.000Z'),
    wireBriefing('carmaker', 'korea-carmaker-job-cuts.txt', '2026-01-02T00:00:00.000Z'),
    wireBriefing('malaria', 'kenya-malaria-trial.txt', '2026-01-03T00:00:00.000Z'),
    wireBriefing('final', 'argentina-cup-final.txt', '2026-01-04T00:00:00.000Z'),
  );

describe('the story a question is about, in a library of five', () => {
  it('GIVEN "in the football story ..." and "in the car story ..." THEN the cup final and the carmaker answer, though neither writes "football" or "car" (and "car" is no "care home")', () => {
    const service = createBriefingService(library());
    const detained = service.ask('in the football story how many people were detained', { conversationKey: 'kinds' });
    expect(detained).toMatchObject({ articleId: 'final', abstained: false });
    expect(detained.answer).toContain('23 people were detained outside before kickoff');
    const laidOff = service.ask('in the car story how many workers were laid off in 2009', { conversationKey: 'kinds' });
    expect(laidOff).toMatchObject({ articleId: 'carmaker', abstained: false });
    expect(laidOff.answer).toContain('laid off 2,650 workers');
  });

  it('GIVEN "how did hanbit shares react?" THEN the story naming Hanbit answers, not the shipped story, whose "sharing" covers more of the words', () => {
    const answer = createBriefingService(library()).ask('how did hanbit shares react to the news', { conversationKey: 'named' });
    expect(answer).toMatchObject({ articleId: 'carmaker', abstained: false });
    expect(answer.answer).toMatch(/^Hanbit shares rose 4\.2%/);
  });

  it('GIVEN "what did the malaria study find?" and "where was the care home fire?" THEN the story using every word answers, not one whose "found" or "fired" fits as well', () => {
    const service = createBriefingService(library());
    expect(service.ask('what did the malaria study find', { conversationKey: 'malaria' })).toMatchObject({ articleId: 'malaria', abstained: false });
    expect(service.ask('where exactly was the care home fire', { conversationKey: 'fire' })).toMatchObject({ articleId: 'trial', abstained: false });
  });
});
