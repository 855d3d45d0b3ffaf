import { describe, expect, it } from 'vitest';
import { articleService } from '../fixtures/article-service.js';
import { elidedSide, parseQuestion } from '../../../src/briefing/answers/question.js';
import { Vocabulary } from '../../../src/briefing/search/vocabulary.js';
import { stem } from '../../../src/briefing/text/tokens.js';

const vocabulary = new Vocabulary(['Bob Barker, 91, hosted the show again after eight years away.', 'Two countries opposed the plan.']);
const words = (question: string): string[] => parseQuestion(question, vocabulary).terms.map((t) => t.token);

describe('parseQuestion', () => {
  it.each([
    ['What is typhus?', ['typhus']],
    ["what's the Osprey", ['osprey']],
    ['What are tilt-rotor aircraft?', ['tilt', 'rotor', 'aircraft']],
    ['What does ASEAN stand for?', ['asean']],
  ])('GIVEN "%s" THEN it asks what a thing is, and names the thing', (question, thing) => {
    expect(parseQuestion(question, vocabulary).defines).toEqual(thing.map(stem));
  });

  it.each(['What is the weather in Beijing?', 'What is happening?', 'What did Barker say?', 'What is the name of the show?'])(
    'GIVEN "%s" THEN it does not ask for a definition',
    (question) => {
      expect(parseQuestion(question, vocabulary).defines).toBeUndefined();
    },
  );

  it.each(['whats the weather in Beijing this week', "What's the weather in Beijing?", 'what is the weather in Beijing'])('GIVEN "%s" THEN the weather is what it asks for', (question) => {
    expect(parseQuestion(question, vocabulary).focus?.token).toBe('weather');
  });

  it.each([
    ['How old is Barker?', ['barker']],
    ['How long was Barker away?', ['barker', 'away']],
    ['How far did the plan go?', ['plan']],
    ['How deep is the reef?', ['reef']],
    ['How tall was the tower?', ['tower']],
  ])('GIVEN "%s" THEN the measure after "how" frames the question and is not a term', (question, terms) => {
    expect(words(question)).toEqual(terms);
    expect(parseQuestion(question, vocabulary).kind).toBe('number');
  });

  it('GIVEN "which two countries" THEN the count is not the thing asked about', () => {
    expect(parseQuestion('Which two countries opposed the plan?', vocabulary).focus).toBeUndefined();
  });

  it('GIVEN "which hotel" THEN the hotel is what is asked about', () => {
    expect(parseQuestion('Which hotel did Barker stay at?', vocabulary).focus?.token).toBe('hotel');
  });

  it('GIVEN "what\'s the interest rate in korea?" of an article with only an unemployment rate THEN the interest rate is asked for, and refused; the unemployment rate is answered', () => {
    const carmaker = articleService(
      [
        'Carmaker to cut jobs',
        'South Korean carmaker Hanbit Motors said Thursday it will cut 2,400 jobs.',
        'In 2018, General Motors closed its plant in the city, and the local unemployment rate rose to 4.5% the following year.',
      ],
      'carmaker',
    );
    const interest = carmaker.ask("what's the interest rate in korea right now");
    expect(interest.abstained).toBe(true);
    expect(interest.answer).toContain('"interest"');
    expect(carmaker.ask('what is the unemployment rate').answer).toContain('unemployment rate rose to 4.5%');
  });
});

describe('parseQuestion: framing and typos', () => {
  const article = new Vocabulary(['ASEAN members met on Monday.', 'China shares dual-use goods with Russia.']);

  it('GIVEN "what does X stand for?" THEN asks only about X', () => {
    expect(parseQuestion('What does ASEAN stand for?', article).terms.map((t) => t.token)).toEqual(['asean']);
  });

  it('GIVEN a word two edits from a short stem ("dumpling" / "dual") THEN does not correct it into that word', () => {
    const dumpling = parseQuestion('where can I eat a dumpling', article).terms.find((t) => t.token === 'dumpling');
    expect(dumpling?.known).toBe(false);
  });

  it('GIVEN a real word of the related-terms table ("smoothly") THEN keeps it rather than "correcting" it', () => {
    const talks = new Vocabulary(['Talks in the South China Sea were not easy.']);
    const smoothly = parseQuestion('did the talks go smoothly', talks).terms.find((t) => t.token === 'smoothly');
    expect(smoothly?.term).toBe(stem('smoothly'));
    expect(smoothly?.known).toBe(false);
  });

  it('GIVEN a capitalised name ("NATO\'s") THEN corrects it only into one of the article\'s names', () => {
    const un = new Vocabulary(['Delegates from many nations met the Lisbon mayor.'], ['Lisbon']);
    const nato = parseQuestion("What is NATO's position?", un).terms.find((t) => t.token === 'nato');
    expect(nato?.known).toBe(false);
    expect(parseQuestion("What is NATO's position?", un).names).toContain('nato');
    const lisbon = parseQuestion('What did the Lisbn mayor say?', un).terms.find((t) => t.token === 'lisbn');
    expect(lisbon?.word).toBe('lisbon');
  });

  it('GIVEN a word the question reader itself knows as English ("place") THEN never corrects it into an article word ("peace")', () => {
    const peace = new Vocabulary(['Both sides called for peace in the region.']);
    const place = parseQuestion('is there a good dumpling place nearby', peace).terms.find((t) => t.token === 'place');
    expect(place?.word).toBe('place');
    expect(place?.known).toBe(false);
  });

  it('GIVEN "what is the name of ..." THEN the question asks for a name', () => {
    expect(parseQuestion('What is the name of the official?', article).asksName).toBe(true);
    expect(parseQuestion('Who named the official?', article).asksName).toBe(false);
  });
});


