import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../../src/briefing/answers/compound.js';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { summitArticle } from '../fixtures/summit-article.js';
import { articleService } from '../fixtures/article-service.js';
import { staticLibrary } from '../fixtures/static-library.js';

describe('splitCompound', () => {
  it.each([
    ['How old is she, and was she hurt?', ['How old is she', 'was she hurt?']],
    ['Who suspended Vick and for how long?', ['Who suspended Vick', 'for how long?']],
    ['Where were the polyps sent, and when are the results expected?', ['Where were the polyps sent', 'when are the results expected?']],
    ['How old was the victim, and in which town was he killed?', ['How old was the victim', 'in which town was he killed?']],
  ])('GIVEN "%s" THEN splits it into its two questions', (question, parts) => {
    expect(splitCompound(question)).toEqual(parts);
  });

  it.each(['Did Melgen and Menendez meet?', 'What did Costa and Lund say?', 'Who is Ana Costa?', 'and what about Norway?'])(
    'GIVEN "%s", one question with an "and" in it, THEN does not split it',
    (question) => {
      expect(splitCompound(question)).toBeUndefined();
    },
  );
});

describe('ask: a question of two parts', () => {
  const service = () => createBriefingService(staticLibrary(summitArticle()));

  it('GIVEN two questions joined by "and" THEN quotes the sentence answering each, in the order asked', () => {
    const answer = service().ask('Why did the fishermen protest, and what quota does Oslo want?');
    expect(answer.abstained).toBe(false);
    expect(answer.sources.map((s) => s.text)).toEqual([
      'Hundreds of fishermen protested in the harbour because they fear losing their jobs.',
      'Oslo wants the quota to stay at 40,000 tonnes.',
    ]);
  });

  it('GIVEN a second part that leans on the first ("what did she press for?") THEN answers it about the same person', () => {
    const answer = service().ask('When did Ana Costa arrive in Lisbon, and what will she press her counterparts to do?');
    expect(answer.answer).toContain('Tuesday');
    expect(answer.answer).toContain('cut the cod quota');
  });

  it('GIVEN a two-part "how many" question whose second part is not a figure THEN does not abstain for want of a number', () => {
    const answer = service().ask('How many tonnes does Oslo want, and is Norway open to compromise?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('40,000 tonnes');
    expect(answer.answer).toContain('open to compromise');
  });

  it('GIVEN a two-part question whose first part asks for something the article never names THEN still answers the part it holds', () => {
    const answer = service().ask('What was the outcome of the harbour protest, and on which day did Ana Costa arrive in Lisbon?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('on Tuesday');
  });

  it('GIVEN a one-part question asking for something the article never names THEN still abstains', () => {
    expect(service().ask('What was the outcome of the harbour protest?').abstained).toBe(true);
  });
});

describe('ask: a two-part question whose first part takes two sentences', () => {
  const text = [
    'Striker backs his team',
    'Didier Drogba is backing his Ivory Coast team to make history at the World Cup next year.',
    'Drogba is contemplating a big challenge by the Ivory Coast in South Africa.',
    'Ghana have also qualified from Africa, with three other places up for grabs in November.',
    'Drogba is one of several stars in the squad with Champions League experience.',
    'Barcelona midfielder Yaya Toure is anxious to erase memories of the 2006 finals.',
    'Coach Vahid Halilhodzic is also upbeat after seeing his side fight back from a goal down against Malawi on Saturday to seal qualification.',
    'The team finished top of African Group E, two points clear of Burkina Faso.',
  ].join('\n\n');

  it('GIVEN "Who coaches the Ivory Coast, and where did his team finish in its group?" THEN the coach and the group are both quoted', () => {
    const service = createBriefingService(staticLibrary(ingestArticle(text, { source: 'drogba.txt', articleId: 'drogba' })));
    const answer = service.ask('Who coaches the Ivory Coast, and where did his team finish in its group?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Coach Vahid Halilhodzic');
    expect(answer.answer).toContain('top of African Group E');
    expect(answer.answer.length).toBeLessThanOrEqual(700);
  });
});

describe('ask: a two-part question whose second part is best answered by the first part\'s sentence', () => {
  const text = [
    'Cattle tariff row',
    'JAKARTA -- Indonesia will impose tariffs of 25% on Australian live cattle starting next month, the trade ministry said.',
    'Graham Pike, chairman of the Northern Cattle Producers Group, said some of his members sell almost all of their animals to Indonesia.',
    '"If this goes ahead, there are families up here who will lose everything," he said.',
    'Australian officials said they would seek talks in Singapore.',
  ].join('\n\n');

  it('GIVEN "Who is Graham Pike and why is he worried?" THEN his role and the reason that follows are both quoted', () => {
    const service = createBriefingService(staticLibrary(ingestArticle(text, { source: 'cattle.txt', articleId: 'cattle' })));
    const answer = service.ask('Who is Graham Pike and why is he worried?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('chairman of the Northern Cattle Producers Group');
    expect(answer.answer).toContain('will lose everything');
  });
});

describe('ask: a two-part question whose second part asks a figure', () => {
  const paragraphs = [
    'Supermarkets fined over prices',
    'DUBLIN -- Ireland\'s competition watchdog on Monday fined three supermarket chains a combined 212 million euros for coordinating prices.',
    'Value Basket received the largest penalty, the watchdog said.',
    'The three chains together control about 58% of the Irish grocery market, according to industry figures.',
    'Consumer groups welcomed the fines.',
  ];

  it('GIVEN "Which chain got the largest penalty, and how much did the three grocery chains pay?" THEN the sentence giving the amount answers the second part, not the better match giving a share', () => {
    const service = articleService(paragraphs, 'fines');
    const answer = service.ask('Which chain got the largest penalty, and how much did the three grocery chains pay?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Value Basket received the largest penalty');
    expect(answer.answer).toContain('212 million euros');
  });
});

describe('ask: a two-part question the article answers only through the conversation', () => {
  it('GIVEN a turn on Taiwan WHEN asked "Who coaches the team, and where did it finish?" THEN the article does not say', () => {
    const shipped = readFileSync(new URL('../../../data/000_78d76434cf3e539e.txt', import.meta.url));
    const service = createBriefingService(staticLibrary(ingestArticle(shipped, { source: 'shipped.txt', articleId: 'shipped' })));
    expect(service.ask('what about taiwan?', { conversationKey: 'thread' }).abstained).toBe(false);
    const answer = service.ask('Who coaches the team, and where did it finish?', { conversationKey: 'thread' });
    expect(answer.abstained).toBe(true);
  });
});
