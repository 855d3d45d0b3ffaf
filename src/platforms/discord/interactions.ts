/**
 * Slash commands, autocomplete and buttons. Every interaction is acknowledged within Discord's 3 seconds:
 * answered directly when the command is fast, otherwise deferred and the answer edited in.
 */
import { MessageFlags, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction, type RepliableInteraction } from 'discord.js';
import { openSection, runCommand } from '../../../commands/dispatch.js';
import { articleWords } from '../../../commands/article.js';
import { commands } from '../../../commands/index.js';
import { suggestArticles } from '../../briefing/choose-article.js';
import type { Reply } from '../../../commands/reply.js';
import type { CommandServices } from '../../../commands/types.js';
import type { Logger } from '../../logger.js';
import { parseCustomId } from './components.js';
import { interactionContext } from './context.js';
import { readSubcommand } from './inbound.js';
import { DISCORD_LIMITS, truncate } from './limits.js';
import { APOLOGY } from './notices.js';
import { noticePayload, safePayload, withoutFlags, type SafePayload } from './payload.js';
import { renderReply } from './render.js';
import { ROOT_COMMAND } from './registration.js';

export interface InteractionDeps {
  services: CommandServices;
  logger: Logger;
  /** Answer directly when the reply is ready within this many ms; defer otherwise. */
  ackDeadlineMs: number;
}

/** Routes one interaction; never throws (the error boundary answers and logs). */
export async function handleInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  try {
    if (interaction.isAutocomplete()) return await autocomplete(interaction, deps);
    if (interaction.isChatInputCommand()) return await slashCommand(interaction, deps);
    if (interaction.isButton()) return await button(interaction, deps);
  } catch (error) {
    deps.logger.error({ err: error, interactionId: interaction.id, type: interaction.type }, 'discord interaction failed');
    if (interaction.isRepliable()) await answerError(interaction, deps.logger);
  }
}

async function slashCommand(interaction: ChatInputCommandInteraction, deps: InteractionDeps): Promise<void> {
  if (interaction.commandName !== ROOT_COMMAND) {
    await interaction.reply(noticePayload(`I only know \`/${ROOT_COMMAND}\`; try \`/${ROOT_COMMAND} help\`.`));
    return;
  }
  const read = readSubcommand(interaction.options.data, commands);
  if (!read.ok) {
    deps.logger.info({ interactionId: interaction.id, problem: read.problem }, 'discord: refused /brief input');
    await interaction.reply(noticePayload(read.problem));
    return;
  }
  deps.logger.debug({ interactionId: interaction.id, command: read.name }, 'discord: /brief');
  await respond(interaction, runCommand(read.name, read.input, interactionContext(interaction), deps.services), deps);
}

/**
 * Suggestions, typos tolerated, at most 25, names and values within 100 characters: section titles of the
 * asker's current article for a topic; article titles (numbered as `/brief articles` lists them) for an article, each chosen by its id.
 */
async function autocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  let choices: Array<{ name: string; value: string }> = [];
  if (focused.name === 'article') {
    try {
      const articles = deps.services.briefings.articles();
      choices = suggestArticles(articles, String(focused.value).slice(0, 200), DISCORD_LIMITS.autocompleteChoices, articleWords(deps.services)).map((article) => ({
        name: truncate(`${articles.indexOf(article) + 1}. ${article.title}`, DISCORD_LIMITS.choiceName),
        // An id too long for a choice's value is given by title instead: the command matches either.
        value: article.articleId.length <= DISCORD_LIMITS.choiceValue ? article.articleId : article.title.slice(0, DISCORD_LIMITS.choiceValue),
      }));
    } catch (error) {
      // An article removed by a rescan while its words were read: no suggestions, the command itself will explain.
      deps.logger.warn({ err: error }, 'discord: no article suggestions');
    }
  }
  if (focused.name === 'topic') {
    try {
      // The asker's current article (opened with /brief article, else the last to answer them), as the command itself reads it.
      const current = deps.services.briefings.conversationArticle(interactionContext(interaction).conversationKey);
      choices = deps.services.briefings
        .suggestTopics(String(focused.value).slice(0, 200), DISCORD_LIMITS.autocompleteChoices, current === undefined ? undefined : { articleId: current })
        .slice(0, DISCORD_LIMITS.autocompleteChoices)
        .map((section) => ({ name: truncate(section.title, DISCORD_LIMITS.choiceName), value: section.title.slice(0, DISCORD_LIMITS.choiceValue) }));
    } catch (error) {
      // An empty library or a bad article id: no suggestions, the command itself will explain.
      deps.logger.warn({ err: error }, 'discord: no topic suggestions');
    }
  }
  await interaction.respond(choices);
}

async function button(interaction: ButtonInteraction, deps: InteractionDeps): Promise<void> {
  const action = parseCustomId(interaction.customId);
  if (!action) {
    await interaction.reply(noticePayload('That button is no longer supported; try `/brief help`.'));
    return;
  }
  if (action.kind === 'share') {
    await interaction.reply(sharedCopy(interaction));
    return;
  }
  await respond(interaction, openSection(action.articleId, action.sectionId, interactionContext(interaction), deps.services), deps);
}

/** The ephemeral message, re-posted for everyone in the channel, saying who shared it. */
function sharedCopy(interaction: ButtonInteraction): SafePayload {
  const { message } = interaction;
  return safePayload({
    content: `Shared by <@${interaction.user.id}>${message.embeds.length === 0 ? `\n${message.content}` : ''}`.slice(0, DISCORD_LIMITS.content),
    embeds: message.embeds.slice(0, DISCORD_LIMITS.embedsPerMessage).map((embed) => embed.toJSON()),
  });
}

/** Replies at once when `work` settles before the deadline; otherwise defers and edits the answer in. */
async function respond(interaction: RepliableInteraction, work: Promise<Reply>, deps: InteractionDeps): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, deps.ackDeadlineMs, undefined);
  });
  const early = await Promise.race([work, late]);
  clearTimeout(timer);
  if (early) {
    const [first, ...rest] = renderReply(early, { ephemeral: true });
    if (first) await interaction.reply(first);
    for (const payload of rest) await interaction.followUp(payload);
    return;
  }
  // Deferred replies are private: their visibility cannot change afterwards.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const reply = await work;
  const payloads = renderReply(reply, { ephemeral: true });
  if (reply.visibility === 'public') {
    await interaction.deleteReply();
    for (const payload of payloads) await interaction.followUp(payload);
    return;
  }
  const [first, ...rest] = payloads;
  if (first) await interaction.editReply(withoutFlags(first));
  for (const payload of rest) await interaction.followUp(payload);
}

/** The guide's error boundary: followUp when already replied or deferred, else reply. */
async function answerError(interaction: RepliableInteraction, logger: Logger): Promise<void> {
  try {
    if (interaction.replied || interaction.deferred) await interaction.followUp(noticePayload(APOLOGY));
    else await interaction.reply(noticePayload(APOLOGY));
  } catch (error) {
    logger.warn({ err: error, interactionId: interaction.id }, 'discord: could not even apologise');
  }
}
