/**
 * The one way into the command layer, for every adapter (Slack, Discord, console):
 *   - `runCommand(name, input, context, services)`: a form by name with its options (Discord subcommands, buttons);
 *   - `runBriefText(text, context, services)`: whatever was typed after `/brief` (Slack, console);
 *   - `answerChatMessage(text, context, services)`: a mention, DM or thread reply, answered like `/brief ask`;
 *   - `openSection(articleId, sectionId, context, services)`: an "open section" button.
 * Each runs inside the one error boundary: a UserError becomes a short private reply with its message;
 * anything else is logged with its context and answered with an apology. Never throws.
 */
import { editDistance } from '../src/briefing/search/edit-distance.js';
import { isUserError } from '../src/errors.js';
import { silentLogger } from '../src/logger.js';
import { buildReply, errorReply, openSectionActions, sectionReply } from './build-reply.js';
import { commands, findCommand } from './index.js';
import { MAX_INPUT_CHARS, messages } from './messages.js';
import { parseBriefText } from './parse.js';
import type { Reply } from './reply.js';
import { echo, stripLeadingMentions } from './sanitize.js';
import type { Command, CommandContext, CommandInput, CommandServices } from './types.js';
import { helpFooterFor, usageReply } from './usage.js';

/** Runs `work` inside the error boundary. */
export async function withErrorBoundary(
  what: Record<string, unknown>,
  context: CommandContext,
  services: CommandServices,
  work: () => Promise<Reply>,
): Promise<Reply> {
  try {
    return await work();
  } catch (error) {
    if (isUserError(error)) return errorReply(error.message);
    const logger = services.logger ?? silentLogger;
    logger.error(
      { err: error, ...what, platform: context.platform, channelId: context.channelId, userId: context.userId },
      'command failed',
    );
    return errorReply(messages.apology);
  }
}

const tooLong = (input: CommandInput): number | undefined => {
  const longest = Math.max(0, ...Object.values(input.options).map((value) => value?.length ?? 0));
  return longest > MAX_INPUT_CHARS ? longest : undefined;
};

const missingRequired = (command: Command, input: CommandInput): boolean =>
  command.options.some((option) => option.required && !input.options[option.name]?.trim());

async function execute(command: Command, input: CommandInput, context: CommandContext, services: CommandServices): Promise<Reply> {
  const length = tooLong(input);
  if (length !== undefined) return errorReply(messages.tooLong(length));
  if (missingRequired(command, input)) return usageReply([command], messages.missingArgument(command.usage), helpFooterFor(context));
  return withErrorBoundary({ command: command.name }, context, services, () => command.execute(input, context, services));
}

/** A form by name (Discord subcommands, replayed buttons). An unknown name answers with the usage. */
export async function runCommand(name: string, input: CommandInput, context: CommandContext, services: CommandServices): Promise<Reply> {
  const command = findCommand(name);
  if (!command) return usageReply(commands, messages.unknownForm(echo(name, 40)), helpFooterFor(context));
  return execute(command, input, context, services);
}

/** Whatever was typed after `/brief`, e.g. `search machine tools`, `tiawan`, `` (the summary). */
export async function runBriefText(text: string, context: CommandContext, services: CommandServices): Promise<Reply> {
  // Refused before parsing: 5,000 characters of noise must cost nothing.
  if (text.length > MAX_INPUT_CHARS) return errorReply(messages.tooLong(text.length));
  return withErrorBoundary({ text: echo(text, 200) }, context, services, async () => {
    const { command, options } = parseBriefText(text);
    return execute(command, { options }, context, services);
  });
}

/** Chat answers are posted in the thread or DM they answer: visible there, nothing to share. */
export const asPublic = (reply: Reply): Reply => ({
  ...reply,
  visibility: 'public',
  actions: reply.actions.filter((action) => action.type !== 'share'),
});

/** A slash and a word opening a message: a command ("/help"), perhaps "/brief" mistyped ("/brif"). */
const SLASH_COMMAND = /^\/([a-z]{2,20})(\s[\s\S]*)?$/i;

/**
 * A mention, DM or thread reply: a question answered like `/brief ask`, with follow-ups resolved
 * through `context.conversationKey`. Text starting with `/brief` runs that form instead.
 */
export async function answerChatMessage(text: string, context: CommandContext, services: CommandServices): Promise<Reply> {
  const question = stripLeadingMentions(text);
  if (/^\/brief(\s|$)/i.test(question)) return asPublic(await runBriefText(question, context, services));
  // "/brif summary", "/breif tiawan", "/help": a command typed as a message is no question about the article.
  const slashed = SLASH_COMMAND.exec(question);
  if (slashed) {
    const [, word = '', rest = ''] = slashed;
    if (word.toLowerCase() === 'help') return asPublic(await runBriefText('help', context, services));
    const text = editDistance(word.toLowerCase(), 'brief', 2) <= 2 ? messages.didYouMeanBrief(echo(`/brief${rest}`, 200)) : messages.unknownSlashCommand(echo(`/${word}`, 40));
    return asPublic(buildReply({ kind: 'notice', parts: [{ type: 'paragraph', text }] }));
  }
  if (question === '') return asPublic(buildReply({ kind: 'notice', parts: [{ type: 'paragraph', text: messages.emptyQuestion }] }));
  return asPublic(await runCommand('ask', { options: { question } }, context, services));
}

/** An "open section" button: the section by id, or the current list when it no longer exists. */
export async function openSection(articleId: string, sectionId: string, context: CommandContext, services: CommandServices): Promise<Reply> {
  return withErrorBoundary({ action: 'open-section', articleId, sectionId }, context, services, async () => {
    const briefing = services.briefings.briefing({ articleId });
    const section = briefing.sections.find((candidate) => candidate.id === sectionId);
    if (section) return sectionReply(briefing, section, services.briefings.articles().length);
    return buildReply({
      kind: 'sections',
      parts: [{ type: 'paragraph', text: messages.sectionNotFound }],
      actions: openSectionActions(briefing),
    });
  });
}
