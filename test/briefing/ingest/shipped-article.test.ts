/**
 * The golden test of the shipped article: meaningful properties of its briefing, not a snapshot.
 * The thresholds are the acceptance figures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { isFragment, SHIPPED_CAPTION, shippedPk, threadsCovered } from '../../../scripts/eval/shipped-checks.js';

const SHIPPED = new URL('../../../data/000_78d76434cf3e539e.txt', import.meta.url);
const briefing = ingestArticle(readFileSync(SHIPPED), { source: 'data/000_78d76434cf3e539e.txt' });

describe('briefing of the shipped article', () => {
  it('GIVEN the messy article THEN its headline is the title', () => {
    expect(briefing.title).toBe('Blinken expected to issue strong warning on support for Russia as he arrives in China for key meetings');
    expect(briefing.paragraphs[0]?.kind).toBe('headline');
  });

  it('THEN the key points cover at least 6 of its 7 threads, with 3 to 5 complete sentences', () => {
    expect(briefing.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(briefing.keyPoints.length).toBeLessThanOrEqual(5);
    expect(threadsCovered(briefing.keyPoints).length).toBeGreaterThanOrEqual(6);
  });

  it('THEN no key point is the photo caption or a fragment', () => {
    expect(briefing.keyPoints).not.toContain(SHIPPED_CAPTION);
    expect(briefing.keyPoints.filter(isFragment)).toEqual([]);
    expect(briefing.paragraphs.find((p) => p.text === SHIPPED_CAPTION)?.kind).toBe('caption');
  });

  it('THEN the TL;DR is one sentence of at most 300 characters', () => {
    expect(briefing.tldr.length).toBeLessThanOrEqual(300);
    expect(briefing.tldr).toMatch(/Blinken/);
    expect(briefing.tldr.match(/[.!?](?=\s+[A-Z])/g) ?? []).toHaveLength(0);
  });

  it('THEN there are 4 to 10 sections with short titles, one-line summaries, and Taiwan among them', () => {
    expect(briefing.sections.length).toBeGreaterThanOrEqual(4);
    expect(briefing.sections.length).toBeLessThanOrEqual(10);
    for (const section of briefing.sections) {
      expect(section.title.split(' ').length).toBeLessThanOrEqual(6);
      expect(section.summary.length).toBeLessThanOrEqual(200);
      expect(section.summary).not.toContain('\n');
    }
    const titles = briefing.sections.map((s) => s.title);
    expect(titles).toContain('Taiwan');
    expect(titles.some((t) => /Russia/.test(t))).toBe(true);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('THEN the sections agree with the human segmentation (Pk <= 0.20) and the caption breaks none', () => {
    expect(shippedPk(briefing)).toBeLessThanOrEqual(0.2);
    expect(briefing.sections.flatMap((s) => s.paragraphs)).not.toContain(17);
    const russia = briefing.sections.find((s) => s.paragraphs.includes(16));
    const next = briefing.sections.find((s) => s.paragraphs.includes(18));
    expect(russia).toBeDefined();
    expect(next).toBeDefined();
  });

  it('THEN sentences keep the words and stops of the article, and what the bot restates is tidied', () => {
    const text = briefing.sentences.map((s) => s.text).join(' ');
    expect(text).not.toMatch(/\. \./);
    expect(text).toContain('sworn in. a new president');
    expect(text).toContain('Kai Li., and David Lin.');
    const restated = [briefing.title, briefing.tldr, ...briefing.keyPoints, ...briefing.sections.map((s) => s.summary)].join(' ');
    expect(restated).not.toMatch(/\. \.|has has|\bin\. a new\b|China\. entities|Li\.,|\b(\w+) \1\b/);
  });

  it('THEN every body sentence belongs to a section and every section lists its sentences', () => {
    for (const sentence of briefing.sentences) {
      if (sentence.kind === 'body') expect(sentence.sectionId).not.toBeNull();
      else expect(sentence.sectionId).toBeNull();
    }
    for (const section of briefing.sections) {
      for (const id of section.sentenceIds) expect(briefing.sentences[id]?.sectionId).toBe(section.id);
    }
  });
});