describe('parseQuestion: "the title of"', () => {
  it('GIVEN "what is the title of the report?" THEN the title is the kind of answer, not a thing the article must mention', () => {
    const parsed = parseQuestion('What is the title of the report?', new Vocabulary(['The report was published on Monday.']));
    expect(parsed.focus).toBeUndefined();
  });
});

describe('parseQuestion: chat shorthand', () => {
  it('GIVEN "mil", "yr" or "govt" THEN they read as military, year and government', () => {
    const parsed = parseQuestion('what did the govt say abt mil talks a yr ago', new Vocabulary(['The government said military talks resumed a year ago.']));
    expect(parsed.terms.map((t) => t.token)).toEqual(expect.arrayContaining(['government', 'military', 'year']));
  });

  it('GIVEN a short form the article itself uses ("Sec") THEN it stays as typed', () => {
    const parsed = parseQuestion('who is sec', new Vocabulary(['The SEC fined the bank.']));
    expect(parsed.terms.map((t) => t.token)).toContain('sec');
  });
});

describe('parseQuestion: a word of the related table is no typo', () => {
  it('GIVEN "promises" and an article saying "provides" THEN it stays "promises" (a relative of "commitments")', () => {
    const parsed = parseQuestion('Has China kept its promises?', new Vocabulary(['China provides support and made commitments.']));
    expect(parsed.terms.find((t) => t.token === 'promises')?.corrected).toBe(false);
    expect(parsed.terms.find((t) => t.token === 'promises')?.term).toBe(stem('promises'));
  });
});

