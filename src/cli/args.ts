/** Command-line arguments: `brief <verb> [positional...] [--json] [--file PATH] [--flag VALUE]`. */
import { UserError } from '../errors.js';

export interface CliArgs {
  verb: string;
  positional: string[];
  json: boolean;
  file: string | undefined;
  /** Other `--name value` flags (`--guild`, `--article`, `--out`). */
  flags: Record<string, string>;
}

/** Flags that take no value. */
const BOOLEAN_FLAGS = new Set(['json', 'help', 'force']);

export function parseArgs(argv: readonly string[]): CliArgs {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  let json = false;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (BOOLEAN_FLAGS.has(name)) {
      if (name === 'json') json = true;
      else flags[name] = 'true';
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UserError('cli.flag', `--${name} needs a value`);
    if (name === 'file') file = value;
    else flags[name] = value;
  }
  const [verb = 'help', ...rest] = positional;
  return { verb, positional: rest, json, file, flags };
}
