import { UserError } from '../src/errors.js';
import type { Command } from './types.js';

// Placeholder until this form lands.
export default {
  name: 'summary',
  description: 'summary',
  usage: '/brief summary',
  examples: [],
  options: [],
  execute: async () => {
    throw new UserError('command.unavailable', '/brief summary is not available yet');
  },
} satisfies Command;
