/**
 * What the issue asks of the shipped article's briefing, as functions the evaluation prints and the
 * golden test asserts: thread coverage, no caption or fragment among key points, and Pk against the
 * human segmentation in test/briefing/ingest/fixtures/shipped-segmentation.ts.
 */
import type { Briefing } from '../../src/briefing/types.js';
import { SHIPPED_SECTIONS } from '../../test/briefing/ingest/fixtures/shipped-segmentation.js';
import { boundariesOf, pk } from './pk.js';

/** The article's seven threads, each recognised by the words that name it. */
export const SHIPPED_THREADS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'support for Russia', pattern: /\bRussia/ },
  { name: 'Taiwan', pattern: /\bTaiwan/ },
  { name: 'South China Sea / Indo-Pacific', pattern: /South China Sea|Indo-Pacific|Philippines/ },
  { name: 'Iran / Middle East', pattern: /\bIran|Middle East/ },
  { name: 'fentanyl and military talks', pattern: /fentanyl|military-to-military/ },
  { name: 'nuclear arsenal', pattern: /nuclear/ },
  { name: 'detained Americans', pattern: /detained|exit ban|Swidan/ },
];

export const SHIPPED_CAPTION = 'Secretary of State Antony Blinken meets with Chinese leader Xi Jinping at the Great Hall of the People in Beijing, China, June 19, 2023.';

export function threadsCovered(keyPoints: readonly string[]): string[] {
  return SHIPPED_THREADS.filter((thread) => keyPoints.some((point) => thread.pattern.test(point))).map((thread) => thread.name);
}

/** A fragment: starts lower-case, ends without terminal punctuation, or is too short to say anything. */
export function isFragment(sentence: string): boolean {
  return /^[\p{Ll}]/u.test(sentence) || !/[.!?]["')\]]?$/.test(sentence) || sentence.split(/\s+/).length < 5;
}

/** Pk of the briefing's sections against the human segmentation, over body paragraphs. */
export function shippedPk(briefing: Briefing): number {
  const body = briefing.paragraphs.filter((p) => p.kind === 'body').map((p) => p.index);
  const expand = ([first, last]: readonly [number, number]) => Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const reference = boundariesOf(SHIPPED_SECTIONS.map(expand), body);
  const hypothesis = boundariesOf(briefing.sections.map((s) => s.paragraphs), body);
  return pk(reference, hypothesis, body.length);
}
