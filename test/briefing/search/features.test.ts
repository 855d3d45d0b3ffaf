import { describe, expect, it } from 'vitest';
import { givesDurationBesidesRates, sentenceFeatures } from '../../../src/briefing/search/features.js';

describe('sentenceFeatures: what a sentence can answer', () => {
  it.each([
    'That same year, the sisters were sent to Bergen-Belsen.',
    'Results are expected in two to three days.',
    'The board met again the following week.',
    'He left office in September 2013.',
    'Pressure on the island has grown in recent years.',
    'Over the past few weeks, prices rose sharply.',
    'Xi made commitments on both during his meeting with Biden.',
    'If the court does not block it, construction could begin next spring.',
    'At the beginning of May, the minister said people had a duty to download the app.',
    'The app should be ready by mid-May.',
  ])('GIVEN "%s" THEN it can answer a "when" question', (text) => {
    expect(sentenceFeatures(text).hasDate).toBe(true);
  });

  it.each(['The committee met to discuss the plan.', 'Two sides still disagree.', 'The meeting with Biden covered both.', 'Officials said that in May have some doubts, and by May be wrong.'])('GIVEN "%s" THEN it holds no time', (text) => {
    expect(sentenceFeatures(text).hasDate).toBe(false);
  });

  it.each(['Keaveney blamed the closure on rising costs.', 'The airline cancelled 40 flights, citing a shortage of pilots.', 'Ten days of heavy rain had most likely triggered the slide.', 'The fire was caused by a faulty cable.'])('GIVEN "%s" THEN it gives a reason', (text) => {
    expect(sentenceFeatures(text).hasReason).toBe(true);
  });

  it('GIVEN blame with no cause after it THEN it gives no reason', () => {
    expect(sentenceFeatures('Nobody was blamed.').hasReason).toBe(false);
  });

  it('GIVEN a date or a year THEN it holds a number but no count', () => {
    const dated = sentenceFeatures('Costa greets delegates in Lisbon, March 3, 2024.');
    expect(dated.hasNumber).toBe(true);
    expect(dated.hasCount).toBe(false);
    expect(sentenceFeatures('China has 500 warheads, up from 400 in 2023.').hasCount).toBe(true);
  });

  it('GIVEN an ordinal THEN it counts occasions; a plain sentence holds none', () => {
    expect(sentenceFeatures('The journey is his second to the country in a year.').hasOrdinal).toBe(true);
    expect(sentenceFeatures('It was the 3rd time they met.').hasOrdinal).toBe(true);
    expect(sentenceFeatures('The committee met to discuss the plan.').hasOrdinal).toBe(false);
  });

  it('GIVEN a time of day THEN it answers "what time"; a weekday does not', () => {
    expect(sentenceFeatures('The crash occurred about 6:45 p.m. at the range.').hasClockTime).toBe(true);
    expect(sentenceFeatures('They met on Wednesday morning.').hasClockTime).toBe(true);
    expect(sentenceFeatures('He arrived in China on Wednesday.').hasClockTime).toBe(false);
  });

  it('GIVEN an age THEN it answers "how old"; a count of days does not', () => {
    for (const text of ['Suha, 37, is a mother of three.', 'A 15-year-old was hurt.', 'She died of lymphoma aged 20.', 'Youssif turns 6 next Friday.']) {
      expect(sentenceFeatures(text).hasAge, text).toBe(true);
    }
    expect(sentenceFeatures('Over the past 25 days, the miners were trapped.').hasAge).toBe(false);
  });

  it('GIVEN "his opposite number, Kerry, who is 71." and "So he is 54, 55 or maybe even 56." THEN each gives an age, and no count', () => {
    for (const text of ['He is younger than his opposite number, Kerry, who is 71.', 'So he is 54, 55 or maybe even 56.']) {
      expect(sentenceFeatures(text).hasAge, text).toBe(true);
      expect(sentenceFeatures(text).hasCount, text).toBe(text.includes('55'));
    }
    expect(sentenceFeatures('The man who is 5 points ahead won.').hasAge).toBe(false);
  });

  it('GIVEN an age closing the sentence after a name ("... said the abbot, Father Ioannis Papadakis, 71.") THEN it gives an age, and no count', () => {
    expect(sentenceFeatures('"Today it is filled," said the monastery\'s abbot, Father Ioannis Papadakis, 71.')).toMatchObject({ hasAge: true, hasCount: false });
    expect(sentenceFeatures('The vote was 129 to 98.').hasAge).toBe(false);
  });

  it('GIVEN an age in words ("Theia is only one year old") THEN it gives an age, and no count', () => {
    expect(sentenceFeatures('Theia is only one year old but her brush with death left scars.')).toMatchObject({ hasAge: true, hasCount: false });
    expect(sentenceFeatures('The twelve-year-old boy was found safe.').hasAge).toBe(true);
  });

  it('GIVEN a length of time THEN it answers "how long"; a date does not', () => {
    expect(sentenceFeatures('He will stay for three days.').hasDuration).toBe(true);
    expect(sentenceFeatures('He has been held since 2012.').hasDuration).toBe(true);
    expect(sentenceFeatures('They met on June 19, 2023.').hasDuration).toBe(false);
  });

  it('GIVEN a count spelled as a word ("twice") THEN it holds a number', () => {
    expect(sentenceFeatures('"I felt that twice," Hughes said.').hasNumber).toBe(true);
    expect(sentenceFeatures('Hughes felt it again.').hasNumber).toBe(false);
  });

  it('GIVEN "one" that counts nothing ("from one side to the other", "no one") THEN it holds no count', () => {
    expect(sentenceFeatures('The bridge gave way from one side of the river to the other.').hasCount).toBe(false);
    expect(sentenceFeatures('No one was hurt, and one of the cranes still stands.').hasCount).toBe(false);
    expect(sentenceFeatures('One worker was hurt.').hasCount).toBe(true);
  });

  it('GIVEN only someone\'s age ("Hughes, 32,", "a 32-year-old") THEN it holds an age, no count', () => {
    for (const text of ['Melissa Hughes, 32, of Minneapolis, said the bridge fell.', 'A 32-year-old driver was rescued.', 'The driver, aged 32, was rescued.']) {
      expect(sentenceFeatures(text).hasCount, text).toBe(false);
      expect(sentenceFeatures(text).hasAge, text).toBe(true);
    }
    expect(sentenceFeatures('Hughes, 32, said 13 people died.').hasCount).toBe(true);
  });

  it('GIVEN only times of day ("open from 8 a.m. to 8 p.m.", "at 6:45") THEN it counts nothing', () => {
    for (const text of ['The hotline is open from 8 a.m. to 8 p.m. daily.', 'The train left at 6:45 on Monday.', 'Doors open at 7pm.']) {
      expect(sentenceFeatures(text).hasCount, text).toBe(false);
      expect(sentenceFeatures(text).hasClockTime, text).toBe(true);
    }
    expect(sentenceFeatures('From 8 a.m., 40 nurses staffed the hotline.').hasCount).toBe(true);
  });

  it('GIVEN a length or a weight ("a 30-, 35-foot fall") THEN it is a measure, not a count', () => {
    for (const text of ['"I probably had a 30-, 35-foot free fall.', 'The span sits 64 feet above the water.', 'The cargo weighed 200 pounds.']) {
      expect(sentenceFeatures(text).hasMeasure, text).toBe(true);
      expect(sentenceFeatures(text).hasCount, text).toBe(false);
    }
    expect(sentenceFeatures('Thirteen people died and 64 feet of deck fell.').hasCount).toBe(true);
    expect(sentenceFeatures('Thirteen people died.').hasMeasure).toBe(false);
  });

  it('GIVEN an older year a word before marks as one ("as far as 1758", "founded in 1642"), or a decade ("the 1980s") THEN a date; a bare count of that size is not', () => {
    expect(sentenceFeatures("The city's brewing history goes back as far as 1758 when its first brewery was founded.").hasDate).toBe(true);
    expect(sentenceFeatures('The college was founded in 1642 by monks.').hasDate).toBe(true);
    expect(sentenceFeatures('A crowd of 1500 watched the match.').hasDate).toBe(false);
    expect(sentenceFeatures('Then, in the 1980s, something stirred.').hasDate).toBe(true);
    expect(sentenceFeatures("The house dates from the 1700s.").hasDate).toBe(true);
  });

  it('GIVEN a quantity in scientific or land units ("a 490-nanometre wavelength", "6,800 hectares") THEN a measure, and the figure still counts', () => {
    for (const text of ['Selecting this 490-nanometre wavelength makes the reef jump out.', 'By Tuesday it had grown to more than 6,800 hectares.', 'The tank holds 40 litres.']) {
      expect(sentenceFeatures(text).hasMeasure, text).toBe(true);
      expect(sentenceFeatures(text).hasCount, text).toBe(true);
    }
  });

  it('GIVEN a title in quotes THEN it holds a quoted title; a quoted remark does not', () => {
    expect(sentenceFeatures('The report, "Death Sentences and Executions 2014," cites Pakistan.').hasQuotedTitle).toBe(true);
    expect(sentenceFeatures('He filmed a TV movie called "My Boy Jack," due out this year.').hasQuotedTitle).toBe(true);
    expect(sentenceFeatures('"We are seeing a decrease in executions," she said.').hasQuotedTitle).toBe(false);
    expect(sentenceFeatures('The report cites Pakistan.').hasQuotedTitle).toBe(false);
  });
});

