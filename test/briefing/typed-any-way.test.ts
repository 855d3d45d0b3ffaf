/**
 * Questions as a team types them, in a library of the forty-second blind review's four wire stories and the
 * shipped article: in capitals throughout, with a country in lower case that only another story names, and a
 * story named as "the czech one" with how short the summary should be.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../src/briefing/briefing-service.js';
import { unshouted } from '../../src/briefing/text/shouting.js';
import { staticLibrary } from './fixtures/static-library.js';
import { shippedBriefing, wireBriefing } from './fixtures/wire-stories.js';

const library = () =>
  staticLibrary(
    shippedBriefing(),
    wireBriefing('election', 'czech-election.txt', '2026-01-01T00:00:00.000Z'),
    wireBriefing('collapse', 'morocco-building-collapse.txt', '2026-01-02T00:00:00.000Z'),
    wireBriefing('killing', 'australia-service-station-killing.txt', '2026-01-03T00:00:00.000Z'),
    wireBriefing('stool', 'germany-stool-return.txt', '2026-01-04T00:00:00.000Z'),
  );

describe('a question typed in capitals', () => {
  it('GIVEN a question all in capitals THEN it is read in lower case, short words that are no function words kept as acronyms', () => {
    expect(unshouted('AND THE GOVERNMENT IN MOROCCO, WHAT DID IT ORDER???')).toBe('and the government in morocco, what did it order???');
    expect(unshouted('WHAT DID THE UN SAY')).toBe('what did the UN say');
    expect(unshouted('What did the UN say about NATO?')).toBe('What did the UN say about NATO?');
    expect(unshouted('NATO?')).toBe('NATO?');
  });

  it('GIVEN "AND THE GOVERNMENT IN MOROCCO, WHAT DID IT ORDER???" in a thread on the election THEN the Casablanca story answers, not "it never mentions MOROCCO"', () => {
    const service = createBriefingService(library());
    service.ask('how many seats did the greens win', { conversationKey: 'shout' });
    const answer = service.ask('AND THE GOVERNMENT IN MOROCCO, WHAT DID IT ORDER???', { conversationKey: 'shout' });
    expect(answer).toMatchObject({ articleId: 'collapse', abstained: false });
    expect(answer.answer).toContain('ordered the evacuation of 112 neighboring buildings');
  });
});

describe('a story named as "the czech one"', () => {
  it('GIVEN "summarize the czech one in one line" THEN the election story\'s gist, not a sentence holding "line"', () => {
    const answer = createBriefingService(library()).ask('summarize the czech one in one line', { conversationKey: 'gist' });
    expect(answer).toMatchObject({ articleId: 'election', abstained: false });
    expect(answer.answer).toMatch(/^The centrist Civic Forward alliance won/);
    expect(answer.answer).not.toContain('red line');
  });
});
