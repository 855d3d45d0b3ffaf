/**
 * The second quoted sentence must add to the answer (continue it, complete it, or give more of what was
 * asked), never be a bystander sharing a frequent word. Checked on the shipped article.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { CHESS_PRODIGY_OPENING } from '../fixtures/chess-prodigy.js';
import { articleService } from '../fixtures/article-service.js';
import { staticLibrary } from '../fixtures/static-library.js';

const file = new URL('../../../data/000_78d76434cf3e539e.txt', import.meta.url);
const service = createBriefingService(staticLibrary(ingestArticle(readFileSync(file), { source: 'shipped.txt', articleId: 'shipped' })));

describe('ask: the second sentence', () => {
  it('GIVEN "who is the state department spokesman" THEN another official sharing "State Department" is not added', () => {
    const answer = service.ask('who is the state department spokesman');
    expect(answer.answer).toContain('State Department spokesman Matthew Miller');
    expect(answer.sources).toHaveLength(1);
  });

  it('GIVEN "Which Americans are detained in China?" THEN "American companies" is not added', () => {
    const answer = service.ask('Which Americans are detained in China?');
    expect(answer.answer).toContain('Mark Swidan, Kai Li., and David Lin');
    expect(answer.answer).not.toContain('American companies');
  });

  it('GIVEN "Which cities is Blinken visiting?" THEN the epithet sentence comes with the one naming him, in article order', () => {
    const answer = service.ask('Which cities is Blinken visiting?');
    expect(answer.sources.map((s) => s.text.slice(0, 30))).toEqual(['US Secretary of State Antony B', "America's top diplomat has lan"]);
  });

  it('GIVEN "has China kept the promises Xi made?" THEN the sentence going on with "In both cases" joins, not a far one sharing "keep"', () => {
    const answer = service.ask('Has China kept the promises Xi made to Biden?');
    expect(answer.answer).toContain('two areas Xi made commitments in');
    expect(answer.answer).toContain('the Chinese have taken some first steps');
    expect(answer.answer).not.toContain('keep the lines of communication open');
  });

  it('GIVEN a city question about someone else THEN Blinken\'s stops are not borrowed', () => {
    expect(service.ask('Which cities did Yellen visit?').answer).not.toContain('Shanghai');
  });
});

describe('ask: who someone is', () => {
  it('GIVEN "who is Blinken?" THEN the sentence giving his role comes first, not a caption naming someone beside him', () => {
    const answer = service.ask('who is blinken?');
    expect(answer.sources[0]?.text).toMatch(/^US Secretary of State Antony Blinken arrived/);
  });
});

describe('ask: a quotation is quoted whole', () => {
  const feature = [
    'She lost her sense of taste. Then she reopened her restaurant.',
    'PORTLAND, Maine — Camille Duarte, 46, lost her senses of taste and smell in the spring of 2022.',
    'Her wife, Renata Silva, a high school chemistry teacher, remembers her sitting in the car outside the grocery store, unable to go in.',
    '"She would look at a lemon and cry," Silva said. "Cooking was not her job. It was how she talked to people."',
    'Salt & Ember reopened on March 8, 2024, with 42 seats.',
  ].join('\n\n');
  const ask = (question: string) =>
    createBriefingService(staticLibrary(ingestArticle(feature, { source: 'chef.txt', articleId: 'chef' }))).ask(question);

  it('GIVEN a second sentence that opens a quotation ("Cooking was not her job.) THEN the quotation goes on to its close', () => {
    const answer = ask('why would she cry at a lemon?');
    expect(answer.answer).toContain('"She would look at a lemon and cry," Silva said.');
    expect(answer.answer).toContain('"Cooking was not her job.');
    expect(answer.answer).toContain('It was how she talked to people."');
  });

  it('GIVEN "what did Silva say?" THEN her words that go on after "Silva said." in the paragraph are quoted too', () => {
    const answer = ask('what did silva say?');
    expect(answer.answer).toContain('"She would look at a lemon and cry," Silva said.');
    expect(answer.answer).toContain('"Cooking was not her job. It was how she talked to people."');
  });
});

describe('the better of two neighbours from two paragraphs comes first (tenth blind review)', () => {
  // The reviewer's own article, its first eleven paragraphs.
  const prodigy = articleService(
    [
      ...CHESS_PRODIGY_OPENING,
    ],
    'prodigy',
  );

  it('GIVEN "tell me about the monterrey water story" THEN the story reads in article order, its lead first', () => {
    // The first four paragraphs of the reviewer's own article.
    const water = articleService(
      [
        "Monterrey turns off the taps for 12 hours a day as Mexico's drought empties reservoirs",
        "MONTERREY, Mexico, June 3 (Reuters) - Authorities in the northern Mexican city of Monterrey will cut off running water to most homes for 12 hours a day starting on Monday, after the worst drought in three decades drained the reservoirs that supply the industrial hub's 5.3 million people.",
        "Water will stop flowing from 4 p.m. to 4 a.m. in every neighborhood except those around hospitals, the state water utility, Agua y Drenaje de Monterrey, said on Sunday. The measure will last at least until the end of August.",
        "\"We have never had to take a decision this hard, but the alternative is that in six weeks there is no water at all,\" said Rodrigo Salinas, 49, the utility's director general. \"Every liter we save now is a liter we will need in July.\"",
      ],
      'water',
    );
    // The dated Reuters dateline ("MONTERREY, Mexico, June 3 (Reuters) - ") is the wire's, not the lead's words.
    expect(water.ask('tell me about the monterrey water story').answer).toMatch(/^Authorities in the northern Mexican city of Monterrey will cut off running water/);
  });

  it('GIVEN "how long was the final round?" THEN "... in a four-hour final round." leads, the lead before it coming second', () => {
    expect(prodigy.ask('how long was the final round?').answer).toMatch(/^Ayomide Bakare earned the title/);
  });
});
