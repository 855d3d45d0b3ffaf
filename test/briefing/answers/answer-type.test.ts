import { describe, expect, it } from 'vitest';
import { answersKind } from '../../../src/briefing/answers/answer-type.js';
import { parseQuestion } from '../../../src/briefing/answers/question.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { buildArticleIndex } from '../../../src/briefing/search/article-index.js';

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
