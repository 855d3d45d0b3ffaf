/**
 * From the forty-seventh blind review (`fixtures/wire/`: a moon probe's launch called off in Japan, a howitzer order
 * in Poland) and the fortieth round's tune set: a word for a measure or a deal the article says otherwise ("height",
 * "budget", "deal"), a story named ahead and then "it", a trip's return told as "arrived back", a clock time for
 * "when?", "any1" typed for "anyone", and "meant to be", "try again" and "how are they doing" in the article's words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const wire = (name: string) =>
  createBriefingService(staticLibrary(ingestArticle(readFileSync(new URL(`../fixtures/wire/${name}`, import.meta.url), 'utf8'), { source: name, articleId: 'a' })));

const FERRY = [
  'WELLINGTON, New Zealand (AP) — A passenger ferry carrying 300 people drifted without power for four hours in Cook Strait on Tuesday after a fire broke out in its engine room.',
  'It had left Wellington at 8:15 in the morning bound for Picton.',
  'Three passengers were hurt when the boat tipped in the swell.',
  'Two tugs reached the ferry shortly after 11 o\'clock and it arrived back in Wellington at 2:40 in the afternoon, Maritime New Zealand said.',
  'The operator canceled all of its sailings for Wednesday and Thursday and said it would refund the fares of everyone on board.',
  'Health officials said the danger of seasickness outbreaks on such crossings would not pass until the storms ease in late May.',
].join('\n\n');

const ferry = () => createBriefingService(staticLibrary(ingestArticle(FERRY, { source: 'ferry.txt', articleId: 'ferry' })));

describe('measures, trips and deals in the article’s own words', () => {
  it('GIVEN "at what height" and "what\'s the budget in dollars" of the moon probe THEN the altitude and the cost answer, not "it never mentions"', () => {
    const service = wire('japan-moon-probe.txt');
    expect(service.ask('at what height').answer).toMatch(/^If it launches, Tsukuyomi will take about four months .* at an altitude of 100 kilometres/);
    expect(service.ask("what's the budget in dollars").answer).toMatch(/^The mission, which is meant to map frozen water .* has cost about 41 billion yen \(\$275 million\)/);
  });

  it('GIVEN "howitzer deal: how much is it worth" THEN the contract’s worth answers: "it" is the deal the words name', () => {
    expect(wire('poland-howitzers.txt').ask('howitzer deal: how much is it worth').answer).toMatch(/^Poland's defence ministry on Thursday signed a contract worth 13\.6 billion zlotys/);
  });

  it('GIVEN "when did the ferry finally get back to Wellington?" THEN "arrived back ... at 2:40 in the afternoon" answers, not the day’s cancellations', () => {
    expect(ferry().ask('When did the ferry finally get back to Wellington?').answer).toMatch(/^Two tugs reached the ferry .* arrived back in Wellington at 2:40/);
  });

  it('GIVEN "what time was the launch meant to be" and "when will they try again" of the moon probe THEN the scheduled time and the new date answer', () => {
    const service = wire('japan-moon-probe.txt');
    expect(service.ask('what time was the launch meant to be').answer).toMatch(/^The launch had been scheduled for 9:42 a\.m\. local time\./);
    expect(service.ask('when will they try again').answer).toMatch(/^The Japan Aerospace Exploration Agency, .* a new launch date would be set within two weeks/);
  });

  it('GIVEN "how are they doing" after a question on the hurt passengers THEN their condition answers', () => {
    const service = createBriefingService(
      staticLibrary(ingestArticle(`${FERRY}\n\nThe three were in a stable condition in hospital on Wednesday.`, { source: 'ferry.txt', articleId: 'ferry' })),
    );
    service.ask('was any1 hurt?', { conversationKey: 'k' });
    expect(service.ask('how are they doing', { conversationKey: 'k' }).answer).toMatch(/^The three were in a stable condition/);
  });

  it('GIVEN "how is the economy doing?" (guard) THEN it is asked as typed, not as anyone\'s condition', () => {
    const text = 'Growth slows\n\nWELLINGTON, New Zealand (AP) — The economy grew 0.2% in the third quarter, slower than expected, officials said Thursday.';
    const answer = createBriefingService(staticLibrary(ingestArticle(text, { source: 'economy.txt', articleId: 'economy' }))).ask('how is the economy doing?');
    expect(answer.answer).toMatch(/^The economy grew 0\.2% in the third quarter/);
  });

  it('GIVEN "was any1 hurt?" THEN "any1" is "anyone": the hurt passengers answer, not "it never mentions any1"', () => {
    expect(ferry().ask('was any1 hurt?').answer).toMatch(/^Three passengers were hurt/);
  });

  it('GIVEN "when will the danger go away?" THEN "would not pass until" answers, not "it never mentions away"', () => {
    expect(ferry().ask('When will the danger go away?').answer).toMatch(/^Health officials said the danger .* would not pass until/);
  });
});
