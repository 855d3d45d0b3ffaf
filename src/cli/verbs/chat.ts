/**
 * `brief chat`: one question a line on stdin, one answer a line on stdout, answered as each line
 * arrives. The lines form one conversation, so follow-ups ("what about Taiwan?") resolve.
 */
import { createInterface } from 'node:readline';
import { isUserError } from '../../errors.js';
import type { CliVerb } from '../io.js';
import { answerJson, answerText, openService } from './ask.js';

const CONVERSATION = 'cli-chat';

export const run: CliVerb = async (args, io) => {
  const service = openService(args, io);
  const manyArticles = service.articles().length > 1;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity, terminal: false });
  lines.on('line', (line) => {
    if (!line.trim()) return;
    let output: string;
    try {
      const answer = service.ask(line, { conversationKey: CONVERSATION });
      output = args.json ? `${JSON.stringify(answerJson(answer))}\n` : answerText(answer, manyArticles);
    } catch (error) {
      if (!isUserError(error)) throw error;
      // A bad line gets its one-line answer; the session goes on.
      output = args.json ? `${JSON.stringify({ answer: error.message, abstained: true, sources: [] })}\n` : `${error.message}\n`;
    }
    io.stdout.write(output);
  });
  // A reader that goes away (`brief chat | head -1`) ends the session quietly.
  io.stdout.on('error', () => lines.close());
  await new Promise<void>((resolve) => lines.once('close', resolve));
  return 0;
};
