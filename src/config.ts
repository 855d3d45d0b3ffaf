/**
 * Environment, read once and validated. A missing or malformed value stops start-up with a message
 * that names the variable and how to fix it. Secrets are kept here and never logged.
 */
import { createRequire } from 'node:module';
import type * as Zod from 'zod';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** Every variable the schema reads: with none of them set, the configuration is the defaults. */
export const CONFIG_VARIABLES = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'SLACK_API_URL',
  'DISCORD_TOKEN',
  'DISCORD_APPLICATION_ID',
  'DISCORD_API_URL',
  'PORT',
  'DATA_DIR',
  'LOG_LEVEL',
  'DEFAULT_TIMEZONE',
  'DIGEST_ADMINS',
  'DIGEST_GRACE_MINUTES',
  'LIBRARY_RESCAN_SECONDS',
] as const;

const isTimezone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

function buildSchema({ z }: typeof Zod) {
  const optionalText = z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .optional();

  const httpUrl = (variable: string) =>
    optionalText.refine((value) => value === undefined || /^https?:\/\/[^\s]+$/.test(value), {
      message: `${variable} must be an http(s) URL, e.g. http://127.0.0.1:4000/api/`,
    });

  return z.object({
    SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), {
      message: 'SLACK_BOT_TOKEN must be a bot token starting with xoxb- (Slack app > OAuth & Permissions)',
    }),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), {
      message: 'SLACK_APP_TOKEN must be an app-level token starting with xapp- (Slack app > Basic Information)',
    }),
    SLACK_API_URL: httpUrl('SLACK_API_URL'),
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: optionalText.refine((v) => v === undefined || /^\d{5,25}$/.test(v), {
      message: 'DISCORD_APPLICATION_ID must be the numeric application id (Developer Portal > General Information)',
    }),
    DISCORD_API_URL: httpUrl('DISCORD_API_URL'),
    PORT: optionalText.refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) <= 65535), {
      message: 'PORT must be a whole number from 0 to 65535',
    }),
    DATA_DIR: optionalText,
    LOG_LEVEL: optionalText.refine((v) => v === undefined || (LOG_LEVELS as readonly string[]).includes(v), {
      message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`,
    }),
    DEFAULT_TIMEZONE: optionalText.refine((v) => v === undefined || isTimezone(v), {
      message: 'DEFAULT_TIMEZONE must be an IANA timezone such as Europe/Paris or UTC',
    }),
    DIGEST_ADMINS: optionalText,
    DIGEST_GRACE_MINUTES: optionalText.refine((v) => v === undefined || /^\d+$/.test(v), {
      message: 'DIGEST_GRACE_MINUTES must be a whole number of minutes',
    }),
    LIBRARY_RESCAN_SECONDS: optionalText.refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) <= 86_400), {
      message: 'LIBRARY_RESCAN_SECONDS must be a whole number of seconds from 0 (never) to 86400',
    }),
  });
}

type EnvSchema = ReturnType<typeof buildSchema>;
let schema: EnvSchema | undefined;

/**
 * The schema, with zod loaded on first use: loading zod and building the schema took about 0.1 s, over a
 * quarter of the start-up of a CLI verb, and an environment setting none of our variables needs neither.
 */
export function envSchema(): EnvSchema {
  schema ??= buildSchema(createRequire(import.meta.url)('zod') as typeof Zod);
  return schema;
}

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  appToken: string | undefined;
  apiUrl: string | undefined;
}

export interface DiscordConfig {
  token: string;
  applicationId: string;
  apiUrl: string | undefined;
}

export interface Config {
  slack: SlackConfig | undefined;
  discord: DiscordConfig | undefined;
  port: number;
  dataDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  defaultTimezone: string;
  /** Slack user ids allowed to subscribe channels; empty: anyone in the channel. */
  digestAdmins: string[];
  /** A digest missed while the bot was down is still posted, marked late, within this window. */
  digestGraceMinutes: number;
  /** How often the running bot rescans DATA_DIR for new, changed and removed articles; 0: never. */
  libraryRescanSeconds: number;
}

/** A new article reaches the running bot within half a minute; a scan of an unchanged folder only lists and stats it. */
const DEFAULT_RESCAN_SECONDS = 30;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment. Throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  if (!CONFIG_VARIABLES.some((variable) => env[variable] !== undefined)) return configFrom({});
  const parsed = envSchema().safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return configFrom(parsed.data);
}

/** The configuration from validated variables (an empty object: every default). */
function configFrom(e: Zod.infer<EnvSchema>): Config {
  let slack: SlackConfig | undefined;
  if (e.SLACK_BOT_TOKEN || e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN) {
    if (!e.SLACK_BOT_TOKEN) throw new ConfigError('SLACK_BOT_TOKEN is missing: set it to enable Slack, or unset the other SLACK_* variables');
    if (!e.SLACK_SIGNING_SECRET) throw new ConfigError('SLACK_SIGNING_SECRET is missing: copy it from the Slack app > Basic Information');
    slack = { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, appToken: e.SLACK_APP_TOKEN, apiUrl: e.SLACK_API_URL };
  }

  let discord: DiscordConfig | undefined;
  if (e.DISCORD_TOKEN || e.DISCORD_APPLICATION_ID) {
    if (!e.DISCORD_TOKEN) throw new ConfigError('DISCORD_TOKEN is missing: set the bot token to enable Discord, or unset DISCORD_APPLICATION_ID');
    if (!e.DISCORD_APPLICATION_ID) throw new ConfigError('DISCORD_APPLICATION_ID is missing: copy it from the Developer Portal > General Information');
    discord = { token: e.DISCORD_TOKEN, applicationId: e.DISCORD_APPLICATION_ID, apiUrl: e.DISCORD_API_URL };
  }

  return {
    slack,
    discord,
    port: e.PORT === undefined ? 3000 : Number(e.PORT),
    dataDir: e.DATA_DIR ?? './data',
    logLevel: (e.LOG_LEVEL as Config['logLevel'] | undefined) ?? 'info',
    defaultTimezone: e.DEFAULT_TIMEZONE ?? 'UTC',
    digestAdmins: (e.DIGEST_ADMINS ?? '').split(/[\s,]+/).filter(Boolean),
    digestGraceMinutes: e.DIGEST_GRACE_MINUTES === undefined ? 60 : Number(e.DIGEST_GRACE_MINUTES),
    libraryRescanSeconds: e.LIBRARY_RESCAN_SECONDS === undefined ? DEFAULT_RESCAN_SECONDS : Number(e.LIBRARY_RESCAN_SECONDS),
  };
}
