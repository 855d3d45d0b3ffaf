/**
 * "Has this happened before?" asked first, of the story itself, from the forty-ninth blind review, where each was
 * refused though the article's background tells the earlier occasion. The articles are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const WILDFIRE = [
  'Wildfire forces thousands to flee villages in central Portugal',
  'CASTELO BRANCO, Portugal (AP) — A wildfire driven by strong winds forced more than 3,000 people to leave their homes in central Portugal on Tuesday, civil protection officials said.',
  'About 900 firefighters and eight water-dropping planes were fighting the blaze, which had burned 4,000 hectares of pine and eucalyptus forest by the evening.',
  'Central Portugal has a grim history of summer fires. In June 2017, a fire in nearby Pedrógão Grande killed 66 people, many of them trapped in their cars on a road.',
  'Officials said no one had been hurt so far. The national weather service expects cooler air on Thursday.',
].join('\n\n');

const DOPING = [
  'Kenyan marathon winner provisionally banned after failed drug test',
  'NAIROBI, Kenya (AP) — The winner of this year’s Lisbon Marathon, Kenyan runner Peter Kiprono, has been provisionally banned after a failed drug test, the Athletics Integrity Unit said on Friday.',
  'Kiprono, 27, tested positive for a banned blood booster in a sample taken out of competition in March. He can ask for his B sample to be tested.',
  'Kenya has been under pressure over doping for years. In 2022, another Kenyan marathon runner was banned for eight years after testing positive for the same blood booster.',
  'Kiprono’s agent said the runner denied taking any banned substance.',
].join('\n\n');

const BRIDGE = [
  'New footbridge opens across the river in Ghent',
  'GHENT, Belgium (AP) — A new footbridge for cyclists and walkers opened across the Scheldt in Ghent on Saturday, the city said.',
  'The bridge cost 12 million euros and took two years to build. About 8,000 cyclists are expected to cross it every day.',
].join('\n\n');

const askFirst = (text: string, question: string) => createBriefingService(staticLibrary(ingestArticle(text, { source: 'story.txt', articleId: 'story' }))).ask(question);

describe('"has this happened before?" asked first', () => {
  it.each([
    ['has this happened before?'],
    ['has anything like this happened before'],
    ['portugal wildfire: has this happened before'],
  ])('GIVEN "%s" of a wildfire story THEN the background’s earlier fire answers, after the sentence introducing it', (question) => {
    const result = askFirst(WILDFIRE, question);
    expect(result.abstained, result.answer).toBe(false);
    expect(result.answer).toMatch(/Central Portugal has a grim history of summer fires\.[\s\S]*In June 2017, a fire in nearby Pedrógão Grande killed 66 people/);
  });

  it('GIVEN "is this the first time?" of a story whose headline names no event told again THEN the earlier occasion in the lead’s words answers', () => {
    const result = askFirst(DOPING, 'is this the first time?');
    expect(result.abstained, result.answer).toBe(false);
    expect(result.answer).toMatch(/In 2022, another Kenyan marathon runner was banned for eight years/);
  });

  it('GIVEN "has this happened before?" of a story telling of no earlier occasion (guard) THEN the bot says the article does not say', () => {
    const result = askFirst(BRIDGE, 'has this happened before?');
    expect(result.abstained, result.answer).toBe(true);
  });
});
