/**
 * "What did the mayor say?", "what did the president say?": a role the article gives one person stands for that
 * person, so the sentences naming them by name alone answer, and a holder the article never quotes is said to be so.
 */
import { describe, expect, it } from 'vitest';
import { articleService } from '../fixtures/article-service.js';

const bridgeArticle = [
  'City closes bridge after cracks found',
  'The city closed the Riverside Avenue Bridge on Thursday after inspectors found cracks in two steel girders.',
  'Mayor Denise Carter called the closure painful but necessary.',
  'City Engineer Marcus Bell said the largest crack was about 18 inches long.',
  '"Nobody wants this bridge open more than I do," Carter said on Friday.',
  'Ms Carter, 61, has led the city since 2019.',
  'The bill now goes to President Luis Ferreira, who has 20 days to sign it.',
  '"This is a fair repair plan," Commissioner Ray Duffield said.',
];

describe('a role standing for the one person the article gives it', () => {
  it('GIVEN "what did the mayor say?" THEN her words said under her name alone answer too', () => {
    const answer = articleService(bridgeArticle, 'bridge').ask('What did the mayor say?');
    expect(answer.answer).toContain('Mayor Denise Carter called the closure');
    expect(answer.answer).toContain('Nobody wants this bridge open more than I do');
  });

  it('GIVEN "how old is the mayor?" THEN her age, given under her name alone, answers', () => {
    expect(articleService(bridgeArticle, 'bridge').ask('How old is the mayor?').answer).toContain('Ms Carter, 61,');
  });

  it('GIVEN "what did the president say?" of a president the article only mentions THEN it says he is not quoted', () => {
    const answer = articleService(bridgeArticle, 'bridge').ask('What did the president say?');
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toBe('The article does not quote Luis Ferreira: it only mentions him.');
  });

  it('GIVEN a role of somewhere else, or another holder of it ("the president of Russia", "the former mayor") THEN the question is left as asked', () => {
    const service = articleService(bridgeArticle, 'bridge');
    expect(service.ask('Who is the president of Russia?').abstained).toBe(true);
    expect(service.ask('What did the former mayor say?').answer).not.toContain('Nobody wants this bridge open');
  });
});

describe('roles of a rescue: the pilot, the guide', () => {
  const rescue = [
    'Climber rescued from Himalayan peak',
    "Okonkwo-Reid had been descending from the summit with her Sherpa guide, Pemba Nuru Sherpa, on Wednesday when the route collapsed, officials said.",
    '"She was very calm, calmer than me. She refused to give up, even when the wind was so strong we could not hear each other," Pemba Nuru told CNN by phone.',
    'The successful flight was piloted by Captain Maurizio Bellandi, 52, an Italian who has flown rescue missions in the Himalayas for 14 years.',
    '"At that altitude the helicopter has almost no power left. You have one chance, maybe two," Bellandi said in a statement.',
    'Her husband, James Reid, flew to Kathmandu. In a post on social media, he thanked "the Sherpas, the pilots and every stranger who shared our story."',
  ];

  it('GIVEN "what did the pilot say?" of a flight "piloted by Captain Maurizio Bellandi" THEN his words answer, not a thanks to "the pilots"', () => {
    const answer = articleService(rescue, 'rescue').ask('what did the pilot say?');
    expect(answer.answer).toContain('"At that altitude the helicopter has almost no power left.');
    expect(answer.answer).not.toContain('he thanked');
  });

  it('GIVEN "what did the guide say?" THEN his quotation is quoted from its opening, not from "She refused to give up"', () => {
    const answer = articleService(rescue, 'rescue').ask('what did the guide say?');
    expect(answer.answer).toContain('"She was very calm, calmer than me. She refused to give up');
  });
});
