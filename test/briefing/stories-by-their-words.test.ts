/**
 * Which story a question is about, in a library of the forty-third blind review's four wire stories and the
 * shipped article, the dam story newest: a word only one story is about ("dengue", in its headline) or a name
 * only one story has ("denravir", a drug's name in lower case) takes the question there, and "what's the latest
 * story about?" asks for the gist rather than for a sentence saying "the latest in a series".
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../src/briefing/briefing-service.js';
import { staticLibrary } from './fixtures/static-library.js';
import { shippedBriefing, wireBriefing } from './fixtures/wire-stories.js';

const library = () =>
  staticLibrary(
    shippedBriefing(),
    wireBriefing('strike', 'south-africa-platinum-strike.txt', '2026-02-01T00:00:00.000Z'),
    wireBriefing('dengue', 'vietnam-dengue-trial.txt', '2026-02-02T00:00:00.000Z'),
    wireBriefing('final', 'turkey-cup-final-coach.txt', '2026-02-03T00:00:00.000Z'),
    wireBriefing('dam', 'peru-dam-permit.txt', '2026-02-04T00:00:00.000Z'),
  );

describe('a word one story is about', () => {
  it('GIVEN "who led the dengue study" with the dam story newest THEN the trial\'s lead doctor answers from the dengue story, not the dam\'s "water study"', () => {
    const answer = createBriefingService(library()).ask('who led the dengue study', { conversationKey: 'dengue' });
    expect(answer).toMatchObject({ articleId: 'dengue', abstained: false, fromAnotherArticle: true });
    expect(answer.answer).toContain('said Dr. Nguyen Thi Lan, 47, who led the trial');
  });

  it('GIVEN "who led the study" with no word of the dengue story\'s own THEN the dam story keeps it', () => {
    const answer = createBriefingService(library()).ask('who led the study', { conversationKey: 'study' });
    expect(answer.articleId).toBe('dam');
  });
});

describe('a name only one story has, written in lower case', () => {
  it('GIVEN "what colour is denravir" which no story answers THEN the drug\'s story refuses, not one that "never mentions denravir"', () => {
    const answer = createBriefingService(library()).ask('what colour is denravir', { conversationKey: 'drug' });
    expect(answer).toMatchObject({ articleId: 'dengue', abstained: true });
    expect(answer.answer).not.toContain('denravir');
  });

  it('GIVEN "any side effects from denravir" THEN the drug\'s story answers with the nausea its patients reported', () => {
    const answer = createBriefingService(library()).ask('any side effects from denravir', { conversationKey: 'side' });
    expect(answer).toMatchObject({ articleId: 'dengue', abstained: false });
    expect(answer.answer).toMatch(/^About 9% of patients on denravir reported nausea/);
  });

  it('GIVEN "how much does denravir cost" THEN the drug\'s story is the one asked', () => {
    const answer = createBriefingService(library()).ask('how much does denravir cost', { conversationKey: 'price' });
    expect(answer.articleId).toBe('dengue');
  });
});

describe('the latest story', () => {
  it('GIVEN "what\'s the latest story about" THEN the newest story\'s gist answers, not the shipped article\'s "the latest in a series"', () => {
    const service = createBriefingService(library());
    const answer = service.ask("what's the latest story about", { conversationKey: 'latest' });
    expect(answer).toMatchObject({ articleId: 'dam', abstained: false });
    expect(answer.answer).toMatch(/^Peru's government suspended the construction permit/);
    // The conversation stays on that story: "the minister" is the dam story's.
    expect(service.ask('what did the minister say', { conversationKey: 'latest' }).articleId).toBe('dam');
  });
});

describe('"the new one"', () => {
  it('GIVEN "and how many in the new one?" in a thread on the dengue trials THEN the dengue story keeps it, not the dam story\'s "new house"', () => {
    const service = createBriefingService(library());
    service.ask('have other dengue drugs been tested before', { conversationKey: 'trials' });
    service.ask('how many patients in that trial', { conversationKey: 'trials' });
    expect(service.ask('and how many in the new one?', { conversationKey: 'trials' }).articleId).toBe('dengue');
  });
});

