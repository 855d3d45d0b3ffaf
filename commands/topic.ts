import { UserError } from '../src/errors.js';
import type { Command } from './types.js';

// Placeholder until this form lands.
export default {
  name: 'topic',
  description: 'topic',
  usage: '/brief topic',
  examples: [],
  options: [],
  execute: async () => {
    throw new UserError('command.unavailable', '/brief topic is not available yet');
  },
} satisfies Command;
