/**
 * Structured logging (pino): JSON lines to stderr so stdout stays clean for `--json` and the console.
 * Secrets are redacted by path in case a config or token object is ever logged.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino(
    {
      level,
      base: null,
      redact: {
        paths: ['*.token', '*.botToken', '*.appToken', '*.signingSecret', 'token', 'authorization', '*.authorization', 'headers.authorization'],
        censor: '[redacted]',
      },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}

/** A logger that writes nothing, for tests and quiet CLI verbs. */
export const silentLogger: Logger = pino({ level: 'silent' });
