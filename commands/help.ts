import { UserError } from '../src/errors.js';
import type { Command } from './types.js';

// Placeholder until this form lands.
export default {
  name: 'help',
  description: 'help',
  usage: '/brief help',
  examples: [],
  options: [],
  execute: async () => {
    throw new UserError('command.unavailable', '/brief help is not available yet');
  },
} satisfies Command;
