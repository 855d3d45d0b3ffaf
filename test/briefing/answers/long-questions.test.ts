/**
 * A long question asks in many words of its own: the passage that answers it need not repeat most of them.
 * A short one the passage barely touches is still refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleService, inventedArticle } from '../fixtures/article-service.js';
import { judgeAnswer } from '../../../src/briefing/answers/abstain.js';
import { parseQuestion } from '../../../src/briefing/answers/question.js';
import { rankSentences } from '../../../src/briefing/answers/rank.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { buildArticleIndex } from '../../../src/briefing/search/article-index.js';

const trialArticle = [
  'Former hospital chief jailed for fraud',
  'A court on Thursday sentenced Marc Delorme, the former head of a regional hospital network, to four years in prison for fraud.',
  'Prosecutors said he had moved money meant for new scanners into accounts he controlled.',
  'His former finance director, Sophie Lemaire, received a suspended sentence of 18 months after agreeing to cooperate with prosecutors.',
  'Delorme will remain free until his appeal is heard next year.',
];
const trial = () => articleService(trialArticle, 'trial');

describe('long questions in words of their own', () => {
  it('GIVEN "After hearing the ruling, is Delorme going to be taken into custody right away or stay out?" THEN his bail sentence answers', () => {
    const answer = trial().ask('After hearing the ruling, is Delorme going to be taken into custody right away or stay out?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Delorme will remain free until his appeal');
  });

  it('GIVEN a long question mostly in words the article never uses, two of its own among them THEN it is not refused as being about something else', () => {
    const answer = trial().ask('Where exactly did the diverted scanner cash supposedly end up, based on what the prosecution claims?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('into accounts he controlled');
  });

  it('GIVEN a long question for a figure the passage about it lacks THEN that passage is quoted, not refused', () => {
    const answer = trial().ask('How much money in total did Delorme move out of the scanner budget into his own accounts?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('moved money meant for new scanners');
  });

  it('GIVEN a long question naming a country the article calls otherwise ("Britain", "the UK") THEN a quote of another sentence may answer it; a short one still needs the country quoted', () => {
    const index = buildArticleIndex(
      ingestArticle(['The MMR vaccine was introduced in the UK in 1988.', 'A discredited study published in 1998 caused vaccination rates to fall sharply.'].join('\n\n'), { source: 'mmr.txt', articleId: 'mmr' }),
    );
    const judged = (text: string): boolean => {
      const question = parseQuestion(text, index.vocabulary);
      const study = rankSentences(index, question, undefined).find((r) => r.indexed.sentence.text.startsWith('A discredited study'));
      if (!study) throw new Error('the study sentence is not ranked');
      return judgeAnswer(index, question, [study], false).abstain;
    };
    expect(judged('How many years after the jab was introduced in Britain did the discredited study cause vaccination rates to fall?')).toBe(false);
    expect(judged('Did the discredited study cause vaccination rates to fall in Britain?')).toBe(true);
  });

  it('GIVEN a long question counting something the article never mentions ("how many barrels") THEN the article does not say', () => {
    const shipped = articleService([readFileSync(new URL('../../../data/000_78d76434cf3e539e.txt', import.meta.url), 'utf8')], 'shipped');
    expect(shipped.ask('How many barrels of oil does China buy from Iran each day?').abstained).toBe(true);
  });

  it('GIVEN a short question the passage touches as little ("Is Delorme staying out right away?") THEN the article does not say', () => {
    expect(trial().ask('Is Delorme staying out right away?').abstained).toBe(true);
  });
});

describe('questions of ten or eleven words', () => {
  const article = [
    'Tiger escapes from park',
    'A tiger named Koda escaped from a wildlife park near Halifax on Monday, police said.',
    'Walkers saw the animal in woods two miles away.',
    'Koda was returned to the park sleepy but unhurt, a keeper said.',
    'The roof of his enclosure will be replaced with steel.',
    'Police closed two roads and told residents to stay indoors.',
    'A helicopter with a thermal camera searched the woods overnight.',
    'The park reopened to visitors on Wednesday.',
    'Animal welfare groups said big cats need far more space.',
    'The park has kept tigers since 1998.',
    'Its owners said the storm had damaged several fences.',
    'Engineers will inspect every enclosure this week.',
    'Visitor numbers have doubled in five years.',
  ];
  const service = () => articleService(article, 'koda');

  it('GIVEN "What will happen to Koda now that he has been caught?" THEN half of it covered by his name answers: what became of him', () => {
    const answer = service().ask('What will happen to Koda now that he has been caught?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Koda was returned to the park sleepy but unhurt');
  });

  it('GIVEN a short question the article does not answer ("What did Koda eat?") THEN it is still refused', () => {
    expect(service().ask('What did Koda eat?').abstained).toBe(true);
  });
});

// Articles of the invented-news evaluation set, each with a question a passage in words of its own answers.
describe('long questions on invented news', () => {
  it.each([
    [
      'questions of eleven words: the passage on the harvest answers, though it shares few of its words',
      'synth-E-02',
      'Why are farm exporters worried about the timing of the strike?',
      "this year's harvest is due to start arriving at the port",
    ],
    [
      "a long question gets a second sentence when one scores near enough: the volunteer's description of the dog beside the sentence on her arrival",
      'synth-E-04',
      'What state was the dog in when she was brought to the shelter?',
      'badly underweight',
    ],
    [
      'a question of ten words gets a second sentence too: his own account beside the sentence making him the winner',
      'synth-U-04',
      'How did Kiprono learn that he had been made the winner?',
      'I found out on my phone',
    ],
    [
      'a two-part question one sentence answers whole: that sentence is quoted, though neither part alone finds it first',
      'synth-AR-04',
      'How long did the official mourning period last, and what was done on government buildings during it?',
      'The government declared 30 days of national mourning, during which flags flew at half-staff on public buildings.',
    ],
  ])('%s', (_title, id, question, expected) => {
    const answer = articleService([inventedArticle(id)], id).ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain(expected);
  });
});
