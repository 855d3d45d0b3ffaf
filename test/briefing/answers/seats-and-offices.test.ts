/**
 * Places and offices asked for by another name: a capital or a seat of power stands for its country ("Tokyo"
 * for Japan, whose counterparts the article names; "the Kremlin" for Russia), and "China's foreign minister"
 * asks for a minister the article must name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const SHIPPED = readFileSync(new URL('../../../data/000_78d76434cf3e539e.txt', import.meta.url));
const shipped = () => createBriefingService(staticLibrary(ingestArticle(SHIPPED, { source: 'shipped.txt', articleId: 'shipped' })));

describe('a capital or seat of power for its country', () => {
  it('GIVEN "What did Biden reaffirm at the summit with Manila and Tokyo?" (the article says "Japanese") THEN the summit sentence answers', () => {
    const answer = shipped().ask('What did Biden reaffirm at the summit with Manila and Tokyo?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('commitment to the defense of the Philippines');
  });

  it('GIVEN "what kind of help is Beijing giving the Kremlin?" THEN the help China gives Russia answers', () => {
    const answer = shipped().ask('So what kind of help is Beijing giving the Kremlin?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('industrial and logistical assistance');
  });
});

describe('an office of a country, asked by possessive', () => {
  it('GIVEN "What is the name of China\'s foreign minister?" (the article quotes only a ministry official) THEN the article does not say', () => {
    expect(shipped().ask("What is the name of China's foreign minister?").abstained).toBe(true);
  });
});

describe('the United States by its letters', () => {
  // Lower-cased, "US" is the pronoun "us" and "U.S." two letters: alone, they asked of nothing.
  it.each(['What did the US say?', 'and the U.S.?', 'what about the USA?'])('GIVEN %j and nothing else THEN a sentence about the United States answers', (question) => {
    const answer = shipped().ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/United States|U\.S\.|\bUS\b/);
  });

  it('GIVEN "TELL US MORE" in capitals THEN "US" is still the pronoun: no sentence about the country is made up', () => {
    expect(shipped().ask('TELL US MORE').answer).not.toMatch(/United States/);
  });

  it('GIVEN "What did the US say?" of an article that never names the country THEN the article does not say', () => {
    const article = 'Storm closes coastal roads\n\nHeavy rain closed three coastal roads in the county on Monday, officials said.\n\nCrews expect to reopen them by Friday.';
    const service = createBriefingService(staticLibrary(ingestArticle(article, { source: 'storm.txt', articleId: 'storm' })));
    expect(service.ask('What did the US say?').abstained).toBe(true);
  });
});

describe('what a country said', () => {
  it('GIVEN "What did the US say?" THEN the United States\' own words answer, not a Chinese official warning it', () => {
    const answer = shipped().ask('What did the US say?');
    expect(answer.answer).toContain('which the United States says');
    expect(answer.answer).not.toMatch(/^Despite the threat of U\.S\. action/);
  });

  it.each(['What did Russia say?', 'what did taiwan say'])('GIVEN %j of an article that quotes no one of that side THEN the article does not say', (question) => {
    const answer = shipped().ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it('GIVEN "What did China say?" THEN the Chinese official speaks, not a US official explaining what China wants', () => {
    const answer = shipped().ask('What did China say?');
    expect(answer.answer).toMatch(/^Despite the threat of U\.S\. action, a Chinese Foreign Ministry official signaled/);
  });
});
