import { copyFileSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { startBot, type RunningBot } from '../src/main.js';
import { APP_ID, startDiscordDouble } from './platforms/discord/double/index.js';
import { SlackDouble } from './platforms/slack/slack-double.js';

const SHIPPED = 'data/000_78d76434cf3e539e.txt';
const dirs: string[] = [];
const bots: RunningBot[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDirWithArticle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'brief-main-'));
  dirs.push(dir);
  copyFileSync(SHIPPED, join(dir, 'article.txt'));
  return dir;
}

function streams() {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stdin, stdout, text: () => text };
}

describe('main wiring', () => {
  it('GIVEN no platform tokens THEN the console answers piped lines on the shipped article and is done at end of input', async () => {
    const io = streams();
    const config = loadConfig({ DATA_DIR: dataDirWithArticle() });
    const bot = await startBot({ config, logger: silentLogger, stdin: io.stdin, stdout: io.stdout });
    bots.push(bot);
    expect([...bot.adapters.keys()]).toEqual(['console']);
    io.stdin.end('/brief\nwho is the state department spokesman\n');
    await bot.done;
    expect(io.text()).toContain(bot.services.briefings.briefing().tldr);
    expect(io.text()).toContain('Matthew Miller');
  });

  /** A console bot rescanning every `seconds` (intervals faked), and a second article written to its DATA_DIR after it started. */
  async function botGivenArticleLater(seconds: string) {
    const io = streams();
    const dir = dataDirWithArticle();
    const bot = await startBot({ config: loadConfig({ DATA_DIR: dir, LIBRARY_RESCAN_SECONDS: seconds }), logger: silentLogger, stdin: io.stdin, stdout: io.stdout });
    bots.push(bot);
    writeFileSync(join(dir, 'storm.txt'), 'Storm closes ports\n\nA winter storm closed three ports on the coast on Friday, officials said.');
    return { io, dir, bot };
  }

  it('GIVEN an article added to DATA_DIR while the bot runs THEN the next rescan brings it to /brief and to questions', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const { io, dir, bot } = await botGivenArticleLater('5');
      utimesSync(join(dir, 'storm.txt'), new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
      expect(bot.services.briefings.articles()).toHaveLength(1);
      vi.advanceTimersByTime(5_000);
      expect(bot.services.briefings.articles().map((a) => a.articleId)).toEqual(['storm', 'article']);
      io.stdin.end('/brief articles\nhow many ports did the storm close?\n');
      await bot.done;
      expect(io.text()).toContain('1. Storm closes ports');
      expect(io.text()).toContain('closed three ports');
    } finally {
      vi.useRealTimers();
    }
  });

  it('GIVEN LIBRARY_RESCAN_SECONDS=0 THEN the library is never rescanned', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const { bot } = await botGivenArticleLater('0');
      vi.advanceTimersByTime(3_600_000);
      expect(bot.services.briefings.articles()).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('GIVEN Slack tokens THEN Slack in HTTP mode with /healthz, and no console', async () => {
    const double = await new SlackDouble().start();
    try {
      const config = loadConfig({
        DATA_DIR: dataDirWithArticle(),
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_API_URL: double.apiUrl,
        PORT: '0',
      });
      const bot = await startBot({ config, logger: silentLogger, host: '127.0.0.1' });
      bots.push(bot);
      expect([...bot.adapters.keys()]).toEqual(['slack']);
      const response = await fetch(`http://127.0.0.1:${bot.healthPort()}/healthz`);
      expect(response.status).toBe(200);
    } finally {
      await double.stop();
    }
  });

  it('GIVEN Slack and Discord tokens THEN both run in one process; Discord-only gets its own /healthz', async () => {
    const slackDouble = await new SlackDouble().start();
    const discordDouble = await startDiscordDouble();
    try {
      const both = loadConfig({
        DATA_DIR: dataDirWithArticle(),
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_API_URL: slackDouble.apiUrl,
        DISCORD_TOKEN: 'discord-token',
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_URL: discordDouble.apiUrl,
        PORT: '0',
      });
      const bot = await startBot({ config: both, logger: silentLogger, host: '127.0.0.1' });
      bots.push(bot);
      expect([...bot.adapters.keys()].sort()).toEqual(['discord', 'slack']);
      expect((await fetch(`http://127.0.0.1:${bot.healthPort()}/healthz`)).status).toBe(200);
      await bot.stop();

      const discordOnly = await startBot({ config: { ...both, slack: undefined }, logger: silentLogger, host: '127.0.0.1' });
      bots.push(discordOnly);
      expect([...discordOnly.adapters.keys()]).toEqual(['discord']);
      const port = discordOnly.healthPort();
      expect(port).toBeGreaterThan(0);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
    } finally {
      for (const bot of bots.splice(0)) await bot.stop();
      await discordDouble.close();
      await slackDouble.stop();
    }
  });

  it('GIVEN a malformed variable THEN `brief start` prints one line naming it and exits non-zero', async () => {
    const io = { ...streams(), stderr: new PassThrough(), env: { SLACK_BOT_TOKEN: 'not-a-token', SLACK_SIGNING_SECRET: 's' } };
    let err = '';
    io.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const status = await runCli(['start'], io);
    expect(status).not.toBe(0);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('SLACK_BOT_TOKEN');
  });
});
