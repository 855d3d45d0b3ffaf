/**
 * "What did the mayor say?", "what did the president say?": a role the article gives one person stands for that
 * person, so the sentences naming them by name alone answer, and a holder the article never quotes is said to be so.
 */
import { describe, expect, it } from 'vitest';
import { CHESS_PRODIGY_OPENING } from '../fixtures/chess-prodigy.js';
import { readFileSync } from 'node:fs';
import { articleService, threadOn } from '../fixtures/article-service.js';

const bridgeArticle = [
  'City closes bridge after cracks found',
  'The city closed the Riverside Avenue Bridge on Thursday after inspectors found cracks in two steel girders.',
  'Mayor Denise Carter called the closure painful but necessary.',
  'City Engineer Marcus Bell said the largest crack was about 18 inches long.',
  '"Nobody wants this bridge open more than I do," Carter said on Friday.',
  'Ms Carter, 61, has led the city since 2019.',
  'The bill now goes to President Luis Ferreira, who has 20 days to sign it.',
  '"This is a fair repair plan," Commissioner Ray Duffield said.',
];

describe('a role standing for the one person the article gives it', () => {
  it('GIVEN "what did the mayor say?" THEN her words said under her name alone answer too', () => {
    const answer = articleService(bridgeArticle, 'bridge').ask('What did the mayor say?');
    expect(answer.answer).toContain('Mayor Denise Carter called the closure');
    expect(answer.answer).toContain('Nobody wants this bridge open more than I do');
  });

  it('GIVEN "how old is the mayor?" THEN her age, given under her name alone, answers', () => {
    expect(articleService(bridgeArticle, 'bridge').ask('How old is the mayor?').answer).toContain('Ms Carter, 61,');
  });

  it('GIVEN "what did the president say?" of a president the article only mentions THEN it says he is not quoted', () => {
    const answer = articleService(bridgeArticle, 'bridge').ask('What did the president say?');
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toBe('The article does not quote Luis Ferreira: it only mentions him.');
  });

  it('GIVEN a role of somewhere else, or another holder of it ("the president of Russia", "the former mayor") THEN the question is left as asked', () => {
    const service = articleService(bridgeArticle, 'bridge');
    expect(service.ask('Who is the president of Russia?').abstained).toBe(true);
    expect(service.ask('What did the former mayor say?').answer).not.toContain('Nobody wants this bridge open');
  });
});

describe('roles of a rescue: the pilot, the guide', () => {
  const rescue = [
    'Climber rescued from Himalayan peak',
    "Okonkwo-Reid had been descending from the summit with her Sherpa guide, Pemba Nuru Sherpa, on Wednesday when the route collapsed, officials said.",
    '"She was very calm, calmer than me. She refused to give up, even when the wind was so strong we could not hear each other," Pemba Nuru told CNN by phone.',
    'The successful flight was piloted by Captain Maurizio Bellandi, 52, an Italian who has flown rescue missions in the Himalayas for 14 years.',
    '"At that altitude the helicopter has almost no power left. You have one chance, maybe two," Bellandi said in a statement.',
    'Her husband, James Reid, flew to Kathmandu. In a post on social media, he thanked "the Sherpas, the pilots and every stranger who shared our story."',
  ];

  it('GIVEN "what did the pilot say?" of a flight "piloted by Captain Maurizio Bellandi" THEN his words answer, not a thanks to "the pilots"', () => {
    const answer = articleService(rescue, 'rescue').ask('what did the pilot say?');
    expect(answer.answer).toContain('"At that altitude the helicopter has almost no power left.');
    expect(answer.answer).not.toContain('he thanked');
  });

  it('GIVEN "what did the guide say?" THEN his quotation is quoted from its opening, not from "She refused to give up"', () => {
    const answer = articleService(rescue, 'rescue').ask('what did the guide say?');
    expect(answer.answer).toContain('"She was very calm, calmer than me. She refused to give up');
  });
});

