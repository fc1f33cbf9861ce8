// What a person sees of their partners in a direct chat: each partner's habits shared with the
// partnership's group (nothing else of theirs), with this week's numbers from the one evaluation
// /week and /stats read (core/evaluation via habitCells and statsOf), in the partner's own days.
import { addDays, daysBetween, startOfWeek } from '../core/day.js';
import type { StreakUnit } from '../core/stats.js';
import type { Habit, LocalDate } from '../core/types.js';
import type { AppDeps } from './deps.js';
import { habitEntries, loadUserHistory, statsForAll, type QueryUser, type UserHistory } from './history.js';
import type { PartnerOfUser } from './partner-ports.js';
import { userToday } from './users.js';
import { countCells, habitCells } from './week.js';

export interface SharedHabitWeek {
  habit: Habit;
  /** Due days met and due days decided so far this week (the partner's week, in their zone). */
  met: number;
  due: number;
  streak: number;
  streakUnit: StreakUnit;
}

export interface PartnerCard {
  partner: PartnerOfUser;
  /** Empty while the partnership is only requested: nothing is shown before they accept. */
  habits: SharedHabitWeek[];
  /** One of the two is no longer an active member of the group: nothing of theirs is shown. */
  leftGroup: boolean;
}

/** The days of `user`'s current week up to today. */
export function weekSoFar(user: QueryUser, now: Date): LocalDate[] {
  const today = userToday(user, now);
  const start = startOfWeek(today, user.weekStart);
  return Array.from({ length: daysBetween(start, today) + 1 }, (_, index) => addDays(start, index));
}

/** One person's habits shared with one group, with this week's numbers. */
export async function sharedWeekOf(deps: AppDeps, groupId: string, user: QueryUser, preloaded?: UserHistory): Promise<SharedHabitWeek[]> {
  const shared = new Set(await deps.repos.groupSharing.sharedHabitIds(groupId, user.id));
  if (shared.size === 0) return [];
  const now = deps.clock.now();
  const today = userToday(user, now);
  const days = weekSoFar(user, now);
  const loaded = preloaded ?? await loadUserHistory(deps.repos, user);
  const history = { ...loaded, habits: loaded.habits.filter((habit) => shared.has(habit.id)) };
  return statsForAll(history, today, user).map(({ habit, stats }) => {
    const { met, due } = countCells(habitCells(habit, habitEntries(history, habit.id), history.pauses, days, today, user.weekStart));
    return { habit, met, due, streak: stats.currentStreak, streakUnit: stats.streakUnit };
  });
}

/** The person's partners (active first in the order they began, then requests) with what each shares. */
export async function partnerCards(deps: AppDeps, user: { id: string }): Promise<PartnerCard[]> {
  const partners = await deps.repos.partnerships.openOf(user.id);
  return Promise.all(partners.map(async (partner): Promise<PartnerCard> => {
    if (partner.partnership.status !== 'active') return { partner, habits: [], leftGroup: false };
    const { groupId } = partner.partnership;
    const [mine, theirs, other] = await Promise.all([
      deps.repos.groups.member(groupId, user.id), deps.repos.groups.member(groupId, partner.other.id), deps.repos.users.get(partner.other.id),
    ]);
    // As in the group itself: someone who left (or was removed) shows nothing there any more.
    if (mine?.status !== 'active' || theirs?.status !== 'active') return { partner, habits: [], leftGroup: true };
    return { partner, habits: other ? await sharedWeekOf(deps, groupId, other) : [], leftGroup: false };
  }));
}
