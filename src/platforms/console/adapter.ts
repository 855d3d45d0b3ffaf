/**
 * The console as a real chat adapter: `/brief ...` forms and plain questions typed on stdin (one console
 * conversation, so follow-ups work), answers and posted digests written to stdout. Fed from a pipe it
 * answers each line in order and reports `finished` at end of input.
 */
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { answerChatMessage, runBriefText } from '../../../commands/dispatch.js';
import { messages } from '../../../commands/messages.js';
import type { Reply } from '../../../commands/reply.js';
import type { CommandContext, CommandServices } from '../../../commands/types.js';
import type { Logger } from '../../logger.js';
import { DeliveryError, type ChatAdapter } from '../types.js';
import { renderConsoleText } from './render.js';

export interface ConsoleAdapterOptions {
  services: CommandServices;
  logger: Logger;
  input?: Readable;
  output?: Writable;
  /** Show a prompt; default: when the input is a terminal. */
  prompt?: boolean;
}

export interface ConsoleAdapter extends ChatAdapter {
  /** Resolves when the input ended (or stop() was called) and every line has been answered. */
  readonly finished: Promise<void>;
}

/** The channel id digests use when subscribed from the console. */
export const CONSOLE_CHANNEL = 'console';
const PROMPT = 'brief> ';

export function createConsoleAdapter(options: ConsoleAdapterOptions): ConsoleAdapter {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const showPrompt = options.prompt ?? (input as Readable & { isTTY?: boolean }).isTTY === true;
  const context: CommandContext = {
    platform: 'console',
    channelId: CONSOLE_CHANNEL,
    userId: process.env.USER ?? 'console',
    conversationKey: `console:${Date.now()}`,
    canManageDigests: true,
  };
  let lines: Interface | undefined;
  // Lines are answered strictly in order, even when a pipe delivers them all at once.
  let queue: Promise<void> = Promise.resolve();
  let markFinished: () => void = () => {};
  const finished = new Promise<void>((resolve) => (markFinished = resolve));

  const write = (text: string) => {
    if (!output.writableEnded && !output.destroyed) output.write(text);
  };

  async function answer(line: string): Promise<void> {
    const text = line.trim();
    if (text === '') return;
    // Piped input is not shown by a terminal: echo it so the transcript reads as a conversation.
    if (!showPrompt) write(`${PROMPT}${text}\n`);
    const reply: Reply = /^\/brief(\s|$)/i.test(text)
      ? await runBriefText(text.replace(/^\/brief/i, ''), context, options.services)
      : await answerChatMessage(text, context, options.services);
    write(`${renderConsoleText(reply)}\n`);
  }

  return {
    platform: 'console',
    finished,
    async start() {
      lines = createInterface({ input, terminal: false });
      if (showPrompt) write(`${messages.consoleWelcome}\n${PROMPT}`);
      lines.on('line', (line) => {
        queue = queue
          .then(() => answer(line))
          .catch((error: unknown) => options.logger.error({ err: error }, 'console answer failed'))
          .then(() => {
            if (showPrompt) write(PROMPT);
          });
      });
      lines.once('close', () => void queue.then(markFinished));
    },
    async stop() {
      lines?.close();
      await queue;
      markFinished();
    },
    async postToChannel(channelId, reply) {
      if (output.writableEnded || output.destroyed) throw new DeliveryError('gone', 'the console output is closed');
      write(`\n[digest for ${channelId}]\n${renderConsoleText(reply)}\n`);
    },
    async notifyUser(_userId, text) {
      write(`\n[notice] ${text}\n`);
    },
  };
}
