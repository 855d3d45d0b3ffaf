/**
 * Mentions, DMs and replies in the bot's threads are questions (answered like `/brief ask`). A mention in
 * a channel gets its answer in a thread started from the question, or a plain reply when threads are not
 * allowed; messages in that thread are follow-ups of one conversation (keyed by the thread id).
 */
import type { Message, SendableChannels, ThreadChannel } from 'discord.js';
import { answerChatMessage } from '../../../commands/dispatch.js';
import { echo } from '../../../commands/sanitize.js';
import type { CommandServices } from '../../../commands/types.js';
import type { Logger } from '../../logger.js';
import { messageContext } from './context.js';
import { isPermissionError } from './delivery.js';
import { DISCORD_LIMITS } from './limits.js';
import { APOLOGY, THREAD_NAME_FALLBACK } from './notices.js';
import { noticePayload, withoutFlags } from './payload.js';
import { renderReply } from './render.js';

export interface ChatDeps {
  services: CommandServices;
  logger: Logger;
  botUserId: () => string | undefined;
}

type ChannelPayload = ReturnType<typeof withoutFlags>;
type Where = { conversationKey: string; send: (payload: ChannelPayload) => Promise<unknown> };

/** Handles one incoming message; ignores what is not for the bot; never throws. */
export async function handleMessage(message: Message, deps: ChatDeps): Promise<void> {
  const botId = deps.botUserId();
  if (!botId || message.author.bot || message.author.id === botId || message.system) return;
  const channel = message.channel;
  const inDm = !message.inGuild();
  const mentioned = message.mentions.users.has(botId);
  const inBotThread = channel.isThread() && channel.ownerId === botId;
  if (!inDm && !mentioned && !inBotThread) return;
  // Without the MessageContent intent un-mentioned messages arrive empty: nothing to answer.
  if (!inDm && !mentioned && message.content.trim() === '') return;

  const question = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
  try {
    const where = await placeAnswer(message, question, inDm || inBotThread, deps.logger);
    const reply = await answerChatMessage(question, messageContext(message, where.conversationKey), deps.services);
    for (const payload of renderReply(reply, { ephemeral: false })) await where.send(withoutFlags(payload));
  } catch (error) {
    if (isPermissionError(error)) {
      deps.logger.warn({ err: error, channelId: message.channelId }, 'discord: cannot answer in this channel (missing access or permission)');
      return;
    }
    deps.logger.error({ err: error, channelId: message.channelId, messageId: message.id }, 'discord: answering a message failed');
    await message.reply(withoutFlags(noticePayload(APOLOGY, false))).catch((replyError: unknown) => deps.logger.warn({ err: replyError }, 'discord: could not apologise'));
  }
}

/** DMs and the bot's threads answer in place; a channel mention gets a new thread, or a reply when that fails. */
async function placeAnswer(message: Message, question: string, inPlace: boolean, logger: Logger): Promise<Where> {
  const channel = message.channel;
  if (inPlace || channel.isThread()) {
    if (inPlace && channel.isSendable()) return { conversationKey: channel.id, send: (payload) => (channel as SendableChannels).send(payload) };
    return { conversationKey: channel.id, send: (payload) => message.reply(payload) };
  }
  const thread = await startThread(message, question, logger);
  if (thread) return { conversationKey: thread.id, send: (payload) => thread.send(payload) };
  return { conversationKey: `${channel.id}:${message.author.id}`, send: (payload) => message.reply(payload) };
}

async function startThread(message: Message, question: string, logger: Logger): Promise<ThreadChannel | undefined> {
  try {
    const name = echo(question, DISCORD_LIMITS.threadName) || THREAD_NAME_FALLBACK;
    return await message.startThread({ name });
  } catch (error) {
    logger.info({ err: error, channelId: message.channelId }, 'discord: cannot start a thread here; replying instead');
    return undefined;
  }
}
