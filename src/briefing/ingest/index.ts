/**
 * Ingest: one article (text, Markdown or HTML) becomes a Briefing. Synchronous and deterministic
 * apart from `builtAt`; unusable input throws a UserError with a one-line message.
 */
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { Briefing, Paragraph, Sentence } from '../types.js';
import { classifyBlocks } from './blocks.js';
import { datelinePlaces, tidySentence } from './clean.js';
import { decodeArticle } from './decode.js';
import { extractEntities } from './entities.js';
import { detectFormat, readBlocks, type ArticleFormat } from './formats.js';
import { buildSections, oneLine } from './sections.js';
import { splitSentences } from './sentences.js';
import { summarize } from './summary.js';
import { resetTermCache } from './vectors.js';
import { sentenceFeatures } from '../search/features.js';

/** Bump whenever ingest output changes: cached briefings built by another version are rebuilt. */
export const ENGINE_VERSION = 109;

export interface IngestOptions {
  /** File path or URL the article came from. */
  source: string;
  /** Library id; default: the source's file name without extension. */
  articleId?: string;
  /** Default: from the source's extension, else sniffed from the content. */
  format?: ArticleFormat;
  /** When the article entered the library, ISO 8601. */
  addedAt?: string;
}

/** Derives a library id from a path or URL: its file name without extension. */
export function articleIdFor(source: string): string {
  const name = basename(source.replace(/[?#].*$/, ''));
  const id = name.slice(0, name.length - extname(name).length).replace(/[^\w.-]+/g, '-');
  return id || 'article';
}

/**
 * "Mexican President Enrique Peña wrote on Twitter." after '"I wish him a speedy recovery."': whose words they
 * were, cut from them where the quotation closed with a stop. A name and a verb of saying, nothing more.
 */
const ATTRIBUTION_ONLY = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}(?:said|says|wrote|writes|tweeted|posted|added|told reporters)(?:\s+(?:on|in)\s+(?:Twitter|X|Facebook|Instagram|a statement|a tweet|a post|a letter))?\.$/u;

/**
 * A "sentence" of one or two words ("Ukraine continues.") is a piece cut off by a wrong period, and a bare
 * attribution after a closed quotation goes with it.
 */
function joinFragments(parts: string[]): string[] {
  const joined: string[] = [];
  for (const part of parts) {
    const previous = joined.length - 1;
    const fragment = part.split(/\s+/).length <= 2 && !/[?!]["']?$/.test(part);
    const attribution = previous >= 0 && /["”]$/.test(joined[previous] ?? '') && ATTRIBUTION_ONLY.test(part);
    if (previous >= 0 && (fragment || attribution)) joined[previous] = `${joined[previous]} ${part}`;
    else joined.push(part);
  }
  return joined;
}

function sentencesOf(paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'other') continue;
    // A headline or caption is one unit, whatever its punctuation.
    const parts = paragraph.kind === 'body' ? joinFragments(splitSentences(paragraph.text)) : [paragraph.text];
    for (const text of parts) {
      sentences.push({ id: sentences.length, text, paragraph: paragraph.index, sectionId: null, kind: paragraph.kind });
    }
  }
  return sentences;
}

/** Builds the briefing of one article. Throws UserError for empty, binary, oversized or article-less input. */
export function ingestArticle(raw: string | Uint8Array, options: IngestOptions): Briefing {
  resetTermCache();
  const text = decodeArticle(raw);
  const format = options.format ?? detectFormat(options.source, text);
  const blocks = readBlocks(text, format);
  const paragraphs = classifyBlocks(blocks);
  // Nothing but captions (a one-line article that looks like one): they are the article then.
  if (!paragraphs.some((p) => p.kind === 'body')) for (const p of paragraphs) if (p.kind === 'caption') p.kind = 'body';
  const sentences = sentencesOf(paragraphs);
  const sections = buildSections(paragraphs, sentences);
  const { tldr, keyPoints } = summarize(sentences, sections);
  const headline = paragraphs.find((p) => p.kind === 'headline')?.text;
  const briefing: Briefing = {
    articleId: options.articleId ?? articleIdFor(options.source),
    title: headline ?? oneLine(tidySentence(sentences.find((s) => s.kind === 'body')?.text ?? 'Untitled article'), 120),
    source: options.source,
    contentHash: createHash('sha256').update(raw).digest('hex'),
    engineVersion: ENGINE_VERSION,
    builtAt: new Date().toISOString(),
    tldr,
    keyPoints,
    sections,
    sentences,
    paragraphs,
    entities: extractEntities(sentences),
  };
  resetTermCache();
  for (const sentence of sentences) sentence.features = sentenceFeatures(sentence.text);
  if (options.addedAt) briefing.addedAt = options.addedAt;
  // The dateline opens the story's first paragraph; cleaning took it out of the text.
  const lead = paragraphs.find((p) => p.kind === 'body');
  const dateline = lead ? datelinePlaces(blocks[lead.index - 1]?.text ?? '') : [];
  if (dateline.length > 0) briefing.dateline = dateline;
  return briefing;
}
