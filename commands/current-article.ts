/**
 * The article a `/brief` form works on: the one the asker's conversation is on (`/brief article 2` opened it,
 * or it answered their last question), else the newest.
 */
import type { Briefing } from '../src/briefing/types.js';
import type { CommandContext, CommandServices } from './types.js';

export function currentBriefing(context: CommandContext, services: CommandServices): Briefing {
  const articleId = services.briefings.conversationArticle(context.conversationKey);
  return services.briefings.briefing(articleId === undefined ? undefined : { articleId });
}
