// Who administers a Telegram group: getChatAdministrators, cached for a short while per chat.
// Hand-written on purpose: the one grammY plugin near it (@grammyjs/chat-members) keeps members
// from chat_member updates in a session storage, so it knows nobody who was an admin before
// the bot arrived and needs allowed_updates changed; the Bot API's own list is the authority.
// A few lines of TTL map with a size bound do the rest (no new dependency).
import type { Api } from 'grammy';
import type { ChatAdmins } from '../../app/chat-admin-ports.js';
import type { Clock } from '../../app/ports.js';
import type { TelegramLogger } from './logger.js';

export interface TelegramChatAdminsOptions {
  api: Pick<Api, 'getChatAdministrators'>;
  clock: Clock;
  logger?: Pick<TelegramLogger, 'warn'>;
  /** How long a chat's admin list is trusted (a demoted admin keeps their power at most this long). */
  ttlMs?: number;
  /** Chats whose lists are kept at once; the oldest goes first. */
  maxChats?: number;
}

export const ADMIN_CACHE_TTL_MS = 60_000;

export function createTelegramChatAdmins(options: TelegramChatAdminsOptions): ChatAdmins {
  const ttlMs = options.ttlMs ?? ADMIN_CACHE_TTL_MS;
  const maxChats = options.maxChats ?? 5_000;
  const cache = new Map<string, { admins: ReadonlySet<string>; until: number }>();
  const inFlight = new Map<string, Promise<ReadonlySet<string> | null>>();

  async function fetchAdmins(chatId: string): Promise<ReadonlySet<string> | null> {
    try {
      const members = await options.api.getChatAdministrators(chatId);
      const admins = new Set(members.filter((member) => !member.user.is_bot).map((member) => String(member.user.id)));
      cache.delete(chatId);
      cache.set(chatId, { admins, until: options.clock.now().getTime() + ttlMs });
      while (cache.size > maxChats) cache.delete(cache.keys().next().value!);
      return admins;
    } catch (error) {
      // Not cached: the next question asks again. Meanwhile nobody is an admin (nothing changes).
      options.logger?.warn({ err: error }, 'telegram: could not read the chat administrators');
      return null;
    } finally {
      inFlight.delete(chatId);
    }
  }

  return {
    async isAdmin(chat, userExternalId) {
      if (chat.platform !== 'telegram') return false;
      const cached = cache.get(chat.chatId);
      if (cached && cached.until > options.clock.now().getTime()) return cached.admins.has(userExternalId);
      let pending = inFlight.get(chat.chatId);
      if (!pending) {
        pending = fetchAdmins(chat.chatId);
        inFlight.set(chat.chatId, pending);
      }
      return (await pending)?.has(userExternalId) ?? false;
    },
  };
}
