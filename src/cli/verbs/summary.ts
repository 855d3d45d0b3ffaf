/** `brief summary [--json] [--file PATH] [--article ID]`: the TL;DR, key points, who's who and where, and sections. */
import { loadConfig } from '../../config.js';
import { chooseBriefing, fileLibrary, openLibrary } from '../../briefing/library.js';
import type { Briefing, Section } from '../../briefing/types.js';
import { describePerson, peopleAndPlaces } from '../../briefing/who-and-where/index.js';
import type { CliArgs } from '../args.js';
import { writeJson, type CliIO, type CliVerb } from '../io.js';

/** The briefing the arguments point at: `--file`, else `--article` in the library, else the newest. */
export function briefingFromArgs(args: CliArgs, io: CliIO): Briefing {
  const library = args.file !== undefined ? fileLibrary(args.file) : openLibrary(loadConfig(io.env).dataDir);
  return chooseBriefing(library, args.file !== undefined ? undefined : args.flags.article);
}

/** The section fields the interfaces spec promises. */
export const sectionJson = (section: Section) => ({
  id: section.id,
  title: section.title,
  summary: section.summary,
  paragraphs: section.paragraphs,
});

export function renderSections(sections: readonly Section[]): string {
  return sections.map((s, i) => `  ${i + 1}. ${s.title} — ${s.summary}`).join('\n');
}

export const run: CliVerb = async (args, io) => {
  const briefing = briefingFromArgs(args, io);
  const { people, places } = peopleAndPlaces(briefing);
  if (args.json) {
    writeJson(io, { title: briefing.title, tldr: briefing.tldr, keyPoints: briefing.keyPoints, sections: briefing.sections.map(sectionJson), people, places });
    return 0;
  }
  const lines = [
    briefing.title,
    '',
    `TL;DR: ${briefing.tldr}`,
    '',
    'Key points:',
    ...briefing.keyPoints.map((point) => `  • ${point}`),
    '',
    ...(people.length > 0 ? ["Who's who:", ...people.map((person) => `  • ${describePerson(person)}`), ''] : []),
    ...(places.length > 0 ? [`Places: ${places.join(' · ')}`, ''] : []),
    'Sections:',
    renderSections(briefing.sections),
    '',
  ];
  io.stdout.write(lines.join('\n'));
  return 0;
};
