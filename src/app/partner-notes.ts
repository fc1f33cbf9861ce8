// The notes partners get about each other (issue 11 item 6): a private note when the other
// misses a due day of a habit they share with the partnership's group (core/partner-notes.ts
// says when a day counts as missed), and a weekly note at the group's recap time. Only habits
// shared with that group are ever looked at. This returns what is due, each under a
// deterministic delivery key; the jobs send each key once.
import { evaluateDays } from '../core/evaluation.js';
import { missWindow, recentWeeklySlot } from '../core/partner-notes.js';
import { localDateOf } from '../core/day.js';
import type { Habit, LocalDate, User } from '../core/types.js';
import type { AppDeps } from './deps.js';
import type { Group } from './group-ports.js';
import { pausesFor } from './habit-stats.js';
import { habitEntries, loadUserHistory, type UserHistory } from './history.js';
import type { ActivePartnership } from './partner-ports.js';
import { sharedWeekOf, type SharedHabitWeek } from './partner-view.js';
import { userToday } from './users.js';

interface NoteBase {
  /** The deliveries key (no ':' so it can be a BullMQ job id too). */
  key: string;
  partnershipId: string;
  receiver: User;
  /** The partner the note is about. */
  about: User;
  group: Pick<Group, 'id' | 'name'>;
}

export type PartnerNote =
  | (NoteBase & { kind: 'partner_miss'; habit: Habit; date: LocalDate; dueAt: Date })
  | (NoteBase & { kind: 'partner_week'; week: SharedHabitWeek[]; dueAt: Date });

export const missKey = (partnershipId: string, habitId: string, date: LocalDate): string => `partner_miss-${partnershipId}-${habitId}-${date}`;
export const weekKey = (partnershipId: string, receiverId: string, date: LocalDate): string => `partner_week-${partnershipId}-${receiverId}-${date}`;

/** Every note due now over every active partnership, both directions. */
export async function duePartnerNotes(deps: AppDeps): Promise<PartnerNote[]> {
  const now = deps.clock.now();
  const partnerships = await deps.repos.partnerships.active();
  const users = new Map<string, User | null>();
  const histories = new Map<string, UserHistory>();
  const groups = new Map<string, Group | null>();
  const userOf = async (id: string) => {
    if (!users.has(id)) users.set(id, await deps.repos.users.get(id));
    return users.get(id) ?? null;
  };
  const groupOf = async (id: string) => {
    if (!groups.has(id)) groups.set(id, await deps.repos.groups.get(id));
    return groups.get(id) ?? null;
  };
  const historyOf = async (user: User) => {
    if (!histories.has(user.id)) histories.set(user.id, await loadUserHistory(deps.repos, user));
    return histories.get(user.id)!;
  };

  const notes: PartnerNote[] = [];
  const weeks: { base: Omit<NoteBase, 'key'>; key: string; dueAt: Date }[] = [];
  for (const partnership of partnerships) {
    const group = await groupOf(partnership.groupId);
    if (!group) continue;
    const slot = recentWeeklySlot(now, group.timeZone, group.recapDay, group.recapTime);
    for (const [aboutId, receiverId] of [partnership.userIds, [partnership.userIds[1], partnership.userIds[0]]] as const) {
      const [about, receiver] = await Promise.all([userOf(aboutId), userOf(receiverId)]);
      if (!about || !receiver) continue;
      const base = { partnershipId: partnership.id, receiver, about, group: { id: group.id, name: group.name } };
      notes.push(...await missesOf(deps, partnership, about, base, historyOf));
      if (slot && slot.at >= partnership.since) weeks.push({ base, key: weekKey(partnership.id, receiver.id, slot.date), dueAt: slot.at });
    }
  }
  // A week's numbers are worked out only for notes not sent yet (the window lasts two days of sweeps).
  const sent = await deps.repos.partnerships.recordedNoteKeys(weeks.map((week) => week.key));
  for (const { base, key, dueAt } of weeks.filter((week) => !sent.has(week.key))) {
    const week = await sharedWeekOf(deps, base.group.id, base.about, await historyOf(base.about));
    notes.push({ ...base, kind: 'partner_week', key, week, dueAt });
  }
  return notes;
}

async function missesOf(
  deps: AppDeps, partnership: ActivePartnership, about: User, base: NoteBase | Omit<NoteBase, 'key'>, historyOf: (user: User) => Promise<UserHistory>,
): Promise<PartnerNote[]> {
  const shared = new Set(await deps.repos.groupSharing.sharedHabitIds(partnership.groupId, about.id));
  if (shared.size === 0) return [];
  const now = deps.clock.now();
  const today = userToday(about, now);
  const days = missWindow(today, localDateOf(partnership.since, about.timeZone, about.dayStartHour));
  if (days.length === 0) return [];
  const history = await historyOf(about);
  const notes: PartnerNote[] = [];
  for (const habit of history.habits) {
    if (!shared.has(habit.id)) continue;
    const outcomes = evaluateDays({ habit, entries: habitEntries(history, habit.id), pauses: pausesFor(habit.id, history.pauses) }, days, today, about.weekStart);
    outcomes.forEach((outcome, index) => {
      const date = days[index]!;
      if (outcome !== 'missed') return;
      notes.push({ ...base, kind: 'partner_miss', key: missKey(partnership.id, habit.id, date), habit, date, dueAt: now });
    });
  }
  return notes;
}
