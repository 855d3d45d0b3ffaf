import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('format readers', () => {
  it('GIVEN HTML with navigation, scripts and ads around an article THEN only the article is briefed', () => {
    const briefing = ingestArticle(fixture('article.html'), { source: 'harbour.html' });
    const text = briefing.sentences.map((s) => s.text).join(' ');
    expect(briefing.title).toContain('Harbour reopens after storm');
    expect(text).toContain('The port of Westhaven reopened on Monday');
    expect(text).toContain('Ellen Brooks');
    for (const junk of ['Subscribe today', 'Ten recipes', 'trackPageView', 'Cookie settings', 'window.ads', 'Sport']) expect(text).not.toContain(junk);
    expect(briefing.keyPoints[0]).toContain('Westhaven reopened');
  });

  it('GIVEN an HTML figure caption THEN it stays searchable as a caption and never enters key points', () => {
    const briefing = ingestArticle(fixture('article.html'), { source: 'harbour.html' });
    const caption = briefing.sentences.find((s) => s.text.includes('northern pier at Westhaven'));
    expect(caption?.kind).toBe('caption');
    expect(briefing.keyPoints.join(' ')).not.toContain('March 3, 2024');
  });

  it('GIVEN Markdown THEN the heading is the title and markup is stripped', () => {
    const briefing = ingestArticle(fixture('article.md'), { source: 'library.md' });
    expect(briefing.title).toBe('Library opens a new reading room');
    const text = briefing.sentences.map((s) => s.text).join(' ');
    expect(text).toContain('opened a new reading room on Saturday, giving students two hundred more seats');
    expect(text).not.toMatch(/\*\*|\]\(|^#|https:/);
    expect(text).toContain('"We wanted a quiet place for everyone," said the head librarian, Maria Lopez.');
    expect(briefing.paragraphs[2]?.kind).toBe('other'); // "## Funding" is a subheading, not body text
  });
});