describe('parseQuestion: travel idioms', () => {
  it('GIVEN "get to", "touch down", "fly into" THEN they read as arrive and land', () => {
    const vocabulary = new Vocabulary(['She arrived in Lisbon and landed at the airport.']);
    expect(parseQuestion('When did she get to Lisbon?', vocabulary).terms.map((t) => t.token)).toContain('arrive');
    expect(parseQuestion('Where did she touch down?', vocabulary).terms.map((t) => t.token)).toContain('land');
    expect(parseQuestion('Which city did she fly into?', vocabulary).terms.map((t) => t.token)).toContain('arrive');
    expect(parseQuestion('What day did she get there?', vocabulary).terms.map((t) => t.token)).toEqual(['arrive']);
    expect(parseQuestion('what day did she get in', vocabulary).terms.map((t) => t.token)).toEqual(['arrive']);
    expect(parseQuestion('Has anyone else been to Lisbon?', vocabulary).terms.map((t) => t.token)).toContain('visited');
    expect(parseQuestion("What was her first stop?", vocabulary).terms.map((t) => t.token)).toEqual(['first', 'arrive']);
    const promised = new Vocabulary(['Following the summit, Lisbon made commitments.']);
    expect(parseQuestion('Has Lisbon followed through on its commitments?', promised).terms.map((t) => t.token)).toEqual(['lisbon', 'fulfill', 'commitments']);
    const reversed = new Vocabulary(['Lisbon is unlikely to reverse its support for the plan.']);
    expect(parseQuestion('Will Lisbon back away from the plan?', reversed).terms.map((t) => t.token)).toEqual(['lisbon', 'reverse', 'plan']);
    expect(parseQuestion('Did Lisbon walk back its support?', reversed).terms.map((t) => t.token)).toEqual(['lisbon', 'reverse', 'support']);
    expect(parseQuestion('What has she done in Lisbon?', new Vocabulary(['She had done much in Lisbon.'])).terms.map((t) => t.token)).toEqual(['lisbon']);
    const handed = new Vocabulary(['Lisbon gave the museum its archive and will argue the case in court.']);
    expect(parseQuestion('What is Lisbon handing over to the museum?', handed).terms.map((t) => t.token)).toEqual(['lisbon', 'give', 'museum']);
    expect(parseQuestion('What case about the archive will Lisbon make?', handed).terms.map((t) => t.token)).toEqual(['argue', 'archive', 'lisbon']);
    const raised = new Vocabulary(['She visited Lisbon and will raise the cases of detained sailors.']);
    expect(parseQuestion("anything else she'll bring up?", raised).terms.map((t) => t.token)).toEqual(['raise']);
    expect(parseQuestion('Which official went to Lisbon?', raised).terms.map((t) => t.token)).toEqual(['visited', 'lisbon']);
    expect(parseQuestion('what is going to happen in lisbon', raised).terms.map((t) => t.token)).toEqual(['lisbon']);
    const sworn = new Vocabulary(['Taiwan will swear in a new president at the May 20 inauguration.'], ['Taiwan']);
    expect(parseQuestion("when is tiawan's inauguration", sworn).terms.map((t) => t.word)).toEqual(['taiwan', 'inauguration']);
    expect(parseQuestion("will they raise north korea's tests", sworn).terms.map((t) => t.token)).toContain('koreas');
    const topical = parseQuestion('whats the deal w fentanyl', new Vocabulary(['The flow of fentanyl is on the agenda.']));
    expect(topical.terms.map((t) => t.token)).toEqual(['fentanyl']);
    expect(topical.topical).toBe(true);
    const buried = new Vocabulary(['The bodies will be buried in the dunes, as was done before.']);
    expect(parseQuestion('What will be done with the carcasses?', buried).terms.map((t) => t.token)).toEqual(['carcasses']);
    expect(parseQuestion('Was it done before?', buried).terms.map((t) => t.token)).toContain('done');
  });

  it('GIVEN "gets hurt", "in Costa\'s view", "per the ministry" THEN the passive "get" and the attribution\'s frame are no terms, its source is attributed', () => {
    const vocabulary = new Vocabulary(['The cuts hurt ports, Costa said; the ministry disagrees.']);
    expect(parseQuestion("Who gets hurt by the cuts, in Costa's view?", vocabulary).terms.map((t) => t.token)).toEqual(['hurt', 'cuts', 'costas']);
    const perMinistry = parseQuestion('Who is hurt by the cuts, per the ministry?', vocabulary);
    expect(perMinistry.terms.map((t) => t.token)).toEqual(['hurt', 'cuts', 'ministry']);
    expect([...perMinistry.attributed]).toEqual(['the', 'ministry']);
  });

  it('GIVEN "X doesn\'t work" THEN it reads as failing, but "if that doesn\'t work" stays talk about the last answer', () => {
    const vocabulary = new Vocabulary(['The talks failed.']);
    expect(parseQuestion("What happens if diplomacy doesn't work?", vocabulary).terms.map((t) => t.token)).toContain('fail');
    expect(parseQuestion("and if that doesn't work?", vocabulary).terms.map((t) => t.token)).not.toContain('fail');
  });
});

describe('parseQuestion: a short name in the possessive', () => {
  it('GIVEN "Xi\'s" THEN the term is Xi, not "xis"', () => {
    const parsed = parseQuestion("whats xi's line on taiwan", new Vocabulary(['Xi has repeatedly stated that the Taiwan issue should not be passed down.']));
    expect(parsed.terms.map((t) => t.token)).toContain('xi');
  });
});

describe('parseQuestion: who says it', () => {
  it.each([
    ['Who does Russia threaten, according to US officials?', ['us', 'officials']],
    ['According to the second official, who does Russia threaten?', ['the', 'second', 'official']],
    ["Who gets hurt when China backs Russia, in Blinken's view?", ['blinken']],
  ])('GIVEN "%s" THEN the attribution\'s words are marked as such', (question, attributed) => {
    expect([...parseQuestion(question, vocabulary).attributed]).toEqual(attributed);
  });

  it('GIVEN no attribution THEN no word is marked', () => {
    expect(parseQuestion('What did Barker say about the show?', vocabulary).attributed.size).toBe(0);
  });
});

describe('parseQuestion: a derived form of an article word', () => {
  const threats = new Vocabulary(['The storm poses a threat to the coast.']);

  it('GIVEN "threaten" where the article says "threat" THEN it is that word, not a typo of it', () => {
    const [storm, threaten] = parseQuestion('Who does the storm threaten?', threats).terms;
    expect(storm?.term).toBe(stem('storm'));
    expect(threaten).toMatchObject({ token: 'threaten', term: stem('threat'), known: true, corrected: false });
  });
});

describe('parseQuestion: the kind of place, past a people\'s adjective', () => {
  it.each([
    ['Which Italian city was it in?', 'city'],
    ['which chinese city did he land in', 'city'],
    ['Which country did he visit?', 'country'],
    ['where in the philippines did the us deploy missiles', 'city'],
    ['Where in Kansas City is Bush giving the speech?', 'city'],
  ])('GIVEN "%s" THEN a %s is asked for', (question, type) => {
    const parsed = parseQuestion(question, vocabulary);
    expect(parsed.placeType).toBe(type);
    expect(parsed.kind).toBe('place');
  });
});

