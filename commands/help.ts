import { helpFooterFor, usageReply } from './usage.js';
import type { Command } from './types.js';

/** `/brief help`: usage generated from every declaration. */
export default {
  name: 'help',
  description: 'This usage',
  usage: '/brief help',
  examples: ['/brief help'],
  options: [],
  // Loaded when run: index.ts lists this module, so a static import would be a cycle.
  execute: async (_input, context) => usageReply((await import('./index.js')).commands, undefined, helpFooterFor(context)),
} satisfies Command;