describe("a company's chief officers, by their letters or their words", () => {
  const layoffs = [
    "Brightloom to cut 1,800 jobs as CEO blames 'over-hiring'",
    'Brightloom said Wednesday it will lay off about 1,800 employees.',
    'The cuts were announced in a memo sent to staff by chief executive Priya Natarajan, who co-founded the company in 2011.',
    '"I take full responsibility for the decisions that brought us here," Natarajan wrote.',
    "Brightloom's chief financial officer, Ethan Cole, told analysts the restructuring would save about $350 million a year.",
    'Its AI research group, led by chief technology officer Daniel Kwon, will add about 300 positions.',
    'Kwon, 39, who joined Brightloom from Google in 2019, said some roles would change.',
  ];
  const service = () => articleService(layoffs, 'layoffs');

  it('GIVEN "who is the CFO?" of a story writing "chief financial officer" THEN he is named', () => {
    expect(service().ask('who is the cfo').answer).toContain('chief financial officer, Ethan Cole');
  });

  it('GIVEN "who is the CEO?" of a story with "CEO" in its headline and "chief executive" in its text THEN she is named, not refused', () => {
    const answer = service().ask('who is the ceo');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('chief executive Priya Natarajan');
  });

  it.each(['what did the ceo say', 'what did the chief executive say'])('GIVEN "%s" THEN her own words answer', (question) => {
    expect(service().ask(question).answer).toContain('I take full responsibility');
  });

  it.each(['how old is the cto', 'how old is the chief technology officer'])('GIVEN "%s" THEN his age, given under his surname alone, answers', (question) => {
    expect(service().ask(question).answer).toContain('Kwon, 39,');
  });
});

describe('a people\'s adjective standing for the one person of that country', () => {
  const marathon = [
    'Unheralded teacher wins Lakeshore Marathon',
    "Grace Wanjiru won the Lakeshore Marathon in 2:21:48, finishing 41 seconds ahead of Ethiopia's Tsige Alemu, the pre-race favourite. American Jenna Morrow was third in 2:23:10.",
    'Alemu, 31, was gracious in defeat.',
    'Morrow, 34, said she had never heard of the winner before the start. "I looked at the start list and didn\'t know her name," Morrow said.',
  ];
  const service = () => articleService(marathon, 'marathon');

  it('GIVEN "how old is the American?" THEN the age of the one runner named as American answers', () => {
    expect(service().ask('how old is the american').answer).toContain('Morrow, 34,');
  });

  it('GIVEN "what did the American say?" THEN her words, said under her surname alone, answer', () => {
    expect(service().ask('what did the american say').answer).toContain('I looked at the start list');
  });

  it('GIVEN "how old is the Ethiopian?" THEN "Ethiopia\'s Tsige Alemu" is the one asked of', () => {
    expect(service().ask('how old is the ethiopian?').answer).toContain('Alemu, 31,');
  });

  it('GIVEN a people\'s adjective that is also its plural ("the Chinese") THEN the question is left as asked', () => {
    const china = articleService(['Talks in Beijing', 'Chinese Foreign Minister Wang Yi met his counterpart on Monday.', 'Chinese Wang Yi, 70, said talks were useful.'], 'china');
    expect(china.ask('what do the chinese want?').answer).not.toContain('Wang Yi, 70');
  });
});