describe('parseQuestion: which official or member is a person', () => {
  it.each(['Which US cabinet member visited China?', 'which other official spoke on Tuesday', 'What other diplomat was there?'])('GIVEN "%s" THEN a person is asked for', (question) => {
    expect(parseQuestion(question, vocabulary).kind).toBe('person');
  });
});

describe('parseQuestion: contractions and "the first time"', () => {
  const travel = new Vocabulary(['The journey is his second trip to the country this year.']);

  it.each(["Is this the first time he's been there?", "what's she saying", "they're where?"])('GIVEN "%s" THEN no contraction becomes a term', (question) => {
    const tokens = parseQuestion(question, travel).terms.map((t) => t.token);
    for (const contraction of ['hes', 'whats', 'shes', 'theyre']) expect(tokens).not.toContain(contraction);
  });

  it.each(['How is the army doing right now?', 'any progress so far?', 'where did he meet the king last time', 'When was the last time he met the king?'])(
    'GIVEN "%s" THEN "right now", "so far" and "last time" leave no term',
    (question) => {
      const tokens = parseQuestion(question, travel).terms.map((t) => t.token);
      for (const word of ['right', 'far', 'last', 'time']) expect(tokens).not.toContain(word);
    },
  );

  it('GIVEN "is this the first time he has been to China?" THEN it counts trips: "time" reads as "trip"', () => {
    const parsed = parseQuestion('Is this the first time he has been to China?', travel);
    expect(parsed.kind).toBe('number');
    expect(parsed.terms.map((t) => t.term)).toContain(stem('trip'));
    expect(parsed.terms.map((t) => t.term)).not.toContain(stem('time'));
  });

  it('GIVEN "is this the first time the drugmaker has had to recall one of its products?" and an article with no trip THEN "time" stays as asked ("it is not the first time ...")', () => {
    const recall = new Vocabulary(['It is not the first time the drugmaker has faced quality problems.']);
    const terms = parseQuestion('Is this the first time the drugmaker has had to recall one of its products?', recall).terms.map((t) => t.term);
    expect(terms).toContain(stem('time'));
    expect(terms).not.toContain(stem('trip'));
  });
});

describe('parseQuestion: talking asked about, or framing the question', () => {
  const phone = new Vocabulary(['Biden and Xi speak on the phone earlier this month.', 'The talks are not expected to be easy.']);

  it.each(['have they talked since?', 'When did Biden and Xi last talk?'])('GIVEN "%s" THEN the talking is a term, read as speaking', (question) => {
    expect(parseQuestion(question, phone).terms.map((t) => t.term)).toContain(stem('speak'));
  });

  it.each(['what did they talk about?', 'talk to me about the phone call', 'Are the talks going to be easy?'])('GIVEN "%s" THEN no speaking is asked about', (question) => {
    expect(parseQuestion(question, phone).terms.map((t) => t.term)).not.toContain(stem('speak'));
  });
});

describe('parseQuestion: a natural feature or a division of a country is a place', () => {
  it.each(['Which river did the bridge cross?', 'what neighborhood of baghdad does she live in?', 'Which province was hit hardest?', 'Which state does the senator represent?'])(
    'GIVEN "%s" THEN a place is asked for',
    (question) => {
      expect(parseQuestion(question, vocabulary).kind).toBe('place');
    },
  );
});

describe('parseQuestion: a name asked for, or a name given', () => {
  it.each(['What is the name of the show?', 'Which companies opposed the plan?', 'who are they, what are their names?', 'What is the title of the report?'])('GIVEN "%s" THEN a name is asked for', (question) => {
    expect(parseQuestion(question, vocabulary).asksName).toBe(true);
  });

  it("GIVEN \"what's her title?\" THEN her job is asked, not a name", () => {
    expect(parseQuestion("what's her title?", vocabulary).asksName).toBe(false);
  });

  it.each(['Who gave the home the name "house of horrors"?', "Who first used the name 'Iron Lady'?", 'Who named it "The Price Is Right"?'])(
    'GIVEN "%s" THEN the name is given, and who gave it is asked',
    (question) => {
      expect(parseQuestion(question, vocabulary).asksName).toBe(false);
    },
  );
});

describe('parseQuestion: which kind of thing, past a people\'s adjective', () => {
  const bans = new Vocabulary(['Americans are kept in China by exit bans.', 'The US may sanction Chinese entities.']);

  it('GIVEN "Which Chinese banks ...?" THEN the banks, not "Chinese", are the thing asked about', () => {
    expect(parseQuestion('Which Chinese banks could the US sanction?', bans).focus?.token).toBe('banks');
  });
});

