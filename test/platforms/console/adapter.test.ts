import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildReply } from '../../../commands/build-reply.js';
import { createConsoleAdapter } from '../../../src/platforms/console/adapter.js';
import { silentLogger } from '../../../src/logger.js';
import { fakeServices, fixtureBriefing } from '../../commands/fakes.js';

function consoleWith(services = fakeServices(), prompt = false) {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => (written += chunk.toString()));
  const adapter = createConsoleAdapter({ services, logger: silentLogger, input, output, prompt });
  return { adapter, input, output, services, text: () => written };
}

describe('console adapter', () => {
  it('GIVEN piped lines THEN answers each in order and finishes at end of input', async () => {
    const { adapter, input, text } = consoleWith();
    await adapter.start();
    input.end('/brief\nwhere did he land?\n/brief search machine\n');
    await adapter.finished;
    const out = text();
    const tldr = out.indexOf(fixtureBriefing.tldr);
    const answer = out.indexOf('He landed in Shanghai.');
    const hit = out.indexOf('China shares machine tools with Russia.');
    expect(tldr).toBeGreaterThanOrEqual(0);
    expect(answer).toBeGreaterThan(tldr);
    expect(hit).toBeGreaterThan(answer);
  });

  it('GIVEN plain questions THEN they share one conversation key (follow-ups)', async () => {
    const { adapter, input, services } = consoleWith();
    await adapter.start();
    input.end('where is he?\nand then?\n');
    await adapter.finished;
    const keys = services.asked.map((call) => call.options?.conversationKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeDefined();
    expect(keys[1]).toBe(keys[0]);
  });

  it('GIVEN a terminal THEN a prompt before each line', async () => {
    const { adapter, input, output, text } = consoleWith(fakeServices(), true);
    await adapter.start();
    expect(text()).toMatch(/\/brief help.*\nbrief> $/);
    const greeting = text();
    input.write('/brief sections\n');
    // Wait for the prompt written after the answer.
    while (!text().endsWith('brief> ') || text() === greeting) await once(output, 'data');
    expect(text()).toContain('The visit');
    input.end();
    await adapter.finished;
  });

  it('GIVEN a digest posted THEN printed on the terminal', async () => {
    const { adapter, output, text } = consoleWith();
    await adapter.start();
    const printed = once(output, 'data');
    await adapter.postToChannel('console', buildReply({ kind: 'digest', visibility: 'public', parts: [{ type: 'paragraph', text: 'Morning digest <!channel>' }] }));
    await printed;
    expect(text()).toContain('[digest for console]');
    expect(text()).toContain('Morning digest');
    expect(text()).not.toContain('<!channel>');
    await adapter.stop();
  });

  it('GIVEN a failing engine THEN an apology and the next line still answered', async () => {
    const services = fakeServices({
      search: () => {
        throw new Error('boom');
      },
    });
    const { adapter, input, text } = consoleWith(services);
    await adapter.start();
    input.end('/brief search x\n/brief sections\n');
    await adapter.finished;
    expect(text()).toMatch(/Sorry/);
    expect(text()).toContain("China's support for Russia");
  });
});
