import { UserError } from '../src/errors.js';
import type { Command } from './types.js';

// Placeholder until this form lands.
export default {
  name: 'ask',
  description: 'ask',
  usage: '/brief ask',
  examples: [],
  options: [],
  execute: async () => {
    throw new UserError('command.unavailable', '/brief ask is not available yet');
  },
} satisfies Command;
