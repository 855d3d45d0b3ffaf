import { UserError } from '../src/errors.js';
import type { Command } from './types.js';

// Placeholder until this form lands.
export default {
  name: 'subscriptions',
  description: 'subscriptions',
  usage: '/brief subscriptions',
  examples: [],
  options: [],
  execute: async () => {
    throw new UserError('command.unavailable', '/brief subscriptions is not available yet');
  },
} satisfies Command;
