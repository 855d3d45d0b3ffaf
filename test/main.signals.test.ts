/** `brief start` as a real process: Slack over loopback, /healthz, then a clean exit on SIGTERM. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackDouble } from './platforms/slack/slack-double.js';

let double: SlackDouble;
let dataDir: string;
beforeAll(async () => {
  double = await new SlackDouble().start();
  dataDir = mkdtempSync(join(tmpdir(), 'brief-signals-'));
  copyFileSync('data/000_78d76434cf3e539e.txt', join(dataDir, 'article.txt'));
});
afterAll(async () => {
  await double.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('brief start process', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('GIVEN a running Slack bot THEN /healthz is 200 and %s stops it with status 0', async (signal) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'start'], {
      env: { PATH: process.env.PATH, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: double.apiUrl, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // Wait for the log line that says the bot started; the Slack line before it names the real port.
    let log = '';
    const started = new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('"bot started"')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${log}`)));
    });
    await started;
    const port = /"port":(\d+)/.exec(log)?.[1];
    expect(Number(port)).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const exited = once(child, 'exit');
    child.kill(signal);
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(log).toContain('shutting down');
  });
});
