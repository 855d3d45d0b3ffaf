/**
 * Readers ask with a word of their own for the article's word: "eat" for "feeding on", "politician" for
 * "lawmaker", "excavation" for "digging out", "the currency" for "the krona". The passage in the article's words
 * answers, and an English word the asker typed is never taken for a typo of another word ("change" is no "charge").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/briefing/answers/question.js';
import { Vocabulary } from '../../../src/briefing/search/vocabulary.js';
import { articleService, inventedArticle, threadOn } from '../fixtures/article-service.js';
import { stem } from '../../../src/briefing/text/tokens.js';

const fossilArticle = [
  'Schoolgirl finds sea reptile skull',
  'A schoolgirl on a field trip has found the skull of a marine reptile that lived about 100 million years ago.',
  'Her teacher emailed photographs of the find to the regional fossil museum that evening.',
  'Volunteers spent nine days digging out the skull, which sat in a block of limestone weighing about two tonnes.',
  'Pliosaurs were among the top predators of the inland sea, feeding on fish and squid.',
];
const tradeArticle = [
  'Island nations sign trade pact',
  'Two island nations signed a free trade agreement on Friday that will scrap most tariffs between them.',
  'Ministers from both governments praised the deal as a new start.',
  'Opposition lawmaker Paul Rivière said small farmers would struggle to compete with cheaper imports.',
];
const ferryArticle = [
  'Ferry runs aground with 120 on board',
  'A ferry carrying 120 passengers ran aground off the island on Saturday evening.',
  'The operator said an investigation into the grounding was under way.',
  'A smaller vessel will run fewer sailings from Monday while the ferry is repaired.',
];
const bankArticle = [
  'Central bank surprises with deep rate cut',
  'The central bank cut its main interest rate by three-quarters of a point on Wednesday.',
  'The krona fell about 2% against the euro within an hour of the announcement.',
  'The finance minister said he would not comment on individual rate decisions.',
  'He added that his ministry would present a revised budget forecast within a month.',
  'The committee’s next scheduled decision is due on March 19.',
  'Economist Einar Magnusson, of the investment firm Brim Capital, said the bank might have to raise rates again by the autumn.',
];

describe('a word of the asker’s own for the article’s word', () => {
  it('GIVEN "what did they eat?" of "feeding on fish" THEN that sentence answers, not "never mentions eat"', () => {
    const answer = articleService(fossilArticle, 'fossil').ask('What did pliosaurs eat?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('feeding on fish and squid');
  });

  it('GIVEN the excavation and how heavy the rock was THEN the sentence on digging and weighing answers both', () => {
    const service = articleService(fossilArticle, 'fossil');
    expect(service.ask('How long did the excavation of the skull take?').answer).toContain('spent nine days digging out the skull');
    expect(service.ask('How heavy was the rock around the skull?').answer).toContain('weighing about two tonnes');
  });

  it('GIVEN "politician" of an article saying "lawmaker" THEN the lawmaker’s objection answers, not a refusal', () => {
    const answer = articleService(tradeArticle, 'trade').ask('Why is a politician unhappy with the deal?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Opposition lawmaker Paul Rivière said');
  });

  it('GIVEN "who is looking into the grounding?" THEN the sentence on the investigation answers', () => {
    const answer = articleService(ferryArticle, 'ferry').ask('Who is looking into the cause of the grounding?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('an investigation into the grounding');
  });

  it('GIVEN "what happened to the currency?" THEN the sentence on the krona answers', () => {
    expect(articleService(bankArticle, 'bank').ask('What happened to the currency after the announcement?').answer).toContain('The krona fell about 2%');
  });
});

describe('who or what something is made up of', () => {
  it('GIVEN "who makes up most of the patients?" THEN the sentence saying who most of them are answers, not "never mentions makes"', () => {
    const outbreak = articleService(
      [
        'Leptospirosis cases surge after floods',
        'Health officials reported 1,147 cases of leptospirosis after the floods.',
        'Most of the patients are men between the ages of 20 and 50 who waded through floods to get to work, officials said.',
        'Hospitals set up tents for patients.',
      ],
      'outbreak',
    );
    for (const question of ['Who makes up most of the patients?', 'what are the patients made up of?']) {
      const answer = outbreak.ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.answer, question).not.toContain('never mentions');
    }
    expect(outbreak.ask('Who makes up most of the patients?').answer).toMatch(/^Most of the patients are men/);
  });
});

describe('"the next" one', () => {
  it('GIVEN "when is the next rate decision?" THEN the next scheduled decision’s date answers, not a refusal', () => {
    const answer = articleService(bankArticle, 'bank').ask('When is the next rate decision?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('next scheduled decision is due on March 19');
  });

  it('GIVEN "what will the bank do next?" THEN "next" only frames the question and is no word to find', () => {
    const vocabulary = new Vocabulary(bankArticle);
    expect(parseQuestion('What will the bank do next?', vocabulary).terms.map((t) => t.token)).toEqual(['bank']);
    expect(parseQuestion('When is the next decision?', vocabulary).terms.map((t) => t.token)).toEqual(['next', 'decision']);
  });
});

describe('"which" and a role', () => {
  it('GIVEN "which economist ...?" THEN it asks for a person, and the economist named answers', () => {
    const vocabulary = new Vocabulary(bankArticle);
    expect(parseQuestion('Which economist warned the bank might have to reverse course?', vocabulary).kind).toBe('person');
    expect(articleService(bankArticle, 'bank').ask('Which economist warned the bank might have to reverse course?').answer).toContain('Economist Einar Magnusson');
  });

  it('GIVEN "which business leaders ...?" THEN a kind of people asked of as a group is not read as one role', () => {
    const vocabulary = new Vocabulary(bankArticle);
    expect(parseQuestion('Which business leaders did he meet?', vocabulary).kind).not.toBe('person');
    expect(parseQuestion('Which general election was it?', vocabulary).kind).not.toBe('person');
  });
});

describe('English words are no typos of related words', () => {
  it.each([
    ['How will sailings change?', 'change'],
    ['Which crossing was affected?', 'crossing'],
  ])('GIVEN "%s" THEN "%s" is read as typed, not as another word of the related-word table', (question, word) => {
    const term = parseQuestion(question, new Vocabulary(ferryArticle)).terms.find((t) => t.token === word);
    expect(term?.word).toBe(word);
  });

  it('GIVEN "what kinds of people were among the victims?" THEN "kinds" names the kind of answer and the victims sentence answers', () => {
    const article = ['Serial killer convicted', 'The teenager was one of 19 victims -- children and young women -- found near the house.', 'Police arrested two men in 2006.'];
    const answer = articleService(article, 'victims').ask('What kinds of people were among the 19 victims?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('one of 19 victims');
  });
});

describe('the name of a ship', () => {
  const ferryArticleNamed = [
    'Ferry runs aground',
    'A ferry carrying 120 passengers ran aground off the island on Saturday evening.',
    'The ferry was pushed onto a reef by the tide, and the ferry company apologised.',
    'The MV Hebridean Dawn, operated by Western Isles Ferries, was sailing from Oban when it struck rocks.',
    'The 31-year-old ship had returned to service only three weeks ago after a refit.',
    'Passengers were later taken off by a second ferry, the MV Sound of Kerrera.',
    'Salvage teams hope to refloat the Hebridean Dawn on Monday.',
  ];

  it('GIVEN "what was the name of the ferry?" THEN the sentence naming the ferry the story is about answers, not the second ferry', () => {
    const answer = articleService(ferryArticleNamed, 'ferry-name').ask('What was the name of the ferry?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('The MV Hebridean Dawn, operated by');
  });

  it('GIVEN "what\'s the ship called?" THEN the ship is named, though the naming sentence does not say "ship"', () => {
    expect(articleService(ferryArticleNamed, 'ship-name').ask("What's the ship called?").answer).toContain('MV Hebridean Dawn');
  });
});

describe('"set out"', () => {
  it('GIVEN an article saying "set out" WHEN asked "when did she set out?" THEN that sentence answers, not a refusal for want of "leave"', () => {
    const article = [
      'Search for missing hiker',
      'Rosa Lindgren set out alone from the Cedar Fork trailhead on August 9.',
      'Rosa, 31, is an emergency room nurse from Spokane, and her sister said Rosa loved the mountains.',
      '"Nobody leaves their grid square before dark," the search leader said on Monday.',
      'Volunteers have searched the canyon for two weeks.',
    ];
    const answer = articleService(article, 'set-out').ask('When did Rosa set out?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('set out alone from the Cedar Fork trailhead on August 9');
  });

  it('GIVEN a British spelling THEN the article\'s American one answers ("recognised" / "recognized")', () => {
    const article = ['Backpack found', 'Volunteers found a backpack near the lake on Thursday.', 'Her sister recognized it from a keychain shaped like a lighthouse.'];
    expect(articleService(article, 'spelling').ask('Who recognised it?').answer).toContain('Her sister recognized it');
  });
});

describe('titles the article writes short', () => {
  it('GIVEN "Prof Karen Whitcombe said ..." WHEN asked what the professor said THEN her words answer, not a refusal for "professor"', () => {
    const article = [
      'Cardiff votes for congestion charge',
      'Drivers entering Cardiff city centre will pay a daily charge of £5 from April.',
      'Prof Karen Whitcombe, a transport researcher at Cardiff University, said such schemes could work if buses improved first.',
      'Cllr Owen Prosser called the charge a tax on working people.',
    ];
    const service = articleService(article, 'short-titles');
    expect(service.ask('What did the professor say?').answer).toContain('Prof Karen Whitcombe');
    expect(service.ask('What did the councillor call the charge?').answer).toContain('Cllr Owen Prosser');
  });
});

describe('roles and verdicts in the asker’s words (third blind round)', () => {
  const recallArticle = [
    'Carmaker recalls 300,000 cars over brake fault',
    'The carmaker Hollin Motors said on Monday it would recall about 300,000 cars because a software fault can weaken the brakes.',
    'The recall covers the Tarn saloon and the Vela estate built since 2022, the company said.',
    'Its chief executive, Anna Berg, apologised to customers.',
    'A dealer in Leeds first alerted the company to the problem in March.',
    'Companies that hide a defect can be fined up to £5 million.',
    'The review will be led by a retired judge, Colin Hart.',
  ];
  const chessArticle = [
    'Teenager wins chess title',
    'A 15-year-old won the national chess title on Sunday.',
    '"A good player needs legs as well as a head," his coach said.',
  ];

  it('GIVEN "who is the CEO?" of an article writing "chief executive" THEN the chief executive answers; with no chief executive, a refusal', () => {
    const service = articleService(recallArticle, 'recall');
    for (const question of ['Who is the CEO?', "who's the ceo", 'what did the CEO say?']) expect(service.ask(question).answer, question).toContain('Anna Berg');
    const chess = articleService(chessArticle, 'chess');
    for (const question of ['Who is the CEO?', 'who is the chief executive?']) expect(chess.ask(question).abstained, question).toBe(true);
  });

  it('GIVEN idioms for recalling, alerting and leading THEN the sentences in the article’s words answer', () => {
    const service = articleService(recallArticle, 'recall');
    expect(service.ask('Which models are being called back?').answer).toContain('the Tarn saloon and the Vela estate');
    expect(service.ask('Who tipped off the company?').answer).toContain('A dealer in Leeds first alerted');
    expect(service.ask('Who has been put in charge of the review?').answer).toContain('led by a retired judge');
    expect(service.ask('What is the maximum penalty for hiding a defect?').answer).toContain('fined up to £5 million');
  });

  it('GIVEN "runner-up", "left out", "convicted", "plea", "overturned", "funded", "created" and "performer" THEN the article’s words answer', () => {
    const article = [
      'Court jails clinic founder',
      'The founder of a fertility clinic was found guilty of fraud on Friday.',
      'He pleaded not guilty to all 12 charges at the start of the trial.',
      'His lawyer said the verdict could yet be overturned on appeal.',
      'The test at the centre of the case was developed by a lab in Leiden.',
      'The trial was paid for by a patients’ charity.',
      'Children and pregnant women were excluded from the study.',
      'In a charity race on Saturday, Mia Lund won and Jo Hale finished second.',
      'Actress Rania Khoury won best actress at the festival.',
    ];
    const service = articleService(article, 'verdicts');
    expect(service.ask('What was the founder convicted of?').answer).toContain('found guilty of fraud');
    expect(service.ask('What was his plea?').answer).toContain('pleaded not guilty');
    expect(service.ask('Could the verdict be reversed?').answer).toContain('overturned on appeal');
    expect(service.ask('Who created the test?').answer).toContain('developed by a lab in Leiden');
    expect(service.ask('Who funded the trial?').answer).toContain('paid for by');
    expect(service.ask('Which groups were left out of the study?').answer).toContain('excluded from the study');
    expect(service.ask('Who was runner-up in the race?').answer).toContain('finished second');
    expect(service.ask('Which performer won a prize?').answer).toContain('Rania Khoury');
  });

  it('GIVEN "business owners", "character" and "ex-policeman" THEN shopkeepers, a role and a former police officer answer', () => {
    const article = [
      'Film festival closes',
      'The festival closed on Sunday with an award for a film about a bakery.',
      'Some shopkeepers near the venue complained that road closures had cost them a day of trade.',
      'Karim Saleh was praised for his role as a grieving father in "Night Bus."',
      'A volunteer at the gate said the crowds had been calm all week.',
      'A former police officer who guarded the venue said the crowds had been the biggest in ten years.',
    ];
    const service = articleService(article, 'festival');
    expect(service.ask('Why were business owners unhappy?').answer).toContain('Some shopkeepers near the venue complained');
    expect(service.ask('Which character did Karim Saleh play?').answer).toContain('his role as a grieving father');
    const policeman = service.ask('What did the ex-policeman say about the crowds?').answer;
    expect(policeman).toContain('A former police officer who guarded the venue');
    expect(policeman).not.toContain('A volunteer at the gate');
  });
});

describe('jobs lost, money owed, a crash (second product review)', () => {
  const article = [
    'Rocket maker cuts staff after failed launch',
    'A rocket start-up said on Wednesday it would lay off 85 of its 220 employees after its first launch failed.',
    'The rocket lost thrust three minutes into the flight and fell into the sea off the north coast.',
    'The company went into administration owing about €3 million to suppliers.',
  ];

  it('GIVEN "how many people are losing their jobs?" THEN the lay-off answers, not "never mentions jobs"', () => {
    expect(articleService(article, 'layoffs').ask('How many people are losing their jobs?').answer).toContain('lay off 85 of its 220 employees');
  });

  it('GIVEN "how much does the company owe?" and "where did it crash?" THEN "owing" and "fell" answer', () => {
    const service = articleService(article, 'layoffs');
    expect(service.ask('How much does the company owe?').answer).toContain('owing about €3 million');
    expect(service.ask('Where did the rocket crash?').answer).toContain('fell into the sea');
  });
});

describe('"PM" and "MPs" (third product review)', () => {
  const article = [
    'Parliament passes pension reform',
    'Parliament narrowly approved the pension reform on Thursday.',
    'Prime Minister Sofia Marques said the changes were needed to keep the system solvent.',
    'The reform was saved by a small liberal party, whose nine lawmakers voted in favor.',
    'The debate ended at 5 p.m. after eleven hours.',
  ];

  it('GIVEN "who is the PM?" of an article writing "Prime Minister" THEN the prime minister is named; "at 5 pm" is still an hour', () => {
    const service = articleService(article, 'pensions');
    for (const question of ['who is the pm?', 'What did the PM say?']) expect(service.ask(question).answer, question).toContain('Prime Minister Sofia Marques');
    expect(service.ask('What happened at 5 pm?').answer).not.toContain('Prime Minister');
  });

  it('GIVEN "how many MPs does the party have?" THEN its lawmakers answer', () => {
    expect(articleService(article, 'pensions').ask('How many MPs does the liberal party have?').answer).toContain('whose nine lawmakers voted in favor');
  });
});

describe('"before him": a predecessor (third product review)', () => {
  it('GIVEN "who was the manager before him?" THEN the sentence naming his predecessor answers', () => {
    const article = [
      'Club sacks manager',
      'Norbridge Town have sacked manager Graham Oakes after 14 months in charge.',
      'Assistant manager Dean Whitlock will take charge on a caretaker basis.',
      'Mr Whitlock briefly took charge of two matches in 2023 before Mr Oakes\' predecessor, Alan Moody, was appointed.',
    ];
    const answer = articleService(article, 'predecessor').ask('Who was the manager before him?');
    expect(answer.answer).toContain("Mr Oakes' predecessor, Alan Moody");
  });
});

describe('"notify" and "notification" (third product review)', () => {
  it('GIVEN "did they notify the authority in time?" THEN the sentence on the notification answers', () => {
    const article = [
      'Hackers hit hospital',
      'Hackers stole the records of 412,000 patients from a hospital in Graz.',
      'The data protection authority said it had received the hospital\'s formal notification on Monday, within the 72 hours the law requires.',
      'The authority could fine the hospital up to 4% of its turnover, a spokesman for the authority said on Tuesday.',
    ];
    expect(articleService(article, 'notify').ask('Did they notify the authority in time?').answer).toContain('formal notification on Monday');
  });
});

describe('the doer named after "by"', () => {
  it('GIVEN "who created the shot?" THEN "The vaccine was developed by ..." answers first, not a sentence where patients "developed" a fever', () => {
    const article = [
      'Vaccine trial succeeds',
      'An experimental vaccine against Lassa fever protected nearly nine in 10 people who received it, researchers said.',
      'Over the following 12 months, 31 people in the placebo group developed confirmed Lassa fever, compared with four in the vaccinated group, according to results presented at a meeting of the African Society for Infectious Diseases in Abuja.',
      'Lassa fever kills thousands of people in West Africa every year.',
      'The vaccine was developed by Ndali Biologics, a biotech company based in Lagos.',
    ];
    const answer = articleService(article, 'agent').ask('Who created the shot?').answer;
    expect(answer.startsWith('The vaccine was developed by Ndali Biologics')).toBe(true);
  });
});


describe('words of the ninth blind review', () => {
  const strike = articleService(
    [
      'Lecturers vote to strike',
      'Lecturers at Northbridge University have voted to walk out for 14 days next month in a dispute over pay.',
      'The last major strike at Northbridge, in 2018, lasted 10 days and led to the cancellation of around 1,200 lectures and seminars.',
      'Brightloom employs about 15,000 people in 14 countries.',
    ],
    'strike',
  );
  const wildfire = articleService(
    [
      'Wildfire forces 8,000 to flee',
      'A fast-moving wildfire forced more than 8,000 people to evacuate their homes on Saturday.',
      'Officials said steep terrain and temperatures above 100 degrees (38 Celsius) were hampering efforts.',
      'A spokesperson said it was too early to say when service would be restored.',
      'The blaze, which started on Friday, has burned across the ridge, destroying at least 37 structures.',
    ],
    'wildfire',
  );
  const marathon = articleService(
    [
      'Teacher wins marathon',
      'Grace Wanjiru won the Lakeshore Marathon on Sunday.',
      'Conditions were close to ideal, with a start temperature of 9C (48F) and light winds.',
      'Her school in Iten held a party on Saturday, and pupils watched the race on a borrowed television.',
      'She said she would return to the school on Wednesday.',
    ],
    'marathon',
  );

  it('GIVEN "how long is the walkout?" THEN "voted to walk out for 14 days" answers', () => {
    expect(strike.ask('how long is the walkout').answer).toContain('walk out for 14 days');
  });

  it('GIVEN "how many lectures were cancelled?" THEN "the cancellation of around 1,200 lectures" answers', () => {
    expect(strike.ask('how many lectures were cancelled').answer).toContain('cancellation of around 1,200 lectures');
  });

  it('GIVEN "how many staff does Brightloom have?" THEN "Brightloom employs about 15,000 people" answers', () => {
    expect(strike.ask('how many staff does Brightloom have').answer).toContain('employs about 15,000 people');
  });

  it('GIVEN "how hot is it?" THEN the temperatures answer', () => {
    expect(wildfire.ask('how hot is it').answer).toContain('temperatures above 100 degrees');
  });

  it('GIVEN "how many buildings were destroyed?" THEN "destroying at least 37 structures" answers', () => {
    expect(wildfire.ask('how many buildings were destroyed').answer).toContain('at least 37 structures');
  });

  it('GIVEN "what was the weather like?" THEN the start temperature answers: "like" frames the question', () => {
    expect(marathon.ask('what was the weather like').answer).toContain('start temperature of 9C');
  });

  it('GIVEN "when does she go back to school?" THEN "she would return to the school on Wednesday" answers, not another day at the school', () => {
    expect(marathon.ask('when does she go back to school').answer).toMatch(/^She said she would return to the school on Wednesday/);
  });
});

describe('a strike told as walkouts, and a governor written "Gov."', () => {
  const strike = articleService(
    [
      'Lecturers vote to strike',
      'Members of the union backed strike action by 78%, the union announced on Tuesday.',
      'The walkouts are due to begin on 3 March and would affect about 23,000 students.',
      'The last major strike, in 2018, lasted 10 days.',
      'The Department for Education said fees were a matter for universities.',
    ],
    'strike',
  );

  it('GIVEN "when does the strike start?" THEN "The walkouts are due to begin on 3 March" answers', () => {
    expect(strike.ask('when does the strike start').answer).toContain('due to begin on 3 March');
  });

  it('GIVEN a refusal of a word whose relative the article uses ("start" of "begin") THEN it does not claim the article never mentions it', () => {
    expect(strike.ask('when does the canteen start serving').answer).toBe('The article does not say: it never mentions "canteen" or "serving".');
    // Nor a word the question never typed ("first", which reads "when ... start?" where an article says it).
    expect(strike.ask('when will the gym start').answer).toBe('The article does not say: it never mentions "gym".');
  });

  it('GIVEN "government" asked of a story writing "Gov. Gavin Newsom" THEN it is read as the government, not as the governor\'s title', () => {
    const vocabulary = new Vocabulary(['On Sunday, Gov. Gavin Newsom announced a grant.', 'Firefighters battled the blaze.']);
    expect(parseQuestion('what does the government say', vocabulary).terms.map((t) => t.token)).toEqual(['government']);
  });
});

describe('words of the thirty-first round (new blind invented-news sets)', () => {
  const airline = articleService(
    [
      'Airline grounds flights',
      'The airline Skyvale suspended all of its domestic flights on Monday, saying it could no longer afford to buy jet fuel.',
      'Passengers queued for hours at the airport in Lagos, where staff handed out water.',
      'The company was founded in 2012 by a former pilot.',
    ],
    'airline',
  );
  const dig = articleService(
    [
      'Old tools found',
      'Stone tools found in a dry riverbed were made about 2.76 million years ago, scientists said on Wednesday.',
      'Excavations were carried out over four dry seasons and were interrupted for more than a year by fighting in the region.',
      'The team found 327 stone flakes at the site.',
    ],
    'dig',
  );

  const lebanon = articleService(
    [
      'Hospitals ration dialysis',
      "Lebanon's hospitals have struggled since the country's financial collapse began in 2019.",
      'The Lebanese pound has lost more than 95% of its value, and thousands of nurses have left to work abroad.',
      'A nurse weighed the 5-pound bags of saline before the shift.',
    ],
    'lebanon',
  );
  const shillings = articleService(['Fees rise', 'School fees rose to 40,000 shillings a term.', 'Parents protested outside the ministry on Friday.'], 'shillings');

  it('GIVEN "what happened to the currency?" THEN "the Lebanese pound has lost ..." answers, not the pounds a bag weighs', () => {
    expect(lebanon.ask('what happened to the currency?').answer).toMatch(/^The Lebanese pound has lost/);
  });

  it('GIVEN "which currency are the fees in?" THEN the sentence in shillings answers', () => {
    expect(shillings.ask('which currency are the fees in?').answer).toContain('40,000 shillings');
  });

  it('GIVEN "why did Skyvale stop flying?" THEN "suspended all of its domestic flights" answers, not a refusal', () => {
    const answer = airline.ask('why did Skyvale stop flying?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('suspended all of its domestic flights');
  });

  it.each(['why did the excavation take so long?', 'why are the excavations taking this long?'])('GIVEN "%s" THEN the sentence on the excavations answers: "take so long" is no word to find', (question) => {
    const answer = dig.ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('carried out over four dry seasons');
  });
});

describe('words of the tenth blind review', () => {
  const water = articleService(
    [
      'Monterrey turns off the taps',
      'Monterrey will cut off running water to most homes for 12 hours a day starting on Monday, after the worst drought in three decades.',
      'Water will stop flowing from 4 p.m. to 4 a.m. in every neighborhood except those around hospitals, the utility said.',
      'Residents will be allowed to take up to 100 liters per person each day.',
    ],
    'water',
  );
  const museum = articleService(
    [
      'Thieves raid Dutch museum',
      'Thieves smashed through the glass doors of a museum in Middelburg on Sunday and escaped with a gold reliquary.',
      'The stolen reliquary, a gold casket 31 centimetres tall, was made in Utrecht around 1360.',
      'The museum will stay closed until at least Friday while forensic teams examine the building.',
    ],
    'museum',
  );

  it('GIVEN "what hours will the water be off?" THEN the times of day answer, not "12 hours a day"', () => {
    expect(water.ask('what hours will the water be off?').answer).toContain('from 4 p.m. to 4 a.m.');
    expect(water.ask('how many hours a day will the water be off?').answer).toContain('12 hours a day');
  });

  it('GIVEN "who is exempt?" THEN "except those around hospitals" answers, not a refusal', () => {
    const answer = water.ask('who is exempt?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('except those around hospitals');
  });

  it('GIVEN "when will the museum reopen?" THEN "will stay closed until at least Friday" answers', () => {
    expect(museum.ask('when will the museum reopen?').answer).toContain('stay closed until at least Friday');
  });

  it('GIVEN "how much does the reliquary weigh?" of a story giving only its height THEN it is refused', () => {
    expect(museum.ask('how much does the reliquary weigh?').abstained).toBe(true);
    expect(museum.ask('how tall is the reliquary?').answer).toContain('31 centimetres tall');
  });
});

describe('"was anyone killed?" answered no (tenth blind review)', () => {
  // Seven paragraphs of the reviewer's own article.
  const volcano = articleService(
    [
      "Indonesian volcano erupts, forcing thousands to flee and grounding flights to Bali",
      "LABUAN BAJO, Indonesia (AP) — Mount Lewanu on the eastern Indonesian island of Flores erupted early Tuesday, sending a column of ash 7 kilometers (4.3 miles) into the sky, forcing more than 9,000 people from their homes and disrupting dozens of flights to and from the resort island of Bali.",
      "The volcano burst into life at 3:42 a.m. local time after two weeks of increasing tremors, according to Indonesia's Center for Volcanology and Geological Hazard Mitigation, which raised its alert to the highest level.",
      "Authorities ordered everyone living within 7 kilometers of the crater to leave. Residents of 14 villages were taken by truck and boat to shelters in schools, churches and a sports hall in the town of Maumere, about 60 kilometers to the east.",
      "No deaths have been reported, but the regional disaster agency said 23 people were treated for breathing problems and minor burns, and one man was missing after going back to his house to collect documents.",
      "Mount Lewanu, which stands 1,703 meters (5,587 feet) high, last erupted in 2017, when ash forced the evacuation of about 2,000 people. Its deadliest eruption, in 1928, killed 128 people, according to records kept by the volcanology center.",
      "Indonesia, an archipelago of more than 270 million people, has 127 active volcanoes, more than any other country. It sits on the Pacific \"Ring of Fire,\" an arc of volcanoes and fault lines encircling the Pacific Basin.",
    ],
    'volcano',
  );

  it('GIVEN "was anyone killed?" THEN "No deaths have been reported" answers first, not the eruption of 1928 that killed 128', () => {
    expect(volcano.ask('was anyone killed?').answer).toMatch(/^No deaths have been reported/);
    expect(volcano.ask('how many people did the 1928 eruption kill?').answer).toContain('killed 128 people');
  });
});

describe('words of the eleventh blind review', () => {
  const sentencing = [
    'Charity treasurer jailed for theft',
    'A former charity treasurer was sentenced on Tuesday to six years and eight months in prison for stealing 3.8 million dollars.',
    'Grant Whitlock, 58, pleaded guilty in August to 41 charges of theft.',
    'Investigators traced 212 separate payments from the charity to a travel company Whitlock had registered.',
    'His lawyer said outside the court that they would decide within 20 working days whether to appeal.',
    'The Serious Fraud Office plans to publish new guidance for charity boards in February.',
    'Whitlock was taken from the court to Christchurch Men\'s Prison.',
  ];

  it('GIVEN "how many years did he get exactly?", "where is he being held?", "when will they decide?", "when will that come out?" THEN the sentence saying so answers, no refusal', () => {
    const ask = threadOn(sentencing.join('\n\n'));
    expect(ask('who is Grant Whitlock?').answer).toContain('pleaded guilty');
    expect(ask('how many years did he get exactly?').answer).toMatch(/^A former charity treasurer was sentenced .* six years and eight months/);
    const held = ask('where is he being held?');
    expect(held.abstained).toBe(false);
    expect(held.answer).toMatch(/^Whitlock was taken from the court to Christchurch Men's Prison/);
    const decide = ask('when will they decide?');
    expect(decide.abstained).toBe(false);
    expect(decide.answer).toContain('within 20 working days');
    const guidance = ask('when will the guidance come out?');
    expect(guidance.abstained).toBe(false);
    expect(guidance.answer).toMatch(/^The Serious Fraud Office plans to publish new guidance/);
  });

  it('GIVEN "how long did that guy get?" THEN "that guy" is the man talked about, not a word to find', () => {
    const ask = threadOn(sentencing.join('\n\n'));
    ask('who is Grant Whitlock?');
    const answer = ask('how long did that guy get?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('six years and eight months');
  });

  it('GIVEN "who was the judge?", "who\'s the judge?" or "in the charity fraud case who was the judge" THEN the one titled Justice answers; a Justice Minister is no judge', () => {
    const court = [
      'Charity treasurer jailed',
      'A former charity treasurer was sentenced on Tuesday for stealing 3.8 million dollars, in the largest charity fraud case in Canterbury.',
      'Justice Helen Marsters told the High Court in Christchurch that he had used the accounts "like a personal wallet."',
      'Justice Minister Paul Goldsmith said the sentence showed the courts took fraud seriously.',
    ];
    for (const question of ['who was the judge?', "who's the judge?", 'in the christchurch charity fraud case who was the judge']) {
      expect(articleService(court, 'court').ask(question).answer, question).toMatch(/^Justice Helen Marsters told the High Court/);
    }
  });

  it('GIVEN "where was the summit held?" THEN "held" is kept: a summit is no one held in custody', () => {
    const summit = articleService(['Leaders meet', 'The summit was held in Geneva on Monday.', 'Two activists were detained outside the venue.'], 'summit');
    expect(summit.ask('where was the summit held?').answer).toMatch(/^The summit was held in Geneva/);
  });

  it('GIVEN "what colour is it?" THEN the sentence giving its colour answers ("The pale pink octopus ...")', () => {
    const octopus = articleService(
      ['New octopus found', 'Scientists have identified a new species of octopus in the Atacama Trench.', 'The pale pink octopus was filmed at a depth of 6,140 meters.', 'The team spent 23 days at sea.'],
      'octopus',
    );
    const colour = octopus.ask('what colour is the octopus?');
    expect(colour.abstained).toBe(false);
    expect(colour.answer).toMatch(/^The pale pink octopus/);
    expect(octopus.ask('what color is it?').answer).toMatch(/^The pale pink octopus/);
  });

  it('GIVEN "how many lost their jobs back then?" THEN "back then" asks of the earlier occasion', () => {
    const plant = articleService(
      [
        'Dishwasher maker to close Ontario plant',
        'Norvik said Thursday it will close its dishwasher factory in Hanover by the end of June 2027, eliminating 640 jobs.',
        'It is the second major factory closure in the area in a decade.',
        'In 2016, auto-parts maker Keller Brake Systems shut its plant in nearby Walkerton, laying off 410 workers.',
      ],
      'plant',
    );
    const answer = plant.ask('how many lost their jobs back then?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^In 2016, auto-parts maker Keller Brake Systems/);
  });

  it('GIVEN "give me the key numbers" THEN the story\'s gist answers, not "never mentions give or key or numbers"', () => {
    const plant = articleService(['Dishwasher maker to close Ontario plant', 'Norvik said Thursday it will close its dishwasher factory in Hanover by the end of June 2027, eliminating 640 jobs.', 'Workers were told on Thursday.'], 'plant');
    for (const request of ['give me the key numbers', 'ok, what are the key figures?', 'main facts please']) {
      const answer = plant.ask(request);
      expect(answer.abstained, request).toBe(false);
      expect(answer.answer, request).toContain('eliminating 640 jobs');
    }
  });
});

describe('words of the thirty-second round (new blind invented-news sets)', () => {
  it('GIVEN "what does the Mongolian term dzud mean?" or "what is a dzud?" THEN the sentence glossing the word ("a dzud, the Mongolian word for ...") answers, over one using it', () => {
    const winter = articleService(
      [
        'Mongolia declares emergency as winter kills livestock',
        'Scientists say dzuds have become more frequent as the climate of the steppe grows warmer and drier.',
        'Officials said 17 of the country\'s 21 provinces had been hit by a dzud, the Mongolian word for a winter disaster in which deep snow or ice stops animals from reaching grass.',
        'Herders say a dzud can wipe out a family\'s wealth in weeks.',
      ],
      'winter',
    );
    for (const question of ['What does the Mongolian term dzud mean?', 'what is a dzud?']) {
      expect(winter.ask(question).answer, question).toMatch(/^Officials said 17 of the country's 21 provinces had been hit by a dzud, the Mongolian word for/);
    }
  });

  it('GIVEN "how did the cheating become known?" THEN it asks how the cheating was discovered ("came to light", as news says it)', () => {
    const terms = parseQuestion('how did the cheating become known?', new Vocabulary(['The problems came to light in February.'])).terms.map((term) => term.term);
    expect(terms).toContain(stem('discovered'));
    expect(terms).not.toContain(stem('known'));
  });
});

describe('words of the fortieth review (a flood, a stolen icon): the asker\'s word for the article\'s', () => {
  const flood = articleService(
    [
      'Floods in eastern Romania kill 11',
      'GALATI, Romania (AP) — Flash floods swept through villages in eastern Romania on Saturday, killing at least 11 people, officials said.',
      'Four people were still missing, among them a 9-year-old boy.',
      'Two firefighter brothers spent nine hours in a rubber boat and brought 37 people to safety.',
      'About 14,000 households lost electricity, and a section of the national road collapsed.',
      'The European Union gave 12 million euros in aid for the region on Sunday.',
      'Forecasters said the rain was expected to ease on Sunday.',
    ],
    'flood',
  );

  it.each([
    ['how old is the kid', 'a 9-year-old boy'],
    ['how many people did they save', 'brought 37 people to safety'],
    ['what about power?', 'lost electricity'],
    ['how much did the eu give?', 'The European Union gave 12 million euros'],
    ['whens the rain supposed to stop', 'expected to ease on Sunday'],
  ])('GIVEN "%s" THEN the sentence in the article\'s words answers, not "never mentions ..."', (question, expected) => {
    const answer = flood.ask(question);
    expect(answer.abstained, answer.answer).toBe(false);
    expect(answer.answer).toMatch(new RegExp(`^[^…]*${expected}`));
  });

  it('GIVEN "who is fixing it?", "were the thieves ever caught?" and "how much is it worth?" THEN the conservator, the arrests and the value answer', () => {
    const icon = articleService(
      [
        'Stolen icon returned to Greek monastery',
        'A 16th-century icon stolen from a monastery in northern Greece in 1993 was returned on Sunday.',
        'Chief conservator Stavros Mylonas said the icon would be restored over the winter.',
        'Police said two men had been arrested for the theft in 1998, but both were acquitted.',
        'The icon was painted around 1550 and is valued by experts at about 400,000 euros.',
      ],
      'icon',
    );
    expect(icon.ask('who is fixing it?').answer).toMatch(/^Chief conservator Stavros Mylonas/);
    expect(icon.ask('were the thieves ever caught?').answer).toMatch(/^Police said two men had been arrested/);
    expect(icon.ask('how much is the icon worth?').answer).toMatch(/^The icon was painted around 1550 and is valued by experts/);
  });

  it('GIVEN "EU" where the article writes the letters itself THEN the letters are read as typed', () => {
    const terms = parseQuestion('what did the EU say?', new Vocabulary(['The EU said it would help.', 'The European Union is a union of states.'])).terms.map((term) => term.term);
    expect(terms).toContain('eu');
  });
});

describe('words of the thirty-third round (new blind invented-news sets CE and CF)', () => {
  const land = articleService(
    [
      'Honduras passes Garifuna land law',
      "TEGUCIGALPA, Honduras (AP) — Honduras' Congress on Thursday approved a law that will give Garifuna communities collective title to land along the Caribbean coast.",
      'The Garifuna, descendants of West African and Indigenous Caribbean people who were deported from the island of Saint Vincent in 1797, number about 200,000 in Honduras.',
      'Carlos Ramirez Zelaya, the governing party lawmaker who sponsored the bill, said it settled "a debt the country has owed for too long."',
      'Opponents argued that the Garifuna law was vaguely drafted.',
    ],
    'land',
  );

  it('GIVEN "who are the Garifuna?" THEN the sentence saying what they are, set off by commas, answers over one using the name', () => {
    expect(land.ask('who are the Garifuna?').answer).toMatch(/^The Garifuna, descendants of West African/);
  });

  it('GIVEN "experts" of a canal story saying "analysts", and "lawsuit" of a court story saying "the case" THEN those sentences answer', () => {
    expect(threadOn(inventedArticle('synth-CE-03'))('what do experts say?').answer).toMatch(/^Shipping analysts said/);
    const court = threadOn(inventedArticle('synth-CE-02'));
    expect(court('Who filed the lawsuit?').answer).toContain('The case was brought three years ago by 112 fishermen');
  });
});

describe('idioms of the fortieth review (a government falls, a stolen icon)', () => {
  const wire = (file: string): string => readFileSync(new URL(`../fixtures/wire/${file}`, import.meta.url), 'utf8');

  it('GIVEN "is he running again?" after the prime minister THEN the sentence on the new election answers, not "the second year running"', () => {
    const ask = threadOn(wire('portugal-confidence-vote.txt'));
    ask('who is the prime minister?');
    expect(ask('is he running again?').answer).toMatch(/^Albuquerque said he would lead his Democratic Alliance into any new election/);
  });

  it('GIVEN "who runs the country till then?" THEN who stays in office until the next government answers', () => {
    expect(threadOn(wire('portugal-confidence-vote.txt'))('who runs the country till then?').answer).toMatch(/^Albuquerque will stay in his post until the next government/);
  });

  it('GIVEN "what\'s the new speed rule?" and "how fast was the train going?" THEN the sentences giving speeds in kph answer', () => {
    const train = wire('poland-train-derailment.txt');
    expect(threadOn(train)('whats the new speed rule').answer).toMatch(/^Klimczak said all trains on newly repaired sections of track across the country would be limited to 80 kph/);
    expect(threadOn(train)('how fast was the train going?').answer).toMatch(/^Infrastructure Minister Dariusz Klimczak, 45, who traveled to the scene, said the train had been going at about 140 kph/);
  });

  it('GIVEN "how many objects has Greece gotten back?" THEN the repatriated objects answer', () => {
    expect(threadOn(wire('greece-stolen-icon.txt'))('how many objects has greece gotten back?').answer).toContain('412 objects had been repatriated');
  });

  it('GIVEN "did it come without warning?" of an article never saying "come" THEN the warning signs answer: a light verb is the asker\'s phrasing', () => {
    const volcano = [
      'Mud volcano erupts near village',
      'A mud volcano erupted late on Wednesday near the village of Shorbulag, burying several houses.',
      'Geologist Leyla Mammadova said the volcano had been showing signs of activity since the autumn.',
      '"These eruptions are hard to predict, but the warning signs were there," she said.',
      'The highway south of the capital was closed for two days.',
    ];
    const answer = articleService(volcano, 'volcano').ask('Did the geologist think the eruption came without any warning?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('the warning signs were there');
  });

  it('GIVEN "how many works were entered?" of "the prize drew 318 entries" THEN that sentence answers', () => {
    const prize = [
      'Sisters win art prize',
      'Three sisters from Yuendumu have won the Arafura Prize for a painting they made together.',
      'The sisters began painting in the 1980s at the community art center.',
      'The prize for works on paper was won by a printmaker from Erub Island.',
      "This year's prize drew 318 entries from artists across Australia.",
      'The winning painting will join the gallery collection.',
    ];
    expect(articleService(prize, 'prize').ask('How many works were entered?').answer).toContain('drew 318 entries');
  });

  it('GIVEN "when do the job cuts kick in?", "when is the plant closing?" and "how many people work at the plant?" THEN taking effect, stopping production and employing answer', () => {
    const carmaker = wire('korea-carmaker-job-cuts.txt');
    expect(threadOn(carmaker)('when do the job cuts kick in').answer).toMatch(/^The job cuts, to be made mainly through voluntary retirement, will take effect on Feb\. 1/);
    expect(threadOn(carmaker)('when is the plant closing').answer).toMatch(/^Its plant in Gunsan, .* will stop production on June 30 next year/);
    expect(threadOn(carmaker)('how many people work at the plant').answer).toMatch(/^Its plant in Gunsan, in North Jeolla province, which employs about 1,700 people/);
  });

  it('GIVEN chat words for a trial\'s jury, a drug\'s side effects and cost, and a final\'s goals and crowd (forty-first review) THEN the sentences in the article\'s words answer', () => {
    const trial = wire('ireland-care-home-trial.txt');
    expect(threadOn(trial)('how long was the jury out').answer).toMatch(/^Keogh's son, Darragh Keogh, 31, .* after jurors deliberated for nearly nine hours/);
    const malaria = wire('kenya-malaria-trial.txt');
    expect(threadOn(malaria)('what happens if a kid throws up').answer).toContain('Children who vomited were given a second dose.');
    expect(threadOn(malaria)('is it more expensive than the current treatment').answer).toMatch(/^The drug was developed by AfriPharma Alliance, .* roughly twice the cost of a full course of the standard treatment/);
    expect(threadOn(wire('korea-carmaker-job-cuts.txt'))('how did their EVs do in europe').answer).toMatch(/^She added that Hanbit's electric vehicle sales in Europe fell 27%/);
    const final = wire('argentina-cup-final.txt');
    expect(threadOn(final)('when was the equaliser').answer).toMatch(/^Ribera's veteran striker Esteban Quiroga, 39, equalized in the 61st minute/);
    expect(threadOn(final)('were there any problems with the crowd').answer).toMatch(/^Police said there were no serious incidents inside the stadium/);
  });
});
