/**
 * The forty-second blind review's wire stories: a building collapse in Casablanca with an earlier collapse told in
 * a paragraph of its own ("In July 2014, three buildings collapsed ..."), and a Czech election whose winner is
 * quoted beside the President. A question about what happened before is answered from that paragraph, "that time"
 * stays on it and "this time" goes back to the news; "how old is he?" asks of the person the last answer led with;
 * a headline is not quoted before the lead that says the same in full.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quote } from '../../../src/briefing/answers/compose.js';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const serviceOn = (file: string) =>
  createBriefingService(staticLibrary(ingestArticle(readFileSync(new URL(`../fixtures/wire/${file}`, import.meta.url), 'utf8'), { source: file, articleId: file })));

describe('another occasion told in a paragraph dated by its year', () => {
  it('GIVEN "has this happened before?" THEN the 2014 collapse answers; "how many died that time?" stays on it; "this time" is the news', () => {
    const service = serviceOn('morocco-building-collapse.txt');
    const ask = (q: string) => service.ask(q, { conversationKey: 'before' });
    expect(ask('has this happened before in casablanca, buildings falling down?').answer).toMatch(/^In July 2014, three buildings collapsed/);
    const thatTime = ask('how many died that time');
    expect(thatTime.abstained).toBe(false);
    expect(thatTime.answer).toMatch(/^In July 2014, .*killing 23 people/);
    expect(ask('was anyone punished then').answer).toContain('later convicted');
    expect(ask('and how many died this time').answer).toMatch(/^A five-story apartment building collapsed .* killing at least 14 people/);
  });

  it('GIVEN "how many died?" with no occasion named THEN the news answers, not the earlier collapse', () => {
    const answer = serviceOn('morocco-building-collapse.txt').ask('how many people died in the collapse', { conversationKey: 'news' });
    expect(answer.answer).toMatch(/^A five-story apartment building collapsed/);
  });
});

describe('the person a follow-up means', () => {
  it('GIVEN "who leads them?" answered with the winner\'s words and a sentence on the President after THEN "how old is he?" gives the winner\'s age, not the President\'s', () => {
    const service = serviceOn('czech-election.txt');
    const ask = (q: string) => service.ask(q, { conversationKey: 'leader' });
    ask('who won the czech election?');
    expect(ask('who leads them').answer).toContain('Civic Forward leader Tomas Dvorak');
    expect(ask('how old is he').answer).toMatch(/^Dvorak, 52, is a former mayor of Brno/);
  });
});

describe('a headline over its lead', () => {
  it('GIVEN a question the headline and the lead both answer THEN the lead comes first, not the headline run into it', () => {
    const answer = serviceOn('morocco-building-collapse.txt').ask('how many hurt', { conversationKey: 'hurt' });
    expect(answer.answer).toMatch(/^A five-story apartment building collapsed .* injuring 23 others/);
    expect(answer.answer).not.toMatch(/dozens hurt\s+A five-story/);
  });

  it('GIVEN a headline with no full stop quoted before the sentence under it THEN a dash parts them', () => {
    const sentence = (position: number, text: string, kind: 'headline' | 'body') =>
      ({ position, score: 1, coverage: 1, indexed: { sentence: { id: position, text, paragraph: position, sectionId: null, kind } } }) as unknown as Parameters<typeof quote>[0][number];
    expect(quote([sentence(0, 'Ferry runs aground off the island', 'headline'), sentence(1, 'A ferry ran aground on Saturday.', 'body')])).toBe('Ferry runs aground off the island — A ferry ran aground on Saturday.');
    expect(quote([sentence(3, 'It sank.', 'body'), sentence(4, 'No one died.', 'body')])).toBe('It sank. No one died.');
  });
});

describe('"she" after a question asking who', () => {
  it('GIVEN "who runs the museum?" answered with the director\'s words and the minister\'s after THEN "what did she say about it?" quotes the director, not "The article does not say"', () => {
    const service = serviceOn('germany-stool-return.txt');
    service.ask('who runs the museum that has the stool', { conversationKey: 'director' });
    const said = service.ask('what did she say about it', { conversationKey: 'director' });
    expect(said.abstained).toBe(false);
    expect(said.answer).toMatch(/^"This stool was never ours to keep," museum director Claudia Weber/);
  });

  it('GIVEN "how old is the son?" (no who-question) THEN "what did he say?" still quotes the son, not the father named first', () => {
    const service = serviceOn('morocco-building-collapse.txt');
    const ask = (q: string) => service.ask(q, { conversationKey: 'son' });
    ask('tell me about the father and son who survived the casablanca collapse');
    ask('how old is the son');
    expect(ask('what did he say').answer).toMatch(/^"My father kept talking to me the whole time/);
  });
});

describe('another case the news is not connected to', () => {
  it('GIVEN "Police said the Moorooka killing was not connected to the stabbing ... in Logan" THEN that paragraph is the Logan case: "how old was he?" after "who was charged in logan?" is the 16-year-old', () => {
    const service = serviceOn('australia-service-station-killing.txt');
    service.ask('who was charged in logan', { conversationKey: 'logan' });
    expect(service.ask('and how old was he', { conversationKey: 'logan' }).answer).toMatch(/^In that case, a 16-year-old boy was charged/);
  });
});

describe('how long something still going on lasts', () => {
  it('GIVEN "how long will the rescue go on?" THEN "expected to continue through Wednesday" answers (until when), not a refusal', () => {
    const answer = serviceOn('morocco-building-collapse.txt').ask('how long will the rescue go on', { conversationKey: 'rescue' });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^Rescue work was expected to continue through Wednesday\./);
  });
});

describe('"he" a few sentences after his name', () => {
  it('GIVEN \'Kral said ... "We accept the voters\\\' verdict. We lost ...," he said ... He did not say whether he would stay on\' THEN "is he staying on as party leader?" is answered by that sentence', () => {
    const service = serviceOn('czech-election.txt');
    const ask = (q: string) => service.ask(q, { conversationKey: 'kral' });
    for (const q of ['how did the prime ministers party do in the czech election', 'how many seats did they lose', 'how old is kral', 'did he concede', 'what did he say']) ask(q);
    expect(ask('is he staying on as party leader').answer).toMatch(/^He did not say whether he would stay on as party leader\./);
  });
});
