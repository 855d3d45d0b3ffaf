/** `brief search "<query>"`: matching passages with their sections, best first. */
import { UserError } from '../../errors.js';
import { writeJson, type CliVerb } from '../io.js';
import { openService } from './ask.js';

export const run: CliVerb = async (args, io) => {
  const query = args.positional.join(' ').trim();
  if (!query) throw new UserError('search.empty', 'search needs words to look for, e.g. brief search "taiwan strait"');
  const limit = args.flags.limit === undefined ? 10 : Number(args.flags.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UserError('search.limit', '--limit must be a whole number of at least 1');
  const hits = openService(args, io).search(query, { limit });
  if (args.json) {
    writeJson(io, { hits: hits.map((hit) => ({ section: hit.sectionTitle, text: hit.text, score: hit.score })) });
    return 0;
  }
  if (hits.length === 0) io.stdout.write(`Nothing in the article matches "${query}".\n`);
  for (const [i, hit] of hits.entries()) io.stdout.write(`${i + 1}. [${hit.sectionTitle}] ${hit.text}\n`);
  return 0;
};
