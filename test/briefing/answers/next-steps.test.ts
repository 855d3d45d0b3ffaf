/**
 * "What happens next?" names nothing an article says in those words: the sentences that look ahead answer it.
 */
import { describe, expect, it } from 'vitest';
import { asksWhatNext } from '../../../src/briefing/answers/next-steps.js';
import { articleService } from '../fixtures/article-service.js';

const charge = [
  'Cardiff votes for congestion charge',
  'Drivers entering Cardiff city centre will have to pay a daily charge of £5, after councillors voted for the scheme on Thursday.',
  'The vote was 46 to 27 after a four-hour debate.',
  '"Every morning tens of thousands of cars come into the centre," the council leader said.',
  'The scheme must still be approved by the Welsh government, which is expected to make a decision by the end of the year.',
];

describe('"what happens next?"', () => {
  it.each(['what happens next?', "What's next?", 'so what happens now', 'What are the next steps?', 'what will happen next with the plan?', 'whats happening next?'])('GIVEN "%s" THEN it asks what happens next', (question) => {
    expect(asksWhatNext(question)).toBe(true);
  });

  it.each(['what happened next door?', 'who is next in line for the job?', 'what happens to the money?'])('GIVEN "%s" THEN it asks something else', (question) => {
    expect(asksWhatNext(question)).toBe(false);
  });

  it('GIVEN an article looking ahead THEN the step still to come, with its time, answers, not a refusal for "happens"', () => {
    const answer = articleService(charge, 'next-charge').ask('What happens next?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('must still be approved by the Welsh government');
    expect(answer.answer).not.toContain('Every morning');
  });

  it('GIVEN an article that looks ahead nowhere THEN a plain "does not say", naming no word as missing', () => {
    const answer = articleService(['Storm passes', 'A storm passed over the island on Tuesday.', 'Trees fell on two roads.'], 'next-none').ask('what happens next?');
    expect(answer.abstained).toBe(true);
    expect(answer.answer).not.toContain('never mentions');
  });
});

describe('a whole request typed with typos', () => {
  it('GIVEN "wat happend" THEN it asks what happened, and the story\'s lead answers', () => {
    const answer = articleService(charge, 'typo-gist').ask('wat happend');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Drivers entering Cardiff city centre will have to pay');
  });

  it('GIVEN "hw many voted against it?" THEN "hw" is "how", no word the article never mentions', () => {
    const answer = articleService(charge, 'typo-how').ask('hw many voted against it?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('46 to 27');
  });
});

describe('"whats hapening next?"', () => {
  it('GIVEN the next steps asked with a typo THEN they answer, as "what happens next?" does', () => {
    const answer = articleService(charge, 'typo-next').ask('whats hapening next?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('must still be approved by the Welsh government');
  });
});
