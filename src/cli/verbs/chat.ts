import { UserError } from '../../errors.js';
import type { CliVerb } from '../io.js';

// Placeholder until this verb lands.
export const run: CliVerb = async () => {
  throw new UserError('cli.unavailable', '"chat" is not available yet');
};
