import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';

describe('section summaries', () => {
  it('GIVEN a section opening with a teaser question THEN its one-line summary is a statement of the article', () => {
    const article = [
      'Who was the captain of the flight? Patrick Sondenheimer was the captain, the airline said. He had flown for Lufthansa since 1991.',
      'The airline said the captain had more than 6,000 hours of flight experience.',
    ].join('\n\n');
    const [section] = ingestArticle(article, { source: 'captain.txt' }).sections;
    expect(section?.summary).not.toMatch(/\?$/);
    expect(section?.summary).toMatch(/captain/);
  });

  it('GIVEN a section opening with a quotation cut into sentences THEN no piece of it is the one-line summary', () => {
    const article = [
      '"You came here to say with me, \'This is no campus we will accept. This is no campus we want. And this is not the campus we are here to create,\' " the president told the crowd.',
      'The incident is one of several recent racist events to affect college students.',
    ].join('\n\n');
    const [section] = ingestArticle(article, { source: 'forum.txt' }).sections;
    expect(section?.summary).toBe('The incident is one of several recent racist events to affect college students.');
  });
});

describe('sections an author made', () => {
  const markdown = [
    '# Storm Delphine hits Portugal',
    'Storm Delphine battered the coast of Portugal on Sunday, killing two people, officials said.',
    '"We have never seen waves like these," said Rui Monteiro, the mayor of Nazaré.',
    '## Power cuts',
    'About 40,000 homes were without power on Sunday night. Crews worked through the night.',
    '## Travel disrupted',
    'Flights at Lisbon airport were cancelled. Trains between Lisbon and Porto were suspended.',
  ].join('\n\n');

  it('GIVEN Markdown subheadings THEN the sections start at them and take their words as titles, the lead before them an overview', () => {
    const briefing = ingestArticle(markdown, { source: 'storm.md' });
    expect(briefing.sections.map((s) => s.title)).toEqual(['Overview', 'Power cuts', 'Travel disrupted']);
    expect(briefing.sections.map((s) => s.paragraphs)).toEqual([[2, 3], [5], [7]]);
  });

  it('GIVEN HTML <h2> subheadings THEN the same', () => {
    const html = `<html><body><article><h1>Storm Delphine hits Portugal</h1>
      <p>Storm Delphine battered the coast of Portugal on Sunday, killing two people and leaving 40,000 homes without power, officials said.</p>
      <p>"We have never seen waves like these," said Rui Monteiro, the mayor of Nazaré, a fishing town north of Lisbon.</p>
      <h2>Travel disrupted</h2>
      <p>Flights at Lisbon airport were cancelled, and trains between Lisbon and Porto were suspended on Sunday.</p>
      <p>The storm is expected to reach Spain on Monday night, forecasters said.</p></article></body></html>`;
    expect(ingestArticle(html, { source: 'storm.html' }).sections.map((s) => s.title)).toEqual(['Overview', 'Travel disrupted']);
  });

  it('GIVEN a standfirst above the first paragraph (a long sentence as heading) THEN the lead is still the overview', () => {
    const withStandfirst = markdown.replace('# Storm Delphine hits Portugal', '# Storm Delphine hits Portugal\n\n## The storm killed two people and cut power to 40,000 homes before moving on to Spain');
    expect(ingestArticle(withStandfirst, { source: 'storm.md' }).sections.map((s) => s.title)).toEqual(['Overview', 'Power cuts', 'Travel disrupted']);
  });

  it('GIVEN plain wire copy with two or more short mixed-case lines between paragraphs ("Side effects and cost", "What happened before") THEN they are its subheadings; one alone is not', () => {
    const wire = [
      'Single-dose malaria drug cuts severe cases',
      'KISUMU, Kenya (AP) — A new malaria drug given as a single dose cut severe malaria in young children by 41%, a trial found.',
      'The trial enrolled 4,210 children at 14 clinics.',
      'Side effects and cost',
      'Vomiting within an hour of the dose was more common with the new drug.',
      'What happened before',
      'In 2019, a trial of a different single-dose drug was stopped early in Uganda.',
    ].join('\n\n');
    const briefing = ingestArticle(wire, { source: 'malaria.txt' });
    expect(briefing.sections.map((s) => s.title)).toEqual(['Overview', 'Side effects and cost', 'What happened before']);
    const one = wire.replace('What happened before\n\n', '');
    expect(ingestArticle(one, { source: 'malaria.txt' }).sections.map((s) => s.title)).not.toContain('Side effects and cost');
  });

  it("GIVEN plain wire copy with one mixed-case line, a pull quote ('Nothing to do here') after a photo caption and a BACKGROUND in capitals THEN all three start sections", () => {
    // As a blind review's drought story set them: each line alone is no proof, together they are the author's division.
    const wire = [
      'Drought halves maize harvest in Zambia',
      'LUSAKA, Zambia (AP) — Zambia\'s maize harvest has fallen by more than half after the worst drought in four decades, the government said Thursday.',
      'Agriculture Minister Ruth Mwansa said 5.8 million people would need food aid until April.',
      'A farmer walks through a dried-out maize field near Sinazongwe, Zambia, on Tuesday.',
      "'Nothing to do here'",
      '"There is nothing to do here until the rain comes back," said farmer Joseph Phiri, 61.',
      'Neighbours also hit',
      'Zimbabwe declared a state of disaster in April.',
      'BACKGROUND',
      'In 2019, a drought cut the harvest by a third.',
    ].join('\n\n');
    const briefing = ingestArticle(wire, { source: 'drought.txt' });
    expect(briefing.sections.map((s) => s.title)).toEqual(['Overview', "'Nothing to do here'", 'Neighbours also hit', 'Background']);
    // The headings are titles, not sentences an answer could quote.
    expect(briefing.sentences.map((sentence) => sentence.text)).not.toContain("'Nothing to do here'");
    expect(briefing.sentences.map((sentence) => sentence.text)).not.toContain('Neighbours also hit');
    // Without a second heading of any kind, the mixed-case line may be a link's title, and stays aside.
    const alone = wire.replace("'Nothing to do here'\n\n", '').replace('BACKGROUND\n\n', '');
    expect(ingestArticle(alone, { source: 'drought.txt' }).sections.map((s) => s.title)).not.toContain('Neighbours also hit');
  });

  it('GIVEN plain wire copy with subheadings in capitals THEN the sections start at them, titled in title case, words the article writes in capitals kept so', () => {
    const wire = [
      'Storm Delphine hits Portugal',
      'LISBON, Portugal (AP) — Storm Delphine battered the coast of Portugal on Sunday, killing two people, officials said.',
      '"We have never seen waves like these," said Rui Monteiro, the mayor of Nazaré.',
      "'A NIGHT OF FEAR'",
      'About 40,000 homes were without power on Sunday night. Crews worked through the night.',
      'NOT THE FIRST TIME FOR NATO BASES',
      'In 2021, Storm Gil flooded two NATO bases on the coast. Nobody was hurt then.',
    ].join('\n\n');
    const briefing = ingestArticle(wire, { source: 'storm.txt' });
    expect(briefing.sections.map((s) => s.title)).toEqual(['Overview', "'A Night of Fear'", 'Not the First Time for NATO Bases']);
    expect(briefing.sections.map((s) => s.paragraphs)).toEqual([[2, 3], [5], [7]]);
    // A short line in mixed case is no subheading: it may be the title of a link to another story.
    const linked = wire.replace("'A NIGHT OF FEAR'", 'Storm photos from Lisbon');
    expect(ingestArticle(linked, { source: 'storm.txt' }).sections.map((s) => s.title)).not.toContain('Storm photos from Lisbon');
  });

  it('GIVEN more subheadings than sections (a list, an FAQ) THEN the segmenter divides it, into at most ten', () => {
    const faq = ['# Questions', ...Array.from({ length: 30 }, (_, i) => `## Question ${i + 1}\n\nAnswer ${i + 1} is about topic number ${i + 1}.`)].join('\n\n');
    const sections = ingestArticle(faq, { source: 'faq.md' }).sections;
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.length).toBeLessThanOrEqual(10);
  });
});

describe('section boundaries', () => {
  it('GIVEN a paragraph going on with the last one\'s speaker (\'"The front is a double-edged sword," she said.\') THEN it stays in her section', () => {
    // An invented wildfire story of a blind product review, where the segmenter had opened a section with it.
    const text = readFileSync(new URL('./fixtures/wildfire-evacuation.txt', import.meta.url), 'utf8');
    const briefing = ingestArticle(text, { source: 'wildfire.txt' });
    const sectionOf = (start: string): string | null | undefined => briefing.sentences.find((sentence) => sentence.text.startsWith(start))?.sectionId;
    expect(sectionOf('"The front is a double-edged sword,"')).toBeDefined();
    expect(sectionOf('"The front is a double-edged sword,"')).toBe(sectionOf('Meteorologist Priya Raman said'));
    for (const section of briefing.sections) {
      const first = briefing.sentences.find((sentence) => sentence.sectionId === section.id);
      expect(first?.text, section.title).not.toMatch(/^["“][^"“”]*["”],?\s+(?:he|she|they)\s+said\b/);
    }
  });
});
