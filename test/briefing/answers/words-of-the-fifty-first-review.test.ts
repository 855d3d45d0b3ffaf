/**
 * From the fifty-first blind review: "what did the study find?" quoted the background's earlier study or an expert's
 * caveat; "HR" was read as "hour"; "10k steps", "what exactly did they do wrong?", "how much has the government put
 * up?", "bulldozers" and "the stock" were refused or answered by another sentence, though the article says each its
 * own way; "the dispute revives memories of 2016, when ..." was not read as an earlier occasion; "what did the interior
 * minister say?" quoted the first sentence of his words only; "tldr?" and "who is Olarte?" of a feature quoted its teaser; "what happens
 * next?" quoted a trend dated years back; "how long is that in time?", "what's Anggraini's background?" and "which
 * commissioner spoke?" were refused for "time", "background" and "spoke"; a quote's closing sentence was quoted without
 * its opening; "will strikers lose pay?" and "how long were people followed?" missed the docked pay and the
 * adults followed. From the new invented set DE (tune): "which churches were hit?", "who footed the bill?" and "can I
 * get my money back?" were refused or missed "targeted", "funded" and "refund"; "is this a club record?" found a
 * recording's sense of the word. The articles are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const STUDY = [
  'Daily walk of 7,000 steps cuts dementia risk, study finds',
  'LONDON (AP) — People who walk about 7,000 steps a day are less likely to develop dementia, according to a large study published Wednesday.',
  'The findings build on a 2022 study by some of the same researchers, which tracked 78,000 adults and found that 9,800 steps a day was linked to a 50% lower risk.',
  'Independent researchers said the findings were consistent with earlier work but urged caution.',
  'The benefit appeared to level off above about 10,000 steps, with little additional reduction in risk.',
].join('\n\n');

const STRIKE = [
  'Zambian copper miners extend strike',
  'CHINGOLA, Zambia, June 6 - About 4,500 workers at Kafue Copper Mines extended their strike into a second week on Thursday after pay talks broke down.',
  '"We have offered a fair increase," the company\'s head of human resources, Grace Tembo, said in a statement.',
  'The strike was costing the company about 2 million dollars a day in lost output, the mine said.',
  'The dispute revives memories of 2016, when a three-week strike at the same mine ended with a 12 percent pay rise.',
].join('\n\n');

const RULING = [
  'EU court upholds fine on Nimbara',
  'LUXEMBOURG (Reuters) - The European Union\'s General Court on Wednesday largely upheld a fine on Dutch software group Nimbara.',
  'The court said the Commission had been right to find that Nimbara abused its dominant position between 2016 and 2021 by tying discounts to its analytics tools.',
  'Investors shrugged off the ruling. Nimbara shares closed 2.3 percent higher in Amsterdam.',
].join('\n\n');

const MUDSLIDE = [
  'Mudslide buries Andean village',
  'AREQUIPA, Peru, March 14 (Reuters) - A mudslide buried much of the village of Santa Rosa early on Thursday, killing at least 34 people, officials said.',
  '"We have confirmed 34 deaths, and we are still looking for 27 people," Interior Minister Jorge Salcedo told reporters in Arequipa. "The terrain is extremely unstable and we cannot bring heavy machinery in yet."',
  'Prime Minister Gustavo Ledesma announced 25 million soles (about $6.7 million) in emergency funds for shelter, food and drinking water.',
  'Rescuers said about 60 homes and a primary school were destroyed.',
].join('\n\n');

const TRANSFER = [
  'Olarte joins Tottenham in 80m euro deal',
  "Rodrigo Olarte's long goodbye to Lisbon is over. The Uruguayan striker completed his move from Benfica to Tottenham Hotspur on Friday night in a deal worth an initial 80 million euros.",
  'Olarte has signed a five-year contract reported to be worth about 150,000 pounds a week.',
].join('\n\n');

const TRIAL = [
  'Walking linked to lower dementia risk',
  'People who walk around 7,000 steps a day may be less likely to develop dementia, according to a study published on Wednesday.',
  'Around 57 million people worldwide were living with dementia in 2021, and the number is expected to nearly double every 20 years.',
  'Lindqvist said her team was now seeking funding for a randomised trial of a walking programme. Results from such a trial would not be expected before 2030.',
].join('\n\n');

const COUNT = [
  'Jakarta governor race heads for run-off',
  'JAKARTA, Nov 28 - Former health minister Dewi Anggraini appeared on Thursday to have fallen narrowly short of the outright majority needed to win Jakarta\'s governor election.',
  'Unofficial quick counts by four pollsters put Anggraini on between 48.9 and 49.8 percent of the vote.',
  'Turnout was lower than in the last election.',
].join('\n\n');

const STEPS = [
  'Walking 7,000 steps a day linked to lower dementia risk',
  '"What surprised us was how much of the benefit was already there," said the study\'s lead author, Dr. Mette Lindqvist. "You do not need to run marathons. For many people, 7,000 steps is a realistic goal, roughly an hour of walking spread across the day."',
  '"Today\'s study is a useful one," Competition Commissioner Henrik Dalgaard said in a statement.',
].join('\n\n');

const serviceOf = (text: string) => createBriefingService(staticLibrary(ingestArticle(text, { source: 'a.txt', articleId: 'a' })));

describe('words of the fifty-first review', () => {
  it('GIVEN "what did the study find?" of a story about a study THEN its lead answers, not the earlier study the background tells of', () => {
    const service = serviceOf(STUDY);
    for (const question of ['what did the study find?', 'what did researchers find?', 'what were the findings?', 'what does the study show?']) {
      expect(service.ask(question).answer, question).toMatch(/^People who walk about 7,000 steps a day are less likely to develop dementia/);
    }
  });

  it('GIVEN "what did the workers find?" (guard) THEN it is asked as typed: only a study and its kin find what the story is', () => {
    expect(serviceOf(STUDY).ask('what did the workers find?').answer).not.toMatch(/^People who walk/);
  });

  it('GIVEN "HR" THEN it reads as human resources, not hours', () => {
    const service = serviceOf(STRIKE);
    expect(service.ask("what did the company's HR person say?").answer).toMatch(/head of human resources, Grace Tembo/);
    expect(service.ask('what did the hr director say?').answer).toMatch(/head of human resources, Grace Tembo/);
  });

  it('GIVEN "10k steps" THEN it finds "10,000 steps"', () => {
    expect(serviceOf(STUDY).ask('does walking more than 10k steps help more?').answer).toMatch(/^The benefit appeared to level off above about 10,000 steps/);
  });

  it('GIVEN "has this happened before?" of a story recalling "memories of 2016, when ..." THEN that earlier occasion answers', () => {
    expect(serviceOf(STRIKE).ask('has this happened before?').answer).toMatch(/^The dispute revives memories of 2016/);
  });

  it('GIVEN "what exactly did Nimbara do wrong?" THEN the finding of abuse answers; "exactly" frames the question, "wrong" finds the abuse', () => {
    expect(serviceOf(RULING).ask('what exactly did nimbara do wrong?').answer).toMatch(/Nimbara abused its dominant position/);
  });

  it('GIVEN "why did the stock go up?" THEN the shares answer', () => {
    expect(serviceOf(RULING).ask('why did the stock go up?').answer).toMatch(/Nimbara shares closed 2\.3 percent higher/);
  });

  it('GIVEN "how much money has the government put up?" and "bulldozers" THEN the funds and the heavy machinery answer', () => {
    const service = serviceOf(MUDSLIDE);
    expect(service.ask('how much money has the goverment put up?').answer).toMatch(/25 million soles/);
    expect(service.ask('can they bring in bulldozers?').answer).toMatch(/we cannot bring heavy machinery in yet/);
  });

  it('GIVEN "what did the interior minister say?" of words going on after his title and name THEN the rest of them follows', () => {
    const answer = serviceOf(MUDSLIDE).ask('what did the interior minister say?').answer;
    expect(answer).toMatch(/^"We have confirmed 34 deaths, and we are still looking for 27 people," Interior Minister Jorge Salcedo told reporters in Arequipa\. "The terrain is extremely unstable/);
  });

  it('GIVEN "tldr?" of a story opening on a teaser THEN the sentence after it, saying what happened, follows it', () => {
    const answer = serviceOf(TRANSFER).ask('tldr?').answer;
    expect(answer).toMatch(/^Rodrigo Olarte's long goodbye to Lisbon is over\. The Uruguayan striker completed his move from Benfica to Tottenham/);
  });

  it('GIVEN "tldr?" of a story whose lead says when (guard) THEN the lead alone answers', () => {
    expect(serviceOf(COUNT).ask('tldr?').answer).toMatch(/^Former health minister Dewi Anggraini appeared on Thursday[^…]*$/);
  });

  it('GIVEN "what happens next?" THEN the trial to come answers, not a trend dated years back', () => {
    const answer = serviceOf(TRIAL).ask('what happens next?').answer;
    expect(answer).toMatch(/^Lindqvist said her team was now seeking funding/);
    expect(answer).not.toMatch(/57 million/);
  });

  it('GIVEN "by how much?" after the lead (guard) THEN the figure told next answers', () => {
    const service = serviceOf(COUNT);
    service.ask('what happened?', { conversationKey: 'c' });
    expect(service.ask('by how much?', { conversationKey: 'c' }).answer).toMatch(/^Unofficial quick counts by four pollsters put Anggraini on between 48\.9 and 49\.8 percent/);
  });

  it('GIVEN "how long is that in time?" after an answer saying "roughly an hour" THEN that answer holds it; "in time" is no word to find', () => {
    const service = serviceOf(STEPS);
    service.ask('how many steps should I walk?', { conversationKey: 'c' });
    expect(service.ask('how long is that in time?', { conversationKey: 'c' }).answer).toMatch(/roughly an hour of walking/);
  });

  it('GIVEN a quote\'s closing sentence chosen alone THEN the sentence opening the quote comes first', () => {
    expect(serviceOf(STEPS).ask('how many steps should I walk?').answer).toMatch(/^"You do not need to run marathons\. For many people, 7,000 steps/);
  });

  it('GIVEN "what\'s Anggraini\'s background?" and "what is her background?" THEN they ask who she is', () => {
    const service = serviceOf(COUNT);
    expect(service.ask("whats anggraini's background?").answer).toMatch(/^Former health minister Dewi Anggraini/);
  });

  it('GIVEN "which commissioner spoke?" of an article where people only say THEN the one saying answers', () => {
    expect(serviceOf(STEPS).ask('which commissioner spoke?').answer).toMatch(/Competition Commissioner Henrik Dalgaard said/);
  });

  it('GIVEN "will strikers lose pay?" THEN the company docking pay answers', () => {
    const service = serviceOf([STRIKE, 'The company has said it will not dock pay for the strike days if employees return by Monday.'].join('\n\n'));
    expect(service.ask('will strikers lose pay?').answer).toMatch(/^The company has said it will not dock pay/);
  });

  it('GIVEN "how long were people followed?" of a study that followed adults THEN the adults followed answer first', () => {
    const service = serviceOf(
      ['Walking linked to lower dementia risk', 'The study followed 62,418 adults in Denmark for eight years.', 'People who walk more tend to be healthier, experts said, and researchers hope to follow them for another decade.'].join('\n\n'),
    );
    expect(service.ask('how long were people followed?').answer).toMatch(/^The study followed 62,418 adults in Denmark for eight years/);
  });

  it('GIVEN "which churches were hit?", "who footed the bill?" and "can I get my money back?" THEN targeted, funded and refund answer', () => {
    const service = serviceOf(
      [
        'Man jailed for stripping lead from church roofs',
        "The court heard he targeted St Botolph's Church in Frampton and All Saints Church in Wrangle last year.",
        'The repairs were funded by the diocese, with £12,000 raised by villagers.',
        'The ferry company said passengers with cancelled bookings could claim a full refund.',
      ].join('\n\n'),
    );
    expect(service.ask('which churches were hit?').answer).toMatch(/^The court heard he targeted St Botolph's Church/);
    expect(service.ask('who footed the bill for the repairs?').answer).toMatch(/^The repairs were funded by the diocese/);
    expect(service.ask('can I get my money back if my booking was cancelled?').answer).toMatch(/^The ferry company said passengers with cancelled bookings could claim a full refund/);
  });

  it('GIVEN "who is Olarte?" answered by a teaser ("... long goodbye to Lisbon is over.") THEN the sentence after it follows it', () => {
    const answer = serviceOf(TRANSFER).ask('who is Olarte?').answer;
    expect(answer).toMatch(/^Rodrigo Olarte's long goodbye to Lisbon is over\. The Uruguayan striker completed his move/);
  });

  it('GIVEN "is this a club record?" of an article that never says record THEN the biggest fee ever paid answers', () => {
    const service = serviceOf([TRANSFER, 'It is also the biggest fee Tottenham have ever paid. Olarte said in a video released by his new club that he was happy.'].join('\n\n'));
    expect(service.ask('is this a club record?').answer).toMatch(/^It is also the biggest fee Tottenham have ever paid/);
    expect(service.ask('was it a record fee?').answer).toMatch(/^It is also the biggest fee Tottenham have ever paid/);
  });
});
