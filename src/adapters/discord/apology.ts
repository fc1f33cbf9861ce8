// When handling an interaction fails: log it with the interaction id, and tell the person
// briefly (ephemerally in a channel) that nothing was changed. The bot carries on.
import { DiscordAPIError, MessageFlags, RESTJSONErrorCodes, type Interaction } from 'discord.js';
import { adapterLocale, adapterText } from './texts.js';
import type { DiscordLogger } from './types.js';

/** Errors that mean this interaction can no longer be answered at all. */
const GONE = new Set<number | string>([
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
  RESTJSONErrorCodes.UnknownInteraction,
]);

export function interactionIsGone(error: unknown): boolean {
  return error instanceof DiscordAPIError && GONE.has(error.code);
}

export async function apologize(logger: DiscordLogger, interaction: Interaction, error: unknown): Promise<void> {
  const context = { interactionId: interaction.id, type: interaction.type };
  if (interactionIsGone(error)) {
    // Already answered (a redelivered interaction) or expired: there is nobody left to tell.
    logger.warn({ ...context, code: (error as DiscordAPIError).code }, 'discord: interaction already answered or expired');
    return;
  }
  logger.error({ ...context, err: error }, 'discord: interaction failed');
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    return;
  }
  if (!interaction.isRepliable()) return;
  const content = adapterText(adapterLocale(interaction.locale), 'apology');
  const flags = interaction.inGuild() ? { flags: MessageFlags.Ephemeral as const } : {};
  try {
    const stillThinking = interaction.deferred && !interaction.replied && !interaction.isMessageComponent();
    if (!interaction.deferred && !interaction.replied) {
      await interaction.reply({ content, ...flags });
    } else if (stillThinking && (interaction.ephemeral || !interaction.inGuild())) {
      // The deferred reply is still "thinking..." and already private: say it there.
      await interaction.editReply({ content });
    } else {
      // A public "thinking..." would stay forever: remove it, then apologize privately.
      if (stillThinking) await interaction.deleteReply().catch(() => undefined);
      await interaction.followUp({ content, ...flags });
    }
  } catch (apologyError) {
    logger.warn({ ...context, err: apologyError }, 'discord: could not send the apology');
  }
}
