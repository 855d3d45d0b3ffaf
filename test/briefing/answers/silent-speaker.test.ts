import { describe, expect, it } from 'vitest';
import { articleService } from '../fixtures/article-service.js';

const text = [
  'US critics attack the NHS',
  "It's all part of a backlash against Barack Obama's planned changes to the US health system.",
  'Fiona from Derby says the NHS saved her life. "I almost died of Hodgkin\'s Lymphoma aged 20," she said.',
  'But Andrew from Rochester in Kent agrees with Sarah Palin.',
  'He said: "The NHS should be scrapped."',
  'Mike in Dundee thinks these are American fear tactics. Obama has argued for a public option before.',
];
const service = articleService(text, 'nhs');

describe('ask: what a person only mentioned said', () => {
  it('GIVEN "What did Sarah Palin say?" of an article quoting a man who agrees with her THEN it says she is not quoted, not his words', () => {
    for (const question of ['What did Sarah Palin say?', 'what did palin say', 'What exactly did Sarah Palin say about the NHS?', 'what did Palin herself say?']) {
      const answer = service.ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.answer, question).toBe('The article does not quote Sarah Palin: it only mentions her.');
    }
  });

  it('GIVEN people who speak, or argue, in the article THEN what they said is quoted', () => {
    const andrew = service.ask('What did Andrew say?');
    expect(andrew.abstained).toBe(false);
    expect(andrew.answer).toContain('The NHS should be scrapped');
    expect(service.ask('What did Fiona say?').answer).toContain('I almost died');
    // "Obama has argued ...": he says something, so the question is answered, not refused.
    expect(service.ask('What did Obama say?').abstained).toBe(false);
  });
});

describe('ask: a person mentioned before someone else speaks', () => {
  it('GIVEN a mention followed by another person\'s words THEN those words are not taken for the first person\'s', () => {
    const article = [
      'Parliament passes pension bill',
      'Parliament passed the pension bill on Thursday.',
      'It now goes to President Luis Ferreira, who has 20 days to sign it.',
      'Prime Minister Sofia Marques said the changes were needed to keep the system solvent.',
    ];
    const answer = articleService(article, 'pensions').ask('What did Ferreira say?');
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toBe('The article does not quote Luis Ferreira: it only mentions him.');
    expect(articleService(article, 'pensions').ask('What did Marques say?').answer).toContain('the changes were needed');
  });
});

describe('ask: a role word in a silent person\'s alias', () => {
  it('GIVEN "FTX founder Sam Bankman-Fried" mentioned once WHEN asked what the founder said THEN the story\'s founder is quoted, not refused as Bankman-Fried', () => {
    const article = [
      'Crypto exchange collapses',
      'Kairo, a crypto exchange founded by Daniel Ong, froze withdrawals on Monday.',
      'In a video posted on Wednesday, Ong apologized to customers and said he was working to recover funds.',
      'Analysts compared the collapse with that of FTX, whose founder Sam Bankman-Fried was convicted of fraud.',
      'Analyst Wei Lin Tan said the industry had learned little.',
    ];
    const answer = articleService(article, 'kairo').ask('What did the founder say in his video?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Ong apologized to customers');
  });
});
