/**
 * From the fifty-third blind review and the new invented set DI (tune): "how old is she?" asked first refused though
 * the story is about one woman; a lead describing its subject before naming her ("A 16-year-old schoolgirl ... .
 * Losaline Mahe crossed the line ...") not read as giving her age; "Oceania" read as a person; "how bad was the
 * storm?" refused for want of the word "bad"; "why are they shutting it?" answered by the meeting where workers heard
 * of the closure, not by the sentence blaming falling demand; "cost" refused where the article tells of losses; a bare
 * "when?" refused after an answer saying "within the week"; "how fast did cops get there?" read as a speed; "Van
 * Damme" apart from "Pieter Van Damme"; "what's his name?" answered with a woman's words, not "His name was not
 * released."; "has this happened before?" refused beside "It is the second strike ... this year"; "catch", "hide",
 * "flip", "evac", "paid any of it back", "get into rowing" and "jobs at risk" refused where the article says
 * "uncovered", "disguised", "defected", "evacuation", "repaid", "took up" and "no jobs would be lost"; "could it go
 * longer?" and "how long will it go on?" refused where the article says "extend" and "a 72-hour strike"; "what's on
 * the table?" refused in a pay dispute; an agency's dateline kept in the quote, or cut in two at "Pa.". The articles
 * are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const SPRINT = [
  'Teenager breaks Pacific junior record',
  'APIA, Samoa — A 15-year-old schoolgirl from Fiji has broken a 30-year-old Oceania under-18 record in the 200 metres at the Pacific Games in Apia.',
  'Adi Vuniwai crossed the line in 23.61 seconds in the final on Saturday, ahead of Samoa\'s Grace Tuilagi.',
  'Tuilagi, 17, said she had never run faster.',
  '"I did not look at the clock until I had stopped," Vuniwai said.',
  'Vuniwai trains on a grass track at her school in Suva.',
].join('\n\n');

const FRAUD = [
  'Former club treasurer jailed',
  'Marjorie Ellen Doyle, 58, pleaded guilty in the Perth District Court to stealing from the Harbour Rowing Club.',
  'Doyle made 212 transfers from the club\'s accounts to her own between 2019 and 2023.',
  'Defence lawyer Ruth Castellano said her client had a gambling addiction.',
  'Doyle has repaid $12,000 of the money.',
].join('\n\n');

const STORM = [
  'Storm batters Cornish coast',
  'PENZANCE, England (Wire) -- Storm Maelle tore along the coast of Cornwall overnight with gusts of up to 150 kilometres per hour, killing a walker and leaving about 60,000 homes without power, officials said.',
  'Maelle is the third named storm to hit Britain this winter.',
  'The storm also closed the main rail line for most of Sunday.',
  'Insurers estimated early losses at between 80 million and 120 million pounds.',
  'Council leader Anne Polglase said the council would ask the government for emergency funding.',
  'She said the request would be sent within the week.',
  '"We have had storms every winter, but not like this," said harbourmaster Tom Penrose.',
].join('\n\n');

const CLOSURE = [
  'Harlan Foods to close Pikeville bakery, cutting 230 jobs',
  'Harlan Foods said on Monday it will close its bakery in Pikeville by the end of June, eliminating 230 jobs.',
  'Workers were told of the closure at a meeting on the factory floor shortly after 6 a.m. on Monday.',
  'Harlan blamed falling demand for packaged bread and an ageing building that would need $20 million in repairs.',
  'The union said it would ask the company to shut the plant in stages.',
].join('\n\n');

const THEFT = [
  'Thieves steal silver chalice from Bruges museum',
  'Thieves broke into the Groeninge Annex in Bruges before dawn on Monday and stole a silver chalice, police said.',
  'An alarm sounded at 3:02 a.m. and the first police patrol arrived at 3:09 a.m.',
  'The patrol found the rear door open.',
].join('\n\n');

const MUSEUM = [
  'Gold casket taken in Leuven museum theft',
  'Thieves broke into the Leuven City Museum before dawn on Monday and stole a gold casket, police said.',
  'The museum\'s director, Anneke Van der Berg, called the theft "a wound to the city".',
  'Van der Berg said the rear door had no alarm.',
  'The body of a night watchman was found near the river on Monday morning.',
  'His name was not released.',
  'A colleague, Marta Claes, said the man who died "knew every room of the building".',
  'It is the second theft at the museum this year.',
  'In March, a silver plate was taken from the same gallery.',
].join('\n\n');

const EMBEZZLER = [
  'Former boat club treasurer jailed for theft',
  'Deborah Lynn Carr, 61, was jailed for three years for taking $412,000 from the Swan River Boat Club.',
  'The theft was uncovered in 2024 when an auditor noticed two years of accounts were missing.',
  'She disguised the transfers in the club\'s books as "boat repairs" and "regatta fees".',
  'Carr has repaid $18,000.',
  'About 300 members slept in two evacuation centres during the floods of 2022, the club said.',
  'Club president Tom Reid, who defected from the rival Perth club in 2019, said members felt betrayed.',
  'Carr only took up rowing herself after joining the club as a volunteer in 2015.',
  'The club said no staff jobs would be lost because of the theft.',
].join('\n\n');

const TRAM_STRIKE = [
  'Tram drivers walk out in Nantes',
  'Most trams in Nantes stopped on Tuesday as drivers began a 72-hour strike over pay.',
  'The union said drivers had been offered 2 percent, half of what they asked.',
  'Union officials will meet on Thursday to decide whether to extend the strike into next week.',
  'Buses ran at close to normal frequency.',
].join('\n\n');

const serviceOf = (text: string) => createBriefingService(staticLibrary(ingestArticle(text, { source: 'a.txt', articleId: 'a' })));

describe('words of the fifty-third review', () => {
  it('GIVEN a lead describing its subject before the next sentence names her THEN "how old is Vuniwai?" is answered by the lead', () => {
    const answer = serviceOf(SPRINT).ask('how old is Vuniwai?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^A 15-year-old schoolgirl from Fiji has broken/);
    expect(answer.answer).not.toMatch(/Tuilagi, 17/);
  });

  it('GIVEN "how old is she?" asked first THEN it asks of the one the story is about; "he" with no such man is still refused', () => {
    expect(serviceOf(FRAUD).ask('how old is she?').answer).toMatch(/^Marjorie Ellen Doyle, 58, pleaded guilty/);
    expect(serviceOf(SPRINT).ask('how old is she?').answer).toMatch(/^A 15-year-old schoolgirl from Fiji/);
    expect(serviceOf(FRAUD).ask('how old is he?').abstained).toBe(true);
  });

  it('GIVEN "Oceania" before a noun ("a 30-year-old Oceania under-18 record") THEN it is a place, not a person', () => {
    const briefing = ingestArticle(SPRINT, { source: 'a.txt', articleId: 'a' });
    expect(briefing.entities.find((entity) => entity.name === 'Oceania')?.kind).toBe('place');
  });

  it('GIVEN "why are they shutting it?" of a closure story THEN the sentence giving the story\'s reason answers, though it does not say "close"', () => {
    const service = serviceOf(CLOSURE);
    for (const question of ['why are they shutting it?', 'why is the bakery closing?']) {
      expect(service.ask(question).answer, question).toMatch(/^Harlan blamed falling demand/);
    }
  });

  it('GIVEN "how much is this going to cost?" of an article that never says "cost" THEN the losses answer', () => {
    const answer = serviceOf(STORM).ask('how much is this going to cost?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^Insurers estimated early losses/);
  });

  it('GIVEN a bare "when?" after an answer saying "within the week" THEN that sentence answers', () => {
    const service = serviceOf(STORM);
    service.ask('is the council asking for help?', { conversationKey: 'c' });
    const answer = service.ask('when?', { conversationKey: 'c' });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^She said the request would be sent within the week\./);
  });

  it('GIVEN "how fast did the police get there?" THEN the time they arrived answers, not a speed', () => {
    const service = serviceOf(THEFT);
    for (const question of ['how fast did cops get there?', 'how quickly did police arrive?']) {
      const answer = service.ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.answer, question).toMatch(/^An alarm sounded at 3:02 a\.m\. and the first police patrol arrived/);
    }
  });

  it('GIVEN "Van der Berg" after "Anneke Van der Berg" THEN they are one person, whose role answers "who is Van der Berg?"', () => {
    const briefing = ingestArticle(MUSEUM, { source: 'a.txt', articleId: 'a' });
    expect(briefing.entities.filter((entity) => entity.kind === 'person' && entity.name.includes('Berg')).map((entity) => entity.name)).toEqual(['Anneke Van der Berg']);
    expect(serviceOf(MUSEUM).ask("who's Van der Berg?").answer).toMatch(/^The museum's director, Anneke Van der Berg/);
  });

  it('GIVEN "what\'s his name?" after a woman\'s words about a man the article does not name THEN "His name was not released." answers', () => {
    const service = serviceOf(MUSEUM);
    expect(service.ask('what did his colleague say?', { conversationKey: 'n' }).answer).toMatch(/Marta Claes/);
    expect(service.ask("what's his name?", { conversationKey: 'n' }).answer).toBe('His name was not released.');
  });

  it('GIVEN "has this happened before?" of a story saying "It is the second theft at the museum this year" THEN that answers', () => {
    expect(serviceOf(MUSEUM).ask('has this happened before?').answer).toMatch(/^It is the second theft at the museum this year\./);
  });

  it('GIVEN the asker\'s own words ("catch", "hide", "paid any of it back", "evac", "flip", "get into rowing") or "jobs at risk" THEN the article\'s answer', () => {
    const service = serviceOf(EMBEZZLER);
    const asked: Array<[string, RegExp]> = [
      ['how did they catch her?', /^The theft was uncovered in 2024/],
      ['how did she hide it?', /^She disguised the transfers/],
      ['has she paid any of it back?', /^Carr has repaid \$18,000/],
      ['how many ppl in the evac centres?', /^About 300 members slept in two evacuation centres/],
      ['why did reid flip?', /^Club president Tom Reid, who defected/],
      ["how'd she get into rowing?", /^Carr only took up rowing herself/],
      ['are any jobs at risk?', /^The club said no staff jobs would be lost/],
    ];
    for (const [question, expected] of asked) expect(service.ask(question).answer, question).toMatch(expected);
  });

  it('GIVEN "could it go longer?" and "how long will the strike go on?" THEN extending it and the lead\'s 72 hours answer', () => {
    const service = serviceOf(TRAM_STRIKE);
    expect(service.ask('could the strike go on longer?').answer).toMatch(/^Union officials will meet on Thursday to decide whether to extend the strike/);
    const howLong = service.ask('how long will the strike go on?');
    expect(howLong.abstained).toBe(false);
    expect(howLong.answer).toMatch(/^Most trams in Nantes stopped on Tuesday as drivers began a 72-hour strike/);
  });

  it('GIVEN "and what\'s on the table?" of a dispute THEN the offer answers', () => {
    const answer = serviceOf(TRAM_STRIKE).ask("and what's on the table?");
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^The union said drivers had been offered 2 percent/);
  });

  it('GIVEN "how bad was the storm?" THEN the lead saying what the storm did answers, without its dateline', () => {
    const service = serviceOf(STORM);
    for (const question of ['how bad was the storm?', 'how serious was the storm?', 'how bad is it?']) {
      const answer = service.ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.answer, question).toMatch(/^Storm Maelle tore along the coast of Cornwall/);
    }
  });
});
