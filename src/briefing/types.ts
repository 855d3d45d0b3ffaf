/**
 * The briefing model: what ingest builds from one article and every other part of the bot reads.
 * Plain data (JSON-serialisable) so a briefing can be cached beside its article.
 */

import type { SentenceFeatures } from './search/features.js';

/** One blank-line-separated block of the source file, numbered from 1 as in the interfaces spec. */
export interface Paragraph {
  /** 1-based block number in the source file. */
  index: number;
  text: string;
  kind: 'headline' | 'body' | 'caption' | 'other';
  /** An 'other' block that is the author's subheading (Markdown `##`, HTML `<h2>`): a section starts at it. */
  subheading?: boolean;
}

export interface Sentence {
  /** 0-based position among the article's sentences. */
  id: number;
  /** Cleaned text, as quoted to users. */
  text: string;
  /** 1-based paragraph (block) number it came from. */
  paragraph: number;
  /** Id of the section it belongs to, or null (headline, caption). */
  sectionId: string | null;
  /** Captions and headlines stay searchable but never enter summaries. */
  kind: 'headline' | 'body' | 'caption';
  /**
   * The kinds of fact it holds (a date, a count, someone speaking), read at ingest and cached with the
   * briefing: the patterns that read them cost far more to compile than to run, some 40 ms of every start
   * that only answers from a cached briefing. Absent in briefings built without it; the index reads them then.
   */
  features?: SentenceFeatures;
}

export interface Section {
  /** Stable, URL-safe id, e.g. `s1-taiwan`. */
  id: string;
  /** A short title a reader would write: "Taiwan", "China's support for Russia". */
  title: string;
  /** One line. */
  summary: string;
  /** 1-based paragraph numbers the section covers. */
  paragraphs: number[];
  /** Ids of its sentences, in order. */
  sentenceIds: number[];
}

/** A vessel is a ship or boat named in the article ("MV Hebridean Dawn"): a name, but no one's. */
export type EntityKind = 'person' | 'place' | 'organization' | 'vessel' | 'date';

export interface Entity {
  /** Canonical name ("Antony Blinken", "May 20"). */
  name: string;
  kind: EntityKind;
  /** Other forms seen in the text ("Blinken", "Secretary of State Antony Blinken"). */
  aliases: string[];
  /** Role when the article gives one: "State Department spokesman". */
  role?: string;
  /** Sentences that mention it. */
  sentenceIds: number[];
}

export interface Briefing {
  /** Library id of the article (file name without extension). */
  articleId: string;
  title: string;
  /** Where the article came from: file path or URL. */
  source: string;
  /** sha256 of the raw article bytes; the cache is rebuilt when it changes. */
  contentHash: string;
  /** Version of the engine that built it; a new version invalidates caches. */
  engineVersion: number;
  builtAt: string;
  /** When the article entered the library (ISO 8601), when known. Added by ingest (engine area). */
  addedAt?: string;
  /** One sentence, at most 300 characters. */
  tldr: string;
  /** 3 to 5 complete sentences from the article, most important first. */
  keyPoints: string[];
  sections: Section[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  entities: Entity[];
  /** The places its wire dateline names ("NAIROBI, Kenya (CNN) --": Nairobi, Kenya), when it has one. */
  dateline?: string[];
}

/** A short description of an article in the library. */
export interface ArticleInfo {
  articleId: string;
  title: string;
  source: string;
  contentHash: string;
  /** When the article entered the library (file mtime or ingest time), ISO 8601. */
  addedAt: string;
}
