import { UserError } from '../src/errors.js';
import type { Command } from './types.js';

// Placeholder until this form lands.
export default {
  name: 'sections',
  description: 'sections',
  usage: '/brief sections',
  examples: [],
  options: [],
  execute: async () => {
    throw new UserError('command.unavailable', '/brief sections is not available yet');
  },
} satisfies Command;
