/**
 * A quote whose attribution comes at the paragraph's end ("We believe ... This will be our message, the
 * official said."): "who said that?" and "when was this said?" find the speaker the attribution points to.
 * And a name asked by its initials ("the CCP") finds the name the article spells out.
 */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/briefing/answers/question.js';
import { Vocabulary } from '../../../src/briefing/search/vocabulary.js';
import { threadOn } from '../fixtures/article-service.js';

const article = [
  'Ministers meet over fishing rights',
  'A senior Fisheries Ministry official said at a press briefing on Tuesday that talks with Norway would go on.',
  'We believe the quotas are unfair to our fleet. And we hope the other side will listen. This will be our message, the official said.',
  'The ruling Harbour Party considers the northern waters its own, though it has never patrolled them.',
].join('\n\n');


describe('a quote attributed at its paragraph\'s end', () => {
  it('GIVEN the quote WHEN asked "who said that?" THEN the sentence introducing the official answers', () => {
    const ask = threadOn(article);
    expect(ask('are the quotas unfair?').answer).toContain('We believe the quotas are unfair');
    const who = ask('who said that');
    expect(who.abstained).toBe(false);
    expect(who.answer).toContain('A senior Fisheries Ministry official said');
  });

  it('GIVEN the quote WHEN asked "when was this said?" THEN the day the official spoke answers', () => {
    const ask = threadOn(article);
    ask('are the quotas unfair?');
    const when = ask('when was this said');
    expect(when.abstained).toBe(false);
    expect(when.answer).toContain('on Tuesday');
  });

});

describe('a name asked by its initials', () => {
  it('GIVEN an article on the Northern Harbour Party WHEN asked what the NHP thinks THEN the party\'s sentence answers', () => {
    const ask = threadOn(article.replace('Harbour Party', 'Northern Harbour Party'));
    const party = ask('what does the NHP think?');
    expect(party.abstained).toBe(false);
    expect(party.answer).toContain('Northern Harbour Party considers');
  });

  it('GIVEN a question shouted in capitals THEN its words are not read as initials', () => {
    const vocabulary = new Vocabulary(['The Tanzania Harbours Enterprise met.'], ['Tanzania Harbours Enterprise']);
    const shouted = parseQuestion('WHAT DID THE MINISTER SAY', vocabulary).terms.map((t) => t.token);
    expect(shouted).not.toContain('tanzania');
    const typed = parseQuestion('What did THE say?', vocabulary).terms.map((t) => t.token);
    expect(typed).toContain('tanzania');
  });
});
