/** `brief discord-register` against the Discord double: the PUT it makes, and one-line errors. */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { runCli } from '../../../src/cli/run.js';
import { APP_ID, GUILD_ID, startDiscordDouble, type DiscordDouble } from './double/index.js';

function io(env: NodeJS.ProcessEnv) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += String(chunk)));
  stderr.on('data', (chunk: Buffer) => (err += String(chunk)));
  return { io: { stdin: new PassThrough(), stdout, stderr, env }, out: () => out, err: () => err };
}

describe('GIVEN the Discord double', () => {
  let double: DiscordDouble;
  beforeAll(async () => {
    double = await startDiscordDouble();
  });
  afterAll(async () => double.close());
  const env = () => ({ DISCORD_TOKEN: 'double-token', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: double.apiUrl });

  it('WHEN discord-register --guild THEN /brief with every subcommand is PUT to the guild commands route', async () => {
    const run = io(env());
    const status = await runCli(['discord-register', '--guild', GUILD_ID], run.io);
    expect(run.err()).toBe('');
    expect(status).toBe(0);
    const put = await double.rest.calls.waitFor((call) => call.method === 'PUT');
    expect(put.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.body).toHaveLength(1);
    expect(put.body[0].name).toBe('brief');
    expect(put.body[0].options.map((o: { name: string }) => o.name)).toEqual(commands.map((c) => c.name));
    expect(run.out()).toMatch(/^Registered \/brief with \d+ subcommands in guild/);
  });

  it('WHEN discord-register --json without --guild THEN the global route and one JSON object', async () => {
    const run = io(env());
    const from = double.rest.calls.mark();
    expect(await runCli(['discord-register', '--json'], run.io)).toBe(0);
    const put = await double.rest.calls.waitFor((call) => call.method === 'PUT', from);
    expect(put.path).toBe(`/applications/${APP_ID}/commands`);
    expect(JSON.parse(run.out())).toMatchObject({ command: 'brief', scope: 'global', subcommands: commands.map((c) => c.name) });
  });

  it('WHEN Discord refuses THEN one line on stderr and a non-zero status', async () => {
    const run = io({ ...env(), DISCORD_APPLICATION_ID: '999999999' });
    expect(await runCli(['discord-register'], run.io)).toBe(1);
    expect(run.err()).toMatch(/^brief: Could not register \/brief with Discord: .*Missing Access\n$/);
  });

  it('WHEN the token is missing or --guild is not an id THEN one line naming what to fix', async () => {
    const missing = io({});
    expect(await runCli(['discord-register'], missing.io)).toBe(1);
    expect(missing.err()).toMatch(/DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set/);
    const badGuild = io(env());
    expect(await runCli(['discord-register', '--guild', 'general'], badGuild.io)).toBe(1);
    expect(badGuild.err()).toMatch(/--guild must be a numeric guild id/);
    expect(badGuild.err().trim().split('\n')).toHaveLength(1);
  });
});
