/**
 * A person the article names only in a list ("notably Tobias Renner, Anna Falk and Lena Vogt") is known only
 * by what the list says of them all: who they are, not why any one of them was held.
 */
import { describe, expect, it } from 'vitest';
import { articleService } from '../fixtures/article-service.js';

const heldArticle = [
  'Envoy to press Karvia on detained citizens',
  'Envoy Lotte Brandt arrived in Karvia on Monday for two days of talks on trade and security.',
  'She is also expected to raise the cases of citizens barred from leaving Karvia, notably Tobias Renner, Anna Falk and Lena Vogt.',
  'Journalist Pieter Hald was detained in March after reporting on the port strike, his editor said.',
  'Karvia says the port strike was organised from abroad.',
];
const held = () => articleService(heldArticle, 'held');

describe('a person named only in a list', () => {
  it.each(['Why was Anna Falk detained?', 'why is lena vogt not allowed to leave'])(
    'GIVEN "%s" THEN the article does not say, and says why: the list gives no one reason of their own',
    (question) => {
      const answer = held().ask(question);
      expect(answer.abstained).toBe(true);
      expect(answer.answer).toMatch(/^The article does not say: it names (?:Anna Falk|Lena Vogt) only in a list, with others\.$/);
    },
  );

  it('GIVEN "What is Tobias Renner accused of?" THEN the article does not say', () => {
    expect(held().ask('What is Tobias Renner accused of?').abstained).toBe(true);
  });

  it.each(['Who is Anna Falk?', 'Is Tobias Renner barred from leaving Karvia?'])('GIVEN "%s" THEN the list sentence answers', (question) => {
    const answer = held().ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('notably Tobias Renner, Anna Falk and Lena Vogt');
  });

  it('GIVEN a person the article tells of on their own WHEN asked why THEN their sentence answers', () => {
    const answer = held().ask('Why was Pieter Hald detained?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('after reporting on the port strike');
  });
});
