import { UserError } from '../src/errors.js';
import type { Command } from './types.js';

// Placeholder until this form lands.
export default {
  name: 'search',
  description: 'search',
  usage: '/brief search',
  examples: [],
  options: [],
  execute: async () => {
    throw new UserError('command.unavailable', '/brief search is not available yet');
  },
} satisfies Command;