describe('parseQuestion: idioms', () => {
  it.each(['is that actually making a difference?', 'Did it make any difference?'])('GIVEN "%s" THEN it asks whether it matters', (question) => {
    expect(words(question).filter((word) => word !== 'actually')).toEqual(['matter']);
  });

  it.each([
    ['Why was the launch put off?', ['launch', 'postpone']],
    ['How did the thieves get away?', ['thieves', 'escape']],
    ['Who is being tried?', ['trial']],
    ['How long is the trial likely to go on?', ['trial', 'expected']],
    ['What does EPO do in the body?', ['epo']],
    ['When will talks between the two sides start again?', ['talks', 'resume']],
    ['What are investigators trying to find out?', ['investigators', 'examine']],
    ['Where did the boat set off from?', ['boat', 'leave']],
    ['did anyone else go to china recently', ['visited', 'china']],
    ['does beijing feel the same way?', ['beijing', 'agree', 'page']],
    ['What crimes put Ndlovu behind bars?', ['crimes', 'prison']],
    ['When will the water be turned off?', ['water', 'cut', 'shut']],
    ['How many people were on board the plane?', ['aboard', 'carrying', 'plane']],
    ['How many passengers were onboard?', ['passengers', 'aboard', 'carrying']],
    ['When is he getting to Taipei?', ['arrive', 'taipei']],
    ['What did the burglars look like?', ['burglars', 'dressed']],
    ['How far behind him did he cross the line?', ['finish']],
    ['what were relations like before the summit', ['relations', 'summit']],
    ['Which paper broke the story?', ['paper', 'first', 'reported']],
    ['Will the taxpayers get their money back?', ['taxpayers', 'repaid']],
    ['How many items is the museum giving back?', ['items', 'museum', 'return']],
    ['What kept him alive?', ['saved', 'life']],
    ['How did the top-ranked player react?', ['one', 'player', 'react']],
    ['What state was the dog in when she was found?', ['dog', 'found']],
    ['How did experts make sure the manuscript was genuine?', ['experts', 'check', 'manuscript', 'genuine']],
    ['How did the inmates get out of the prison?', ['inmates', 'escape', 'prison']],
    ['How was the "Safety in Paradise" video received?', ['video', 'reaction']],
    ['Where did the wreckage come down?', ['wreckage', 'fall']],
    ['What period did the audit look at?', ['audit', 'examine']],
    ['Is it true that more than 200 people were pulled to safety?', ['people', 'rescued']],
    ["Where does the batsman's lawyer plan to take the case?", ['lawyer', 'appeal']],
    ['Who sided with the minister?', ['backed', 'minister']],
    ['Which organisation had to give the sale the green light?', ['approve', 'sale']],
    ['When did the plan get the green light?', ['plan', 'approval']],
    ['When and from where did the rocket take off?', ['rocket', 'lift', 'launch']],
    ['How much did the champion take home?', ['champion', 'earned']],
  ])('GIVEN "%s" THEN the idiom is read in the words news uses', (question, expected) => {
    for (const word of expected) expect(words(question)).toContain(word);
  });

  it('GIVEN "take off" of an article that writes it ("had just taken off at 6:42 a.m.") THEN it is read as typed, not as "lift off"', () => {
    const airport = new Vocabulary(['Flight 1422 had just taken off at 6:42 a.m. when it was cleared to climb.']);
    const tokens = parseQuestion('what time did the plane take off?', airport).terms.map((t) => t.token);
    expect(tokens).toContain('take');
    expect(tokens).not.toContain('launch');
  });

  it('GIVEN "what about the other one?" or "which one" THEN "one" stands for a thing named before and is no word to find', () => {
    expect(words('what about the other one, the plan?')).toEqual(['plan']);
    expect(words('Which one of the shows was cancelled?')).not.toContain('one');
    expect(words('How many won one award?')).toContain('one');
  });

  it('GIVEN "what did the younger one say?" or "the biggest one" THEN "one" after "the" and a comparing word is no word to find either', () => {
    expect(words('what did the younger one say?')).not.toContain('one');
    expect(words('how deep was the biggest one?')).not.toContain('one');
    expect(words('how many had only one engine?')).toContain('one');
  });

  it('GIVEN "which cargoes were taken off ships?" THEN taking something off is no launch', () => {
    expect(words('Which cargoes were still being taken off ships?')).not.toContain('launch');
  });

  it('GIVEN "How many people were aboard altogether?" or "in total" THEN the count asks nothing of "altogether" or "total"', () => {
    expect(words('How many people were aboard the ship altogether?')).toEqual(['aboard', 'carrying', 'ship']);
    expect(words('How many people in total are on trial?')).not.toContain('total');
  });

  it('GIVEN "and what has he actually done?" THEN the doing frames the question, "and" or not, and "actually" says nothing', () => {
    expect(words('and what has he actually done?')).toEqual([]);
    expect(words('What has Biden done about it?')).toEqual(['biden']);
  });

  it('GIVEN "Were all of the people who died elderly?" THEN it asks yes or no, the "who" opening a clause; "Was it raining, and who ordered the inquiry?" still asks for a person', () => {
    expect(parseQuestion('Were all of the people who died elderly?', vocabulary).kind).toBe('yesno');
    expect(parseQuestion('Was it raining, and who ordered the inquiry?', vocabulary).kind).toBe('person');
    expect(parseQuestion('Who ordered the inquiry?', vocabulary).kind).toBe('person');
  });

  it('GIVEN "how much is the prize worth?" THEN "worth" frames the amount asked, no word to find', () => {
    expect(words('How much is the prize worth?')).toEqual(['prize']);
    expect(words('Is the painting worth saving?')).toContain('worth');
  });

  it('GIVEN "how long is the crossing normally?" THEN "normally", like "actually", says nothing to find', () => {
    expect(words('How long is the crossing normally?')).toEqual(['crossing']);
    expect(words('What does the ferry usually carry?')).toEqual(['ferry', 'carry']);
  });

  it('GIVEN "What caused the landslide?" or "what sparked the protest?" THEN it asks why, and the causing is no word to find', () => {
    const parsed = parseQuestion('What caused the landslide?', vocabulary);
    expect(parsed.kind).toBe('reason');
    expect(parsed.terms.map((t) => t.token)).toEqual(['landslide']);
    expect(parseQuestion('What sparked the protest?', vocabulary).terms.map((t) => t.token)).toEqual(['protest']);
  });

  it('GIVEN "What reasons did the chef give for closing?" THEN it asks why, as "why did he close it?" does', () => {
    expect(parseQuestion('What reasons did the chef give for closing the restaurant?', vocabulary).kind).toBe('reason');
    expect(parseQuestion('What explanation has the council given?', vocabulary).kind).toBe('reason');
    expect(parseQuestion('What reasons are there to visit?', vocabulary).kind).toBe('reason');
  });

  it('GIVEN "What made the officials suspicious?" THEN it asks why, and the making is no word to find; "what made up the fleet" is no why', () => {
    const parsed = parseQuestion('What made the officials suspicious?', vocabulary);
    expect(parsed.kind).toBe('reason');
    expect(parsed.terms.map((t) => t.token)).toEqual(['officials', 'suspicious']);
    expect(parseQuestion('What made up the fleet?', vocabulary).kind).not.toBe('reason');
  });

  it('GIVEN "How many workers were inside the factory at the time?" THEN "at the time" (then) is no word to find; "at the time of the blast" keeps its time', () => {
    expect(words('How many workers were inside the factory at the time?')).not.toContain('time');
    expect(words('Where was he at the time of the blast?')).toContain('time');
  });

  it('GIVEN "Did something similar happen before in Dubai?" THEN only the place is a word to find', () => {
    expect(words('Did something similar happen before in Dubai?')).toEqual(['dubai']);
  });

  it('GIVEN "anything else on that list" THEN the list (the last answer) is no word to find, and more is wanted', () => {
    const parsed = parseQuestion('anything else on that list', vocabulary);
    expect(parsed.terms.map((t) => t.token)).not.toContain('list');
    expect(parsed.wantsMore).toBe(true);
    expect(words('Who is on the list of sanctioned firms?')).toContain('list');
  });

  it('GIVEN "What does EPO do in the body?" THEN the body is no word to find', () => {
    expect(words('What does EPO do in the body?')).not.toContain('body');
    expect(words('Where was the body found?')).toContain('body');
  });

  it('GIVEN "is fentanyl on the agenda?" THEN it asks whether fentanyl is discussed: "agenda" is no word to find', () => {
    expect(words('is fentanyl on the agenda')).toEqual(['fentanyl', 'discussed']);
    expect(words('Is Taiwan on the table?')).toEqual(['taiwan', 'discussed']);
    expect(words("what is on blinken's agenda")).toContain('agenda');
  });

  it('GIVEN "How many are taking part in the search?" THEN it asks how many are in the search, not about a part taken', () => {
    expect(words('How many people are taking part in the search?')).toEqual(['search']);
  });

  it('GIVEN "What does she do for a living?" THEN it asks who she is, as "what is her job?" does', () => {
    const parsed = parseQuestion('What does she do for a living?', vocabulary);
    expect(parsed.kind).toBe('person');
    expect(parsed.terms.map((t) => t.token)).toEqual([]);
  });

  it('GIVEN "What kind of career does Christie Brinkley have?" THEN it asks who she is', () => {
    const parsed = parseQuestion('What kind of career does Christie Brinkley have?', vocabulary);
    expect(parsed.kind).toBe('person');
    expect(parsed.terms.map((t) => t.token)).toEqual(['christie', 'brinkley']);
  });

  it('GIVEN "what was it like before that" THEN "like" is no word to find', () => {
    expect(words('what was it like before that')).toEqual([]);
    expect(words('what did they like about the plan?')).toContain('like');
  });

  it('GIVEN "Did they have ties with one another?" THEN "one another" is no word to find', () => {
    expect(words('Did Melgen and Menendez have ties with one another?')).toEqual(['melgen', 'menendez', 'ties']);
    expect(words('Do they trust each other?')).toEqual(['trust']);
  });

  it('GIVEN "why don\'t officials know who won?" THEN knowing is asked about; in "what do we know about it?" it frames the question', () => {
    expect(words("Why don't lottery officials know who won?")).toContain('know');
    expect(words('What do we know about the fire?')).toEqual(['fire']);
    expect(words('do you know when the talks start?')).not.toContain('know');
  });

  it('GIVEN "Did anyone die?" THEN "anyone" is no word to find, as "who" is not', () => {
    expect(words('Did anyone die?')).toEqual(['die']);
    expect(words('Has someone claimed the attack?')).toEqual(['claimed', 'attack']);
  });

  it('GIVEN "Where did the explosion take place?" THEN it asks where the explosion happened, not about a place taken', () => {
    expect(words('Where did the explosion take place?')).toEqual(['explosion']);
  });

  it('GIVEN "How far below ground was the blast?" THEN it asks about the surface and underground', () => {
    expect(words('How far below ground was the blast?')).toEqual(expect.arrayContaining(['underground', 'surface']));
    expect(words('How far below ground was the blast?')).not.toContain('ground');
  });
});