describe('sentenceFeatures: an opening epithet', () => {
  it.each([
    ["America's top diplomat has landed in Shanghai.", "america's top diplomat"],
    ['The veteran senator said the bill would pass.', 'the veteran senator'],
  ])('GIVEN %j THEN the epithet it opens with is read, in lower case', (text, epithet) => {
    expect(sentenceFeatures(text).openingEpithet).toBe(epithet);
  });

  it.each(['Officials said the talks would go on.', 'He arrived on Monday.', 'In Beijing, the foreign minister spoke.'])('GIVEN %j THEN it opens with no epithet', (text) => {
    expect(sentenceFeatures(text).openingEpithet).toBeUndefined();
  });
});

describe('sentenceFeatures: a reason', () => {
  it('GIVEN a demand "arguing that" something THEN its argument is a reason', () => {
    expect(sentenceFeatures("The prosecutor had asked the court to raise his sentence to eight years, arguing that he designed the scheme.").hasReason).toBe(true);
    expect(sentenceFeatures('The union rejected the offer on the grounds that it cut overtime pay.').hasReason).toBe(true);
  });

  it('GIVEN a cause said to be unknown ("remains under investigation") THEN it answers "why?" as a reason does', () => {
    for (const text of ['The cause of the fire remains under investigation.', 'The cause of the crash was not immediately known.', 'The cause is still unclear.']) {
      expect(sentenceFeatures(text).hasReason, text).toBe(true);
    }
  });

  it('GIVEN "since" before a time ("since 2019", "the largest since the fire of 2023") THEN no reason; "since" giving one is', () => {
    for (const text of ['She has lived there since 2019.', 'The blaze is the largest in the region since the McDougall Creek fire of 2023.', 'Prices have risen since last spring.', 'It has been closed since March.']) {
      expect(sentenceFeatures(text).hasReason, text).toBe(false);
    }
    expect(sentenceFeatures('They stayed home since the road was closed.').hasReason).toBe(true);
  });

  it('GIVEN a rate over time THEN it is no length of time besides, unless measured as one ("up to a year")', () => {
    expect(givesDurationBesidesRates('It would cost the economy about 30 million euros a day.')).toBe(false);
    expect(givesDurationBesidesRates('The airline flies 19 million passengers a year.')).toBe(false);
    expect(givesDurationBesidesRates('Refunds could take up to a year.')).toBe(true);
    expect(givesDurationBesidesRates('They walked out in a 48-hour strike costing 30 million euros a day.')).toBe(true);
  });
});
