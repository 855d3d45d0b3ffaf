/**
 * Key points (3 to 5 sentences, most important first) and the one-sentence TL;DR, from body
 * sentences only: headlines and photo captions never enter a summary.
 */
import type { Sentence } from '../types.js';
import { selectSentences } from './rank.js';

export const MAX_TLDR_CHARS = 300;
export const KEY_POINT_COUNT = 5;

export interface Summary {
  tldr: string;
  keyPoints: string[];
}

/** Summarises the body sentences; `sectionOf` groups them so key points cover different sections. */
export function summarize(sentences: readonly Sentence[]): Summary {
  const body = sentences.filter((s) => s.kind === 'body');
  const chosen = selectSentences(
    body.map((s) => ({ text: s.text, group: s.sectionId ?? '' })),
    { count: KEY_POINT_COUNT, redundancy: 0.6, sameGroupPenalty: 0.15 },
  );
  const keyPoints = chosen.map((i) => body[i]?.text ?? '').filter(Boolean);
  const tldrSource = keyPoints.find((text) => text.length <= MAX_TLDR_CHARS) ?? keyPoints[0] ?? '';
  return { tldr: shorten(tldrSource, MAX_TLDR_CHARS), keyPoints };
}

function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:]+$/, '')}…`;
}
