/** `/brief` on Slack: acknowledge at once (empty ack), then answer through respond(), private by default. */
import type { App } from '@slack/bolt';
import { runBriefText } from '../../../commands/dispatch.js';
import { encodeShare } from './actions.js';
import type { SlackListenerDeps } from './deps.js';
import { renderSlackMessage } from './render.js';
import { withRetries } from './retry.js';

export function registerSlashCommand(app: App, deps: SlackListenerDeps): void {
  app.command(/^\/brief/, async ({ command, ack, respond }) => {
    // Slack wants the ack within 3 s; the content follows through the response_url.
    await ack();
    const context = deps.contextFor(command.user_id, command.channel_id, `slack:${command.channel_id}:${command.user_id}`);
    const reply = await runBriefText(command.text, context, deps.services);
    const message = renderSlackMessage(reply, { shareValue: encodeShare({ brief: command.text }) });
    try {
      await withRetries(
        'respond',
        () => respond({ response_type: reply.visibility === 'public' ? 'in_channel' : 'ephemeral', ...message }),
        deps.retry,
        deps.logger,
      );
    } catch (error) {
      deps.logger.error({ err: error, channelId: command.channel_id, userId: command.user_id }, 'could not answer /brief');
    }
  });
}
