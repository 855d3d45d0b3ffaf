import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { summitArticle } from '../fixtures/summit-article.js';
import { articleService } from '../fixtures/article-service.js';
import { staticLibrary } from '../fixtures/static-library.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { shippedService } from '../../../scripts/eval/qa.js';

const service = () => createBriefingService(staticLibrary(summitArticle()));
/** A service over one article given as text, named `id`. */
const serviceOn = (text: string, id: string) => createBriefingService(staticLibrary(ingestArticle(text, { source: `${id}.txt`, articleId: id })));

describe('ask: question types', () => {
  it('GIVEN a "who is" question THEN quotes the sentence giving the role', () => {
    const answer = service().ask('Who is Erik Lund?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Spokesman Erik Lund');
    expect(answer.sources[0]?.sectionTitle).toBe('Norway');
  });

  it('GIVEN "who is X?" where X is named in many sentences THEN still finds the one giving the role', () => {
    const answer = shippedService().ask('who is blinken?');
    expect(answer.answer).toContain('US Secretary of State Antony Blinken arrived in China');
    expect(answer.answer).not.toContain('raise areas of concern with Blinken');
  });

  it('GIVEN a "when" question THEN prefers the sentence with a date', () => {
    expect(service().ask('When did Ana Costa arrive in Lisbon?').answer).toContain('Tuesday');
  });

  it('GIVEN a "where" question THEN answers with the place', () => {
    expect(service().ask('Where did the fishermen protest?').answer).toContain('harbour');
  });

  it('GIVEN a "why" question THEN quotes the reason', () => {
    expect(service().ask('Why did the fishermen protest?').answer).toContain('because they fear losing their jobs');
  });

  it('GIVEN a "how many" question THEN quotes the figure', () => {
    expect(service().ask('How many tonnes does Oslo want?').answer).toContain('40,000 tonnes');
  });

  it('GIVEN a question only a photo caption answers THEN quotes the caption', () => {
    const answer = service().ask('When did Costa greet delegates at the Belem Palace?');
    expect(answer.answer).toContain('March 3, 2024');
  });

  it('GIVEN typos in names and words THEN still finds the passage', () => {
    expect(service().ask('what did erik lnud say?').answer).toContain('open to compromise');
    expect(service().ask('fishermen protestors harbor').abstained).toBe(false);
  });

  it('GIVEN any answer THEN it is at most 700 characters and names its article', () => {
    const answer = service().ask('What are the talks about?');
    expect(answer.answer.length).toBeLessThanOrEqual(700);
    expect(answer.articleId).toBe('summit');
    expect(answer.articleTitle).toContain('Lisbon');
  });
});

