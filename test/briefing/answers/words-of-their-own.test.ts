/**
 * Readers ask in their own words: a noun for the article's verb ("the burial" / "will be buried"), a word for
 * the article's other word ("came ashore" / "made landfall"), a speaker by role ("according to the police
 * spokeswoman"). The passage in the article's words answers.
 */
import { describe, expect, it } from 'vitest';
import { articleService, inventedArticle } from '../fixtures/article-service.js';

const funeralArticle = [
  'Thousands mourn former president at state funeral',
  'Tens of thousands of mourners lined the streets of the capital on Saturday for the state funeral of former President Samuel Darko, who died last month at the age of 84.',
  'After the service, his body was flown to his hometown of Akropong, where he will be buried on Sunday in a private ceremony attended by family members.',
  'The government declared 30 days of national mourning.',
];
const courtArticle = [
  'Beekeepers win court fight over pesticide',
  'Beekeepers have won a High Court challenge against the government over a banned pesticide.',
  'The case was brought by the Beekeepers Alliance, who argued that the pesticide poses a serious risk to wild bees.',
  'The Expert Committee on Pesticides had advised against using it, citing the harm to rivers.',
  'The judge said ministers must now give lawful reasons for overruling their scientists.',
];
const stormArticle = [
  'Typhoon hits east coast',
  'Typhoon Soulan struck the east coast on Tuesday, killing at least four people and cutting power to 700,000 homes.',
  'The storm made landfall near the city of Yilan at about 9:20 a.m. local time, the weather agency said.',
  'Schools and offices were closed across the island.',
];

describe('questions in words of their own', () => {
  it('GIVEN "Where will the burial take place?" THEN the sentence saying where he will be buried answers, not a refusal', () => {
    const answer = articleService(funeralArticle, 'funeral').ask('Where will the burial take place, and who will be there?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('he will be buried on Sunday');
  });

  it('GIVEN "what was their argument?" and "what advice had the experts given?" THEN what they argued and advised answers', () => {
    const service = articleService(courtArticle, 'pesticide');
    expect(service.ask('Which group took the government to court, and what was their argument?').answer).toContain('who argued that the pesticide');
    expect(service.ask('What advice had the pesticide experts given?').answer).toContain('had advised against using it');
  });

  it('GIVEN "where did the typhoon first come ashore?" THEN the landfall sentence answers, not "never mentions ashore"', () => {
    const answer = articleService(stormArticle, 'typhoon').ask('Where and at what time did the typhoon first come ashore?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('made landfall near the city of Yilan');
  });
});

describe('answers attributed to a speaker given by role', () => {
  // An article of the invented-news evaluation set: four inmates escape a prison near Pretoria.
  const article = inventedArticle('synth-K-08');

  it('GIVEN "..., according to the police spokeswoman?" THEN what the spokeswoman said is quoted, not only the lead about the escape', () => {
    const answer = articleService([article], 'manhunt').ask('What should people do if they see the escaped prisoners, according to the police spokeswoman?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('should not approach them');
  });
});
