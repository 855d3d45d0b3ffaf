/**
 * `brief chat`: one question a line on stdin, answered as each line arrives: with `--json` one answer a
 * line on stdout; without, one readable block per question, a blank line after each so that answers read
 * apart. The lines form one conversation, so follow-ups ("what about Taiwan?") resolve.
 */
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { isUserError } from '../../errors.js';
import type { CliVerb } from '../io.js';
import { answerJson, answerText, openService } from './ask.js';

const CONVERSATION = 'cli-chat';

export const run: CliVerb = async (args, io) => {
  const service = openService(args, io);
  const manyArticles = service.articles().length > 1;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity, terminal: false });
  const output = burstWriter(io.stdout);
  lines.on('line', (line) => {
    if (!line.trim()) return;
    const slash = readSlashLine(line);
    if (slash.note !== undefined) {
      output.write(args.json ? `${JSON.stringify({ answer: slash.note, abstained: true, sources: [] })}\n` : block(slash.note));
      return;
    }
    try {
      const answer = service.ask(slash.question, { conversationKey: CONVERSATION });
      output.write(args.json ? `${JSON.stringify(answerJson(answer))}\n` : block(answerText(answer, manyArticles)));
    } catch (error) {
      if (!isUserError(error)) {
        output.flush(); // what was answered before the failure still goes out
        throw error;
      }
      // A bad line gets its one-line answer; the session goes on.
      output.write(args.json ? `${JSON.stringify({ answer: error.message, abstained: true, sources: [] })}\n` : block(error.message));
    }
  });
  // A reader that goes away (`brief chat | head -1`) ends the session quietly.
  io.stdout.on('error', () => lines.close());
  await new Promise<void>((resolve) => lines.once('close', resolve));
  return 0;
};

/** A readable answer as a block of its own: its lines, then a blank line before the next question's. */
function block(text: string): string {
  return `${text.replace(/\n*$/, '')}\n\n`;
}

/**
 * `/brief` commands that are no question: they work in the console (`npm start`), on Slack and on Discord, and
 * `brief <verb>` does the same here. Every other command is asked as a question ("/brief ask who is quoted?",
 * "/brief topic taiwan", "/brief taiwan").
 */
export const SLASH_COMMANDS_NOT_ASKED: ReadonlySet<string> = new Set(['article', 'articles', 'help', 'search', 'sections', 'subscribe', 'subscriptions', 'summary', 'unsubscribe']);
const SLASH_NOTE =
  '`brief chat` answers questions about the article, one a line. /brief commands work in the console (`npm start`), on Slack and on Discord; here, `brief summary`, `brief sections` and `brief search "<words>"` do the same.';

/** A line typed as a slash command by habit: the question it asks, or a note for a command that asks none. */
export function readSlashLine(line: string): { question: string; note?: undefined } | { question?: undefined; note: string } {
  const slash = /^\s*\/brief\b\s*(\S*)\s*(.*)$/i.exec(line);
  if (!slash) return { question: line };
  const [, word = '', rest = ''] = slash;
  const verb = word.toLowerCase();
  if (verb === '' || SLASH_COMMANDS_NOT_ASKED.has(verb)) return { note: SLASH_NOTE };
  if (verb === 'ask' || verb === 'topic') return rest.trim() ? { question: rest } : { note: SLASH_NOTE };
  return { question: `${word} ${rest}`.trim() };
}

/**
 * Answers to the lines that arrived together (one chunk of piped input, or one typed line), written
 * together as soon as that burst is answered: one write instead of one per line (a write per answer was
 * 2-3% of `brief chat`'s time), and a typed line still gets its answer at once.
 */
function burstWriter(stdout: Writable): { write: (text: string) => void; flush: () => void } {
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    stdout.write(text);
  };
  return {
    flush,
    write(text) {
      // readline emits a chunk's lines in one go: the flush runs once they are all answered.
      if (pending.length === 0) process.nextTick(flush);
      pending.push(text);
    },
  };
}
