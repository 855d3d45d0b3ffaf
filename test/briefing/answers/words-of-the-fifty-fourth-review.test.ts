/**
 * From the fifty-fourth blind review and the new invented set DK (tune): "what do analysts think?" refused for want
 * of the word "think"; "km" and "mvp" not read as "kilometres" and "most valuable player"; "how much did they make?",
 * "how did the shares react?", "how many surgeries got cancelled?", "who was covered by the law?", "what do they
 * want?", "what was the vote?", "who ran the study?" and "any layoffs?" refused or answered beside the point where
 * the article says "profit", "jumped", "postponed", "applied", "seeking", "decision", "trial" and "cut". The
 * articles are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const RESULTS = [
  'Baltic ferry operator returns to profit',
  'Tallinn-based ferry operator Merilaev Lines reported a third-quarter net profit of 48 million euros on Thursday, against a loss of 11 million euros a year earlier.',
  'Shares in the group jumped 7.2 percent in early trading.',
  '"Summer demand was stronger than we planned for," said Kadri Tamm, an analyst at LHV in Tallinn.',
  'The company cut 140 office jobs last year and said it had no plans to hire them back.',
  'Merilaev will publish its full-year results on Feb. 12.',
  'The company also said it would buy back up to 30 million euros of its own shares by March.',
].join('\n\n');

const STRIKE = [
  'Nurses strike in Wellington',
  'About 4,000 nurses in Wellington walked off the job on Tuesday in a 12-hour strike over pay.',
  'The strike forced the city hospital to postpone about 300 planned operations.',
  'The union is seeking a pay rise of 8 percent over two years.',
  'Emergency departments and intensive care units stayed open with reduced staffing.',
  'A 2021 law limiting pay rises applied to nurses, midwives and hospital cleaners.',
].join('\n\n');

const RULING = [
  'Court upholds fishing quota law',
  'The Supreme Court on Friday upheld a law limiting coastal fishing quotas, in a 5-2 decision written by Justice Ana Roos.',
  'The trial of the new quotas, run by researchers from the Marine Institute, followed 212 boats for two seasons.',
].join('\n\n');

const SEAS = [
  'Low-oxygen waters spread in the Baltic',
  'Scientists found low oxygen across about 6,100 square kilometres of Finnish waters in their August survey.',
  'Forward Juho Laine was named the most valuable player of the final.',
].join('\n\n');

const TRANSFER = [
  'Rovers sign teenage forward',
  'Blackburn Rovers have signed Brazilian forward Davi Moura from Gremio for an initial fee of £9 million, the club said on Friday.',
  'Moura, 18, was born in Pelotas, a city in Parana state, and joined the Gremio academy at the age of nine.',
  'Aston Villa were also interested in the player, according to Brazilian newspapers.',
  'Moura scored 11 goals in 26 games for Gremio last season.',
  'The fee could rise to £12 million with add-ons linked to appearances.',
  '"It is a dream for my family," Moura said.',
].join('\n\n');

const WILDFIRE = [
  'Wildfire forces evacuations near Valencia',
  'A wildfire fanned by strong winds tore through pine forest west of Valencia on Tuesday, forcing the evacuation of six villages.',
  'More than 300 firefighters, 40 fire engines and 12 water-dropping aircraft were sent to fight the fire, the regional fire service said.',
  'The fire broke out shortly after noon near the village of Chulilla and spread east within hours.',
  'Officials said the fire had burned about 2,100 hectares by nightfall.',
  'Last summer, a fire in the hills north of the city burned more than 5,000 hectares and killed at least 9 people, most of them farm workers.',
  'The cause of the fire was not yet known. Police said they had arrested a man in Bugarra on suspicion of starting a separate, smaller fire on Monday.',
  'No deaths had been reported by late evening.',
].join('\n\n');

const MEALS = [
  'School meals cut anaemia in girls',
  'Lunches enriched with iron cut anaemia among girls in western Uganda by a quarter, a study found.',
  'Anaemia, a shortage of healthy red blood cells, can leave children tired and unable to concentrate.',
  'The authors cautioned that the study was too short to show lasting effects.',
].join('\n\n');

const PAINTING = [
  'Lost painting returns to Tallinn',
  'A painting by Estonian modernist Mari Kask that disappeared during the war has been bought back by the Art Museum of Estonia.',
  'It resurfaced last year in the attic of a collector in Malmo, according to the auction house.',
  'The museum, which was founded in 1919, paid 1.2 million euros for it.',
  'The museum had stood idle for 11 weeks last year for lack of funds.',
].join('\n\n');

const VOTE = [
  'Premier survives confidence vote',
  'The premier survived a confidence vote on Thursday after one opposition member switched sides.',
  'PHOTO: Protesters outside the assembly building on Thursday.',
  'Ana Tupou, a spokeswoman for the community group Ocean Watch, said the group was disappointed by the result.',
  'The opposition group in the assembly had accused the government of signing a seabed mining deal in secret.',
  'Landowners in the northern group of islands learned of the deal from foreign media.',
  'The deal does not permit mining, which would need a separate licence.',
].join('\n\n');

const SCHOOLS = [
  'Village schools saved',
  'Parents in Norrby welcomed the council decision on the village schools.',
  'The council in Norrby voted 27 to 14 on Monday evening to withdraw the plan to close three village schools.',
  'Council chairman Per Lind said the vote showed the council had listened.',
].join('\n\n');

const serviceOf = (text: string) => createBriefingService(staticLibrary(ingestArticle(text, { source: 'a.txt', articleId: 'a' })));

describe('words of the fifty-fourth review', () => {
  it('GIVEN words the article writes apart typed as one ("buyback") or by letters ("EDs") THEN they read as the article\'s', () => {
    expect(serviceOf(RESULTS).ask('tell me about the buyback').answer).toMatch(/^The company also said it would buy back/);
    expect(serviceOf(STRIKE).ask('are EDs still open?').answer).toMatch(/^Emergency departments and intensive care units stayed open/);
  });

  it('GIVEN "what\'s anaemia anyway?" and "what\'s the catch?" THEN the definition and the caveat answer', () => {
    expect(serviceOf(MEALS).ask("what's anaemia anyway").answer).toMatch(/^Anaemia, a shortage of healthy red blood cells/);
    expect(serviceOf(MEALS).ask('whats the catch').answer).toMatch(/^The authors cautioned/);
  });

  it.each([
    ['where did it turn up again?', /^It resurfaced last year/],
    ['how long has the museum been around', /^The museum, which was founded in 1919/],
    ['so how long was it standing still', /^The museum had stood idle for 11 weeks/],
  ])('GIVEN an idiom ("turn up", "been around", "standing still") THEN the article\'s plain word answers: %s', (question, expected) => {
    const answer = serviceOf(PAINTING).ask(question);
    expect(answer.abstained, question).toBe(false);
    expect(answer.answer, question).toMatch(expected);
  });

  it('GIVEN "what did the protest group say?" of a quote said by "the community group" THEN that quote answers; a description the article never uses is refused', () => {
    expect(serviceOf(VOTE).ask('what did the protest group say?').answer).toMatch(/^Ana Tupou, a spokeswoman for the community group Ocean Watch/);
    expect(serviceOf(VOTE).ask("what did the teachers' group say?").abstained).toBe(true);
  });

  it('GIVEN "what was the vote count?" THEN the tally answers, over the vote merely mentioned', () => {
    for (const question of ['what was the vote count in the council', 'what was the vote?']) {
      expect(serviceOf(SCHOOLS).ask(question).answer, question).toMatch(/^The council in Norrby voted 27 to 14/);
    }
  });

  it('GIVEN "could it go higher?" of a transfer fee THEN the sentence saying it could rise answers', () => {
    const answer = serviceOf(TRANSFER).ask('could it go higher');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^The fee could rise to £12 million/);
  });

  it('GIVEN "how big is the fire?" THEN the area burned answers, not the count of firefighters sent', () => {
    expect(serviceOf(WILDFIRE).ask('how big is the fire').answer).toMatch(/^Officials said the fire had burned about 2,100 hectares/);
  });

  it('GIVEN "anyone killed?" in chat\'s short form THEN "No deaths had been reported" answers, not an earlier fire\'s dead', () => {
    expect(serviceOf(WILDFIRE).ask('anyone killed?').answer).toMatch(/^No deaths had been reported/);
  });

  it('GIVEN a sentence telling of "a separate, smaller fire" THEN "where did it start?" is answered by the news, not by it', () => {
    expect(serviceOf(WILDFIRE).ask('where did the fire start').answer).toMatch(/^The fire broke out shortly after noon near the village of Chulilla/);
  });

  it('GIVEN "Aston Villa were" and "in Parana state" THEN a team and a place, not people', () => {
    const briefing = ingestArticle(TRANSFER, { source: 'a.txt', articleId: 'a' });
    const kindOf = (name: string) => briefing.entities.find((entity) => entity.name === name)?.kind;
    expect(kindOf('Aston Villa')).toBe('organization');
    expect(kindOf('Davi Moura')).toBe('person');
    expect(briefing.entities.filter((entity) => entity.kind === 'person').map((entity) => entity.name)).toEqual(['Davi Moura']);
  });

  it('GIVEN "where\'s he from?" asked first, refused as asked THEN it asks of the one the story is about', () => {
    const service = serviceOf(TRANSFER);
    expect(service.ask("where's he from?").answer).toMatch(/^Moura, 18, was born in Pelotas/);
    expect(service.ask('what did he say?').answer).toContain('"It is a dream for my family," Moura said.');
    expect(serviceOf(STRIKE).ask("where's she from?").abstained).toBe(true);
  });

  it('GIVEN "what do analysts think?" of an article with no word of thinking THEN the analyst\'s words answer', () => {
    for (const question of ['what do analysts think', 'what do analysts make of it?']) {
      const answer = serviceOf(RESULTS).ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.answer, question).toMatch(/^"Summer demand was stronger/);
    }
  });

  it('GIVEN chat shorthand for units and titles ("km", "mvp") THEN it reads as the words the article writes', () => {
    expect(serviceOf(SEAS).ask('how many square km are affected?').answer).toMatch(/6,100 square kilometres/);
    expect(serviceOf(SEAS).ask('who was mvp?').answer).toMatch(/^Forward Juho Laine/);
  });

  it.each([
    [RESULTS, 'how much did they make', /^Tallinn-based ferry operator Merilaev Lines reported/],
    [RESULTS, 'how did the shares react', /^Shares in the group jumped/],
    [RESULTS, 'any layoffs planned?', /^The company cut 140 office jobs/],
    [STRIKE, 'how many surgeries got cancelled', /^The strike forced the city hospital to postpone/],
    [STRIKE, 'what do the nurses want?', /^The union is seeking a pay rise/],
    [STRIKE, 'so who was covered?', /^A 2021 law limiting pay rises applied to nurses/],
    [RULING, 'what was the vote?', /in a 5-2 decision/],
    [RULING, 'who ran the study?', /^The trial of the new quotas, run by researchers/],
  ])('GIVEN a word the article never uses for what it tells THEN the sentence telling it answers: %#', (article, question, expected) => {
    const answer = serviceOf(article).ask(question);
    expect(answer.abstained, question).toBe(false);
    expect(answer.answer, question).toMatch(expected);
  });
});
