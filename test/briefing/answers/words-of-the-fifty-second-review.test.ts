/**
 * From the fifty-second blind review and the new invented set DG (tune): questions refused or answered by another
 * sentence because the article says the thing its own way ("eligible" for "play", "assigned to the blaze" for
 * "working on it", "the case was brought by" for "took the city to court", "track 212 slumps" for "look at",
 * "limitations" for "weaknesses", "not involved in the research" for "the outside expert", "took over as" for
 * "join"); "aren't" read as a typo of "agent"; "how many people died?" answered by the injured; "what did analysts
 * say?" by the chief executive speaking on a call with them; "what's this story?" refused. The articles are written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const TRANSFER = [
  'Olarte joins Tottenham',
  "Uruguay's Rodrigo Olarte completed his move from Benfica to Tottenham Hotspur on Friday night.",
  'The player had refused to train with Benfica for two weeks while the clubs argued over the fee.',
  'Spurs will pay a further 10 million euros in add-ons linked to appearances.',
  "Olarte's registration was completed before the deadline, which means he is eligible for Sunday's home game against Brentford.",
].join('\n\n');

const FIRE = [
  'Wildfire forces evacuation of Fort Smith',
  'About 2,500 residents of Fort Smith were ordered to leave on Tuesday evening as a wildfire crossed the Slave River.',
  'Fire information officer Kieran Blackduck said about 85 firefighters, four helicopters and two water bombers were assigned to the blaze.',
  'Evacuees are being directed to a reception centre in Hay River, about 480 kilometres away by road.',
  'About 400 police officers, soldiers and volunteers were working at the site by Wednesday afternoon.',
].join('\n\n');

const RULING = [
  'Judge strikes down North Bay park bylaw',
  'An Ontario Superior Court judge has ruled that North Bay cannot enforce a bylaw banning people from sleeping in its parks overnight.',
  'The case was brought last year by the North Bay Street Outreach Coalition on behalf of three people living in tents.',
  'Court heard that the two emergency shelters have a combined 62 beds.',
].join('\n\n');

const SLUMPS = [
  'Arctic landslides growing faster',
  'Massive landslides caused by thawing permafrost in the western Arctic are growing nearly twice as fast as they were two decades ago, according to a new study.',
  'The study used satellite images and drone surveys to track 212 slumps on the Peel Plateau between 2004 and 2023.',
  'Fraser said warmer summers and heavier rainfall are the main reasons for the acceleration.',
  'Summer temperatures in the region have risen by about 2.5 C since the 1970s, the study notes.',
].join('\n\n');

const HOSPITAL = [
  'Sackville ER to close overnight',
  'The emergency department at Sackville Memorial Hospital will close overnight for six weeks starting Monday because of a shortage of doctors, Horizon Health Network says.',
  'Horizon said four of the seven physicians who normally cover the overnight shifts are unavailable because of retirements and illness.',
  '"Our priority is making sure patients are seen by a physician safely," said Margaret Doucet, Horizon\'s vice-president of clinical operations.',
  'Ambulance New Brunswick said it will station an extra ambulance in the Sackville area overnight during the closure.',
  'An agent for the hospital\'s landlord declined to comment.',
].join('\n\n');

const TREATY = [
  'Muskwa Lake First Nation signs land claim deal',
  'The First Nation will receive $141 million under the agreement signed on Friday.',
  'The First Nation has 15 years to select and buy land under the agreement.',
  'Workers were told of the decision at a meeting in the band office on Wednesday morning.',
  'Councillors trimmed roughly $4.6 million from the budget by delaying two new positions.',
].join('\n\n');

const NIMBARA = [
  'EU court upholds fine on Nimbara',
  'The European Union\'s General Court on Tuesday upheld a 1.4 billion euro fine on Nimbara, the Amsterdam-based cloud computing company.',
  'Nimbara, founded in 2008 by former university researchers, employs about 14,000 people and reported revenue of 9.8 billion euros last year.',
  'The Commission had found that Nimbara controlled more than 60 percent of the market for business cloud storage.',
].join('\n\n');

const LANDSLIDE = [
  'Landslide buries Ugandan village',
  'MBALE, Uganda - At least 37 people were killed and 58 remain missing after a landslide buried much of the village of Nakhupa early on Sunday, officials said.',
  'Another 71 people were injured, 19 of them seriously.',
  'Esther Namono, 34, said she woke to a sound "like a train coming down the mountain".',
  'The meteorological authority has warned that more heavy rain is expected until at least Thursday.',
  'The Red Cross warned that overcrowding and contaminated water created a serious risk of cholera.',
].join('\n\n');

const RETAILER = [
  'Harlow & Finch shares slump after profit warning',
  'Shares in department store chain Harlow & Finch fell 23% on Thursday after the company warned that annual profit would come in far below expectations.',
  '"This is a disappointing update," chief executive Sarah Lindqvist said on a call with analysts.',
  '"The closures were overdue, but the scale of the profit miss is alarming," said Rupert Gale, retail analyst at Thorne Securities.',
  'Lindqvist, a former executive at a Swedish fashion chain, took over as chief executive in April 2023.',
].join('\n\n');

const NAPS = [
  'Short naps linked to lower blood pressure',
  'Older adults who take a short nap in the afternoon have lower blood pressure than those who do not nap, according to a study published on Wednesday.',
  'The study has several limitations.',
  'It was observational, meaning it can show a link but cannot prove that one causes the other.',
  'Professor Raj Kulkarni, a cardiologist who was not involved in the research, said the results were "interesting but not a reason to rush off for a siesta".',
].join('\n\n');

const serviceOf = (text: string) => createBriefingService(staticLibrary(ingestArticle(text, { source: 'a.txt', articleId: 'a' })));

describe('words of the fifty-second review', () => {
  it('GIVEN "when can olarte play?" THEN the sentence saying when he is eligible answers', () => {
    const service = serviceOf(TRANSFER);
    for (const question of ['when can olarte play?', 'can olarte play on sunday?']) {
      expect(service.ask(question).answer, question).toMatch(/^Olarte's registration was completed before the deadline, which means he is eligible/);
    }
  });

  it('GIVEN "working on it", "helping" and "where are people supposed to go?" of a fire THEN the crews, the volunteers and the reception centre answer', () => {
    const service = serviceOf(FIRE);
    expect(service.ask('how many firefighters are working on it?').answer).toMatch(/^Fire information officer Kieran Blackduck said about 85 firefighters/);
    expect(service.ask('how many people are helping?').answer).toMatch(/^About 400 police officers, soldiers and volunteers were working at the site/);
  });

  it('GIVEN "who took north bay to court?" THEN the sentence saying who brought the case answers', () => {
    expect(serviceOf(RULING).ask('who took north bay to court?').answer).toMatch(/^The case was brought last year by the North Bay Street Outreach Coalition/);
  });

  it('GIVEN "how many slumps did they look at?" and "why are they speeding up?" THEN "track 212 slumps" and "the acceleration" answer', () => {
    const service = serviceOf(SLUMPS);
    expect(service.ask('how many slumps did they look at?').abstained).toBe(false);
    expect(service.ask('how many slumps did they look at?').answer).toMatch(/track 212 slumps/);
    expect(service.ask('why are they speeding up?').answer).toMatch(/^Fraser said warmer summers and heavier rainfall are the main reasons for the acceleration/);
  });

  it('GIVEN "why aren\'t there enough doctors?" THEN it asks of a shortage, not of an agent; "adding" finds the extra ambulance; "exec" the vice-president', () => {
    const service = serviceOf(HOSPITAL);
    const why = service.ask("why aren't there enough doctors?").answer;
    expect(why).not.toMatch(/^An agent/);
    expect(why).toMatch(/^The emergency department at Sackville Memorial Hospital will close overnight for six weeks starting Monday because of a shortage of doctors/);
    expect(service.ask('are they adding ambulances?').answer).toMatch(/^Ambulance New Brunswick said it will station an extra ambulance/);
    expect(service.ask("what did horizon's exec say about it?").answer).toMatch(/said Margaret Doucet, Horizon's vice-president/);
  });

  it('GIVEN "pick", "find out" and "cut" THEN "select", "were told of" and "trimmed" answer', () => {
    const service = serviceOf(TREATY);
    expect(service.ask('how long do they have to pick the land?').answer).toMatch(/^The First Nation has 15 years to select and buy land/);
    expect(service.ask('how did the workers find out?').answer).toMatch(/^Workers were told of the decision/);
    expect(service.ask('what got cut?').answer).toMatch(/^Councillors trimmed roughly \$4\.6 million/);
  });

  it('GIVEN "how big is nimbara as a company?" THEN its staff and revenue answer, not its share of a market', () => {
    const service = serviceOf(NIMBARA);
    expect(service.ask('how big is nimbara as a company?').answer).toMatch(/^Nimbara, founded in 2008 by former university researchers, employs about 14,000 people/);
    expect(service.ask('how big is the company?').answer).toMatch(/^Nimbara, founded in 2008 by former university researchers, employs about 14,000 people/);
  });

  it('GIVEN "how many people died?" THEN the dead answer first, not the injured; "how many were hurt?" (guard) the injured', () => {
    const service = serviceOf(LANDSLIDE);
    expect(service.ask('how many people died?').answer).toMatch(/^MBALE, Uganda - At least 37 people were killed/);
    expect(service.ask('how many people were injured?').answer).toMatch(/^Another 71 people were injured/);
  });

  it('GIVEN "is more rain coming?" THEN the forecast answers, not a train "coming down the mountain"; "worried" finds a warning', () => {
    const service = serviceOf(LANDSLIDE);
    expect(service.ask('is more rain coming?').answer).toMatch(/^The meteorological authority has warned that more heavy rain is expected/);
    expect(service.ask('what is the red cross worried about?').answer).toMatch(/^The Red Cross warned that overcrowding/);
  });

  it('GIVEN "what\'s this story?" THEN the lead answers', () => {
    expect(serviceOf(LANDSLIDE).ask("what's this story?").answer).toMatch(/^MBALE, Uganda - At least 37 people were killed/);
  });

  it('GIVEN "what did analysts say?" of a story quoting one analyst THEN his words answer, not the chief executive speaking to analysts', () => {
    const service = serviceOf(RETAILER);
    expect(service.ask('what did analysts say').answer).toMatch(/^"The closures were overdue, but the scale of the profit miss is alarming," said Rupert Gale/);
    expect(service.ask('who runs the company?').answer).toMatch(/chief executive Sarah Lindqvist|took over as chief executive/);
    expect(service.ask('when did lindqvist join?').answer).toMatch(/^Lindqvist, a former executive at a Swedish fashion chain, took over as chief executive in April 2023/);
  });

  it('GIVEN "what\'s the study about?", "the weaknesses" and "the outside expert" of a study THEN the lead, the limitations and the expert not involved answer', () => {
    const service = serviceOf(NAPS);
    expect(service.ask("what's the study about?").answer).toMatch(/^Older adults who take a short nap/);
    expect(service.ask('what are the weaknesses of the study').answer).toMatch(/^The study has several limitations\./);
    expect(service.ask('what did the outside expert think?').answer).toMatch(/^Professor Raj Kulkarni, a cardiologist who was not involved in the research/);
  });
});

const PLANNING = [
  'Council approves 420 homes on flood-prone dairy site',
  'Plans for 420 homes on the site of the former Millbrook dairy in Ashford Vale were approved by Harwick District Council\'s planning committee on Tuesday night, after a four-hour meeting that was interrupted twice by protesters in the public gallery.',
  'The committee voted seven to five in favour of the scheme by developer Greyfield Homes, which includes 126 affordable homes, a primary school, a GP surgery and a new roundabout on the B2170.',
  'More than 1,100 residents had lodged objections, most of them citing the risk of flooding.',
  'The dairy site sits next to the River Leam, which burst its banks in February 2020 and again in January this year, flooding 34 homes in the village and closing the main road for nine days.',
  'Greyfield says the development will include three attenuation ponds and an underground storage tank.',
].join('\n\n');

describe('a summary cut to the answer limit', () => {
  it('GIVEN key points longer than an answer holds THEN the last one shown is cut at a clause break, not after a figure ("flooding 34…")', () => {
    const answer = serviceOf(PLANNING).ask('summary please');
    const last = answer.listing?.items.at(-1) ?? '';
    expect(answer.answer.length).toBeLessThanOrEqual(700);
    expect(last).toBe('The dairy site sits next to the River Leam, which burst its banks in February 2020 and again in January this year…');
  });
});

const WESTBRIDGE = [
  'Westbridge sweat on Ndiaye hamstring as Rossi admits January striker hunt',
  'Westbridge City face an anxious wait over the fitness of top scorer Moussa Ndiaye, who limped off with a hamstring injury in Saturday\'s 2-1 win, just as manager Luca Rossi admitted the club are looking to strengthen their attack in January.',
  'Ndiaye, 24, has scored 11 goals in 15 league games this season.',
  '"It doesn\'t look good, I\'m not going to lie to you," Rossi said after the game.',
  'Ndiaye joined Westbridge from French side Stade Moulin for 3.5 million pounds two years ago.',
].join('\n\n');

describe('the latest, and a named speaker in conversation', () => {
  it('GIVEN "what\'s the latest on westbridge?" or "any news on ndiaye?" of the story\'s own subject THEN the lead answers, not a background line naming them', () => {
    const service = serviceOf(WESTBRIDGE);
    for (const question of ["what's the latest on westbridge?", 'any news on ndiaye?']) {
      expect(service.ask(question).answer, question).toMatch(/^Westbridge City face an anxious wait/);
    }
  });

  it('GIVEN "what did Rossi say?" after a turn the lead answered THEN his own words answer, not the lead telling what he "admitted"', () => {
    const service = serviceOf(WESTBRIDGE);
    service.ask("how bad is ndiaye's injury?", { conversationKey: 'c' });
    expect(service.ask('what did Rossi say?', { conversationKey: 'c' }).answer).toMatch(/^"It doesn't look good, I'm not going to lie to you," Rossi said/);
  });
});

const SUBSTITUTE = [
  'Westbridge sweat on Ndiaye hamstring',
  'Westbridge City face an anxious wait over the fitness of top scorer Moussa Ndiaye, who limped off with a hamstring injury in Saturday\'s 2-1 win.',
  'Two minutes later Ndiaye pulled up clutching the back of his left thigh and was replaced by Gary Pennock.',
  '"It doesn\'t look good," manager Luca Rossi said after the game.',
  'Ndiaye, 24, has scored 11 goals this season.',
  'Pennock, 33, has started just two league games since returning from knee surgery in September.',
].join('\n\n');

describe('who answered a who-question', () => {
  it('GIVEN "who replaced him?" answered "... was replaced by Gary Pennock" THEN "how old is he?" asks his age, not the injured player\'s', () => {
    const service = serviceOf(SUBSTITUTE);
    service.ask("how bad is ndiaye's injury?", { conversationKey: 'c' });
    expect(service.ask('who replaced him?', { conversationKey: 'c' }).answer).toMatch(/was replaced by Gary Pennock/);
    expect(service.ask('how old is he?', { conversationKey: 'c' }).answer).toMatch(/^Pennock, 33,/);
  });

  it('GIVEN "how old is he?" after a turn on Ndiaye alone (guard) THEN his age answers', () => {
    const service = serviceOf(SUBSTITUTE);
    service.ask('who is ndiaye?', { conversationKey: 'd' });
    expect(service.ask('how old is he?', { conversationKey: 'd' }).answer).toMatch(/^Ndiaye, 24,/);
  });
});

describe('a negative in a refusal', () => {
  it('GIVEN "why wasn\'t the army there?" of a story with no army THEN the refusal names the army, not "wasnt"', () => {
    for (const question of ["why wasn't the army there?", 'why wasnt the army there']) {
      const answer = serviceOf(LANDSLIDE).ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.answer, question).toBe('The article does not say: it never mentions "army".');
    }
  });
});

const PORT = [
  'Rotterdam dock workers strike',
  'About 4,200 dock workers at the port of Rotterdam walked off the job on Thursday in protest against a plan to automate three container terminals.',
  'By mid-afternoon, 31 container ships were waiting at anchor off the Maasvlakte area, according to port authority figures, up from nine on Wednesday.',
  'At the heart of the dispute is a 1.3 billion euro investment plan announced in June by terminal operator Delta Gateway Terminals.',
  'The company has said the plan would cut about 900 jobs.',
].join('\n\n');

describe('a comparison asked of the last answer', () => {
  it('GIVEN "is that more than before?" after "31 ships ..., up from nine on Wednesday" THEN that sentence answers again', () => {
    const service = serviceOf(PORT);
    service.ask('how many ships are stuck waiting?', { conversationKey: 'c' });
    expect(service.ask('is that more than before?', { conversationKey: 'c' }).answer).toMatch(/^By mid-afternoon, 31 container ships were waiting .* up from nine on Wednesday\.$/);
  });
});
