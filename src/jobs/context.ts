// What every job handler is handed: storage (the person-scoped repositories and the cross-person
// JobStore), time, the coach's voice, one Notifier per platform this process can reach, and
// the chat pacer. Built once per runner; nothing here is a module-level singleton.
import type { AnyDueItem, Clock, Coach, GroupRecapComposer, JobStore, Repositories } from '../app/ports.js';
import type { ReviewQuestions } from '../app/review-questions.js';
import type { Platform, PlatformIdentity } from '../core/types.js';
import type { ConversationDeps } from '../dialog/deps.js';
import type { Notifier, NotifyTarget, Reply } from '../dialog/messages.js';
import type { DeliveryStore } from './batching.js';
import type { GroupChatRate } from './group-chat-rate.js';
import type { ChatPacer, SendRateGuard } from './pacing.js';
import type { SweepOptions } from './sweep.js';

export interface JobLogger {
  debug(object: Record<string, unknown>, message: string): void;
  info(object: Record<string, unknown>, message: string): void;
  warn(object: Record<string, unknown>, message: string): void;
  error(object: Record<string, unknown>, message: string): void;
}

export const silentLogger: JobLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** The notifiers of this process, by platform (a worker with only TELEGRAM_BOT_TOKEN has one). */
export type Notifiers = Partial<Record<Platform, Notifier>>;

/** Where the sweep hands due items: BullMQ jobs, or straight to delivery in-process. */
export interface DeliveryQueue {
  enqueue(items: AnyDueItem[]): Promise<void>;
  /** Runs before each sweep (BullMQ: notices a wiped Redis and releases every lease, so all is enqueued again). */
  beforeSweep?(): Promise<void>;
}

export interface JobContext {
  repos: Repositories;
  store: JobStore;
  /** The delivery side of `store`, with concurrent deliveries' statements batched. */
  deliveries: DeliveryStore;
  clock: Clock;
  coach: Coach;
  notifiers: Notifiers;
  pacer: ChatPacer;
  /** The overall send rate (Telegram: 30 a second); none when absent. */
  sendRate?: SendRateGuard;
  /** Per group chat (Telegram: 20 a minute per group), on top of `sendRate`. */
  groupChatRate: GroupChatRate;
  /** Words a group's weekly recap; without one, recaps are skipped ('no_composer'). */
  groupRecap?: GroupRecapComposer<Reply>;
  queue: DeliveryQueue;
  sweep?: SweepOptions;
  logger: JobLogger;
  reviewQuestions?: ReviewQuestions;
}

/** The platforms this process can send to: the sweep claims only people reachable on one of them. */
export function platformsOf(notifiers: Notifiers): Platform[] {
  return (Object.keys(notifiers) as Platform[]).filter((platform) => notifiers[platform] !== undefined);
}

/** Where a person is reached first when linked on several platforms. */
const PREFERENCE: readonly Platform[] = ['telegram', 'discord', 'console'];

/**
 * The person's direct chat on the first platform we can send to. Private chats are named by the
 * person's platform id on every platform (Telegram's private chat id is the user id; Discord's
 * notifier opens the DM from a user id; the console chat is named after the person).
 */
export function targetFor(identities: PlatformIdentity[], notifiers: Notifiers): NotifyTarget | null {
  for (const platform of PREFERENCE) {
    const identity = identities.find((candidate) => candidate.platform === platform);
    if (identity && notifiers[platform]) return { platform, chatId: identity.externalId };
  }
  return null;
}

/** What the dialog needs to word messages and start flows on a job's behalf. */
export function conversationDepsOf(context: JobContext): ConversationDeps {
  return {
    repos: context.repos,
    clock: context.clock,
    coach: context.coach,
    logger: context.logger,
    ...(context.reviewQuestions ? { reviewQuestions: context.reviewQuestions } : {}),
  };
}
