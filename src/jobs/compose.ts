// What each kind of scheduled item says, or why it stays silent. A composer decides from
// fresh data at delivery time (a habit done a minute ago is not reminded), and only once the
// chat's turn has come words the message through the dialog; it never sends.
import { currentStreakOf, decideReminder, streaksAtRisk } from '../app/reminders.js';
import { abandonReview } from '../app/review.js';
import type { DeliveryContext, PersonScheduleKind } from '../app/ports.js';
import { isQuietAt, isTooLate, parseSlotKey } from '../core/reminders.js';
import { beginReview } from '../dialog/commands/review.js';
import type { NotifyTarget, Reply } from '../dialog/messages.js';
import { nudgeMessage, reminderMessage, speakerFor } from '../dialog/reminders.js';
import { createTurn } from '../dialog/turn.js';
import { conversationDepsOf, type JobContext } from './context.js';

export interface Prepared {
  message: Reply;
  /** Undoes what preparing did (a review's flow state) when the message could not be sent. */
  onSendFailed?: () => Promise<void>;
}

/** Skip (with the reason recorded), or go: `prepare` words the message once the chat's turn has come. */
export type Decision = { skip: string } | { prepare: () => Promise<Prepared> };

export type Composer = (context: JobContext, delivery: DeliveryContext, target: NotifyTarget, key: string) => Promise<Decision>;

/** Reminders decide from what the delivery read already (pauses, the period's entries): no query. */
const reminder = (kind: 'reminder' | 'snooze'): Composer => (context, delivery) => {
  const { user, habit, item } = delivery;
  const decision = decideReminder(user, { habit, dueAt: item.dueAt, kind, now: context.clock.now(), pauses: delivery.pauses, entries: delivery.entries });
  const slot = parseSlotKey(item.slot);
  if (!decision.send || !slot) return Promise.resolve({ skip: decision.send ? 'bad_slot' : decision.reason });
  return Promise.resolve({
    prepare: async () => {
      const deps = { repos: context.repos, clock: context.clock };
      const streak = await currentStreakOf(deps, user, decision.habit, decision.date, delivery.pauses);
      return {
        message: await reminderMessage(speakerFor(context.coach, user), {
          habit: decision.habit, date: decision.date, slot: item.slot, time: slot.time, snoozed: kind === 'snooze', streak,
        }),
      };
    },
  });
};

/** Nudges and reviews keep the same rules as reminders: not too late, not in quiet hours. */
function timingSkip(context: JobContext, delivery: DeliveryContext): string | null {
  const now = context.clock.now();
  if (isTooLate(delivery.item.dueAt, now)) return 'late';
  if (isQuietAt(now, delivery.user.timeZone, delivery.user.quietHours)) return 'quiet_hours';
  return null;
}

const nudge: Composer = async (context, delivery) => {
  // Turned off after the sweep planned it: the next sweep removes the row.
  if (!delivery.user.eveningNudgeEnabled) return { skip: 'turned_off' };
  const skip = timingSkip(context, delivery);
  if (skip) return { skip };
  // A safe superset, read without the history: a streak at risk needs an active habit to build
  // and at least one entry. (Not the cached streak columns: they go stale, and one saying 0 would
  // silence a real streak.) The streaks themselves are then computed.
  const habits = await context.repos.habits.list(delivery.user.id);
  if (!habits.some((habit) => habit.status === 'active' && habit.kind === 'build')) return { skip: 'nothing_at_risk' };
  if (!(await context.repos.entries.latest(delivery.user.id))) return { skip: 'nothing_at_risk' };
  const { date, atRisk } = await streaksAtRisk({ repos: context.repos, clock: context.clock }, delivery.user);
  if (atRisk.length === 0) return { skip: 'nothing_at_risk' };
  return { prepare: async () => ({ message: await nudgeMessage(speakerFor(context.coach, delivery.user), atRisk, date) }) };
};

/**
 * Starts the review flow in the person's chat, as /review would (the flow state is saved before
 * the message goes out, so an answer arriving a moment later finds it), as one message: the
 * week's summary and the first question.
 */
const review: Composer = async (context, delivery, target, key) => {
  if (!delivery.user.weeklyReviewEnabled) return { skip: 'turned_off' };
  const skip = timingSkip(context, delivery);
  if (skip) return { skip };
  const habits = await context.repos.habits.list(delivery.user.id);
  if (!habits.some((habit) => habit.status === 'active')) return { skip: 'no_habits' };
  return { prepare: () => startReviewFlow(context, delivery, target, key) };
};

async function startReviewFlow(context: JobContext, delivery: DeliveryContext, target: NotifyTarget, key: string): Promise<Prepared> {
  const turn = createTurn(conversationDepsOf(context), delivery.user, {
    platform: target.platform,
    user: { externalId: target.chatId },
    chat: { id: target.chatId, kind: 'private' },
    updateId: key,
  }, context.clock.now());
  const replies = await beginReview(turn);
  const state = await turn.state();
  const last = replies.at(-1);
  const message: Reply = { text: replies.map((part) => part.text).join('\n\n'), ...(last?.buttons ? { buttons: last.buttons } : {}) };
  return {
    message,
    async onSendFailed() {
      await turn.clearState();
      if (typeof state?.data.reviewId === 'string') await abandonReview(turn.app, turn.user, state.data.reviewId);
    },
  };
}

export const COMPOSERS: Record<PersonScheduleKind, Composer> = {
  reminder: reminder('reminder'),
  snooze: reminder('snooze'),
  nudge,
  review,
};
