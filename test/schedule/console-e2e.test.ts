import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { createConsoleAdapter } from '../../src/platforms/console/adapter.js';
import { DigestScheduler } from '../../src/schedule/scheduler.js';
import { SubscriptionStore } from '../../src/schedule/store/subscription-store.js';
import { createSubscriptionService } from '../../src/schedule/subscription-service.js';
import { fakeBriefings } from '../commands/fakes.js';
import { FakeLibrary, briefingFor } from './fakes.js';
import { manualClock } from './manual-clock.js';

describe('digests end to end through the console adapter', () => {
  it('GIVEN /brief subscribe typed at the console WHEN 08:00 comes THEN the digest prints once in the terminal', async () => {
    const clock = manualClock('2026-03-02T07:30:00Z');
    const store = new SubscriptionStore(':memory:');
    const subscriptions = createSubscriptionService(store, { defaultTimezone: 'UTC', now: clock.now });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const adapter = createConsoleAdapter({ services: { briefings: fakeBriefings().service, subscriptions }, logger: silentLogger, input, output, prompt: false });
    await adapter.start();
    input.end('/brief subscribe daily 08:00 Europe/London\n/brief subscriptions\n');
    await adapter.finished;
    expect(printed).toMatch(/Digests subscribed for this channel: daily 08:00 \(Europe\/London\)/);
    expect(printed).toMatch(/Next digest: Mon 2 Mar 2026 08:00 Europe\/London/);

    const library = new FakeLibrary(briefingFor('blinken', 'Blinken arrives in China'));
    const scheduler = new DigestScheduler({ store, library, adapters: new Map([['console', adapter]]), logger: silentLogger, graceMinutes: 60, clock });
    await scheduler.start();
    clock.set('2026-03-02T07:59:00Z');
    await scheduler.tick();
    await scheduler.idle();
    expect(printed).not.toContain('[digest for console]');
    clock.set('2026-03-02T08:00:00Z');
    await scheduler.tick();
    await scheduler.tick();
    await scheduler.idle();
    expect(printed.split('[digest for console]')).toHaveLength(2);
    expect(printed).toContain('Blinken arrives in China');
    expect(printed).toContain('/brief ask');
    await scheduler.stop();
    await adapter.stop();
    store.close();
  });
});
