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

/**
 * The overall send rate, as the platform counts it: at most `max` sends in any `windowMs`
 * (a sliding window). BullMQ's limiter caps jobs per fixed window, which lets two windows'
 * bursts meet (up to twice the limit in one second); this guard, taken right before each send,
 * keeps every one-second span within the limit.
 */
export interface SendRateGuard {
  /** Takes a send slot: 0 when taken, else how many ms until one frees up. */
  reserve(): Promise<number>;
}

export interface RateLimit {
  max: number;
  duration: number;
}

/**
 * The guard counts a slightly longer window than the limit's, so the time between taking a
 * slot and the platform receiving the message (a few ms, uneven) cannot squeeze one more
 * message into a second as the platform measures it. Costs ~5% of the throughput.
 */
export function guardedWindow(limit: RateLimit): number {
  return Math.ceil(limit.duration * 1.05);
}

// Server time, so every worker on this Redis agrees on the window.
const SLIDING_WINDOW_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now + 1)`;

export function createRedisSendRate(redis: Redis, key: string, limit: RateLimit): SendRateGuard {
  let sequence = 0;
  const member = () => `${process.pid}-${Date.now()}-${++sequence}-${Math.random()}`;
  return {
    async reserve() {
      return Number(await redis.eval(SLIDING_WINDOW_SCRIPT, 1, key, limit.max, guardedWindow(limit), member()));
    },
  };
}

export function createMemorySendRate(limit: RateLimit, now: () => number = Date.now): SendRateGuard {
  const sent: number[] = [];
  return {
    reserve() {
      const at = now();
      const window = guardedWindow(limit);
      while (sent.length > 0 && sent[0]! <= at - window) sent.shift();
      if (sent.length < limit.max) {
        sent.push(at);
        return Promise.resolve(0);
      }
      return Promise.resolve(Math.max(1, sent[0]! + window - at + 1));
    },
  };
}
