/**
 * From the fiftieth blind review: the headline answered "when are the talks?" though the body says when and where in
 * full, in words of its own; "take office", "react", "stuck", "caveats" and "rescuers" were refused or answered by
 * another sentence, though the article says each its own way; "what happened to Reid?" quoted his denial, not his
 * ban. The articles are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const PORT = [
  'Dockworkers strike halts Antwerp port as talks set for Monday',
  'ANTWERP, Belgium (AP) — Thousands of dockworkers at the port of Antwerp walked off the job on Friday over pay, halting container traffic.',
  'The two sides agreed on Friday afternoon to resume negotiations on Monday at 10 a.m. in Brussels, under an independent mediator.',
  'According to the port authority, 37 container ships were waiting to enter the port on Friday evening.',
  'Shipping lines said deliveries before Christmas could be delayed.',
].join('\n\n');

const ELECTION = [
  'Owusu wins Ghana presidential runoff',
  'ACCRA, Ghana (AP) — Opposition candidate Abena Owusu has won Ghana’s presidential runoff, the electoral commission said Monday.',
  'Ms Owusu, 58, a former finance minister, took 52.7% of the vote in Saturday’s second round.',
  'The inauguration is scheduled for 7 January.',
  'Regional leaders including Nigeria’s president sent messages of congratulations on Monday.',
].join('\n\n');

const STUDY = [
  'Walking 7,000 steps a day linked to lower dementia risk',
  'LONDON (AP) — People who walk about 7,000 steps a day are less likely to develop dementia, according to a study published Wednesday.',
  'The study followed 78,500 adults for an average of seven years.',
  'But several experts not involved in the research urged caution. They said people in the early stages of dementia may already be less active.',
].join('\n\n');

const LANDSLIDE = [
  'Landslide buries village in western Nepal',
  'KATHMANDU, Nepal (AP) — A landslide buried much of a mountain village in western Nepal early Tuesday, killing at least 31 people, officials said.',
  'More than 400 soldiers, police officers and volunteers were digging through the mud by hand because the only road into the valley was blocked.',
  'The home minister promised that survivors would be resettled on safer ground.',
].join('\n\n');

const BAN = [
  'Olympic sprint champion banned for four years after positive test',
  'KINGSTON, Jamaica (AP) — Jamaican sprinter Marcus Reid, the reigning Olympic 200-meter champion, has been banned for four years after testing positive for a steroid, World Athletics said on Wednesday.',
  'A second sample, tested at Reid’s request in May, confirmed the finding.',
  'Reid has denied knowingly taking the substance.',
  'His coach said Reid would appeal.',
].join('\n\n');

const ask = (text: string, question: string) => createBriefingService(staticLibrary(ingestArticle(text, { source: 'story.txt', articleId: 'story' }))).ask(question);

describe('the words of the fiftieth review', () => {
  it.each(['when are the talks?', 'where are the talks?'])('GIVEN "%s" THEN the body’s sentence saying it in full leads, not the headline', (question) => {
    expect(ask(PORT, question).answer).toMatch(/^The two sides agreed on Friday afternoon to resume negotiations on Monday at 10 a\.m\. in Brussels/);
  });

  it.each([
    ['when does she take office?', ELECTION, /^The inauguration is scheduled for 7 January\./],
    ['how did Nigeria react?', ELECTION, /^Regional leaders including Nigeria['’]s president sent messages of congratulations/],
    ['how many ships are stuck?', PORT, /37 container ships were waiting to enter the port/],
    ['are there any caveats?', STUDY, /^But several experts not involved in the research urged caution\./],
    ['how many rescuers are there?', LANDSLIDE, /^More than 400 soldiers, police officers and volunteers were digging/],
  ])('GIVEN "%s" THEN the sentence saying it in the article’s words answers', (question, text, expected) => {
    const result = ask(text, question);
    expect(result.abstained, result.answer).toBe(false);
    expect(result.answer).toMatch(expected);
  });

  it('GIVEN "what happened to Reid?" of a story whose headline names him by his title THEN the lead naming him first answers', () => {
    expect(ask(BAN, 'what happened to Reid?').answer).toMatch(/^Jamaican sprinter Marcus Reid, the reigning Olympic 200-meter champion, has been banned/);
  });
});

