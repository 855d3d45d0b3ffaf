/**
 * Questions about a side's view ("how does Valmar view the dam?"), about what was said on an occasion ("what
 * did they discuss on the call?"), and about people by surname when the article names them in full once.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { shippedService } from '../../../scripts/eval/qa.js';
import { articleService } from '../fixtures/article-service.js';
import { staticLibrary } from '../fixtures/static-library.js';

const damArticle = [
  'Dam talks stall',
  'Lorvia has pressed ahead with the dam on the Tessa river, which critics say will flood farms downstream in Valmar.',
  'The dam has divided the two governments for a decade, and the dispute now overshadows their trade talks.',
  'A Valmar foreign ministry official signaled on Tuesday that the government would not drop its case at the water court. The dam is not a bilateral matter but a regional one, the official said.',
  'Finance chief Mara Olsen visited the dam site on Monday.',
  'Engineers expect the reservoir to fill within two years.',
].join('\n\n');
const dam = () => createBriefingService(staticLibrary(ingestArticle(damArticle, { source: 'dam.txt', articleId: 'dam' })));

describe("a side's view is what that side said", () => {
  it.each(['How does Valmar view the dam?', "What is Valmar's position on the dam?", 'How does Valmar describe the dam?'])(
    'GIVEN "%s" THEN the Valmar official\'s words answer, not the narration naming Valmar',
    (question) => {
      const answer = dam().ask(question);
      expect(answer.abstained).toBe(false);
      expect(answer.answer).toContain('not a bilateral matter but a regional one');
      expect(answer.answer).not.toContain('Lorvia has pressed ahead');
    },
  );

  it('GIVEN a side that is seen ("critics see Valmar stalling") and a side that speaks THEN only the speaking side holds the view', () => {
    const article = [
      'Dam row deepens',
      'Critics see Valmar stalling the dam talks while the water court delays its ruling.',
      'The reservoir would flood three villages. Farmers downstream fear for their wells. Fishing boats have already left the river.',
      'The dam talks are a regional matter, not a bilateral one, a Valmar official said on Tuesday.',
    ];
    const service = articleService(article, 'row');
    const answer = service.ask("What is Valmar's view on the dam talks?").answer;
    expect(answer).toContain('a regional matter, not a bilateral one');
    expect(answer).not.toContain('Critics see Valmar');
  });

  it('GIVEN the shipped article WHEN asked how Beijing sees Ukraine and the US THEN the Chinese official is quoted', () => {
    expect(shippedService().ask("What's China's position on Ukraine as a topic between it and the US?").answer).toContain(
      'The Ukraine issue is not a China-US issue',
    );
  });
});

describe('what was said on an occasion the article only mentions', () => {
  it.each([
    'what did biden and xi discuss on their phone call',
    'What did Yellen and the Chinese agree on during her trip?',
  ])('GIVEN the shipped article WHEN asked "%s" THEN the article does not say', (question) => {
    expect(shippedService().ask(question).abstained).toBe(true);
  });

  it('GIVEN a thread about Biden and Xi talking WHEN asked "what did they discuss on the call?" THEN the article does not say', () => {
    const service = shippedService();
    const talked = service.ask('Have Biden and Xi talked recently?', { conversationKey: 'call' });
    expect(talked.abstained).toBe(false);
    expect(service.ask('what did they discuss on the call?', { conversationKey: 'call' }).abstained).toBe(true);
  });

  it('GIVEN the shipped article WHEN asked what Blinken will discuss THEN the topics are quoted', () => {
    expect(shippedService().ask('What will Blinken discuss with the Chinese?').answer).toContain('fentanyl precursor chemicals');
  });
});

describe('people asked about by surname', () => {
  it('GIVEN a person named in full once WHEN asked about by surname THEN the question is about that person', () => {
    const answer = dam().ask('What did Olsen and the engineers agree on during her visit?');
    expect(answer.abstained).toBe(true);
    expect(dam().ask('When did Olsen visit the dam?').answer).toContain('on Monday');
  });
});

describe('names and members the article does not give', () => {
  it('GIVEN a long "what is ... called?" WHEN the sentence names nothing THEN the article does not say', () => {
    expect(shippedService().ask('What is the missile system the US put in the Philippines called?').abstained).toBe(true);
  });

  it('GIVEN a country the article names only by its adjective ("Japanese") THEN the quote must hold the adjective', () => {
    const trip = shippedService().ask('Can you help me plan a trip to Japan?');
    expect(trip.abstained).toBe(true);
    expect(trip.answer).toContain('"Japan"');
    expect(shippedService().ask('What did Biden do with Japan?').answer).toContain('Filipino and Japanese counterparts');
  });

  it('GIVEN "which Americans ..." THEN the sentence naming Americans answers, not one about American companies', () => {
    const answer = shippedService().ask('Which Americans held in China are mentioned in the article?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Mark Swidan');
  });

  it('GIVEN "which" later in the question ("US sanctions on which chinese companies?") THEN the article does not say which', () => {
    expect(shippedService().ask('US sanctions on which chinese companies exactly?').abstained).toBe(true);
  });

  it('GIVEN "which business executives" WHEN the article says only "business leaders" THEN the article does not say which', () => {
    expect(shippedService().ask('Which business executives is Blinken meeting in Shanghai?').abstained).toBe(true);
  });
});

describe('someone other than the person the article is about', () => {
  it('GIVEN "which other US cabinet official visited China recently?" THEN the other visitor is named, not Blinken', () => {
    const answer = shippedService().ask('Which other US cabinet official visited China recently?');
    expect(answer.answer).toContain('Janet Yellen visited the country');
  });

  it('GIVEN "has any other US official been to China recently?" THEN the other visitor is named, as for "which other"', () => {
    expect(shippedService().ask('Has any other US official been to China recently?').answer).toContain('Janet Yellen visited the country');
  });
});

describe('questions in simple, non-native English', () => {
  it.each([
    'Chinese foreign ministry official who speak on Tuesday, what is his name?',
    'the senior state department official, what is the name?',
    'what is name of chinese foreign minister he will meet?',
    'what yellen discuss in china on her visit?',
  ])('GIVEN "%s", which the article does not answer THEN it says so', (question) => {
    expect(shippedService().ask(question).abstained).toBe(true);
  });

  it('GIVEN "how many time ..." in the singular THEN it counts occasions like "how many times"', () => {
    expect(shippedService().ask('how many time blinken come to china in one year?').answer).toContain('is his second');
  });

  it('GIVEN "who is the chinese leader" THEN the office is answered with its holder', () => {
    expect(shippedService().ask('who is the chinese leader').answer).toContain('Chinese leader Xi Jinping');
  });

  it('GIVEN "what blinkin mean with china cannot have it both ways" THEN the sentence explaining it joins the quote', () => {
    expect(shippedService().ask('what blinkin mean with china cannot have it both ways').answer).toContain('fueling the greatest threat to Europe');
  });
});

describe('requests for the bot to make something the article does not hold', () => {
  it.each(['can you recomend good restaurant in shanghai?', 'give me some tips for job interview', "write me a haiku about Blinken's trip"])(
    'GIVEN "%s" THEN the article does not say, naming what was asked for',
    (question) => {
      const answer = shippedService().ask(question);
      expect(answer.abstained).toBe(true);
      expect(answer.answer).toMatch(/never mentions "(?:recomend|tips|haiku)"/);
    },
  );

  it.each(['Can you tell me about Taiwan?', 'could you summarize the article?'])('GIVEN "%s", a request about the article THEN it is answered', (question) => {
    expect(shippedService().ask(question).abstained).toBe(false);
  });
});

describe('people asked about by an epithet the article uses', () => {
  const visit = [
    'Minister in Karvia',
    'Foreign minister Lotte Brandt arrived in Karvia on Monday for two days of talks.',
    "Europe's top diplomat has landed in the capital, where she is expected to meet ministers.",
    'The talks are expected to be difficult, officials said on Sunday.',
  ];
  const service = () => articleService(visit, 'visit');

  it("GIVEN \"Europe's top diplomat\" for the minister WHEN asked what day Europe's top diplomat got there THEN the sentence naming her gives the day", () => {
    const answer = service().ask("What day did Europe's top diplomat arrive?");
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('arrived in Karvia on Monday');
  });
});

describe('what one side wants another to do', () => {
  const article = [
    'Dam talks resume',
    'Valmar wants more investment in the dam region and a stable currency, its finance minister said.',
    'Farmers downstream fear for their wells. Fishing boats have already left the river. The reservoir would flood three villages.',
    'Lorvia will argue that Valmar should open the dam gates in dry months, a Lorvian official said.',
    'The talks resume on Friday.',
  ];
  const service = () => articleService(article, 'gates');

  it('GIVEN "what does Lorvia want Valmar to do about the dam?" THEN what Valmar should do is quoted, not what Valmar wants', () => {
    const answer = service().ask('What does Lorvia want Valmar to do about the dam?').answer;
    expect(answer).toContain('should open the dam gates');
    expect(answer).not.toContain('Valmar wants more investment');
  });
});

describe('what one side accuses another of', () => {
  const article = [
    'Dam row deepens',
    'Lorvia has pressed ahead with the dam on the Tessa river.',
    'Relations have improved since the spring summit, but serious problems remain, a Valmar foreign ministry official said on Tuesday.',
    'Lorvia stubbornly ignores the water treaty and keeps taking more than its share of the river. We firmly oppose this, the official said.',
    'Engineers expect the reservoir to fill within two years.',
    "At a briefing on Tuesday, Valmar's foreign ministry official accused Lorvia of pressuring its neighbours to back the dam.",
  ];
  const service = () => articleService(article, 'accuse');

  it('GIVEN "what does Valmar\'s foreign ministry accuse Lorvia of?" THEN the ministry\'s words with Lorvia as subject come first', () => {
    expect(service().ask("What does Valmar's foreign ministry accuse Lorvia of?").answer).toMatch(/^Lorvia stubbornly ignores the water treaty/);
  });

  it('GIVEN "what does Valmar accuse Lorvia of doing with its neighbours?" THEN the accusation about the neighbours is quoted', () => {
    expect(service().ask('What does Valmar accuse Lorvia of doing with its neighbours?').answer).toContain('pressuring its neighbours to back the dam');
  });
});

describe('whether something has happened before', () => {
  const article = [
    'Tiger escapes from zoo',
    'A tiger escaped from a zoo in eastern Germany on Sunday and roamed fields for six hours before a vet darted it, police said.',
    'The animal welfare group Zoo Watch said the escape showed that big animals should not be kept in small zoos.',
    'Zoo staff said the animal made its escape after a storm brought down a tree against the fence.',
    'It was not the first escape at the zoo.',
    'In 2017, two wolves got out through a damaged fence and were caught the same day.',
  ];

  it('GIVEN "has an animal ever escaped from the zoo before?" THEN "not the first escape" answers it, over sentences only repeating its words', () => {
    const answer = articleService(article, 'escape').ask('Has an animal ever escaped from the zoo before?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('It was not the first escape at the zoo.');
  });
});

describe('what a side said about the last answer', () => {
  const article = [
    'Missiles deployed',
    'Beijing said on Monday that trade talks with Washington would resume next month.',
    'The United States deployed a land attack missile system in the Philippines.',
    "China's foreign ministry called the deployment a provocation that threatens the region.",
    'Manila has held joint exercises with its treaty ally for years.',
    'Chinese officials said in March that the talks on the South China Sea had stalled.',
  ];

  it('GIVEN "what did china say about that" after an answer THEN the reaction quoted right after that answer comes first', () => {
    const service = articleService(article, 'missiles');
    expect(service.ask('What did the US deploy in the Philippines?', { conversationKey: 't' }).answer).toContain('land attack missile system');
    expect(service.ask('what did china say about that', { conversationKey: 't' }).answer).toMatch(/^China's foreign ministry called the deployment a provocation/);
  });
});