describe('ask: abstention', () => {
  it.each([
    'What is the capital of Australia?',
    'What is the weather in Lisbon today?',
    'How much did the talks cost?',
    'Who is the president of France?',
    'What did he eat for dinner?',
    'When was Ana Costa born?',
    'how do i get a cod quota in the Atlantic',
    'where can i buy Atlantic cod',
  ])('GIVEN "%s" which the article does not answer THEN abstains plainly with suggestions', (question) => {
    const answer = service().ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toMatch(/^The article does not say/);
    expect(answer.sources).toEqual([]);
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it('GIVEN a long question whose subject is someone the article never names THEN abstains naming them', () => {
    const answer = service().ask('What did Prime Minister Jonas Gahr Store say about the Atlantic fishing quotas in Lisbon?');
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toContain('Jonas');
  });

  it('GIVEN a long question about the story with a name it lacks only as a detail, late THEN the passage is judged on the rest', () => {
    const answer = service().ask('How many tonnes of cod does Oslo want the quota to stay at despite pressure from Bragason?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('40,000 tonnes');
  });
});

describe('ask: a word the article lacks', () => {
  it('GIVEN a long question the article covers but for one word ("figure") THEN reads it as a paraphrase and answers', () => {
    const answer = service().ask('Which figure does Oslo want the cod quota to stay at in the Atlantic fishing talks?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('40,000 tonnes');
  });

  it('GIVEN a short question about a thing the article never mentions ("which hotel") THEN abstains naming it', () => {
    const answer = service().ask('Which hotel is Ana Costa staying at in Lisbon?');
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toContain('"hotel"');
  });
});

describe('ask: words news uses for what a question asks', () => {
  const derailment = () =>
    serviceOn(
      [
        'A freight train carrying fertilizer derailed Thursday night near the town of Alder, officials said.',
        'No one was killed. The two crew members walked away unhurt, the railroad said.',
        'Shares of the railroad fell 4% on Friday, and two masked intruders were seen on a security camera near the tracks.',
      ].join('\n\n'),
      'derailment',
    );

  it.each([
    ['Did anyone die?', 'No one was killed.'],
    ['was anyone hurt', 'walked away unhurt'],
    ['Did the stock go up or down?', 'Shares of the railroad fell 4%'],
    ['How many burglars were in the footage?', 'two masked intruders'],
  ])('GIVEN "%s" THEN the sentence saying it in other words answers', (question, expected) => {
    const answer = derailment().ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain(expected);
  });

  it('GIVEN a question about a thing the article never mentions THEN it still abstains', () => {
    expect(derailment().ask('What did the driver eat for lunch?').abstained).toBe(true);
  });

  const festival = () =>
    serviceOn(
      [
        'Dozens fall ill after festival meal',
        'More than 90 people were taken to hospital after eating at a village festival near Arles on Saturday, health officials said.',
        'The two men who died were aged 71 and 80, a hospital spokeswoman said.',
        'Police said the caterer could face charges of negligence.',
        'If convicted, the caterer faces up to three years in prison.',
        'The festival had been scheduled to run for three days, but organisers cancelled the rest of it.',
      ].join('\n\n'),
      'festival',
    );

  it.each([
    ['How old were the victims?', 'aged 71 and 80'],
    ['Could the caterer be prosecuted?', 'could face charges of negligence'],
    ['What sentence could the caterer get?', 'up to three years in prison'],
    ['How long was the festival planned to last?', 'scheduled to run for three days'],
  ])('GIVEN "%s" THEN the sentence saying it in words of its own (the dead, charges, prison, scheduled) answers', (question, expected) => {
    const answer = festival().ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain(expected);
  });

  it('GIVEN "What has the shipping firm offered to pay for?" THEN the company saying it would "cover the costs" answers', () => {
    const ferry = serviceOn(
      [
        'Ferry sinks off Mindoro',
        'A passenger ferry sank off the coast of Mindoro on Friday night, killing at least 31 people, the coast guard said.',
        'Coast guard spokesman Armand Dizon said 190 people had been rescued by navy ships and fishing boats, and that 17 were still missing.',
        'The ferry was carrying 212 passengers and 26 crew members when it began taking on water in rough seas.',
        'Its operator, Visayan Star Shipping Lines, said the vessel had passed a safety inspection in March.',
        'The company said it would cover the funeral costs of those who died.',
      ].join('\n\n'),
      'ferry',
    );
    const answer = ferry.ask('What has the shipping firm offered to pay for?').answer;
    expect(answer).toContain('cover the funeral costs');
    // The operator's name matches "shipping", but its sentence says nothing of paying.
    expect(answer).not.toContain('safety inspection');
  });

  it('GIVEN "How many people got sick?" THEN "got" is no word to find: the reply names only what is missing', () => {
    expect(festival().ask('How many people got sick?').answer).not.toContain('"got"');
  });

  it.each(['how did China respond?', 'what was beijing\'s reaction?'])('GIVEN "%s" asked first THEN the reaction news reports (a warning, a signal) answers', (question) => {
    const answer = shippedService().ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('unlikely to reverse its support for Moscow');
  });
});

describe('ask: a short quote goes on in its paragraph', () => {
  it('GIVEN a "why" answered by a short line THEN also quotes the next sentence of its paragraph', () => {
    expect(service().ask('Why would Norway not accept deeper cuts?').sources.map((s) => s.text)).toEqual([
      'Norway said it would not accept deeper cuts, the Norwegian delegation said.',
      'Oslo wants the quota to stay at 40,000 tonnes.',
    ]);
  });

  it('GIVEN "what did he mean when he said ..." THEN quotes the line and the sentence of its paragraph that explains it', () => {
    const answer = shippedService().ask('What did Blinken mean when he said Beijing cannot have it both ways?');
    expect(answer.answer).toContain('cannot have it both ways');
    expect(answer.answer).toContain('greatest threat to Europe');
  });

  it('GIVEN a long best sentence that answers on its own THEN quotes it alone', () => {
    expect(service().ask('Why did the fishermen protest?').sources).toHaveLength(1);
  });
});

describe('ask: counts and dates', () => {
  it('GIVEN "how many" of a thing and only a dated sentence about it THEN abstains: a date is no count', () => {
    expect(service().ask('How many delegates did Ana Costa greet at the Belem Palace?').abstained).toBe(true);
  });

  it('GIVEN "how long is she staying" and only dated sentences THEN abstains: a date is no length of time', () => {
    expect(service().ask('How long is Ana Costa staying in Lisbon?').abstained).toBe(true);
  });

  it('GIVEN "how many days will she stay" and only dated sentences THEN abstains: it asks a length of time too', () => {
    expect(service().ask('How many days will Ana Costa spend in Lisbon?').abstained).toBe(true);
  });

  it('GIVEN "how old" and no age or year beside the person THEN abstains', () => {
    expect(service().ask('How old is Ana Costa?').abstained).toBe(true);
  });

  it('GIVEN the answer closes a quote the sentence before opened THEN that sentence is quoted first, so the quote does not start midway', () => {
    const text = [
      'Quarterback suspended',
      'The league suspended quarterback Michael Vick on Friday.',
      '"Your admitted conduct was not only illegal, but also cruel and reprehensible. Your team and the fans have all been hurt by your actions," Commissioner Roger Goodell said in a letter to Vick.',
      'Vick will not be paid while suspended.',
    ].join('\n\n');
    const answer = serviceOn(text, 'goodell').ask('who is roger goodel?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^"Your admitted conduct was not only illegal/);
    expect(answer.answer).toContain('Commissioner Roger Goodell said');
  });

  it('GIVEN "who is Zarif?" and his role given of "he" after his first mention THEN that sentence answers, over the many naming him', () => {
    const text = [
      'Things you know about Zarif',
      'If you have been following the news, there are things you know about Mohammad Javad Zarif. He is, of course, the Iranian foreign minister.',
      '"Long live Zarif," crowds chanted as his car rolled down the street in Tehran.',
      'An internet search for Zarif and jovial yields thousands of results. "Iran never denied it," Zarif tweeted back.',
      'Zarif left the country in 1977 to study in San Francisco.',
    ].join('\n\n');
    expect(serviceOn(text, 'zarif').ask('who is zarif?').answer).toContain('He is, of course, the Iranian foreign minister.');
  });

  it('GIVEN a round-up country by country THEN a figure for a country it only mentions is not read from another country\'s sentence', () => {
    const text = [
      'Executions fall',
      'Executions fell worldwide last year, Amnesty International said on Wednesday.',
      'In Indonesia, authorities announced plans to execute drug traffickers. Six people have already been executed this year.',
      'Jordan ended a moratorium in December, putting 11 murder convicts to death.',
      'The Americas were execution-free, apart from the United States.',
    ].join('\n\n');
    const service = serviceOn(text, 'executions');
    expect(service.ask('how many people did the US execute?')).toMatchObject({ abstained: true, answer: 'The article does not say.' });
    expect(service.ask('how many people did Jordan execute?').answer).toContain('11 murder convicts');
    expect(service.ask('how many people did Indonesia execute?').answer).toContain('Six people');
  });

  it('GIVEN "how old was ane frank?" THEN the short misspelt word of the name is read beside the other, and answered', () => {
    const text = ['Anne Frank died earlier', 'Seventy years ago, Anne Frank died of typhus in a camp at the age of 15.', 'Her sister Margot Frank died days before her.'].join('\n\n');
    const answer = serviceOn(text, 'frank').ask('how old was ane frank?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('at the age of 15');
  });

  it('GIVEN "how long was she buried?" asked afresh THEN the sentence about a "her" comes before one about a "him"', () => {
    const text = [
      'Dog survives',
      'A cat in Tampa showed up alive in a yard five days after he was buried by his owner.',
      'Vets at the university hospital are treating injuries to the jaw and the legs.',
      'A stray dog was buried in a field by her finder, and she stayed there for four days before she dug out.',
    ].join('\n\n');
    const answer = serviceOn(text, 'buried').ask('how long was she buried?').answer;
    expect(answer).toMatch(/^A stray dog was buried/);
  });

  it('GIVEN a quotation splitting cut into several sentences THEN the answer quotes it whole, from its opening to its close', () => {
    const text = [
      'Noose found on campus',
      'Hundreds of people gathered at a forum on the chapel steps on Thursday.',
      '"You came here because you want to say with me, \'This is no campus we will accept. This is no campus we want. And this is not the campus we are here to create,\' " the university president, Richard Brodhead, told the crowd.',
      'The student will face a conduct review.',
      'That prompted Christine Pelosi to respond with a tweet of her own: "Thanks. The new year would be even sweeter if you ended the denial, sir."',
    ].join('\n\n');
    const service = serviceOn(text, 'forum');
    const brodhead = service.ask('what did Brodhead say?');
    expect(brodhead.answer).toMatch(/^"You came here because/);
    expect(brodhead.answer).toContain('told the crowd');
    const tweet = service.ask('what did Christine Pelosi tweet?');
    expect(tweet.answer).toContain('"Thanks.');
    expect(tweet.answer).toContain('even sweeter if you ended the denial');
  });

  it('GIVEN "who is the president of the ICC?" and only "a vice president of the ICC" named THEN the article does not say; the vice president is found', () => {
    const text = [
      'Palestine joins court',
      'The Palestinian Authority became the 123rd member of the International Criminal Court on Wednesday.',
      'Judge Kuniko Ozaki, a vice president of the ICC, said acceding to the treaty was just the first step.',
      'The court was set up in 2002 to prosecute war crimes.',
    ].join('\n\n');
    const icc = serviceOn(text, 'icc');
    expect(icc.ask('who is the president of the ICC?').abstained).toBe(true);
    expect(icc.ask('who is the vice president of the ICC?').answer).toContain('Kuniko Ozaki');
    // Asked as a bare office, the lesser one is still what is asked ("vice-chancellor" written with a hyphen too).
    expect(icc.ask('who is the vice president?').answer).toContain('Kuniko Ozaki');
    expect(icc.ask('who is the president?').abstained).toBe(true);
    // A rank is given by an ordinal.
    expect(icc.ask('what number member of the court is palestine?').answer).toContain('123rd member');
  });

  it('GIVEN "how old is Vick?" and his age in one of many sentences naming him THEN that sentence answers', () => {
    const text = [
      'Quarterback suspended',
      'The league suspended quarterback Michael Vick on Friday.',
      'Vick admitted funding the dog-fighting operation.',
      'Vick said he was sorry for his actions.',
      'Vick faces up to five years in prison.',
      'Team owners said Vick had let the fans down.',
      'Vick, 27, is due in a federal court in Richmond on Monday morning, where a judge will decide whether to accept the plea agreement he signed last week.',
      'Vick met league officials.',
      'Vick apologised.',
      'Vick stayed home.',
      'Fans booed Vick.',
      'Prosecutors said Vick and two others killed dogs.',
      'Vick will not be paid while suspended.',
    ].join('\n\n');
    const answer = serviceOn(text, 'vick').ask('how old is vick?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Vick, 27,');
  });

  it('GIVEN "how old was the bridge" and the year it opened THEN the sentence with that year answers (its age is counted from it)', () => {
    const text = [
      'Bridge inquiry',
      'Inspectors warned four years before a road bridge collapsed in central Poland that its cables were corroded.',
      'The commission said the bridge, which opened in 1978 and carried 9,000 vehicles a day, had not been designed for heavy traffic.',
    ].join('\n\n');
    const bridge = serviceOn(text, 'bridge');
    const answer = bridge.ask('How old was the bridge when it collapsed?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('opened in 1978');
  });

  it('GIVEN a body introduced by what it is ("the national roads agency, Invias") WHEN asked about "the roads agency" THEN a sentence naming Invias answers', () => {
    const text = [
      'Bridge checks ordered',
      'At least nine people were killed when a road bridge collapsed in Honda on Sunday, officials said.',
      'A 2021 report by the national roads agency, Invias, had recommended that the bridge be fully replaced within three years.',
      'A ministry spokesman said road maintenance spending had risen and that the bridge had been inspected in March.',
      'Invias said it would inspect all 46 bridges of a similar design across the country within a month.',
    ].join('\n\n');
    const roads = serviceOn(text, 'roads');
    expect(roads.ask('How many other bridges will the roads agency check?').answer).toContain('inspect all 46 bridges');
  });

  it('GIVEN an article naming Seoul and the UK WHEN asked about "South Korea" and "Britain" THEN it is not refused for names it does not know', () => {
    const text = [
      'Runner breaks record',
      'Alemu made her debut over the full marathon distance in Seoul in 2022, when she finished ninth.',
      'The MMR vaccine was introduced in the UK in 1988, and rates fell after 1998.',
      'The players have 21 days to appeal.',
    ].join('\n\n');
    const service = serviceOn(text, 'record');
    expect(service.ask('Where in South Korea did she run her first marathon?').answer).toContain('Seoul');
    expect(service.ask('When was the jab introduced in Britain?').answer).toContain('1988');
    expect(service.ask('How long do the players have to challenge the decision?').answer).toContain('21 days to appeal');
  });

  it('GIVEN "what time" and only a weekday THEN abstains: it asks the time of day', () => {
    expect(service().ask('What time did Ana Costa arrive in Lisbon?').abstained).toBe(true);
    expect(service().ask('What day did Ana Costa get to Lisbon?').answer).toContain('Tuesday');
  });

  it('GIVEN "how many years" THEN a dated sentence is the evidence', () => {
    expect(service().ask('How many years ago did Ana Costa greet delegates at the Belem Palace?').answer).toContain('March 3, 2024');
  });
});

describe('ask: measures and the article\'s own questions', () => {
  const bridge = [
    'Bridge gives way over the river',
    '"The whole deck gave way, from one side of the river to the other," survivor Gary Babineau told reporters. "I probably had a 30-, 35-foot free fall.',
    'Divers searched the water near the bridge on Thursday.',
    'Who was the engineer who last inspected the bridge?',
    'Reporting by the river desk.',
  ].join('\n\n');
  const bridgeService = () => serviceOn(bridge, 'bridge');

  it('GIVEN "how far did he fall" THEN the first-person sentence with the 35-foot fall is quoted', () => {
    expect(bridgeService().ask('How far did Gary Babineau fall when the bridge gave way?').answer).toContain('35-foot free fall');
  });

  it('GIVEN "how many people died" THEN "one side" and "a 35-foot fall" count no one: abstains', () => {
    expect(bridgeService().ask('How many people died when the bridge gave way?').abstained).toBe(true);
  });

  it('GIVEN a question the article asks in a paragraph of its own (a link) THEN it is no answer', () => {
    const answer = bridgeService().ask('What was the name of the engineer who last inspected the bridge?');
    expect(answer.abstained).toBe(true);
  });

  it('GIVEN an interview question sharing its paragraph with the reply THEN the exchange may be quoted', () => {
    const interview = ['Talk show host interviewed', 'King: Why did you agree to do a reality show? Gosselin: We needed the money for the twins.'].join('\n\n');
    const talk = serviceOn(interview, 'talk');
    const answer = talk.ask('Why did Gosselin agree to do a reality show?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('needed the money');
  });
});

describe('ask: which neighbourhood', () => {
  const city = ['Aid workers in Baghdad', 'Suha, 37, works with a team that pounds the streets of Baghdad looking for victims.', 'Her team meets every Monday to plan the week.'].join('\n\n');
  const cityService = () => serviceOn(city, 'baghdad');

  it('GIVEN "what neighborhood of Baghdad" and sentences naming only Baghdad THEN abstains', () => {
    expect(cityService().ask('what neighborhood of baghdad does Suha live in?').abstained).toBe(true);
  });
});

describe('ask: what something is called', () => {
  const report = [
    'Executions rise, report says',
    'Governments are using the threat of terrorism to advance executions, Amnesty International alleges in its annual report on the death penalty.',
    'The annual report catalogs the use of state killing across the globe.',
    'The report, "Death Sentences and Executions 2014," cites the example of Pakistan lifting a moratorium.',
    'While the report notes some encouraging signs, it also highlights a rise in death sentences.',
  ].join('\n\n');
  const reportService = () => serviceOn(report, 'report');

  it.each(['what is the report called?', "What is the title of Amnesty's report?", "what's the name of the report"])('GIVEN "%s" THEN the title in quotes is quoted', (question) => {
    expect(reportService().ask(question).answer).toContain('Death Sentences and Executions 2014');
  });
});

describe('ask: chat shorthand', () => {
  it('GIVEN "nukes?" THEN it reads as nuclear and finds the arsenal', () => {
    expect(shippedService().ask('nukes?').answer).toContain('nuclear arsenal');
  });
});

describe('ask: how many times', () => {
  it('GIVEN "how many times" and a sentence with an ordinal ("his second") THEN quotes it', () => {
    const answer = shippedService().ask('how many times has blinken been to china in the last year');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('his second');
  });

  it('GIVEN "how many times" with no time of its own THEN the sentence counting the visits in a word of its own ("The journey is his second") is found', () => {
    const answer = shippedService().ask('how many times has blinken been to china?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('The journey is his second');
  });
});

describe('ask: a name asked for', () => {
  it('GIVEN a question asking for a name the article gives THEN quotes the sentence naming them', () => {
    expect(service().ask("What is the name of Norway's spokesman?").answer).toContain('Erik Lund');
  });

  it('GIVEN a question asking for names the article never gives THEN abstains', () => {
    const answer = service().ask('What are the names of the scientists who warned about cod stocks?');
    expect(answer.abstained).toBe(true);
  });
});

describe('ask: a word the stemmer must not fold into an article word', () => {
  it('GIVEN "what about dinner?" and an article saying "much remains to be done" THEN abstains', () => {
    expect(shippedService().ask('what about dinner?').abstained).toBe(true);
  });

  it('GIVEN "super" and an article saying "supplies" THEN they do not meet, and an off-topic question abstains', () => {
    expect(shippedService().ask('who won the super bowl last year').abstained).toBe(true);
  });
});

describe('ask: a question mostly foreign to the article', () => {
  it('GIVEN three or more words the shipped article never uses, most of the question, THEN abstains', () => {
    const shipped = shippedService();
    expect(shipped.ask('Can you recommend a good dumpling restaurant in Beijing?').abstained).toBe(true);
    expect(shipped.ask('What goods is Beijing accused of supplying to Moscow?').answer).toContain('machine tools');
  });

  it('GIVEN "whats a good recipe for banana bread" (a request for a recommendation) THEN abstains, though "bread" is one letter from "break"', () => {
    const shipped = shippedService();
    expect(shipped.ask('Whats a good recipe for banana bread').abstained).toBe(true);
    expect(shipped.ask('What is a good way to describe relations now?').abstained).toBe(false);
  });
});

describe('ask: capitals and times', () => {
  it('GIVEN a capital the article never names ("Moscow" for an article saying "Russia") THEN answers about the country', () => {
    const text = [
      'Talks stall over grain exports',
      'Russia denied on Monday that it had blocked grain shipments from the Black Sea ports.',
      'Ukraine said the ships had been waiting for three weeks.',
      'Turkey offered to host a new round of talks in Istanbul.',
    ].join('\n\n');
    const grain = serviceOn(text, 'grain');
    const answer = grain.ask('What did Moscow deny?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Russia denied');
    expect(grain.ask('What did Paris say about the ships?').abstained).toBe(true);
  });

  it('GIVEN a question sharing only time words with the article ("last year") THEN abstains', () => {
    const text = [
      'Ports reopen after strike',
      'The ports reopened on Monday after a two-week strike by dock workers.',
      'Union leaders said the deal raised wages by four percent.',
      'Shipping firms had diverted dozens of vessels to other harbours.',
      'Last year the ports shipped a record harvest.',
      'Farmers welcomed the end of the dispute.',
    ].join('\n\n');
    const ports = serviceOn(text, 'ports');
    expect(ports.ask('who won the world cup last year').abstained).toBe(true);
    expect(ports.ask('What did the ports ship last year?').answer).toContain('record harvest');
  });

  it('GIVEN "what is X?" THEN quotes the sentence that says what X is, not only ones that mention it', () => {
    const text = [
      'Diarist died of typhus, research shows',
      'Seventy years ago, the diarist died of typhus in a camp at the age of 15.',
      'A deadly typhus outbreak caused thousands to die each day.',
      'Researchers said both sisters showed symptoms weeks before the camp was liberated.',
      'Typhus is an infectious disease caused by lice that breaks out in places with poor hygiene.',
    ].join('\n\n');
    const camp = serviceOn(text, 'camp');
    expect(camp.ask('What is typhus?').answer).toContain('an infectious disease caused by lice');
    expect(camp.ask("what's typhus").answer).toContain('an infectious disease caused by lice');
  });

  it('GIVEN everyday synonyms ("in a row" for "consecutive", "servant" for "domestic employee") THEN answers from the sentence that says it', () => {
    const text = [
      'Court acquits businessman',
      "The businessman's lawyer said the ruling of the high court would be welcomed across the country.",
      'His domestic employee remains in jail awaiting a second trial.',
      'The team has reached the tournament many times since its first appearance in 1990.',
      'This year the side qualified for a second consecutive time after a draw in the capital.',
    ].join('\n\n');
    const court = serviceOn(text, 'court');
    expect(court.ask("Where is the businessman's servant now?").answer).toContain('domestic employee');
    expect(court.ask('Has the team reached the tournament in a row?').answer).toContain('second consecutive time');
  });
});

describe('ask: bad input', () => {
  it('GIVEN an empty or blank question THEN throws a UserError', () => {
    expect(() => service().ask('   ')).toThrow(/empty/);
    expect(() => service().ask('<@U123> <!channel>')).toThrow(/empty/);
  });

  it('GIVEN only punctuation or emoji THEN abstains, saying there was nothing to look for', () => {
    for (const noise of ['?!?!…', '🤔🤔🔥']) {
      const answer = service().ask(noise);
      expect(answer.abstained).toBe(true);
      expect(answer.answer).toMatch(/^There are no words in that to look for/);
      // No words, nothing to find sections by: none are offered as "closest".
      expect(answer.suggestions).toEqual([]);
    }
  });

  it('GIVEN noise in the middle of a conversation (emoji, symbols, words the article lacks) THEN abstains instead of repeating the last topic', () => {
    const chat = service();
    const conversation = { conversationKey: 'noisy' };
    expect(chat.ask('Why did the fishermen protest?', conversation).abstained).toBe(false);
    for (const noise of ['🤔🤔🔥', '\u202e\u200b', '{"q": "x"}', 'SELECT * FROM users;']) {
      expect(chat.ask(noise, conversation).abstained, noise).toBe(true);
    }
    // A real follow-up still leans on the conversation.
    expect(chat.ask('Why did the fishermen protest?', conversation).abstained).toBe(false);
    expect(chat.ask('and what does Oslo want?', conversation).answer).toContain('40,000 tonnes');
  });

  it('GIVEN mention and markup syntax THEN neither echoes it nor pings anyone', () => {
    const answer = service().ask('<@U123> @everyone <b>why did the fishermen protest</b> <!here>');
    expect(answer.answer).toContain('because they fear');
    expect(answer.answer).not.toMatch(/@everyone|@here|<!|<@/);
    const abstained = service().ask('@everyone @here what is the capital of Peru?');
    expect(abstained.answer).not.toMatch(/@everyone|@here/);
  });

  it('GIVEN 10,000 characters THEN answers quickly without crashing', () => {
    const started = performance.now();
    const answer = service().ask('why did the fishermen protest '.repeat(340));
    expect(answer.answer.length).toBeLessThanOrEqual(700);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('GIVEN another language THEN abstains rather than guess', () => {
    expect(service().ask('¿Cuál es la capital de Francia?').abstained).toBe(true);
  });
});

describe('ask: "which X" asks for members of a kind', () => {
  it('GIVEN only a sentence that mentions the kind ("scientists warned") without naming one THEN abstains', () => {
    expect(service().ask('Which scientists warned about cod stocks?').abstained).toBe(true);
    expect(shippedService().ask('Which business leaders is Blinken meeting in Shanghai?').abstained).toBe(true);
  });

  it('GIVEN a sentence naming members after the kind ("Americans ..., notably Mark Swidan") THEN quotes it', () => {
    const answer = shippedService().ask('Which Americans has the State Department deemed wrongfully detained?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Mark Swidan');
  });

  it('GIVEN "which countries" THEN a sentence saying "the country\'s" of a country it named still answers', () => {
    expect(shippedService().ask('Which countries did Blinken visit?').answer).toContain('arrived in China');
  });

  it('GIVEN "what percentage of Americans" THEN the kind is not the thing asked for, and it answers', () => {
    expect(service().ask('What share of fishermen protested in the harbour?').abstained).toBe(false);
  });
});

describe('ask: a name typed in lower case', () => {
  it('GIVEN a lower-case word that is neither the article\'s nor English ("zelensky") THEN abstains naming it', () => {
    const answer = shippedService().ask("what does zelensky think about china's role");
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toContain('zelensky');
  });

  it('GIVEN typos of article words, contractions and English words THEN still answers', () => {
    const shipped = shippedService();
    expect(shipped.ask('what did blinkin say about semiconducters').answer).toContain('semiconductors');
    expect(shipped.ask("What happens if diplomatic pressure on Beijing doesn't work?").abstained).toBe(false);
  });
});

describe('ask: who holds an office', () => {
  it('GIVEN "who is Taiwan\'s incoming president?" and only "a new president that Beijing openly hates" THEN abstains', () => {
    const shipped = shippedService();
    expect(shipped.ask("Who is Taiwan's incoming president?").abstained).toBe(true);
    expect(shipped.ask('What is the name of the president of Taiwan?').abstained).toBe(true);
  });

  it('GIVEN the holder named beside the title THEN quotes that sentence', () => {
    expect(shippedService().ask('Who is the spokesman of the State Department?').answer).toContain('Matthew Miller');
  });

  it('GIVEN "who\'s the new president" in a thread about Taiwan THEN abstains; "who is the spokesman?" is answered', () => {
    const shipped = shippedService();
    const thread = { conversationKey: 'taiwan' };
    expect(shipped.ask('when is the Taiwan inauguration?', thread).answer).toContain('May 20');
    expect(shipped.ask("who's the new president", thread).abstained).toBe(true);
    expect(shipped.ask('who is the spokesman?').answer).toContain('Matthew Miller');
  });

  it('GIVEN "whos the new president", typed without the apostrophe, in a thread about Taiwan THEN abstains as well', () => {
    const shipped = shippedService();
    const thread = { conversationKey: 'taiwan' };
    expect(shipped.ask('What does the US say about Taiwan ahead of the inauguration?', thread).abstained).toBe(false);
    expect(shipped.ask("when's the inauguration", thread).answer).toContain('May 20');
    expect(shipped.ask('whos the new president', thread).abstained).toBe(true);
  });
});

describe('ask: a person asked about by title', () => {
  it('GIVEN "the secretary of state" (Blinken\'s title) THEN a sentence calling him "America\'s top diplomat" is about him', () => {
    expect(shippedService().ask('In which city did the secretary of state touch down first?').answer).toContain('landed in Shanghai');
  });
});

describe('ask: what people talked about', () => {
  it('GIVEN "what did Biden and Xi talk about?" and only "Biden and Xi speak on the phone" THEN abstains', () => {
    const shipped = shippedService();
    expect(shipped.ask('What did Biden and Xi talk about during their call?').abstained).toBe(true);
    expect(shipped.ask('What did Janet Yellen discuss in China?').abstained).toBe(true);
  });

  it('GIVEN a sentence naming what the person will discuss THEN quotes it', () => {
    expect(shippedService().ask('What will Blinken discuss with Chinese officials?').answer).toContain('fentanyl');
  });
});

describe('an age beside the name', () => {
  it('GIVEN "how old is Jenna Morrow?" THEN "Morrow, 34, said ..." answers first, over the sentence naming her in full', () => {
    const marathon = articleService(
      ['Teacher wins marathon', 'Grace Wanjiru won the Lakeshore Marathon on Sunday.', 'American Jenna Morrow was third in 2:23:10.', 'Alemu was gracious in defeat.', 'Morrow, 34, said she had never heard of the winner before the start.'],
      'marathon',
    );
    expect(marathon.ask('how old is jenna morrow').answer).toMatch(/^Morrow, 34,/);
  });
});
