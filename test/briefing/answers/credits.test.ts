import { describe, expect, it } from 'vitest';
import { asksAuthor } from '../../../src/briefing/answers/credits.js';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';
import { threadOn } from '../fixtures/article-service.js';

const COLUMN = [
  'Sunderland face a long winter',
  'Sunderland have picked up two points from their first nine games and look desperate.',
  'The manager has talked about how the side have gone backwards since last season.',
  'Defoe has scored most of their goals this season.',
  "Chris Sutton was speaking to BBC Sport's Chris Bevan.",
].join('\n\n');

const NO_BYLINE = ['Port strike spreads', 'Dock workers walked out over pay on Monday.', 'The strike has spread to two other ports.'].join('\n\n');

describe('who wrote the article', () => {
  it('GIVEN a credit line WHEN asked "who wrote this?" or "who is the author?" THEN the credit line, as a list citing no section', () => {
    for (const question of ['who wrote this?', 'Who is the author?', 'who is the writer of this article']) {
      const answer = threadOn(COLUMN)(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.listing?.items).toEqual(["Chris Sutton was speaking to BBC Sport's Chris Bevan."]);
      expect(answer.sources).toEqual([]);
    }
  });

  it('GIVEN a name only the credit line holds WHEN asked who that is THEN the credit line; a name nowhere is still not in the article', () => {
    expect(threadOn(COLUMN)('who is chris sutton?').listing?.items).toEqual(["Chris Sutton was speaking to BBC Sport's Chris Bevan."]);
    expect(threadOn(COLUMN)('who is Gary Lineker?').abstained).toBe(true);
  });

  it('GIVEN no credit line WHEN asked who wrote it THEN the article does not name its author', () => {
    expect(threadOn(NO_BYLINE)('who wrote this?')).toMatchObject({ abstained: true, answer: 'The article does not name its author.', suggestions: [] });
  });

  it('GIVEN two articles, only the other credited WHEN asked who the author is THEN this article says it names none', () => {
    const service = createBriefingService(staticLibrary(ingestArticle(COLUMN, { source: 'column.txt', articleId: 'column' }), ingestArticle(NO_BYLINE, { source: 'port.txt', articleId: 'port' })));
    // Whichever is newest, the conversation is on the uncredited one.
    service.openArticle('port', { conversationKey: 'author' });
    expect(service.ask('who is the author?', { conversationKey: 'author' })).toMatchObject({ articleId: 'port', abstained: true });
  });

  it('GIVEN "who wrote it?" of something the article names ("... and who wrote it?") THEN no question of authorship', () => {
    expect(asksAuthor('In which play did he make his stage debut, and who wrote it?')).toBe(false);
    expect(asksAuthor('who is the reporter who interviewed him?')).toBe(false);
    expect(asksAuthor('who wrote it')).toBe(true);
  });

  it('GIVEN "who contributed to the report?" THEN the credits are asked for; "who contributed to the relief fund?" asks of the story', () => {
    expect(asksAuthor('who contributed to the report')).toBe(true);
    expect(asksAuthor('who contributed to this story?')).toBe(true);
    expect(asksAuthor('who contributed to the relief fund?')).toBe(false);
  });
});
