/**
 * Button identities and values. Ephemeral messages are not sent back with their actions, so each
 * button carries what it needs to be replayed: the `/brief` text, or the article and section.
 */

export const SHARE_ACTION_ID = 'brief_share';
export const SECTION_ACTION_PREFIX = 'brief_section_';
export const SECTION_ACTION_PATTERN = /^brief_section_\d+$/;

/** What a "Share in channel" button re-runs, visibly this time. */
export type ShareTarget = { brief: string } | { section: { articleId: string; sectionId: string } };

export interface SectionTarget {
  articleId: string;
  sectionId: string;
}

/** Slack caps a button value at 2,000 characters. */
const MAX_VALUE = 2000;

export function encodeShare(target: ShareTarget): string | undefined {
  const value = JSON.stringify(target);
  return value.length <= MAX_VALUE ? value : undefined;
}

export const encodeSection = (target: SectionTarget): string => JSON.stringify(target);

const parse = (value: string | undefined): unknown => {
  try {
    return JSON.parse(value ?? '');
  } catch {
    return undefined;
  }
};

const isSection = (value: unknown): value is SectionTarget =>
  typeof value === 'object' && value !== null && typeof (value as SectionTarget).articleId === 'string' && typeof (value as SectionTarget).sectionId === 'string';

export function decodeShare(value: string | undefined): ShareTarget | undefined {
  const parsed = parse(value) as { brief?: unknown; section?: unknown } | undefined;
  if (typeof parsed?.brief === 'string') return { brief: parsed.brief };
  if (isSection(parsed?.section)) return { section: parsed.section };
  return undefined;
}

export function decodeSection(value: string | undefined): SectionTarget | undefined {
  const parsed = parse(value);
  return isSection(parsed) ? parsed : undefined;
}
