import { UserError } from '../src/errors.js';
import type { Command } from './types.js';

// Placeholder until this form lands.
export default {
  name: 'unsubscribe',
  description: 'unsubscribe',
  usage: '/brief unsubscribe',
  examples: [],
  options: [],
  execute: async () => {
    throw new UserError('command.unavailable', '/brief unsubscribe is not available yet');
  },
} satisfies Command;
