import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, envSchema, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('GIVEN no variables THEN runs with defaults and no platforms', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ slack: undefined, discord: undefined, port: 3000, dataDir: './data', logLevel: 'info', defaultTimezone: 'UTC', digestAdmins: [], digestGraceMinutes: 60 });
  });

  it('GIVEN Slack and Discord credentials THEN enables both', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'http://127.0.0.1:9/api/',
      DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789', DIGEST_ADMINS: 'U1, U2',
    });
    expect(config.slack).toEqual({ botToken: 'xoxb-1', signingSecret: 's', appToken: undefined, apiUrl: 'http://127.0.0.1:9/api/' });
    expect(config.discord).toEqual({ token: 't', applicationId: '123456789', apiUrl: undefined });
    expect(config.digestAdmins).toEqual(['U1', 'U2']);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DEFAULT_TIMEZONE: 'Mars/Olympus' }, 'DEFAULT_TIMEZONE'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET'],
    [{ SLACK_SIGNING_SECRET: 'secret' }, 'SLACK_BOT_TOKEN'],
    [{ DISCORD_TOKEN: 't' }, 'DISCORD_APPLICATION_ID'],
    [{ SLACK_API_URL: 'not a url' }, 'SLACK_API_URL'],
  ])('GIVEN %o THEN the error names %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });

  it('GIVEN a bad secret THEN the message does not echo the secret', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'leaky-secret-value', SLACK_SIGNING_SECRET: 's' })).not.toThrow(/leaky-secret-value/);
  });

  it('GIVEN the schema THEN its variables are exactly the ones whose absence skips validation', () => {
    expect(Object.keys(envSchema().shape).sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('GIVEN none of its variables (others, or unset ones) THEN the same defaults as validating them', () => {
    const validated = envSchema().parse({});
    expect(Object.values(validated).every((value) => value === undefined)).toBe(true);
    expect(loadConfig({ HOME: '/root', DATA_DIR: undefined })).toEqual(loadConfig({ DATA_DIR: '  ' }));
  });
});
