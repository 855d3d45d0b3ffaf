/** Without the privileged MessageContent intent enabled in the portal the bot still starts, mention-only. */
import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { silentLogger } from '../../../src/logger.js';
import { createDiscordAdapter } from '../../../src/platforms/discord/index.js';
import { APP_ID, mentionBot, startDiscordDouble, TEXT_CHANNEL_ID } from './double/index.js';
import { memoryLibrary, shortBriefing } from './fixtures/briefing.js';
import { memorySubscriptions, startHarness, visibleText, type Harness } from './harness.js';

describe('GIVEN a bot whose MessageContent intent is not enabled in the Developer Portal', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ double: (double) => (double.gateway.disallowedIntents = GatewayIntentBits.MessageContent) });
  });
  afterAll(async () => h.stop());

  it('WHEN it starts THEN Discord refuses the first IDENTIFY (4014) and the bot identifies again without MessageContent, saying so', async () => {
    const identifies = h.double.gateway.received.items.filter((frame) => frame.op === 2);
    expect(identifies.map((frame) => (frame.d.intents & GatewayIntentBits.MessageContent) !== 0)).toEqual([true, false]);
    expect(h.logs.some((line) => line.level === 40 && String(line.msg).includes('MessageContent intent is not enabled'))).toBe(true);
  });

  it('WHEN it is mentioned THEN it answers in a thread as usual', async () => {
    const question = mentionBot('Where did Blinken arrive?');
    const from = h.double.rest.calls.mark();
    h.double.gateway.dispatch('MESSAGE_CREATE', question);
    const thread = await h.double.rest.calls.waitFor((call) => call.path === `/channels/${TEXT_CHANNEL_ID}/messages/${question.id}/threads`, from);
    const threadId = (thread.response as { id: string }).id;
    const answer = await h.double.rest.calls.waitFor((call) => call.path === `/channels/${threadId}/messages`, from);
    expect(visibleText(answer.body)).toContain('Shanghai');
  });
});

describe('GIVEN a token Discord rejects', () => {
  it('WHEN the adapter starts THEN it fails with one line naming DISCORD_TOKEN', async () => {
    const double = await startDiscordDouble();
    double.rest.fail({ path: /^\/gateway\/bot$/, status: 401, body: { message: '401: Unauthorized', code: 0 } });
    const adapter = createDiscordAdapter({ token: 'wrong', applicationId: APP_ID, apiUrl: double.apiUrl }, { services: { briefings: createBriefingService(memoryLibrary(shortBriefing)), subscriptions: memorySubscriptions([]) }, logger: silentLogger });
    try {
      await expect(adapter.start()).rejects.toThrow(/^Discord login failed: An invalid token was provided.*check DISCORD_TOKEN/);
    } finally {
      await adapter.stop();
      await double.close();
    }
  });
});
