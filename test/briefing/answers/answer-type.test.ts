import { describe, expect, it } from 'vitest';
import { answersKind, countsAsked } from '../../../src/briefing/answers/answer-type.js';
import { parseQuestion } from '../../../src/briefing/answers/question.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { buildArticleIndex } from '../../../src/briefing/search/article-index.js';
import { articleService } from '../fixtures/article-service.js';

const text = ['Storm gathers strength', 'The storm now poses a threat to Cuba and to the coast of Florida.', 'Airlines have cancelled dozens of flights.'].join('\n\n');
const index = buildArticleIndex(ingestArticle(text, { source: 'storm.txt', articleId: 'storm' }));
const placeSentence = index.sentences.find((s) => s.sentence.text.startsWith('The storm now'));
const plainSentence = index.sentences.find((s) => s.sentence.text.startsWith('Airlines'));

describe('answersKind: whom something is done to', () => {
  it.each(['Who does the storm threaten?', 'Who is threatened by the storm?', 'According to forecasters, who does the storm threaten?', 'Who gets hurt by the storm?', 'who is it a threat to'])(
    'GIVEN "%s" THEN a sentence naming places holds the kind of answer asked for',
    (question) => {
      expect(placeSentence && answersKind(parseQuestion(question, index.vocabulary), placeSentence)).toBe(true);
    },
  );

  it.each(['Who is the forecaster?', 'Who said the storm was gaining strength?'])('GIVEN "%s" THEN a place is no answer: a person is asked for', (question) => {
    expect(placeSentence && answersKind(parseQuestion(question, index.vocabulary), placeSentence)).toBe(false);
  });

  it('GIVEN "Who does the storm threaten?" THEN a sentence naming nobody and nowhere does not hold it', () => {
    expect(plainSentence && answersKind(parseQuestion('Who does the storm threaten?', index.vocabulary), plainSentence)).toBe(false);
  });
});

describe('answersKind: a measure is not a count', () => {
  const bridge = ['Bridge falls', 'Survivor Gary Babineau said he had a 35-foot free fall when the deck gave way.'].join('\n\n');
  const bridgeIndex = buildArticleIndex(ingestArticle(bridge, { source: 'bridge.txt', articleId: 'bridge' }));
  const fall = bridgeIndex.sentences.find((s) => s.sentence.text.startsWith('Survivor'));

  it('GIVEN "How far did he fall?" THEN "a 35-foot free fall" holds the answer', () => {
    expect(fall && answersKind(parseQuestion('How far did Babineau fall?', bridgeIndex.vocabulary), fall)).toBe(true);
  });

  it('GIVEN "How many people died?" THEN "a 35-foot free fall" holds no count of them', () => {
    expect(fall && answersKind(parseQuestion('How many people died when the bridge fell?', bridgeIndex.vocabulary), fall)).toBe(false);
  });
});

describe('answersKind: a share is not a count', () => {
  const strike = ['Lecturers vote to strike', 'Members of the union backed strike action by 78% on a turnout of 61%, the union announced on Tuesday.', 'The walkouts would affect about 23,000 students, or 40 per cent of them.'].join('\n\n');
  const strikeIndex = buildArticleIndex(ingestArticle(strike, { source: 'strike.txt', articleId: 'strike' }));
  const vote = strikeIndex.sentences.find((s) => s.sentence.text.startsWith('Members'));
  const students = strikeIndex.sentences.find((s) => s.sentence.text.startsWith('The walkouts'));

  it('GIVEN "How many members does the union have?" THEN "by 78% on a turnout of 61%" counts no one', () => {
    expect(vote && answersKind(parseQuestion('How many members does the union have?', strikeIndex.vocabulary), vote)).toBe(false);
  });

  it('GIVEN "what share of members backed the strike?" or a count beside a share THEN the sentence holds it', () => {
    expect(vote && answersKind(parseQuestion('What percentage of members backed the strike?', strikeIndex.vocabulary), vote)).toBe(true);
    expect(students && answersKind(parseQuestion('How many students are affected?', strikeIndex.vocabulary), students)).toBe(true);
  });
});

describe('countsAsked: a figure of the very thing a "how many" question counts', () => {
  const blast = buildArticleIndex(
    ingestArticle(
      ['Pipeline blast', 'A gas pipeline exploded on Tuesday, killing four people.', 'In 2008, an explosion on another line destroyed a dozen houses.'].join('\n\n'),
      { source: 'blast.txt', articleId: 'blast' },
    ),
  );
  const people = new Set(['peopl', 'person']);
  const sentence = (start: string) => blast.sentences.find((s) => s.sentence.text.startsWith(start));

  it('GIVEN "killing four people" THEN it counts people; a year and "a dozen houses" do not', () => {
    const killing = sentence('A gas pipeline');
    const houses = sentence('In 2008');
    expect(killing && countsAsked(killing, people)).toBe(true);
    expect(houses && countsAsked(houses, people)).toBe(false);
  });

  it('GIVEN "How many people died in the explosion and how many others were hurt?" THEN the sentence counting the dead answers, not the one repeating "explosion"', () => {
    const answer = articleService(
      [
        'Pipeline blast',
        'A high-pressure gas pipeline exploded early Tuesday near the village of Stara Wola in central Poland, killing four people and forcing nearly 600 residents from their homes, emergency officials said.',
        'The blast happened at about 4:20 in the morning, when most residents were asleep, according to the regional fire service.',
        'Two of the dead were a married couple whose home stood about 150 meters from the pipeline, said a spokesman for the fire service.',
        'Crews shut off the flow of gas at two valve stations on either side of the rupture.',
        'The interior minister traveled to the scene in the afternoon and promised a full investigation.',
        'Residents said they had complained about the smell of gas for months.',
        'In 2008, an explosion on a different line near the town of Kolonia Debina destroyed a dozen houses, although no one was killed.',
      ],
      'blast',
    ).ask(
      'How many people died in the explosion and how many others were hurt?',
    );
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('killing four people');
  });
});

describe('"how long ago": any way of saying when', () => {
  it('GIVEN "how long ago did Yellen visit China?" THEN "just a few weeks ago" answers, though it gives no figure', () => {
    const answer = articleService(
      [
        'Blinken in China',
        'Secretary of State Antony Blinken arrived in China on Wednesday.',
        'Treasury Secretary Janet Yellen visited the country just a few weeks ago.',
        'Officials expect talks on trade and fentanyl.',
      ],
      'ago',
    ).ask('How long ago did Yellen visit China?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('just a few weeks ago');
  });
});

describe('"how long has ...": since when, or for how long', () => {
  const waiting = [
    'Doctors strike over pay',
    'Thousands of junior doctors walked out of hospitals on Monday at the start of a five-day strike.',
    'Jana Novak, whose husband’s hip operation was postponed on Sunday, said she supported the doctors.',
    '"He has been waiting since last fall," she said.',
  ];

  it('GIVEN "how long has her husband been waiting?" THEN "since last fall" answers, though it gives no figure', () => {
    const answer = articleService(waiting, 'waiting').ask('How long has Jana Novak’s husband been waiting for surgery?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('He has been waiting since last fall');
  });
});
