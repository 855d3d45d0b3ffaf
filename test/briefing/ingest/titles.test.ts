import { describe, expect, it } from 'vitest';
import { titleSections } from '../../../src/briefing/ingest/titles.js';

describe('section titles', () => {
  it('GIVEN a capital opening a sentence inside a quote ("We told everybody. Nobody listened.") THEN it makes no title', () => {
    const titles = titleSections([
      ['The bridge collapsed on Sunday in Honda, officials said.', 'Engineers had warned about the bridge in Honda.'],
      ['"We told everybody. Nobody listened," said Rosa Mendez, who sells fruit near the bridge.', 'Rosa Mendez said the bridge shook. Nobody came.'],
    ]);
    expect(titles.join(' ')).not.toMatch(/Nobody/);
    expect(titles[1]).toMatch(/Rosa Mendez/);
  });

  it('GIVEN a news outlet cited in a section ("seen by CNN") THEN it is no topic of the section', () => {
    const titles = titleSections([
      ['The bridge collapsed on Sunday, officials told CNN.', 'A report seen by CNN had warned about cracks.', 'CNN could not reach the agency.'],
      ['The mayor declared three days of mourning for the victims.'],
    ]);
    expect(titles[0]).not.toMatch(/CNN/);
  });

  it('GIVEN a section whose most frequent words are an adverb or a verb ("almost", "owns") THEN they make no title', () => {
    const titles = titleSections([
      ['The club was sold on Saturday, officials said.', 'Fans cheered the sale of the club.'],
      ['He owns a software firm and owns a stake in a football team.', 'Almost all fans agreed; almost nobody objected.'],
    ]);
    expect(titles[1]).not.toMatch(/^(?:Owns|Almost)$/);
  });
});
