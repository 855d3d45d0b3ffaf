/**
 * Reply → Block Kit, within Slack's limits (50 blocks a message, 3,000 characters a section text,
 * 150 a header, 75 a button label): long content is split across blocks, and a reply that still does
 * not fit is cut with a note. Never throws. All user and article text is escaped.
 */
import type { types } from '@slack/bolt';
import type { Reply, ReplyAction, ReplyPart } from '../../../commands/reply.js';
import { encodeSection, SECTION_ACTION_PREFIX, SHARE_ACTION_ID } from './actions.js';
import { escapeMrkdwn, safePlainText, splitText, truncate } from './escape.js';

export const SLACK_LIMITS = { blocks: 50, sectionText: 3000, header: 150, buttonText: 75, buttonsPerActions: 25, fallbackText: 3000 } as const;

export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

export interface RenderOptions {
  /** Value of the "Share in channel" button; without it the button is left out (nothing to replay). */
  shareValue?: string | undefined;
}

const section = (text: string): types.KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** Escapes then splits, so every piece is within the section limit after escaping. */
const sections = (mrkdwn: string): types.KnownBlock[] => splitText(mrkdwn, SLACK_LIMITS.sectionText).map(section);

function partBlocks(part: ReplyPart): types.KnownBlock[] {
  switch (part.type) {
    case 'heading':
      return [{ type: 'header', text: { type: 'plain_text', text: truncate(safePlainText(part.text), SLACK_LIMITS.header) || ' ' } }];
    case 'paragraph':
      return sections(escapeMrkdwn(part.text));
    case 'bullets':
      return sections(part.items.map((item) => `• ${escapeMrkdwn(item)}`).join('\n'));
    case 'quote': {
      const quoted = escapeMrkdwn(part.text)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
      return sections(part.source ? `${quoted}\n— _${escapeMrkdwn(part.source)}_` : quoted);
    }
    case 'fields':
      return sections(part.fields.map((field) => `*${escapeMrkdwn(field.name)}*\n${escapeMrkdwn(field.value)}`).join('\n\n'));
    case 'context':
      return splitText(escapeMrkdwn(part.text), SLACK_LIMITS.sectionText).map((text) => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] }));
  }
}

function button(action: ReplyAction, index: number, shareValue: string | undefined): types.Button | undefined {
  const text = { type: 'plain_text' as const, text: truncate(safePlainText(action.label), SLACK_LIMITS.buttonText) || '…', emoji: true };
  if (action.type === 'share') return shareValue === undefined ? undefined : { type: 'button', action_id: SHARE_ACTION_ID, text, value: shareValue, style: 'primary' };
  return { type: 'button', action_id: `${SECTION_ACTION_PREFIX}${index}`, text, value: encodeSection({ articleId: action.articleId, sectionId: action.sectionId }) };
}

function actionBlocks(reply: Reply, options: RenderOptions): types.KnownBlock[] {
  const buttons = reply.actions.flatMap((action, index) => button(action, index, options.shareValue) ?? []);
  const blocks: types.KnownBlock[] = [];
  for (let start = 0; start < buttons.length; start += SLACK_LIMITS.buttonsPerActions) {
    blocks.push({ type: 'actions', elements: buttons.slice(start, start + SLACK_LIMITS.buttonsPerActions) });
  }
  return blocks;
}

/** The Block Kit message for a reply, plus its escaped plain-text fallback (notifications, old clients). */
export function renderSlackMessage(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const content = reply.parts.flatMap(partBlocks);
  const actions = actionBlocks(reply, options).slice(0, 2);
  const room = SLACK_LIMITS.blocks - actions.length;
  let blocks: types.KnownBlock[];
  if (content.length <= room) {
    blocks = [...content, ...actions];
  } else {
    const kept = content.slice(0, room - 1);
    const note = `… ${content.length - kept.length} more blocks did not fit in one Slack message.`;
    blocks = [...kept, { type: 'context', elements: [{ type: 'mrkdwn', text: note }] }, ...actions];
  }
  return { text: truncate(escapeMrkdwn(reply.text), SLACK_LIMITS.fallbackText), blocks };
}
