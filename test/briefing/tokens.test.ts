import { describe, expect, it } from 'vitest';
import { contentTerms, stem, tokenize } from '../../src/briefing/text/tokens.js';

describe('tokenize', () => {
  it('GIVEN punctuation, curly quotes and case THEN yields lower-case words', () => {
    expect(tokenize('“China’s” U.S.-China ties, 2023!')).toEqual(['chinas', 'u', 's', 'china', 'ties', '2023']);
  });

  it('GIVEN currency signs THEN each is its currency\'s word, so "how much in pounds?" finds "£6,076"', () => {
    expect(tokenize('The hospital charged $10,000 (£6,076).')).toEqual(['the', 'hospital', 'charged', 'dollars', '10', '000', 'pounds', '6', '076']);
    expect(tokenize('a €78bn bailout, ¥5 a unit')).toEqual(['a', 'euros', '78bn', 'bailout', 'yen', '5', 'a', 'unit']);
    expect(tokenize('blinken ^russia$')).toEqual(['blinken', 'russia']);
  });

  it('GIVEN an initialism\'s possessive ("the FBI\'s office") THEN the initialism, as a question types it; other possessives as before', () => {
    expect(tokenize("The FBI's office and the NHS’s staff")).toEqual(['the', 'fbi', 'office', 'and', 'the', 'nhs', 'staff']);
    expect(tokenize("China's and Blinken's")).toEqual(['chinas', 'and', 'blinkens']);
  });

  it('GIVEN a percent sign THEN it is the word "percent"', () => {
    expect(tokenize('took 53.8% of the vote')).toEqual(['took', '53', '8', 'percent', 'of', 'the', 'vote']);
  });
});

describe('stem', () => {
  it('GIVEN "crying", "cried", "tried", "flying" THEN they stem as "cries", "tries", "flies" do; "dying" and "lying" keep theirs', () => {
    for (const [form, base] of [['crying', 'cries'], ['cried', 'cry'], ['tried', 'tries'], ['trying', 'try'], ['flying', 'flies'], ['dried', 'dry']] as const) expect(stem(form), form).toBe(stem(base));
    expect(stem('dying')).not.toBe(stem('dies'));
    expect(stem('lying')).not.toBe(stem('ly'));
  });

  it.each([
    ['recognised', 'recognized'],
    ['organisation', 'organization'],
    ['criticising', 'criticizing'],
    ['analysed', 'analyzed'],
    ['colour', 'color'],
    ['neighbours', 'neighbors'],
    ['centre', 'center'],
    ['kilometres', 'kilometers'],
    ['defence', 'defense'],
    ['programme', 'program'],
  ])('GIVEN the British "%s" THEN it stems as the American "%s"', (british, american) => {
    expect(stem(british)).toBe(stem(american));
  });

  it('GIVEN words that only look British THEN they keep stems of their own', () => {
    expect(stem('four')).not.toBe(stem('for'));
    expect(stem('hour')).toBe('hour');
    expect(stem('raise')).not.toBe(stem('rise'));
  });

  it.each([
    ['semiconductors', 'semiconductor'],
    ['visited', 'visit'],
    ['visits', 'visit'],
    ['countries', 'country'],
    ['running', 'run'],
    ['sanctions', 'sanction'],
    ['spoken', 'speak'],
    ['spoke', 'speaks'],
    ['met', 'meeting'],
    ['took', 'taking'],
    ['children', 'child'],
    ['won', 'winning'],
    ['suffered', 'suffer'],
    ['suffering', 'suffers'],
    ['answered', 'answer'],
    ['offering', 'offer'],
    ['repaid', 'repay'],
    ['controlled', 'control'],
    ['controled', 'controls'],
    ['patrolling', 'patrol'],
    ['cancelled', 'cancel'],
    ['travelled', 'travels'],
    ['signalled', 'signaled'],
    ['compelled', 'compel'],
    ['tunnelling', 'tunnel'],
    ['fuelled', 'fuel'],
  ])('GIVEN %s THEN folds to the same stem as %s', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('GIVEN different verbs THEN keeps them apart', () => {
    expect(stem('spoke')).not.toBe(stem('take'));
    expect(stem('met')).not.toBe(stem('made'));
  });

  it('GIVEN words ending in "-ly" that are no adverbs THEN keeps them whole; adverbs still fold', () => {
    expect(stem('supplies')).toBe(stem('supply'));
    expect(stem('supply')).not.toBe(stem('super'));
    expect(stem('reply')).not.toBe(stem('rep'));
    expect(stem('early')).not.toBe(stem('ear'));
    expect(stem('quickly')).toBe(stem('quick'));
  });

  it('GIVEN verbs whose own "ll" is no doubling ("installed", "recalled", "spelled", "rolled") THEN they keep it', () => {
    const pairs: Array<[string, string]> = [['installed', 'install'], ['recalled', 'recall'], ['spelled', 'spell'], ['rolled', 'roll'], ['scrolling', 'scroll'], ['smelled', 'smell'], ['dwelling', 'dwell'], ['called', 'call']];
    for (const [form, verb] of pairs) expect(stem(form), form).toBe(stem(verb));
  });

  it('GIVEN short words and numbers THEN leaves them alone', () => {
    expect(stem('us')).toBe('us');
    expect(stem('2023s')).toBe('2023s');
  });
});

describe('contentTerms', () => {
  it('GIVEN a question THEN drops function words', () => {
    expect(contentTerms('What is the weather in Beijing?')).toEqual([stem('weather'), stem('beijing')]);
  });
});
