// Discord -> InboundMessage. Who speaks, where, in which language, and which update it
// is (the interaction or message id, so a redelivery writes once).
import { PermissionFlagsBits, type Attachment, type BaseInteraction, type ChatInputCommandInteraction, type Message } from 'discord.js';
import { cleanInbound } from '../../dialog/clean-text.js';
import type { InboundMessage } from '../../dialog/messages.js';
import { COMMAND_OPTIONS } from './commands.js';
import type { CommandName } from './command-texts.js';

type Speaker = Pick<InboundMessage, 'platform' | 'user' | 'chat'>;

function displayName(user: { globalName: string | null; username: string }): string {
  return user.globalName ?? user.username;
}

/**
 * The chat an interaction happened in. A direct message is the person's own chat and is
 * named by their user id (as on Telegram, where a private chat's id is the user's), so the
 * notifier can reach them with the same id; a guild channel is named by its channel id.
 */
export function interactionSpeaker(interaction: BaseInteraction): Speaker {
  const inGuild = interaction.inGuild();
  return {
    platform: 'discord',
    user: { externalId: interaction.user.id, displayName: displayName(interaction.user) },
    chat: inGuild
      ? { id: interaction.channelId ?? interaction.guildId, kind: 'group', ...channelTitle(interaction) }
      : { id: interaction.user.id, kind: 'private' },
  };
}

/** The channel's name, when Discord sent it (a new accountability group is named after it). */
function channelTitle(interaction: BaseInteraction): { title?: string } {
  const channel = interaction.channel;
  return channel && 'name' in channel && typeof channel.name === 'string' && channel.name ? { title: channel.name } : {};
}

/**
 * In a channel, whether the speaker may run its group: Discord sends the member's permissions in
 * the channel with every interaction, and Manage Channel is what a group admin needs.
 */
function speakerAdmin(interaction: BaseInteraction): { speakerIsAdmin?: boolean } {
  if (!interaction.inGuild()) return {};
  return { speakerIsAdmin: interaction.memberPermissions.has(PermissionFlagsBits.ManageChannels) };
}

/** Fields every interaction's InboundMessage carries. Commands and buttons are always for the bot. */
export function interactionInbound(interaction: BaseInteraction, updateId = interaction.id): Omit<InboundMessage, 'text' | 'button'> {
  return {
    ...interactionSpeaker(interaction), ...speakerAdmin(interaction), updateId, botId: interaction.applicationId, localeHint: interaction.locale, addressedToBot: true,
  };
}

function optionValue(interaction: ChatInputCommandInteraction, name: string): string | null {
  const option = interaction.options.get(name);
  if (!option || option.value === undefined || option.value === null) return null;
  // Booleans (share) are for the adapter; an attachment's value is its id, and its file is fetched apart.
  if (typeof option.value === 'boolean' || option.attachment) return null;
  const text = String(option.value).trim();
  return text === '' ? null : text;
}

/**
 * A slash command as text the conversation understands. Most are its own /commands with
 * the option values appended ("/pause Read until friday"). /log has no text command: it
 * becomes the plain words a person would type ("Read 30 yesterday"), which the rule
 * parser reads in both languages. Booleans (share) are for the adapter only.
 */
export function slashCommandText(interaction: ChatInputCommandInteraction, name: CommandName): string {
  const value = (option: string) => optionValue(interaction, option);
  switch (name) {
    case 'log':
      return [value('habit'), value('quantity'), value('date')].filter(Boolean).join(' ');
    case 'pause': {
      const until = value('until');
      return ['/pause', value('habit'), until ? `until ${until}` : null].filter(Boolean).join(' ');
    }
    default: {
      const values = COMMAND_OPTIONS[name].map((spec) => value(spec.name)).filter((text): text is string => text !== null);
      return [`/${name}`, ...values].join(' ');
    }
  }
}

const isImage = (attachment: Attachment): boolean => attachment.contentType?.startsWith('image/') ?? /\.(png|jpe?g|gif|webp)$/i.test(attachment.name);

/** A file in a direct message that may be an export for /import (anything but an image). */
export function documentAttachment(message: Message): Attachment | undefined {
  return message.attachments.find((attachment) => !isImage(attachment));
}

/** A direct message in plain words (or a photo with a caption), from a person, not a bot. */
export function directMessageInbound(message: Message): InboundMessage {
  const photo = message.attachments.find(isImage);
  const text = message.content.trim();
  return cleanInbound({
    platform: 'discord',
    user: { externalId: message.author.id, displayName: displayName(message.author) },
    chat: { id: message.author.id, kind: 'private' },
    updateId: message.id,
    botId: message.client.user.id,
    addressedToBot: true,
    ...(photo ? { attachment: { kind: 'photo', fileRef: photo.url, ...(text ? { caption: text } : {}) } } : {}),
    ...(text && !photo ? { text } : {}),
  });
}

/** An interaction (a slash command, a button, a form step) as an InboundMessage, its text cleaned. */
export function interactionMessage(interaction: BaseInteraction, fields: Partial<InboundMessage>): InboundMessage {
  return cleanInbound({ ...interactionInbound(interaction), ...fields });
}
