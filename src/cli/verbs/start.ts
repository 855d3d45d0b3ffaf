/**
 * `brief start` (and `npm start`): runs the bot until SIGTERM/SIGINT, or, for the console, until the end
 * of input. A configuration problem is one line on stderr naming the variable, and a non-zero exit.
 */
import { ConfigError, loadConfig, type Config } from '../../config.js';
import { createLogger } from '../../logger.js';
import { startBot } from '../../main.js';
import type { CliVerb } from '../io.js';

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

export const run: CliVerb = async (_args, io) => {
  let config: Config;
  try {
    config = loadConfig(io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`brief: ${error.message}\n`);
    return 78; // EX_CONFIG
  }
  const logger = createLogger(config.logLevel);
  // Listen before starting: a signal during start-up still ends in a clean stop.
  let onSignal: (signal: NodeJS.Signals) => void = () => {};
  const signalled = new Promise<string>((resolve) => {
    onSignal = (signal) => resolve(signal);
    for (const signal of SIGNALS) process.once(signal, onSignal);
  });
  try {
    const bot = await startBot({ config, logger, stdin: io.stdin, stdout: io.stdout });
    const reason = await Promise.race([bot.done.then(() => 'end of input'), signalled]);
    logger.info({ reason }, 'shutting down');
    await bot.stop();
    return 0;
  } finally {
    for (const signal of SIGNALS) process.off(signal, onSignal);
  }
};
