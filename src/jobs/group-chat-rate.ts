// Telegram's 20 messages a minute to a group, per home chat, on top of the overall send rate.
// Hand-written because open-source BullMQ has no per-group limiter: `limiter.groupKey` was
// removed in BullMQ 3 (group rate limits are a BullMQ Pro feature), and worker.rateLimit() with
// RateLimitError pauses the WHOLE queue, which one busy group must not do to every other chat.
// So a group post reserves its messages in a sliding window per chat (Redis, shared by every
// worker; in memory for the in-process runner); a full chat delays that job (moveToDelayed),
// never drops it. Discord's per-channel limits are handled by discord.js's REST queue.
import type { Redis } from 'ioredis';
import type { NotifyTarget } from '../dialog/messages.js';
import { guardedWindow, type RateLimit } from './pacing.js';

/** Telegram: at most 20 messages a minute to one group. */
export const TELEGRAM_GROUP_LIMIT: RateLimit = { max: 20, duration: 60_000 };

export interface GroupChatRate {
  /** Takes `count` messages of the chat's window: 0 when taken, else how many ms until they fit. */
  reserve(target: NotifyTarget, count: number): Promise<number>;
}

/** The window a chat is held to, or null for none (Telegram groups and channels have negative ids). */
export function groupChatLimitOf(target: NotifyTarget): RateLimit | null {
  return target.platform === 'telegram' && target.chatId.startsWith('-') ? TELEGRAM_GROUP_LIMIT : null;
}

// Server time, so every worker agrees; `count` slots are taken together or not at all.
const RESERVE_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local max = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local count = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local used = redis.call('ZCARD', KEYS[1])
if used + count <= max then
  for i = 1, count do redis.call('ZADD', KEYS[1], now, ARGV[3] .. '-' .. i) end
  redis.call('PEXPIRE', KEYS[1], window)
  return 0
end
local index = used + count - max - 1
local entry = redis.call('ZRANGE', KEYS[1], index, index, 'WITHSCORES')
return math.max(1, tonumber(entry[2]) + window - now + 1)`;

export function createRedisGroupChatRate(redis: Redis, prefix: string): GroupChatRate {
  let sequence = 0;
  return {
    async reserve(target, count) {
      const limit = groupChatLimitOf(target);
      if (!limit || count <= 0) return 0;
      const member = `${process.pid}-${Date.now()}-${++sequence}-${Math.random()}`;
      const key = `${prefix}:${target.platform}:${target.chatId}`;
      return Number(await redis.eval(RESERVE_SCRIPT, 1, key, limit.max, guardedWindow(limit), member, Math.min(count, limit.max)));
    },
  };
}

export function createMemoryGroupChatRate(now: () => number = Date.now): GroupChatRate {
  const sent = new Map<string, number[]>();
  return {
    reserve(target, count) {
      const limit = groupChatLimitOf(target);
      if (!limit || count <= 0) return Promise.resolve(0);
      const wanted = Math.min(count, limit.max);
      const at = now();
      const window = guardedWindow(limit);
      const key = `${target.platform}:${target.chatId}`;
      const times = (sent.get(key) ?? []).filter((time) => time > at - window);
      sent.set(key, times);
      if (times.length + wanted <= limit.max) {
        for (let i = 0; i < wanted; i += 1) times.push(at);
        return Promise.resolve(0);
      }
      return Promise.resolve(Math.max(1, times[times.length + wanted - limit.max - 1]! + window - at + 1));
    },
  };
}