describe('parseQuestion: "is this the first ...?" counts occasions', () => {
  it('GIVEN "Is this Barker\'s first show?" THEN "first" is no term and a count is asked for', () => {
    const parsed = parseQuestion("Is this Barker's first time hosting the show?", vocabulary);
    expect(parsed.kind).toBe('number');
    expect(parsed.terms.map((t) => t.token)).not.toContain('first');
  });
});

describe('parseQuestion: the kind of person asked for', () => {
  it.each(['Which politician wants a review of the workload?', 'Which official wants a review of the workload?'])('GIVEN "%s" THEN the noun after "which" is who is asked for, no word to find', (question) => {
    expect(words(question)).toEqual(['wants', 'review', 'workload']);
  });
});

describe('parseQuestion: what a side said', () => {
  it.each([
    ['What did China say?', ['china']],
    ['what has Beijing said', ['beijing']],
    ['What did the Chinese say?', ['chinese']],
    ['What did the United States say?', ['united', 'states']],
    // Of a thing named, the country's words on it: "The Ukraine issue is not a China-US issue, the official said".
    ['what does china say about ukraine', ['china']],
    ['What did China say about the plan?', ['china']],
  ])('GIVEN "%s" THEN it asks the view of that country', (question, side) => {
    const parsed = parseQuestion(question, vocabulary);
    expect(parsed.kind).toBe('speech');
    expect(parsed.viewOf).toEqual(side.map(stem));
  });

  it.each(['What did Barker say?', 'What did the host say?', 'What did the two countries agree?', 'what did China say about that', 'What has China said about the issue?'])(
    'GIVEN "%s" (a person, a role, no saying, or about nothing named) THEN no side\'s view is asked',
    (question) => {
      expect(parseQuestion(question, vocabulary).viewOf).toBeUndefined();
    },
  );
});

