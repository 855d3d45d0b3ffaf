import { UserError } from '../src/errors.js';
import type { Command } from './types.js';

// Placeholder until this form lands.
export default {
  name: 'subscribe',
  description: 'subscribe',
  usage: '/brief subscribe',
  examples: [],
  options: [],
  execute: async () => {
    throw new UserError('command.unavailable', '/brief subscribe is not available yet');
  },
} satisfies Command;
