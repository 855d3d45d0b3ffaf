/**
 * Buttons under a reply: "open section" (custom_id carries article id + section id) and "Share in channel".
 * Discord allows 5 buttons a row, 5 rows a message, custom ids of 100 characters and labels of 80.
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { ReplyAction } from '../../../commands/reply.js';
import { DISCORD_LIMITS, truncate } from './limits.js';

const OPEN_PREFIX = 'brief:open:';
export const SHARE_ID = 'brief:share';

export type ButtonAction = { kind: 'open-section'; articleId: string; sectionId: string } | { kind: 'share' };

/** `brief:open:<articleId>:<sectionId>`, or undefined when it would not fit in 100 characters. */
export function openSectionId(articleId: string, sectionId: string): string | undefined {
  const id = `${OPEN_PREFIX}${articleId}:${sectionId}`;
  return id.length <= DISCORD_LIMITS.customId && !sectionId.includes(':') ? id : undefined;
}

/** Reads a button's custom_id back; undefined for ids this bot did not make. */
export function parseCustomId(customId: string): ButtonAction | undefined {
  if (customId === SHARE_ID) return { kind: 'share' };
  if (!customId.startsWith(OPEN_PREFIX)) return undefined;
  const rest = customId.slice(OPEN_PREFIX.length);
  // Section ids never contain ':'; article ids (file names) might.
  const cut = rest.lastIndexOf(':');
  if (cut <= 0 || cut === rest.length - 1) return undefined;
  return { kind: 'open-section', articleId: rest.slice(0, cut), sectionId: rest.slice(cut + 1) };
}

/** Buttons for the actions, 5 a row, at most 5 rows; "share" only when the reply is ephemeral. */
export function buttonRows(actions: readonly ReplyAction[], shareable: boolean): APIActionRowComponent<APIButtonComponent>[] {
  const buttons: APIButtonComponent[] = [];
  for (const action of actions) {
    if (action.type === 'share') {
      if (shareable) buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: SHARE_ID, label: truncate(action.label, DISCORD_LIMITS.buttonLabel) });
      continue;
    }
    const customId = openSectionId(action.articleId, action.sectionId);
    if (customId === undefined) continue;
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customId, label: truncate(action.label || action.sectionId, DISCORD_LIMITS.buttonLabel) });
  }
  const max = DISCORD_LIMITS.buttonsPerRow * DISCORD_LIMITS.rowsPerMessage;
  // Keep the share button when there are too many: it is the one action that cannot be typed instead.
  const share = buttons.find((button) => 'custom_id' in button && button.custom_id === SHARE_ID);
  let kept = buttons.slice(0, max);
  if (share && !kept.includes(share)) kept = [...kept.slice(0, max - 1), share];
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < kept.length; i += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: kept.slice(i, i + DISCORD_LIMITS.buttonsPerRow) });
  }
  return rows;
}
