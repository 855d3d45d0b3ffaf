/** Every `/brief` form, in the order help lists them. A static list: no folder scanning at run time. */
import article from './article.js';
import articles from './articles.js';
import ask from './ask.js';
import help from './help.js';
import search from './search.js';
import sections from './sections.js';
import subscribe from './subscribe.js';
import subscriptions from './subscriptions.js';
import summary from './summary.js';
import topic from './topic.js';
import unsubscribe from './unsubscribe.js';
import type { Command } from './types.js';

export const commands: readonly Command[] = [summary, topic, search, ask, sections, articles, article, subscribe, unsubscribe, subscriptions, help];

export const findCommand = (name: string): Command | undefined => commands.find((command) => command.name === name);
