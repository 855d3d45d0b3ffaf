import { describe, expect, it } from 'vitest';
import { smallTalkReply, withoutCourtesy } from '../../../src/briefing/answers/small-talk.js';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { summitArticle } from '../fixtures/summit-article.js';
import { staticLibrary } from '../fixtures/static-library.js';
import { shippedService } from '../../../scripts/eval/qa.js';

const TITLE = 'Ministers meet in Lisbon to discuss fishing quotas';

describe('smallTalkReply', () => {
  it.each(['hi', 'Hello!', 'hey there', 'good morning', 'help', 'who are you?', 'what can you do?'])('GIVEN "%s" THEN invites a question about the article, by title', (message) => {
    expect(smallTalkReply(message, TITLE)).toContain(`“${TITLE}”`);
  });

  it.each(['thanks', 'Thank you!', 'thx', 'cheers', 'ok thanks', 'cool, thank you', 'thanks a lot!'])('GIVEN "%s" THEN says you are welcome', (message) => {
    expect(smallTalkReply(message, TITLE)).toMatch(/welcome/);
  });

  it.each(['ok', 'ok cool', 'okay, got it', 'sounds good', 'lol ok', 'haha', 'wow', 'i see', 'makes sense'])('GIVEN "%s" THEN invites the next question, quoting nothing', (message) => {
    expect(smallTalkReply(message, TITLE)).toBe('Ask me anything else about the article.');
  });

  it.each(['who is Ana Costa?', 'thanks for the quota figures, what does Oslo want?', 'help with the quota', 'hi, why did the fishermen protest?', 'ok so what does Oslo want', 'great wall of china', 'oh what did Oslo say', 'interesting, why?'])(
    'GIVEN a question ("%s") THEN no small talk',
    (message) => {
      expect(smallTalkReply(message, TITLE)).toBeUndefined();
    },
  );
});

describe('withoutCourtesy', () => {
  it.each([
    ['hi, who is Ana Costa?', 'who is Ana Costa?'],
    ['hey bot what does Oslo want', 'what does Oslo want'],
    // "So" is no courtesy: it opens a follow-up that goes on from the last answer.
    ['ok so what about Norway', 'so what about Norway'],
    ['why did the fishermen protest? thanks', 'why did the fishermen protest?'],
    ['please', 'please'],
  ])('GIVEN "%s" THEN asks "%s"', (message, question) => {
    expect(withoutCourtesy(message)).toBe(question);
  });
});

describe('ask: small talk and courtesy', () => {
  it('GIVEN "thanks" in a conversation THEN replies without quoting, and the next follow-up keeps the topic', () => {
    const service = createBriefingService(staticLibrary(summitArticle()));
    const conversation = { conversationKey: 'polite' };
    expect(service.ask('Why did the fishermen protest?', conversation).abstained).toBe(false);
    const thanks = service.ask('thanks!', conversation);
    expect(thanks.sources).toEqual([]);
    expect(thanks.answer).toMatch(/welcome/);
    expect(service.ask('and what does Oslo want?', conversation).answer).toContain('40,000 tonnes');
  });

  it('GIVEN a greeting before the question THEN answers the question', () => {
    const answer = shippedService().ask('hi, who is blinken?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('US Secretary of State Antony Blinken arrived in China');
  });
});
