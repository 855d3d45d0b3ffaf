import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { articleService } from '../fixtures/article-service.js';
import { buildBriefing } from '../fixtures/briefing.js';
import { staticLibrary } from '../fixtures/static-library.js';

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


describe('ask: who said the words, where the quote names no one', () => {
  const strike = articleService(
    [
      'Staff strike over pay',
      'Lecturers at Northmoor University have begun an indefinite strike over pay.',
      'Tom Brennan, 21, a third-year history student, said he supported the lecturers but was worried about his dissertation. "I\'ve had two supervision meetings cancelled already," he said. "Everyone says they\'re on our side, but I\'m the one paying £9,250 a year."',
      'Tenor Rajesh Menon, 52, a GP who moved to the town in 2015, joined the staff choir at the rally. He sang the solo, which the union president, Aisha Okafor, singled out for praise.',
      'Ms Okafor said the branch was prepared to stay out "for as long as it takes".',
    ],
    'strike',
  );

  it('GIVEN "who said I\'m the one paying £9,250 a year?" of a quotation whose "says" is inside it THEN the sentence naming the student comes first', () => {
    const answer = strike.ask("who said I'm the one paying £9,250 a year");
    expect(answer.answer.startsWith('Tom Brennan, 21, a third-year history student')).toBe(true);
    expect(answer.answer).toContain("I'm the one paying £9,250 a year");
  });

  it('GIVEN "who sang the solo?" answered by "He sang the solo ..." THEN the sentence naming him comes first, not the person the clause names', () => {
    const answer = strike.ask('who sang the solo?');
    expect(answer.answer.startsWith('Tenor Rajesh Menon, 52')).toBe(true);
    expect(answer.answer).toContain('He sang the solo');
  });
});

describe('ask: who said the words, where a section opens with them', () => {
  // Sections as ingest may cut them: the speaker named at the end of one, her words opening the next.
  const weather = buildBriefing({
    articleId: 'fire',
    title: 'Wildfire forces evacuations',
    sections: [
      { title: 'Weather', paragraphs: [['Temperatures of 36 degrees are forecast for Wednesday.', 'Meteorologist Priya Raman said a cold front arriving over the weekend could bring relief but also erratic winds.']] },
      { title: 'Glenrosa Road', paragraphs: [['"The front is a double-edged sword," she said.', 'Residents of Glenrosa Road spent the night in their cars.']] },
    ],
    entities: [{ name: 'Priya Raman', kind: 'person', aliases: ['Raman', 'Meteorologist Priya Raman'], role: 'meteorologist' }],
  });

  it('GIVEN "who said the front is a double-edged sword?" THEN the sentence naming the meteorologist comes first', () => {
    const answer = createBriefingService(staticLibrary(weather)).ask('who said the front is a double-edged sword?');
    expect(answer.answer.startsWith('Meteorologist Priya Raman said a cold front')).toBe(true);
    expect(answer.answer).toContain('double-edged sword');
  });
});
