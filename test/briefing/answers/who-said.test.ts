import { describe, expect, it } from 'vitest';
import { articleService } from '../fixtures/article-service.js';

const text = [
  'Listeners defend the NHS',
  'Gareth in Hampshire has had a personal experience of the health system in the US. "I lived in the USA and the healthcare system is designed for the rich," he texted.',
  'John is a medical student at the University of Manchester. He thinks the adverts are just scare tactics. "The American adverts about our health service are just wrong," he said.',
  '"The health service in the UK is scored way higher than that of the US. You just need to watch the Michael Moore film Sicko to see that those adverts are hollow propaganda."',
];
const service = articleService(text, 'nhs');

describe('ask: who said it, when the quote gives only "he"', () => {
  it('GIVEN "who said ...?" answered by a quote ending "he texted" THEN the sentence naming him comes first', () => {
    const answer = service.ask('Who said the healthcare system is designed for the rich?');
    expect(answer.answer).toMatch(/^Gareth in Hampshire has had .* he texted\.$/);
  });

  it('GIVEN a quote running on over sentences, naming someone inside it THEN the speaker named before it is quoted first, not the person inside', () => {
    const answer = service.ask('Who said the adverts are hollow propaganda?');
    expect(answer.answer).toMatch(/^John is a medical student .* hollow propaganda\."$/);
  });

  it('GIVEN a question that is not "who" THEN the quote stands alone', () => {
    const answer = service.ask('What is the healthcare system in the USA designed for?');
    expect(answer.answer).not.toContain('Gareth');
  });
});

describe('ask: what someone said, reported and then quoted', () => {
  const flood = [
    'Floods hit Tewkesbury',
    'Rising water forced hundreds of people from their homes on Tuesday.',
    'Priya from Tewkesbury said she had woken at 3am to find water coming under her front door. "By the time I\'d got the kids upstairs it was up to my knees in the kitchen," she said.',
    'Cheltenham and Tewkesbury MP Laura Pike said she would be asking the government for emergency funding. "People here have been let down too many times," she said.',
  ];
  const floodService = articleService(flood, 'flood');

  it('GIVEN "what did Priya say?" answered by the sentence reporting her words THEN her quotation after it comes too', () => {
    const answer = floodService.ask('what did Priya say?');
    expect(answer.answer).toContain('woken at 3am');
    expect(answer.answer).toContain('up to my knees in the kitchen');
  });

  it('GIVEN "wat did the MP say" in an article saying "water" THEN "wat" is "what", and the MP\'s words answer', () => {
    const answer = floodService.ask('wat did the MP say');
    expect(answer.answer).toMatch(/^Cheltenham and Tewkesbury MP Laura Pike .* let down too many times," she said\.$/);
  });
});

