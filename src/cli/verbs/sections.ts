/** `brief sections [--json] [--file PATH] [--article ID]`: the sections with one-line summaries. */
import type { CliVerb } from '../io.js';
import { writeJson } from '../io.js';
import { briefingFromArgs, renderSections, sectionJson } from './summary.js';

export const run: CliVerb = async (args, io) => {
  const briefing = briefingFromArgs(args, io);
  if (args.json) writeJson(io, { sections: briefing.sections.map(sectionJson) });
  else io.stdout.write(`${briefing.title}\n\n${renderSections(briefing.sections)}\n`);
  return 0;
};
