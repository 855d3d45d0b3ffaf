import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { startBot } from '../../src/main.js';

// Console only (no Bolt, no discord.js): fake timers are safe here.
const dirs: string[] = [];
afterEach(() => {
  vi.useRealTimers();
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

describe('digests wired in main: console', () => {
  it('GIVEN npm start without tokens and /brief subscribe typed WHEN 08:00 passes THEN the digest prints in the terminal, once; after a restart still once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-03-02T07:59:10Z'));
    const dataDir = mkdtempSync(join(tmpdir(), 'digest-main-'));
    dirs.push(dataDir);
    copyFileSync('data/000_78d76434cf3e539e.txt', join(dataDir, 'article.txt'));
    const config = loadConfig({ DATA_DIR: dataDir });
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const bot = await startBot({ config, logger: silentLogger, stdin, stdout });
    const subscribed = new Promise<void>((resolve) => stdout.on('data', () => printed.includes('Digests subscribed') && resolve()));
    stdin.write('/brief subscribe daily 08:00\n');
    await subscribed;
    await vi.advanceTimersByTimeAsync(55_000);
    expect(printed.split('[digest for console]')).toHaveLength(2);
    expect(printed).toContain(bot.services.briefings.briefing().tldr);
    await bot.stop();

    const again = await startBot({ config, logger: silentLogger, stdin: new PassThrough(), stdout });
    await vi.advanceTimersByTimeAsync(120_000);
    await again.stop();
    expect(printed.split('[digest for console]')).toHaveLength(2);
  });
});
