/** Buttons: "Share in channel" replays the answer visibly; a section button opens that section privately. */
import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import { asPublic, openSection, runBriefText } from '../../../commands/dispatch.js';
import type { Reply } from '../../../commands/reply.js';
import { decodeSection, decodeShare, encodeShare, SECTION_ACTION_PATTERN, SHARE_ACTION_ID } from './actions.js';
import type { SlackListenerDeps } from './deps.js';
import { renderSlackMessage } from './render.js';
import { withRetries } from './retry.js';

const who = (body: BlockAction) => ({ user: body.user.id, channel: body.channel?.id ?? body.container?.channel_id ?? '' });

async function send(deps: SlackListenerDeps, respond: RespondFn, payload: Parameters<RespondFn>[0], body: BlockAction): Promise<void> {
  try {
    await withRetries('respond', () => respond(payload), deps.retry, deps.logger);
  } catch (error) {
    deps.logger.error({ err: error, userId: body.user.id }, 'could not answer a button');
  }
}

export function registerButtons(app: App, deps: SlackListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(SHARE_ACTION_ID, async ({ ack, body, action, respond }) => {
    await ack();
    const { user, channel } = who(body);
    const context = deps.contextFor(user, channel, `slack:${channel}:${user}`);
    const target = decodeShare(action.value);
    if (!target) return;
    const reply: Reply =
      'brief' in target
        ? await runBriefText(target.brief, context, deps.services)
        : await openSection(target.section.articleId, target.section.sectionId, context, deps.services);
    // An error is still only for the asker.
    const shared = reply.kind === 'error' ? reply : asPublic(reply);
    const responseType = shared.visibility === 'public' ? 'in_channel' : 'ephemeral';
    await send(deps, respond, { response_type: responseType, replace_original: false, ...renderSlackMessage(shared) }, body);
  });

  app.action<BlockAction<ButtonAction>>(SECTION_ACTION_PATTERN, async ({ ack, body, action, respond }) => {
    await ack();
    const target = decodeSection(action.value);
    if (!target) return;
    const { user, channel } = who(body);
    const reply = await openSection(target.articleId, target.sectionId, deps.contextFor(user, channel, `slack:${channel}:${user}`), deps.services);
    const message = renderSlackMessage(reply, { shareValue: encodeShare({ section: target }) });
    await send(deps, respond, { response_type: 'ephemeral', replace_original: false, ...message }, body);
  });
}
