/** `brief ask "<question>"`: a cited answer from the article, or a plain abstention. */
import { createBriefingService } from '../../briefing/briefing-service.js';
import { fileLibrary, openLibrary } from '../../briefing/library.js';
import type { Answer, BriefingService } from '../../briefing/service.js';
import { loadConfig } from '../../config.js';
import type { CliArgs } from '../args.js';
import { writeJson, type CliIO, type CliVerb } from '../io.js';

/** The engine over `--file PATH`, else over the library in DATA_DIR. */
export function openService(args: CliArgs, io: CliIO): BriefingService {
  const library = args.file !== undefined ? fileLibrary(args.file) : openLibrary(loadConfig(io.env).dataDir);
  return createBriefingService(library);
}

/** The `ask` JSON of interfaces.md, with the article answered from (chat moves between stories) and whether it moved there. */
export interface AnswerJson {
  answer: string;
  abstained: boolean;
  sources: Array<{ section: string; text: string }>;
  article: { id: string; title: string };
  fromAnotherArticle?: true;
}

export function answerJson(answer: Answer): AnswerJson {
  const printed: AnswerJson = {
    answer: answer.answer,
    abstained: answer.abstained,
    sources: answer.sources.map((source) => ({ section: source.sectionTitle, text: source.text })),
    article: { id: answer.articleId, title: answer.articleTitle },
  };
  if (answer.fromAnotherArticle === true) printed.fromAnotherArticle = true;
  return printed;
}

/** Readable text: the quote, where it came from, or what to try instead. */
export function answerText(answer: Answer, manyArticles: boolean): string {
  const lines = [answer.answer];
  const sections = [...new Set(answer.sources.map((s) => s.sectionTitle).filter(Boolean))];
  // An answer from another story than the one the conversation was on says so, as on Slack and Discord.
  const from = answer.fromAnotherArticle === true ? 'found in another article' : 'from';
  if (sections.length > 0) lines.push(`  — ${from}: ${sections.join('; ')}${manyArticles ? ` (${answer.articleTitle})` : ''}`);
  if (answer.abstained && answer.suggestions.length > 0) lines.push(`  Try a section: ${answer.suggestions.map((s) => s.title).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export const run: CliVerb = async (args, io) => {
  const service = openService(args, io);
  const answer = service.ask(args.positional.join(' '));
  if (args.json) writeJson(io, answerJson(answer));
  else io.stdout.write(answerText(answer, service.articles().length > 1));
  return 0;
};
