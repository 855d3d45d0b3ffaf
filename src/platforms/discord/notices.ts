/** The adapter's own user-visible lines (the command layer's live in commands/messages.ts). */
import { messages } from '../../../commands/messages.js';

export const APOLOGY = messages.apology;
export const THREAD_NAME_FALLBACK = 'Question about the article';
