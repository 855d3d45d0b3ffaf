import { describe, expect, it } from 'vitest';
import { nameList } from '../../../src/briefing/search/name-lists.js';
import { placeReader } from '../../../src/briefing/search/places.js';
import type { Entity } from '../../../src/briefing/types.js';

const entity = (name: string, kind: Entity['kind'], aliases: string[] = []): Entity => ({ name, kind, aliases, sentenceIds: [] });
const entities = [entity('Lena Vogt', 'person', ['Vogt']), entity('Tokyo', 'place'), entity('Japan', 'place'), entity('Tobias Renner', 'person'), entity('Anna Falk', 'person')];
const places = placeReader(entities);
const described = (text: string): string[] =>
  places(text).map((p) => `${p.words.join(' ')}${p.destination ? ' destination' : p.locative ? ' locative' : ''}${p.country ? ' country' : ''}`);

describe('placeReader', () => {
  it('GIVEN a place reached by a motion word THEN it is a destination', () => {
    expect(described('Vogt landed in Tokyo on Monday.')).toEqual(['tokyo destination']);
    expect(described("The minister's trip to Japan ends Friday.")).toEqual(['japan destination country']);
  });

  it('GIVEN a place after a preposition without motion, or a bare mention THEN it is locative or a mention', () => {
    expect(described('She spoke to reporters in Tokyo.')).toEqual(['tokyo locative']);
    expect(described("Japan's economy slowed.")).toEqual(['japan country']);
  });

  it('GIVEN an unknown capitalised word where grammar puts a place THEN it is read as one, but not a person, a month or a people', () => {
    expect(described('She will end the trip in Hanoi.')).toEqual(['hanoi destination']);
    expect(described('The visit to Vogt, in March, worried Chinese and Japanese officials, she told Renner.')).toEqual([]);
  });

  it('GIVEN a capitalised preposition opening the sentence THEN the place after it is locative', () => {
    expect(described('In Tokyo, the minister will meet business leaders.')).toEqual(['tokyo locative']);
  });
});

describe('nameList', () => {
  const named = (...names: string[]) => names.map((name) => entities.find((e) => e.name === name));

  it('GIVEN names joined by commas and "and" THEN counts them by kind, with the entities listed and whether they are only examples ("among them")', () => {
    expect(nameList('Among them are Tobias Renner, Anna Falk and Lena Vogt.', entities)).toEqual({ kind: 'person', count: 3, members: named('Tobias Renner', 'Anna Falk', 'Lena Vogt'), examples: true });
    expect(nameList('Tobias Renner and Anna Falk were held.', entities)).toEqual({ kind: 'person', count: 2, members: named('Tobias Renner', 'Anna Falk'), examples: false });
  });

  it('GIVEN a single name or a list of unknown words THEN there is no list', () => {
    expect(nameList('Tobias Renner was held in Tokyo.', entities)).toBeUndefined();
    expect(nameList('Renner was held in Tokyo and Japan.', entities)).toEqual({ kind: 'place', count: 2, members: named('Tokyo', 'Japan'), examples: false });
    expect(nameList('Filipino and Japanese counterparts met.', entities)).toBeUndefined();
  });
});
