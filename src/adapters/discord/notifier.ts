// The notifier the jobs use to speak first on Discord: reminders, nudges, proof prompts.
// It needs only REST (no gateway), so a worker can send without logging a bot in, and it
// keeps @discordjs/rest's rate-limit handling (429s are waited out and retried).
//
// A target's chatId is a channel id (a guild channel, or a DM channel) or a person's user
// id, which is how a direct chat is named in InboundMessage (see inbound.ts). Snowflakes
// are unique across kinds, so a user id is never a channel: Discord answers "Unknown
// Channel" and the person's DM channel is opened instead (and remembered).
import { DiscordAPIError, REST, RESTJSONErrorCodes, Routes, type APIChannel, type APIMessage } from 'discord.js';
import type { Notifier, NotifyTarget, Reply } from '../../dialog/messages.js';
import { renderReply, type DiscordMessagePayload } from './render.js';
import type { DiscordLogger } from './types.js';

const REMEMBERED_DM_CHANNELS = 10_000;

export type DiscordNotifierOptions = (
  /** A bot's REST client (the running bot's `client.rest`)... */
  | { rest: REST }
  /** ...or just the token, for a worker that sends without the gateway. */
  | { token: string }
) & { logger?: DiscordLogger };

function toRestBody(payload: DiscordMessagePayload): { body: Record<string, unknown>; files: { name: string; data: Buffer; contentType?: string }[] } {
  const files = payload.files.map((file, index) => ({
    name: file.name ?? `file-${index}`,
    data: file.attachment as Buffer,
    ...(file.name?.endsWith('.png') ? { contentType: 'image/png' } : {}),
  }));
  return {
    body: {
      content: payload.content,
      components: payload.components.map((row) => row.toJSON()),
      allowed_mentions: { parse: [] },
      ...(files.length > 0
        ? { attachments: payload.files.map((file, index) => ({ id: index, filename: file.name, ...(file.description ? { description: file.description } : {}) })) }
        : {}),
    },
    files,
  };
}

function isUnknownChannel(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownChannel;
}

export function createDiscordNotifier(options: DiscordNotifierOptions): Notifier {
  const rest = 'rest' in options ? options.rest : new REST({ version: '10' }).setToken(options.token);
  const { logger } = options;
  const dmChannels = new Map<string, string>();

  async function openDm(userId: string): Promise<string> {
    const channel = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as APIChannel;
    if (dmChannels.size >= REMEMBERED_DM_CHANNELS) dmChannels.delete(dmChannels.keys().next().value!);
    dmChannels.set(userId, channel.id);
    return channel.id;
  }

  async function post(channelId: string, payload: DiscordMessagePayload): Promise<APIMessage> {
    const { body, files } = toRestBody(payload);
    return (await rest.post(Routes.channelMessages(channelId), { body, ...(files.length > 0 ? { files } : {}) })) as APIMessage;
  }

  return {
    async send(target: NotifyTarget, message: Reply): Promise<void> {
      if (target.platform !== 'discord') throw new Error(`discord notifier cannot send to ${target.platform}`);
      const payloads = renderReply(message).filter((payload) => payload.content !== '' || payload.components.length > 0 || payload.files.length > 0);
      let channelId = dmChannels.get(target.chatId) ?? target.chatId;
      for (const payload of payloads) {
        try {
          await post(channelId, payload);
        } catch (error) {
          if (!isUnknownChannel(error) || channelId !== target.chatId) throw error;
          logger?.debug({ chatId: target.chatId }, 'discord: not a channel, opening the person\'s direct messages');
          channelId = await openDm(target.chatId);
          await post(channelId, payload);
        }
      }
    },
  };
}