describe('family, from the tenth blind review', () => {
  // The reviewer's own article: its first eleven paragraphs, and one later.
  const prodigy = articleService(
    [
      ...CHESS_PRODIGY_OPENING,
      '"First I will buy my mother a fridge," she said. "Then I will buy a real chess clock."',
    ],
    'prodigy',
  );

  it('GIVEN "who is Ayomide\'s mother?" THEN the sentence naming her mother answers: the possessive names Ayomide, and "her" after her is Ayomide', () => {
    const answer = prodigy.ask("who is Ayomide's mother?");
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Her mother, Folake Bakare, 41');
  });

  it.each(['what did the mum say?', 'what did the mother say?'])('GIVEN "%s" THEN her mother\'s words answer, not the girl\'s about her mother', (question) => {
    const answer = prodigy.ask(question).answer;
    expect(answer).toContain('Folake Bakare said she did not understand the game');
    expect(answer).not.toContain('fridge');
  });

  it('GIVEN "how old is Ayomide?" THEN "She is 12 years and 9 months old." answers, not the mother\'s age beside their shared surname nor her opponent\'s', () => {
    expect(prodigy.ask('how old is Ayomide?').answer).toMatch(/^She is 12 years and 9 months old\./);
  });

  it('GIVEN "how old is she?" after the sentence giving her opponent\'s age THEN her own age answers; "how old is he?" after his, his', () => {
    prodigy.ask('who is Ayomide Bakare?', { conversationKey: 'age' });
    expect(prodigy.ask('how old is she?', { conversationKey: 'age' }).answer).toMatch(/^She is 12 years and 9 months old\./);
    prodigy.ask('who is Halmos?', { conversationKey: 'his-age' });
    expect(prodigy.ask('how old is he?', { conversationKey: 'his-age' }).answer).toContain('Halmos, 44');
  });

  it('GIVEN "who is the ceo?" of "announced by Park Sung-ho, 63, who will step down as chief executive" THEN he answers: the clause names him the holder', () => {
    const carmaker = [
      'Carmaker to cut 2,400 jobs',
      'South Korean carmaker Hanbit Motors said Thursday it will cut 2,400 jobs and close one of its three plants.',
      'The plan was announced by Park Sung-ho, 63, who will step down as chief executive at the end of the year.',
      'The union called the plan a betrayal.',
    ];
    for (const question of ['who is the hanbit ceo', 'who is the ceo?']) {
      const answer = articleService(carmaker, 'carmaker').ask(question);
      expect(answer.abstained).toBe(false);
      expect(answer.answer).toMatch(/^The plan was announced by Park Sung-ho, 63/);
    }
  });

  it('GIVEN two chief executives sharing a surname THEN "what did she say?" after them is the incoming one\'s statement, not the outgoing one\'s quotes', () => {
    const ask = threadOn(readFileSync(new URL('../fixtures/wire/korea-carmaker-job-cuts.txt', import.meta.url), 'utf8'));
    ask('who is the hanbit ceo');
    ask("who's replacing him");
    ask('are they related');
    expect(ask('what did she say').answer).toMatch(/^In a statement, Park Ji-yeon said she would focus on hybrids/);
  });

  it('GIVEN "what did she say about him?" after the judge, with two men named Keogh THEN her words and the sentence after them closed with "she said" answer', () => {
    const ask = threadOn(readFileSync(new URL('../fixtures/wire/ireland-care-home-trial.txt', import.meta.url), 'utf8'));
    ask('in the nursing home fire case who was the judge');
    const answer = ask('what did she say about him').answer;
    expect(answer).toMatch(/^Judge Aoife Brennan said Keogh had "ignored warning after warning"/);
    expect(answer).toContain('Fire inspectors had written to him five times');
  });
});

describe('office holders of the forty-third review\'s wire stories', () => {
  const wire = (name: string, id: string) => articleService([readFileSync(new URL(`../fixtures/wire/${name}`, import.meta.url), 'utf8')], id);

  it('GIVEN "who is peru\'s president" of a story datelined "ABANCAY, Peru" THEN "President Dina Boluarte" answers, though her sentence never says Peru', () => {
    const service = wire('peru-dam-permit.txt', 'dam');
    for (const question of ["who is peru's president", 'who is the president of peru']) {
      const answer = service.ask(question, { conversationKey: question });
      expect(answer.abstained).toBe(false);
      expect(answer.answer).toMatch(/^President Dina Boluarte's government/);
    }
    expect(service.ask('who is the president of chile', { conversationKey: 'chile' }).abstained).toBe(true);
  });

  it('GIVEN "who is the union leader" and "how old is the union leader" THEN the union\'s general secretary answers, not the chief executives', () => {
    const service = wire('south-africa-platinum-strike.txt', 'strike');
    for (const question of ['who is the union leader', 'how old is the union leader']) {
      const answer = service.ask(question, { conversationKey: question });
      expect(answer.answer).toMatch(/^"Our members go down a kilometer .* said Joseph Mathebula, 61, the union's general secretary/);
    }
  });
});
