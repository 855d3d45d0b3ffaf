import { describe, expect, it } from 'vitest';
import { OTHER_LANGUAGE_REPLY, looksLikeOtherLanguage } from '../../../src/briefing/answers/language.js';
import { Vocabulary } from '../../../src/briefing/search/vocabulary.js';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { summitArticle } from '../fixtures/summit-article.js';
import { staticLibrary } from '../fixtures/static-library.js';

const vocabulary = new Vocabulary(['Fisheries minister Ana Costa arrived in Lisbon on Tuesday for talks on Atlantic fishing quotas.']);

describe('looksLikeOtherLanguage', () => {
  it.each(['¿Quién es Ana Costa?', 'Qui est Ana Costa ?', 'Quelle est la capitale de la France ?', 'Che cosa ha detto Costa?', 'Кто такая Ана Коста?', '科斯塔是谁'])(
    'GIVEN "%s" THEN another language',
    (question) => {
      expect(looksLikeOtherLanguage(question, vocabulary)).toBe(true);
    },
  );

  it.each(['whats the wether in lisbon', 'wat abt the quotas', 'idk tbh whats up w dinner', 'Zelensky Putin?', 'how tall is mount kilimanjaro', 'who is ana kosta', '🔥🔥🔥'])(
    'GIVEN "%s" (English, typos, unknown names or no words) THEN not another language',
    (question) => {
      expect(looksLikeOtherLanguage(question, vocabulary)).toBe(false);
    },
  );

  it('GIVEN an unanswered question in another language THEN the reply says the bot reads English, not which words are missing', () => {
    const answer = createBriefingService(staticLibrary(summitArticle())).ask('¿Cuál es la capital de Francia?');
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toBe(OTHER_LANGUAGE_REPLY);
    // Sections matched to Spanish words would be chance: none are offered.
    expect(answer.suggestions).toEqual([]);
    expect(createBriefingService(staticLibrary(summitArticle())).ask('What is the capital of France?').answer).toMatch(/^The article does not say/);
  });
});

describe('typos are English', () => {
  it.each(['wher was the bakpack found', 'how meny volunters were there', 'wat is the quotta for cod'])(
    'GIVEN "%s" (English function words and typos of English words) THEN not another language, whatever the article says',
    (question) => {
      expect(looksLikeOtherLanguage(question, vocabulary)).toBe(false);
    },
  );

  it.each(['Wer ist Ana Costa?', 'Quelle est la capitale de la France ?'])('GIVEN "%s" (no English function word) THEN still another language', (question) => {
    expect(looksLikeOtherLanguage(question, vocabulary)).toBe(true);
  });
});