describe('parseQuestion: sports shorthand', () => {
  it('GIVEN "who was the ref?" and "who is their gk" THEN they ask for the referee and the goalkeeper', () => {
    const match = new Vocabulary(['Eklund was sent off by referee Stuart Kendrick.', 'Goalkeeper Daniel Okafor saved the penalty.']);
    expect(parseQuestion('who was the ref?', match).terms.map((t) => t.token)).toEqual(['referee']);
    expect(parseQuestion('who is their gk', match).terms.map((t) => t.token)).toEqual(['goalkeeper']);
    // An article writing the word short ("Seymour (capt)") is asked in its short form.
    const sheet = new Vocabulary(['Sale: Arscott; Edwards, Seymour (capt), Easter.']);
    expect(parseQuestion('who was the captain?', sheet).terms.map((t) => t.token)).toEqual(['capt']);
    const province = new Vocabulary(['Wildfires spread across BC on Monday.', 'Crews from Alberta arrived.']);
    expect(parseQuestion('did they leave because of the fires?', province).terms.map((t) => t.token)).not.toContain('bc');
  });
});

describe('parseQuestion: "get" reaching a measure', () => {
  it('GIVEN "how high did the river get?" THEN "get" is no word to find; "how did they get upstairs?" keeps it', () => {
    const river = new Vocabulary(['The river peaked at 5.21 metres.', 'By the time I got the kids upstairs it was up to my knees.']);
    expect(parseQuestion('how high did the river get?', river).terms.map((t) => t.token)).toEqual(['river']);
    expect(parseQuestion('how did they get upstairs?', river).terms.map((t) => t.token)).toContain('get');
  });
});

