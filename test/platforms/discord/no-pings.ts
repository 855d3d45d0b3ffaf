/** The one assertion every end-to-end file ends with: nothing the bot sent could ping anyone. */
import { expect } from 'vitest';
import type { RestCall } from './double/rest.js';
import { messageBody } from './harness.js';

/**
 * Calls that create or edit a message: interaction callbacks other than autocomplete (8) and deferral (5,
 * which carries no message), webhook posts and edits, channel messages (not reads of the history).
 */
export const carriesMessage = (call: RestCall): boolean =>
  call.method !== 'DELETE' &&
  call.method !== 'GET' &&
  ((call.path.endsWith('/callback') && call.body?.type !== 8 && call.body?.type !== 5) ||
    call.path.startsWith('/webhooks/') ||
    /^\/channels\/\d+\/messages$/.test(call.path));

export function expectNoPings(calls: readonly RestCall[]): number {
  const messages = calls.filter(carriesMessage);
  for (const call of messages) {
    expect(messageBody(call)?.allowed_mentions, `${call.method} ${call.path}`).toMatchObject({ parse: [] });
  }
  return messages.length;
}
