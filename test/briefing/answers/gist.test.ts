import { describe, expect, it } from 'vitest';
import { asksForGist } from '../../../src/briefing/answers/gist.js';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { shippedService } from '../../../scripts/eval/qa.js';
import { summitArticle } from '../fixtures/summit-article.js';
import { staticLibrary } from '../fixtures/static-library.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';

describe('asksForGist', () => {
  it.each(['what happened?', 'So what happened?', "what's this story about", 'what is the gist of this article', 'tl;dr', 'TLDR', 'summarize', 'give me the gist', 'catch me up', 'can you give me the gist', 'can I get a summary?', 'could you summarize this please', "I'd like the tl;dr", 'what should I know about this?', 'what do i need to know', 'what is the main takeaway?', "what's the key message", 'whats the latest?', 'any updates?', 'any news on this?'])(
    'GIVEN "%s" THEN it asks about the whole article',
    (question) => {
      expect(asksForGist(question)).toBe(true);
    },
  );

  it.each(['what happened to Mark Swidan?', 'what happened in June 2023', 'what is the story with Taiwan?', 'who is in the story?', 'summarize the Taiwan section', 'can you tell me about Taiwan?', 'what should I know about the sanctions?', 'can I get a visa to China?', 'any news on the sanctions?', 'what is the latest on Taiwan?'])(
    'GIVEN "%s" THEN it asks about one thing, not the whole',
    (question) => {
      expect(asksForGist(question)).toBe(false);
    },
  );
});

describe('ask: the gist', () => {
  it('GIVEN "what happened?" asked afresh THEN quotes the sentence behind the TL;DR, with its section', () => {
    const service = shippedService();
    const answer = service.ask('what happened?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('US Secretary of State Antony Blinken arrived in China on Wednesday');
    expect(answer.sources[0]?.sectionTitle).toBe('Overview');
    expect(service.briefing().tldr.startsWith(answer.answer.slice(0, 60))).toBe(true);
  });

  it('GIVEN "what happened?" inside a conversation THEN it follows up on the topic instead', () => {
    const service = createBriefingService(staticLibrary(summitArticle()));
    const conversation = { conversationKey: 'gist' };
    service.ask('Why did the fishermen protest?', conversation);
    expect(service.ask('what happened?', conversation).answer).not.toContain('arrived in Lisbon on Tuesday');
    expect(createBriefingService(staticLibrary(summitArticle())).ask('what happened?').answer).toContain('arrived in Lisbon on Tuesday');
  });

  it('GIVEN a conversation whose last question was refused for words the article never uses WHEN "what happened??" follows THEN the gist answers: there is no topic to follow up', () => {
    const service = createBriefingService(staticLibrary(summitArticle()));
    const conversation = { conversationKey: 'refused' };
    expect(service.ask('what is the ransom amount', conversation).abstained).toBe(true);
    expect(service.ask('what happened??', conversation).answer).toContain('arrived in Lisbon on Tuesday');
  });

  it('GIVEN "summarize it" or "the tl;dr" inside a conversation THEN it still asks for the whole article, in so many words', () => {
    const service = createBriefingService(staticLibrary(summitArticle()));
    const conversation = { conversationKey: 'gist' };
    service.ask('Why did the fishermen protest?', conversation);
    for (const question of ['summarize it', 'give me the tl;dr']) expect(service.ask(question, conversation).answer).toContain('arrived in Lisbon on Tuesday');
    expect(asksForGist('so what happened?', true)).toBe(false);
    expect(asksForGist('summarize it', true)).toBe(true);
  });
});

describe('the gist in a library of several articles', () => {
  const layoffs = ingestArticle(
    [
      'Brightloom to cut 1,800 jobs',
      'Brightloom, the cloud software company, said Wednesday it will lay off about 1,800 employees in a sweeping restructuring.',
      'The cuts were announced in a memo sent to staff early Wednesday.',
      'Shares rose 7% in early trading.',
    ].join('\n\n'),
    { source: 'layoffs.txt', articleId: 'layoffs' },
  );
  const strike = ingestArticle(
    [
      'Lecturers vote to strike',
      'Lecturers at Northbridge University have voted to walk out for 14 days next month, their union has said.',
      'The branch secretary of the union, Dr Helen Marsh, said staff had been left with "no choice" but to strike.',
      'Dr Marsh, 47, who teaches chemistry, added that the union had offered to suspend the action.',
      'Dr Marsh said members were prepared to take further action if necessary.',
    ].join('\n\n'),
    { source: 'strike.txt', articleId: 'strike' },
  );

  it.each(['TL;DR please', 'tl;dr'])('GIVEN the layoffs story opened WHEN "%s" is asked THEN its gist answers, not the story naming "Dr" Marsh', (question) => {
    const service = createBriefingService(staticLibrary(layoffs, strike));
    service.openArticle('layoffs', { conversationKey: 'k' });
    const answer = service.ask(question, { conversationKey: 'k' });
    expect(answer.articleId).toBe('layoffs');
    expect(answer.answer).toContain('lay off about 1,800 employees');
  });

  it('GIVEN "summarize it" of a lead naming no one WHEN "what happened" follows THEN the story is quoted, not refused', () => {
    const service = createBriefingService(staticLibrary(layoffs));
    const conversation = { conversationKey: 'gist' };
    expect(service.ask('summarize it', conversation).answer).toContain('lay off about 1,800 employees');
    const next = service.ask('what happened', conversation);
    expect(next.abstained).toBe(false);
    expect(next.answer).toMatch(/1,800 employees|memo sent to staff/);
  });
});

describe('a summary asked for ("summarize it", "give me a quick summary")', () => {
  it('GIVEN "summarize the article", "sum it up" or "give me a quick summary" THEN the key points answer, not one sentence nor a refusal', () => {
    const service = shippedService();
    for (const request of ['summarize the article', 'sum it up', 'give me a quick summary', 'can you summarise this story']) {
      const answer = service.ask(request);
      expect(answer.abstained, request).toBe(false);
      expect(answer.answer, request).toMatch(/^The key points of the article:\n• US Secretary of State Antony Blinken arrived in China/);
    }
  });

  it('GIVEN an article too short for two key points THEN its gist sums it up', () => {
    const tiny = createBriefingService(staticLibrary(ingestArticle('Mill fire\n\nA fire broke out at the old mill on Sunday.', { source: 'mill.txt', articleId: 'mill' })));
    const answer = tiny.ask('summarize it');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('A fire broke out at the old mill on Sunday.');
  });
});
