import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';

describe('parseArgs', () => {
  it('GIVEN a verb, a quoted query and flags THEN separates them', () => {
    expect(parseArgs(['search', 'taiwan strait', '--json', '--file', 'a.txt', '--guild=42'])).toEqual({
      verb: 'search', positional: ['taiwan strait'], json: true, file: 'a.txt', flags: { guild: '42' },
    });
  });

  it('GIVEN nothing THEN the verb is help', () => {
    expect(parseArgs([]).verb).toBe('help');
  });

  it('GIVEN a flag without its value THEN names the flag', () => {
    expect(() => parseArgs(['summary', '--file'])).toThrow('--file needs a value');
  });

  it('GIVEN -- THEN everything after it is positional', () => {
    expect(parseArgs(['ask', '--', '--json']).positional).toEqual(['--json']);
  });
});