describe('parseQuestion: mistyped words of the frame', () => {
  it.each([
    ['what happend to bob barker', ['bob', 'barker']],
    ['why did the countries oppose it becuase of the cost', ['countries', 'oppose', 'cost']],
    ['accoring to barker, what was the show', ['barker', 'show']],
  ])('GIVEN "%s" THEN the mistyped frame word is not asked about', (question, asked) => {
    expect(words(question)).toEqual(asked);
  });

  it.each([
    ['What did Thera say?', 'thera'],
    ['what about the rally', 'rally'],
    ['who did they detain', 'detain'],
    ['and if that doesnt work?', 'doesnt'],
  ])('GIVEN "%s" THEN "%s" is still asked about (a name, or an English word the article lacks)', (question, word) => {
    expect(words(question)).toContain(word);
  });
});

describe('elidedSide: another side, asked by ellipsis', () => {
  it.each([
    ['and Chile?', ['chile']],
    ['what about the Chinese', ['chinese']],
    ['How about Moscow?', ['moscow']],
    ['Chile?', ['chile']],
    ['and the United States?', ['united', 'states']],
  ])('GIVEN "%s" THEN it names that side', (question, side) => {
    expect(elidedSide(question)).toEqual(side);
  });

  it.each(['and why?', 'and the dam?', 'what about the talks on Chile?', 'and Chile and Peru?'])('GIVEN "%s" THEN it names no side alone', (question) => {
    expect(elidedSide(question)).toBeUndefined();
  });
});

describe('parseQuestion: words that only frame a question', () => {
  const article = new Vocabulary(['The university\'s vice-chancellor, Professor Richard Hale, said he was disappointed.', 'Mr Hale said he would attend.']);

  it('GIVEN "who is Mr Hale?" THEN the title is no word to find, the name is', () => {
    for (const question of ['who is Mr Hale?', 'who is mr hale', 'what did Dr Hale say?']) {
      const tokens = parseQuestion(question, article).terms.map((t) => t.token);
      expect(tokens, question).toContain('hale');
      expect(tokens, question).not.toContain('mr');
      expect(tokens, question).not.toContain('dr');
    }
    // With no name after it, the word is what is asked about.
    expect(parseQuestion('what did the dr say?', article).terms.map((t) => t.token)).toContain('dr');
  });
});

describe('parseQuestion: hedges and words pointing at the story', () => {
  const article = new Vocabulary(['The highest offer was close to $3 million.', 'China has said its fishing boats obey international law.', 'The government will pay for the new dam.']);

  it('GIVEN "Roughly how much ...?" THEN the hedge is no word to find (it had been refused: "never mentions Roughly")', () => {
    expect(parseQuestion('Roughly how much was the highest offer?', article).terms.map((t) => t.token)).toEqual(['highest', 'offer']);
  });

  it('GIVEN "the issue", "the project" of an article that never uses the word THEN it names nothing to find', () => {
    expect(parseQuestion('What has China said about the issue?', article).terms.map((t) => t.token)).toEqual(['china']);
    expect(parseQuestion('Who is paying for the project?', article).terms.map((t) => t.token)).toEqual(['paying']);
    // An article that uses the word finds it.
    const saysIssue = new Vocabulary(['The Ukraine issue is not a China-US issue.']);
    expect(parseQuestion('What has China said about the issue?', saysIssue).terms.map((t) => t.token)).toContain('issue');
  });
});

describe('parseQuestion: "American" of an article naming the United States otherwise', () => {
  it('GIVEN "American regulators" of an article writing "the United States" THEN the country as it writes it', () => {
    const article = new Vocabulary(['In the United States, the National Highway Traffic Safety Administration told owners to stop driving.']);
    const tokens = parseQuestion('What have American safety regulators told drivers?', article).terms;
    expect(tokens.find((t) => t.token === 'states')?.known).toBe(true);
    expect(tokens.map((t) => t.token)).not.toContain('american');
  });

  it('GIVEN "the American firm" of an article writing "U.S. drugmaker" THEN no word to find, not "never mentions American"', () => {
    const article = new Vocabulary(['The ruling went against U.S. drugmaker Corvalis Therapeutics on its cancer drug.']);
    expect(parseQuestion('What does the American firm plan to do now?', article).terms.map((t) => t.token)).not.toContain('american');
    // An article that says "American" keeps the word.
    const saysIt = new Vocabulary(['The American firm said it would appeal.']);
    expect(parseQuestion('What does the American firm plan to do now?', saysIt).terms.map((t) => t.token)).toContain('american');
  });
});
