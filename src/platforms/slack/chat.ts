/**
 * Questions in chat: a mention is answered in a thread under it; replies in a thread the bot answered
 * (or a digest it posted) are follow-ups when they read like questions (conversation = channel + thread);
 * direct messages are answered in the DM.
 */
import type { App, types } from '@slack/bolt';
import { looksLikeQuestion } from '../../../commands/chat-policy.js';
import { answerChatMessage } from '../../../commands/dispatch.js';
import type { SlackListenerDeps } from './deps.js';
import { renderSlackMessage } from './render.js';
import { withRetries } from './retry.js';

interface Question {
  text: string;
  user: string;
  channel: string;
  /** Where the answer goes; undefined: top level (a DM). */
  threadTs: string | undefined;
  conversationKey: string;
}

async function answer(app: App, deps: SlackListenerDeps, question: Question): Promise<void> {
  const context = deps.contextFor(question.user, question.channel, question.conversationKey);
  const reply = await answerChatMessage(question.text, context, deps.services);
  const message = renderSlackMessage(reply);
  try {
    await withRetries(
      'chat.postMessage',
      () =>
        app.client.chat.postMessage({
          channel: question.channel,
          ...(question.threadTs ? { thread_ts: question.threadTs } : {}),
          ...message,
          unfurl_links: false,
          unfurl_media: false,
        }),
      deps.retry,
      deps.logger,
    );
    if (question.threadTs) deps.threads.remember(question.channel, question.threadTs);
  } catch (error) {
    deps.logger.error({ err: error, channelId: question.channel, userId: question.user }, 'could not answer a chat question');
  }
}

export function registerChat(app: App, deps: SlackListenerDeps): void {
  app.event('app_mention', async ({ event }) => {
    if (event.bot_id || !event.user) return;
    const threadTs = event.thread_ts ?? event.ts;
    await answer(app, deps, {
      text: event.text,
      user: event.user,
      channel: event.channel,
      threadTs,
      conversationKey: `slack:${event.channel}:${threadTs}`,
    });
  });

  app.event('message', async ({ event, context }) => {
    // Edits, joins, bot posts and the bot's own messages are not questions.
    if (event.subtype !== undefined) return;
    const message = event as types.GenericMessageEvent;
    if (message.bot_id || !message.user || message.user === context.botUserId) return;
    const text = message.text ?? '';
    if (message.channel_type === 'im') {
      const key = message.thread_ts ? `slack:${message.channel}:${message.thread_ts}` : `slack:dm:${message.channel}`;
      await answer(app, deps, { text, user: message.user, channel: message.channel, threadTs: message.thread_ts, conversationKey: key });
      return;
    }
    // In channels: only follow-ups in threads the bot answered; a mention there is app_mention's job.
    if (!message.thread_ts || !deps.threads.has(message.channel, message.thread_ts)) return;
    if (context.botUserId && text.includes(`<@${context.botUserId}>`)) return;
    if (!looksLikeQuestion(text)) return;
    await answer(app, deps, {
      text,
      user: message.user,
      channel: message.channel,
      threadTs: message.thread_ts,
      conversationKey: `slack:${message.channel}:${message.thread_ts}`,
    });
  });
}
