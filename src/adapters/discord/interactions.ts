// Slash commands, autocomplete, buttons and the /new modal -> the conversation -> replies.
// Anything that reaches the database is deferred first (Discord's deadline is 3 seconds),
// then answered by editing the deferred reply and following up. In a guild channel the
// person's own data is shown only to them (ephemeral), unless a stats command asks to
// share; in a direct message nothing is ephemeral.
import {
  MessageFlags, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction,
  type Interaction, type ModalSubmitInteraction,
} from 'discord.js';
import type { Reply } from '../../dialog/messages.js';
import { truncateText } from '../../dialog/split-text.js';
import { GROUP_COMMANDS, STATS_COMMANDS, isCommandName } from './commands.js';
import { interactionInbound, interactionMessage, slashCommandText } from './inbound.js';
import { NEW_HABIT_MODAL_ID, newHabitModal, readNewHabitForm, submitNewHabitForm } from './new-habit-modal.js';
import { downloadDocument } from '../shared/files.js';
import { apologize } from './apology.js';
import { renderReply, type DiscordMessagePayload } from './render.js';
import { adapterLocale, adapterText } from './texts.js';
import type { DiscordHandlerDeps } from './types.js';

type DeferredReplyInteraction = ChatInputCommandInteraction | ModalSubmitInteraction;

interface Outgoing {
  payload: DiscordMessagePayload;
  private: boolean;
  editsPrevious: boolean;
}

function outgoing(replies: Reply[]): Outgoing[] {
  return replies.flatMap((reply) => renderReply(reply).map((payload, index) => ({
    payload,
    // A person's own data is shown to them alone (in a direct message it is private anyway).
    private: (reply.private ?? false) || (reply.direct ?? false),
    editsPrevious: (reply.editsPrevious ?? false) && index === 0,
  }))).filter(({ payload }) => payload.content !== '' || payload.components.length > 0 || payload.files.length > 0);
}

/** Flags for a new message: ephemeral only in a guild (a direct message is private anyway). */
function flagsFor(interaction: Interaction, ephemeral: boolean): { flags?: MessageFlags.Ephemeral } {
  return interaction.inGuild() && ephemeral ? { flags: MessageFlags.Ephemeral } : {};
}

/** After deferReply: the first message fills the deferred reply, the others follow it. */
async function answerDeferredReply(interaction: DeferredReplyInteraction, replies: Reply[]): Promise<void> {
  const baseIsPrivate = interaction.ephemeral ?? false;
  let filled = false;
  for (const message of outgoing(replies)) {
    // A private reply cannot fill a public deferred reply: it follows up ephemerally instead.
    if (!filled && (baseIsPrivate || !message.private || !interaction.inGuild())) {
      await interaction.editReply(message.payload);
      filled = true;
    } else {
      await interaction.followUp({ ...message.payload, ...flagsFor(interaction, baseIsPrivate || message.private) });
    }
  }
  // Nothing (or nothing public) to say: do not leave "thinking..." behind.
  if (!filled) await interaction.deleteReply();
}

/** After deferUpdate on a button: a reply that edits the previous message updates it in place. */
async function answerDeferredUpdate(interaction: ButtonInteraction, replies: Reply[]): Promise<void> {
  const onPrivateMessage = interaction.message.flags.has(MessageFlags.Ephemeral);
  let edited = false;
  for (const message of outgoing(replies)) {
    if (message.editsPrevious && !edited) {
      await interaction.editReply(message.payload);
      edited = true;
    } else {
      await interaction.followUp({ ...message.payload, ...flagsFor(interaction, onPrivateMessage || message.private) });
    }
  }
}

async function answerCommand(deps: DiscordHandlerDeps, interaction: ChatInputCommandInteraction): Promise<void> {
  const name = interaction.commandName;
  if (!isCommandName(name)) {
    deps.logger.warn({ interactionId: interaction.id, command: name }, 'discord: unknown slash command (registered commands out of date?)');
    await interaction.reply({ content: adapterText(adapterLocale(interaction.locale), 'unknownCommand', { command: name }), ...flagsFor(interaction, true) });
    return;
  }
  if (name === 'new') {
    await interaction.showModal(newHabitModal(adapterLocale(interaction.locale)));
    return;
  }
  const shared = (STATS_COMMANDS.has(name) && interaction.options.getBoolean('share') === true) || GROUP_COMMANDS.has(name);
  await interaction.deferReply(flagsFor(interaction, !shared));
  // In a channel every answer is ephemeral unless shared on request: tell dialog who will see it.
  const audience = interaction.inGuild() ? { audience: shared ? ('chat' as const) : ('speaker' as const) } : {};
  const attachment = name === 'import' ? interaction.options.getAttachment('file') : null;
  const document = attachment ? { document: await downloadDocument(attachment.url, attachment.name, attachment.size) } : {};
  const replies = await deps.conversation.handle(interactionMessage(interaction, { ...audience, ...document, text: slashCommandText(interaction, name) }));
  await answerDeferredReply(interaction, replies);
}

async function answerButton(deps: DiscordHandlerDeps, interaction: ButtonInteraction): Promise<void> {
  await interaction.deferUpdate();
  const replies = await deps.conversation.handle(interactionMessage(interaction, { button: { data: interaction.customId } }));
  await answerDeferredUpdate(interaction, replies);
}

async function answerModal(deps: DiscordHandlerDeps, interaction: ModalSubmitInteraction): Promise<void> {
  if (interaction.customId !== NEW_HABIT_MODAL_ID) {
    // Only an older version of this bot could have shown it: nothing to do but say so.
    deps.logger.warn({ interactionId: interaction.id, customId: interaction.customId }, 'discord: unknown modal');
    await interaction.reply({ content: adapterText(adapterLocale(interaction.locale), 'apology'), ...flagsFor(interaction, true) });
    return;
  }
  await interaction.deferReply(flagsFor(interaction, true));
  const replies = await submitNewHabitForm(deps.conversation, interactionInbound(interaction), interaction.id, readNewHabitForm(interaction));
  await answerDeferredReply(interaction, replies);
}

/** Autocomplete cannot be deferred: it answers with what it has, or nothing. */
async function answerAutocomplete(deps: DiscordHandlerDeps, interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (focused.name !== 'habit' || !deps.habitSuggestions) {
    await interaction.respond([]);
    return;
  }
  let choices: Awaited<ReturnType<NonNullable<DiscordHandlerDeps['habitSuggestions']>>> = [];
  try {
    choices = await deps.habitSuggestions({ platform: 'discord', externalId: interaction.user.id }, String(focused.value));
  } catch (error) {
    deps.logger.error({ err: error, interactionId: interaction.id }, 'discord: habit suggestions failed');
  }
  await interaction.respond(choices.slice(0, 25).map((choice) => ({ name: truncateText(choice.name, 100), value: truncateText(choice.value, 100) })));
}

/** One handler for every interaction. It never throws: a failure is logged and apologized for. */
export function createInteractionHandler(deps: DiscordHandlerDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    try {
      if (interaction.isAutocomplete()) await answerAutocomplete(deps, interaction);
      else if (interaction.isChatInputCommand()) await answerCommand(deps, interaction);
      else if (interaction.isButton()) await answerButton(deps, interaction);
      else if (interaction.isModalSubmit()) await answerModal(deps, interaction);
    } catch (error) {
      await apologize(deps.logger, interaction, error);
    }
  };
}
