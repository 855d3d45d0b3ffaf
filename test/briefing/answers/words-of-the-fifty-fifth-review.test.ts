/**
 * From the fifty-fifth blind review and the invented sets read while working: questions refused because the
 * article says it in other words. "When will the ferry be back?" where it will "return"; "was anyone hurt?" where
 * two were "treated"; "how many extra voters?" where they are "added"; "how did they go ahead?" and "were they
 * trailing?" where a side "led"; the "pictures" that are paintings; the provincial "government" that is its
 * minister; a lawyer's "excuse" that is the defence; who is "behind" the mines that "financed" them; how to
 * "protect" yourself where officials "advised"; why people could not "escape" where they were "trapped"; who
 * "checked" a finding that was "confirmed"; the "govt's" position; who "owns" it (a shareholder); what a sale could "fetch"
 * (raise); "injuries" where people were "treated"; a fire "under control" that is "contained"; the "meeting" that is a
 * conference; how people are "getting to work" (commuters). And four slips of the thread: "what happened to the
 * shares?" answered by the lead because the headline says "shares"; "when are the results?" read as talk about the
 * last answer; "does it say anything about swimming?" taking "it" for the last answer's subject; "whats the debt
 * like" refused for want of "like". The articles are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const FERRY = [
  'Island ferry out of service after engine fault',
  'The only car ferry serving the island of Kerrera has been taken out of service after an engine fault, the operator said on Monday.',
  'A smaller passenger boat will run in its place, carrying up to 40 people but no vehicles.',
  'The operator said it expected the ferry to return by the end of April, but could not give a firm date.',
  'A fire broke out in the engine room of the passenger boat last winter, and two crew members were treated for smoke inhalation.',
].join('\n\n');

const MATCH = [
  'Hosts reach final',
  'Kenya beat Uganda 2-1 in Nairobi on Saturday to reach the final of the regional championship.',
  'Uganda had led at halftime through a penalty from captain Ruth Achola.',
  'Kenya were leading by one goal with ten minutes left when the referee stopped play for a floodlight failure.',
].join('\n\n');

const POLL = [
  'Voting age lowered to 16',
  'Parliament voted on Tuesday to lower the voting age from 18 to 16.',
  'The electoral commission estimates that about 410,000 young people will be added to the roll before the next election.',
].join('\n\n');

const ALBUM = [
  'Lost royal album bought by museum',
  'A museum in Doha has bought an album of 17th-century miniatures at auction in London.',
  'The paintings show royal hunts, portraits of courtiers and studies of birds and flowers.',
  'The album will go on public display in March.',
].join('\n\n');

const MINE = [
  'Copper mine closed after strike',
  'A copper mine near Kolwezi has been closed for a week after workers went on strike over unpaid wages.',
  "Lualaba province's labour minister, Beatrice Mwamba, said she had summoned both sides to a meeting on Wednesday.",
  'The report accuses politically connected syndicates of financing many of the illegal mines nearby.',
].join('\n\n');

const FRAUD = [
  'Bookkeeper jailed for theft',
  'A bookkeeper who stole 240,000 dollars from a charity was jailed for three years on Friday.',
  'Defence barrister Priya Nand said her client had developed a gambling addiction after the death of her husband.',
  'The judge said the theft had been carefully planned over four years.',
].join('\n\n');

const VIRUS = [
  'Mosquito virus warning along the river',
  'Health officials have warned people living along the Murray River after a mosquito-borne virus killed two people.',
  'Officials advised residents to wear long, loose clothing outdoors and use insect repellent.',
  'The finding was confirmed in April by a second laboratory in Melbourne.',
].join('\n\n');

const CRASH = [
  'Twenty killed as bus and tanker collide',
  'At least 20 people were killed when a bus collided with a fuel tanker on the EN1 highway on Sunday.',
  'Both vehicles burst into flames on impact.',
  'Many of the victims were trapped in the bus and could not get out before the fire spread, a police spokesman said.',
].join('\n\n');

const TRAMS = [
  'Tram drivers strike in Adelaide',
  'About 900 tram drivers in Adelaide walked off the job on Monday in a 24-hour strike over pay.',
  'Commuters faced long queues at bus stops, and traffic on roads into the city was heavier than usual.',
  '"The government is not a party to this dispute, but we want trams running," Transport Minister Dana Kerr told reporters.',
  'The industrial tribunal has scheduled a conference between the two sides for Thursday.',
].join('\n\n');

const FOODS = [
  'Snack maker weighs sale of crisps arm',
  'Fjordkjeks, the Norwegian biscuit maker, said on Wednesday it was reviewing options for its crisps division.',
  'Analysts said a sale could raise between 1 and 1.5 billion crowns.',
  'Its largest shareholder is the Berg family foundation, which holds 28 per cent of the shares.',
].join('\n\n');

const BLAZE = [
  'Forest fire near Patras',
  'A forest fire burned through pine woods south of Patras on Tuesday, forcing about 3,000 people from their homes.',
  'Nine people, including two firefighters, were treated for burns.',
  'By Wednesday morning the main front had been contained, the fire service said.',
].join('\n\n');

const RESULTS = [
  'Biscuit maker profit falls; shares tumble',
  'OSLO, 7 August - Fjordkjeks, the Norwegian biscuit maker, reported a 30 per cent drop in second-quarter operating profit on Wednesday, hit by record cocoa prices.',
  'Shares in Fjordkjeks fell 9.4 per cent by midday, their biggest one-day fall since 2020.',
  'Finance chief Lars Moe said net debt stood at 2.1 billion crowns at the end of June.',
  'The company kept its interim dividend unchanged at 1.50 crowns.',
  'Fjordkjeks, founded in 1911 in Bergen, employs about 3,200 people.',
  'Its largest shareholder is the Berg family foundation.',
  'The company has cut 200 jobs since January.',
  'Fjordkjeks will publish third-quarter results on 6 November.',
].join('\n\n');

const STEPS = [
  'Walking 7,000 steps a day cuts dementia risk, study finds',
  'People who walk about 7,000 steps a day are a third less likely to develop dementia, according to a Canadian study.',
  '"What we really need are randomised trials," said Professor David Kwan, who was not involved in the research.',
].join('\n\n');

const serviceOf = (text: string) => createBriefingService(staticLibrary(ingestArticle(text, { source: 'a.txt', articleId: 'a' })));

describe('words of the fifty-fifth review', () => {
  it.each([
    [FERRY, 'when will the ferry be back?', /^The operator said it expected the ferry to return by the end of April/],
    [FERRY, 'was anyone hurt in the fire?', /^A fire broke out in the engine room of the passenger boat last winter, and two crew members were treated/],
    [POLL, 'how many extra voters could there be?', /^The electoral commission estimates that about 410,000 young people will be added/],
    [MATCH, 'how did Uganda go ahead?', /^Uganda had led at halftime through a penalty/],
    [MATCH, 'who was trailing at halftime?', /^Uganda had led at halftime/],
    [ALBUM, 'what is in the pictures?', /^The paintings show royal hunts/],
    [MINE, 'what is the provincial government doing about it?', /^Lualaba province's labour minister, Beatrice Mwamba, said she had summoned/],
    [MINE, 'who is behind the bigger mining operations?', /^The report accuses politically connected syndicates of financing/],
    [FRAUD, "what was her lawyer's excuse?", /^Defence barrister Priya Nand said her client had developed a gambling addiction/],
    [VIRUS, 'did anyone check the finding?', /^The finding was confirmed in April by a second laboratory/],
    [CRASH, 'why did so few escape the bus?', /^Many of the victims were trapped in the bus/],
    [TRAMS, "what's the govt's position?", /^"The government is not a party to this dispute/],
    [TRAMS, 'how are people getting to work', /^Commuters faced long queues/],
    [TRAMS, "when's the meeting", /^The industrial tribunal has scheduled a conference/],
    [FOODS, 'who owns it', /^Its largest shareholder is the Berg family foundation/],
    [FOODS, 'how much could it fetch', /^Analysts said a sale could raise/],
    [BLAZE, 'injuries?', /^Nine people, including two firefighters, were treated for burns/],
    [BLAZE, 'is it under control now', /^By Wednesday morning the main front had been contained/],
  ])('GIVEN a question in words the article does not use THEN the sentence saying it in its own words answers: %#', (article, question, expected) => {
    const answer = serviceOf(article).ask(question);
    expect(answer.abstained, question).toBe(false);
    expect(answer.answer, question).toMatch(expected);
  });

  it('GIVEN "how can people protect themselves?" THEN the advice officials gave is quoted, not refused', () => {
    // The lead, which warns "people", comes first: the question's one other word is theirs.
    const answer = serviceOf(VIRUS).ask('how can people protect themselves?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Officials advised residents to wear long, loose clothing');
  });

  it('GIVEN "what happened to the shares?" asked first, of a headline ending "shares tumble" THEN the sentence on the shares answers, not the lead on the profit', () => {
    expect(serviceOf(RESULTS).ask('what happened to the shares').answer).toMatch(/^Shares in Fjordkjeks fell 9.4 per cent/);
  });

  it('GIVEN "when are the results?" after a turn on the dividend THEN the date of the results answers, not the dividend again', () => {
    const service = serviceOf(RESULTS);
    const thread = { conversationKey: 'results' };
    expect(service.ask('dividend?', thread).answer).toMatch(/^The company kept its interim dividend/);
    expect(service.ask('when are the results', thread).answer).toMatch(/^Fjordkjeks will publish third-quarter results on 6 November/);
  });

  it('GIVEN "does it say anything about swimming?" in a thread THEN "it" is the article, and a thing it never mentions is refused', () => {
    const service = serviceOf(STEPS);
    const thread = { conversationKey: 'steps' };
    expect(service.ask('what did Kwan say?', thread).answer).toMatch(/^"What we really need are randomised trials,"/);
    const answer = service.ask('does it say anything about swimming?', thread);
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toContain('swimming');
  });

  it('GIVEN "whats the debt like" THEN it asks how the debt is', () => {
    const answer = serviceOf(RESULTS).ask('whats the debt like');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^Finance chief Lars Moe said net debt stood at 2.1 billion crowns/);
  });

  it('GIVEN "actual" and "besides" in a question THEN they frame it and are not words the article must use', () => {
    expect(serviceOf(ALBUM).ask('what is actually in the album besides the hunts?').abstained).toBe(false);
    expect(serviceOf(ALBUM).ask("when's the actual display").answer).toMatch(/^The album will go on public display in March/);
  });

  it('GIVEN a word whose stand-in the article never uses THEN the question is still refused', () => {
    expect(serviceOf(FERRY).ask('did anyone check the engine?').abstained).toBe(true);
    // "check" may stand for confirmed; the crash story confirms nothing.
    expect(serviceOf(CRASH).ask('did anyone check the tanker?').abstained).toBe(true);
  });
});
