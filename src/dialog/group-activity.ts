// Every message in a group chat keeps that chat's group active (a group quiet for four weeks
// gets no recap until someone speaks: app/group-schedules.ts), whether or not it was for the bot.
// That is most of a group's traffic, so the database hears of a chat at most once per
// ACTIVITY_WRITE_EVERY_MS: a map in the conversation (one per process, no module state) keeps
// when each chat was last written. Four weeks of dormancy against five minutes of lag: a
// restart or a second replica costs at most one more UPDATE per chat.
import { noteGroupActivity } from '../app/group-schedules.js';
import type { Clock, Repositories } from '../app/ports.js';
import type { DialogLogger } from './deps.js';
import type { InboundMessage } from './messages.js';

export const ACTIVITY_WRITE_EVERY_MS = 5 * 60 * 1000;
/** Chats remembered at once; past it, the stale ones are forgotten (worst case: one extra UPDATE each). */
const MAX_REMEMBERED_CHATS = 50_000;

export type GroupActivityNoter = (message: Pick<InboundMessage, 'platform' | 'chat'>) => Promise<void>;

export function createGroupActivityNoter(deps: { repos: Pick<Repositories, 'groupActivity'>; clock: Clock; logger?: DialogLogger }): GroupActivityNoter {
  const lastWritten = new Map<string, number>();
  const forgetStale = (now: number) => {
    for (const [chat, at] of lastWritten) if (now - at >= ACTIVITY_WRITE_EVERY_MS) lastWritten.delete(chat);
    if (lastWritten.size >= MAX_REMEMBERED_CHATS) lastWritten.clear();
  };
  return async (message) => {
    if (message.chat.kind !== 'group' || message.platform === 'console') return;
    const key = `${message.platform}:${message.chat.id}`;
    const now = deps.clock.now().getTime();
    const last = lastWritten.get(key);
    if (last !== undefined && now >= last && now - last < ACTIVITY_WRITE_EVERY_MS) return;
    if (lastWritten.size >= MAX_REMEMBERED_CHATS) forgetStale(now);
    // Marked before the write: messages arriving meanwhile do not write too.
    lastWritten.set(key, now);
    try {
      await noteGroupActivity({ groupActivity: deps.repos.groupActivity, clock: deps.clock }, { platform: message.platform, chatId: message.chat.id });
    } catch (error) {
      lastWritten.delete(key);
      deps.logger?.warn({ err: error, platform: message.platform }, 'could not note a group chat\'s activity');
    }
  };
}
