/**
 * Questions a reader asks of a labour story and an obituary, from the forty-fifth blind review: its dock strike
 * in Brazil (`fixtures/wire/brazil-dock-strike.txt`, which sets apart a 2019 strike under "BACKGROUND:" and a
 * truckers' dispute "Separately,") and an obituary written here for these tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const STRIKE = readFileSync(new URL('../fixtures/wire/brazil-dock-strike.txt', import.meta.url), 'utf8');
const strike = () => createBriefingService(staticLibrary(ingestArticle(STRIKE, { source: 'strike.txt', articleId: 'strike' })));

const obituary = () =>
  createBriefingService(
    staticLibrary(
      ingestArticle(
        [
          'Ghanaian bandleader Kofi Mensah dies at 81',
          'ACCRA, Ghana (AP) — Kofi Mensah, the bandleader who took highlife music to concert halls across Europe, died on Sunday at a hospital in Accra after a long illness, his family said. He was 81.',
          'The government will hold a state memorial at the National Theatre on May 2, and the family said he will be buried in his home town of Ho on May 9.',
          'He married Ama Boateng, a nurse, in 1965; she died in 2019. He is survived by three sons and seven grandchildren.',
          'His eldest son, Yaw Mensah, 55, has led the band since his father retired in 2012.',
          'In 2017, the singer Yaw Darko was buried in Kumasi after a procession that drew 20,000 people.',
        ].join('\n\n'),
        { source: 'obituary.txt', articleId: 'obituary' },
      ),
    ),
  );

describe('a strike story asked in a reader’s words', () => {
  it('GIVEN "when does the santos walkout begin?" THEN the strike to come ("will walk off the job on March 16") answers, not 2019’s under "BACKGROUND:"', () => {
    for (const asked of ['when does the santos walkout begin?', 'ok so when does the santos walkout begin then?']) {
      const answer = strike().ask(asked, { conversationKey: asked }).answer;
      expect(answer).toMatch(/^Dockworkers at Santos, .* will walk off the job on March 16/);
    }
  });

  // A guard on the one above: asked of 2019 by its year, the background still answers.
  it('GIVEN "when did the 2019 strike begin?" THEN the background’s "began on Sept. 3, 2019" answers', () => {
    expect(strike().ask('when did the 2019 strike begin?', { conversationKey: '2019' }).answer).toContain('began on Sept. 3, 2019');
  });

  it('GIVEN "how long will the strike last?" THEN "The union has not said how long the strike would last." answers, not the 2019 strike’s six days', () => {
    const answer = strike().ask('how long will the strike last?', { conversationKey: 'last' });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^The union has not said how long the strike would last\./);
  });

  it('GIVEN "what did the bosses put on the table?" THEN it is asked as what the employers offered, as "what did the bosses offer?" is', () => {
    const onTheTable = strike().ask('what did the bosses put on the table?', { conversationKey: 'table' });
    expect(onTheTable.abstained).toBe(false);
    expect(onTheTable.answer).toMatch(/terminal operators/);
    expect(onTheTable.answer).toMatch(/\boffer/);
    expect(onTheTable.answer).toBe(strike().ask('what did the bosses offer?', { conversationKey: 'offer' }).answer);
  });

  it('GIVEN "how many days of work lost already" THEN "the equivalent of nine full working days" answers: a cost is a loss, and words between a number and its unit still make a length of time', () => {
    const answer = strike().ask('how many days of work lost already', { conversationKey: 'lost' });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^The port authority estimates those stoppages have already cost the equivalent of nine full working days/);
  });

  it('GIVEN "who is brazil\'s president?" of a story datelined in Brazil whose only president is the union\'s THEN it is refused', () => {
    expect(strike().ask("who is brazil's president?", { conversationKey: 'brazil' }).abstained).toBe(true);
  });

  // A guard on the one above: the union's president is still its president.
  it('GIVEN "who is the union\'s president?" THEN Rogério Almeida, "the union\'s president", answers', () => {
    expect(strike().ask("who is the union's president?", { conversationKey: 'union' }).answer).toContain('Rogério Almeida, 52, the union');
  });

  it('GIVEN "what\'s their beef?" of the truckers THEN their dispute over diesel prices answers, not a refusal for "beef"', () => {
    const service = strike();
    service.ask('the truckers at paranagua, are they part of the santos strike?', { conversationKey: 'beef' });
    const answer = service.ask("what's their beef?", { conversationKey: 'beef' });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('in a dispute over diesel prices');
  });
});

describe('an obituary asked in a reader’s words', () => {
  it('GIVEN "when\'s the funeral?" THEN the memorial and burial to come answer, not another singer’s burial in 2017', () => {
    const answer = obituary().ask("when's the funeral?", { conversationKey: 'funeral' }).answer;
    expect(answer).toMatch(/^The government will hold a state memorial .* on May 2/);
  });

  it('GIVEN "how old was he when he died" after the lead THEN "He was 81.", which goes on from the lead\'s "died on Sunday", answers', () => {
    const service = obituary();
    service.ask('who was kofi mensah?', { conversationKey: 'age' });
    const answer = service.ask('how old was he when he died', { conversationKey: 'age' });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('He was 81.');
  });

  it('GIVEN "when did he stop performing?" THEN the year his son says he retired answers, not a refusal for "performing"', () => {
    const answer = obituary().ask('when did he stop performing?', { conversationKey: 'retired' });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('since his father retired in 2012');
  });

  it('GIVEN "is his wife still alive?" THEN the sentence of his marriage, which says she died, answers', () => {
    const answer = obituary().ask('is his wife still alive?', { conversationKey: 'wife' });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^He married Ama Boateng, a nurse, in 1965; she died in 2019\./);
  });

  it('GIVEN "how many grandkids did he have?" THEN "seven grandchildren" answers', () => {
    const answer = obituary().ask('how many grandkids did he have?', { conversationKey: 'grandkids' });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('seven grandchildren');
  });
});
