import { describe, expect, it } from 'vitest';
import { parseBriefText } from '../../commands/parse.js';

describe('parseBriefText', () => {
  it('GIVEN empty text THEN the summary', () => {
    expect(parseBriefText('   ').command.name).toBe('summary');
  });

  it('GIVEN a verb THEN that form with the rest as its first option', () => {
    const parsed = parseBriefText('search  machine tools ');
    expect(parsed.command.name).toBe('search');
    expect(parsed.options).toEqual({ query: 'machine tools' });
  });

  it('GIVEN a verb in capitals THEN still the verb', () => {
    expect(parseBriefText('ASK who is Miller?').options).toEqual({ question: 'who is Miller?' });
  });

  it('GIVEN anything else THEN a topic with the whole text', () => {
    const parsed = parseBriefText('tiawan strait');
    expect(parsed.command.name).toBe('topic');
    expect(parsed.options).toEqual({ topic: 'tiawan strait' });
  });

  it('GIVEN "topic help" THEN looks up a topic named like a verb', () => {
    const parsed = parseBriefText('topic help');
    expect(parsed.command.name).toBe('topic');
    expect(parsed.options).toEqual({ topic: 'help' });
  });

  it('GIVEN a verb with nothing after it THEN no options (the dispatcher answers with usage)', () => {
    expect(parseBriefText('search').options).toEqual({});
  });

  it('GIVEN a leading /brief as typed in the console THEN it is ignored', () => {
    expect(parseBriefText('/brief sections').command.name).toBe('sections');
    expect(parseBriefText('/brief').command.name).toBe('summary');
  });

  it('GIVEN a word that only starts like a verb THEN a topic', () => {
    expect(parseBriefText('searching for truth').command.name).toBe('topic');
  });
});
