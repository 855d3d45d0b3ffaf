import { describe, expect, it } from 'vitest';
import { speakerNear } from '../../../src/briefing/answers/speakers.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { buildArticleIndex } from '../../../src/briefing/search/article-index.js';
import { stem } from '../../../src/briefing/text/tokens.js';
import { articleService } from '../fixtures/article-service.js';

const text = [
  'Trade talks',
  'The Valmarese want more investment, the official explained, adding that Valmar wants engagement from foreign companies.',
  'The talks will go on next month, said Valmar foreign minister Ana Ruiz.',
  'Lorvia wants a deal soon, the envoy said, saying that Valmar had stalled for a year.',
].join('\n\n');
const index = buildArticleIndex(ingestArticle(text, { source: 'trade.txt', articleId: 'trade' }));
const sentence = (start: string) => {
  const found = index.sentences.find((s) => s.sentence.text.startsWith(start));
  if (!found) throw new Error(`no sentence starting "${start}"`);
  return found;
};
const valmar = new Set([stem('valmar')]);

describe('speakerNear: who speaks', () => {
  it('GIVEN "..., said Valmar foreign minister Ana Ruiz" THEN Valmar speaks', () => {
    expect(speakerNear(sentence('The talks will go on'), valmar)).toBe(true);
  });

  it('GIVEN "the official explained, adding that Valmar wants ..." THEN Valmar is what was said, not who said it', () => {
    expect(speakerNear(sentence('The Valmarese want'), valmar)).toBe(false);
  });

  it('GIVEN "the envoy said, saying that Valmar had stalled" THEN Valmar does not speak', () => {
    expect(speakerNear(sentence('Lorvia wants a deal'), valmar)).toBe(false);
    expect(speakerNear(sentence('Lorvia wants a deal'), new Set([stem('lorvia')]))).toBe(true);
  });
});

describe('speakerNear: a clause ending at the word, then another speaker', () => {
  const said = buildArticleIndex(
    ingestArticle(
      ['Icon returned', 'Papadaki is not related to the abbot, the ministry said.', 'The monastery will reopen, the abbot, Father Ioannis Papadakis, said on Sunday.'].join('\n\n'),
      { source: 'icon.txt', articleId: 'icon' },
    ),
  );
  const abbot = new Set([stem('abbot')]);
  it('GIVEN "... related to the abbot, the ministry said" THEN the abbot does not speak; "the abbot, Father Ioannis Papadakis, said" he does', () => {
    expect(speakerNear(said.sentences.find((s) => s.sentence.text.startsWith('Papadaki'))!, abbot)).toBe(false);
    expect(speakerNear(said.sentences.find((s) => s.sentence.text.startsWith('The monastery'))!, abbot)).toBe(true);
  });

  it('GIVEN "what did the abbot say?" THEN the abbot\'s words lead, not the ministry\'s about him', () => {
    const icon = articleService(
      [
        'Icon returned to monastery',
        'A 16th-century icon stolen in 1993 was returned to a monastery in northern Greece on Sunday.',
        '"For 32 years there was an empty space on this wall, and today it is filled," said the monastery\'s abbot, Father Ioannis Papadakis, 71.',
        'Papadaki is not related to the abbot, the ministry said.',
      ],
      'icon',
    );
    expect(icon.ask('what did the abbot say').answer).toMatch(/^"For 32 years there was an empty space/);
  });
});

describe('"did X say anything ...?"', () => {
  it('GIVEN "did Oakes say anything after the game?" THEN his words after the match answer, not another sentence naming him and matches', () => {
    const article = [
      'Club sacks manager',
      'Norbridge Town have sacked manager Graham Oakes after 14 months in charge, two days after a 4-0 home defeat by Millbrook Rovers.',
      'Speaking after the match, Mr Oakes admitted the performance had not been good enough but said he still believed he could turn the season around.',
      'Mr Whitlock, 44, played more than 200 games for the club as a defender between 2003 and 2011.',
      "He briefly took charge of two matches as caretaker in 2023 before Mr Oakes' predecessor, Alan Moody, was appointed.",
    ];
    const answer = articleService(article, 'said-anything').ask('did oakes say anything after the game');
    expect(answer.answer.startsWith('Speaking after the match, Mr Oakes admitted')).toBe(true);
  });
});

describe('a quotation closed with "she said" after the sentence naming her', () => {
  const marathon = [
    'Teacher wins marathon',
    "Grace Wanjiru won the Lakeshore Marathon, finishing 41 seconds ahead of Ethiopia's Tsige Alemu, the pre-race favourite.",
    '"I came here to run my best," Wanjiru said afterwards.',
    'Alemu made a move at 30km, but Wanjiru stayed with her. Alemu, 31, was gracious in defeat. "She was stronger today. I tried to break her, and she did not break. That is the marathon," she said through an interpreter.',
  ];

  it.each(['what did alemu say', 'what did tsige alemu say?'])('GIVEN "%s" THEN her quotation answers, whole and in order, not the sentences naming her', (question) => {
    const answer = articleService(marathon, 'marathon').ask(question);
    expect(answer.answer).toBe('"She was stronger today. I tried to break her, and she did not break. That is the marathon," she said through an interpreter.');
  });

  it('GIVEN a quotation after a sentence naming two people THEN it is not taken for either one\'s', () => {
    const answer = articleService(marathon, 'marathon').ask('what did wanjiru say');
    expect(answer.answer).toContain('I came here to run my best');
    expect(answer.answer).not.toContain('She was stronger today');
  });
});
