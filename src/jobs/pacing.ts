// Per-chat pacing within Telegram's published limits: about one message a second to a chat
// and twenty a minute to a group. Open-source BullMQ has only a queue-wide limiter (group
// limits are a Pro feature), so each delivery reserves its chat's next slot before sending:
// in Redis (SET NX PX, shared by every worker) or in memory for the in-process runner.
import type { Redis } from 'ioredis';
import type { NotifyTarget } from '../dialog/messages.js';

export interface ChatPacer {
  /** Takes the chat's turn: 0 when it may send now, else how many ms until it may. */
  reserve(target: NotifyTarget): Promise<number>;
}

export const PRIVATE_CHAT_INTERVAL_MS = 1000;
/** 20 messages a minute. */
export const GROUP_CHAT_INTERVAL_MS = 3000;

/** Telegram group and channel ids are negative; people's private chats are positive. */
export function intervalFor(target: NotifyTarget): number {
  if (target.platform === 'console') return 0;
  return target.platform === 'telegram' && target.chatId.startsWith('-') ? GROUP_CHAT_INTERVAL_MS : PRIVATE_CHAT_INTERVAL_MS;
}

export const unpaced: ChatPacer = { reserve: () => Promise.resolve(0) };

export function createMemoryPacer(now: () => number = Date.now): ChatPacer {
  const nextAllowed = new Map<string, number>();
  return {
    reserve(target) {
      const interval = intervalFor(target);
      if (interval === 0) return Promise.resolve(0);
      const key = `${target.platform}:${target.chatId}`;
      const at = now();
      for (const [chat, until] of nextAllowed) if (until <= at) nextAllowed.delete(chat); // stays small
      const until = nextAllowed.get(key) ?? 0;
      if (until > at) return Promise.resolve(until - at);
      nextAllowed.set(key, at + interval);
      return Promise.resolve(0);
    },
  };
}

export function createRedisPacer(redis: Redis, prefix = 'habit-coach:pace'): ChatPacer {
  return {
    async reserve(target) {
      const interval = intervalFor(target);
      if (interval === 0) return 0;
      const key = `${prefix}:${target.platform}:${target.chatId}`;
      if ((await redis.set(key, '1', 'PX', interval, 'NX')) === 'OK') return 0;
      const left = await redis.pttl(key);
      return left > 0 ? left : 1;
    },
  };
}
