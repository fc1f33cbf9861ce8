// What the model is told about the speaking person: their habits with stats, their recent
// entries and their goals, read through the app's own use cases with THEIR user id only.
// Nothing here takes another id from the message or the model, so no other person's data
// can enter the context whatever the message says.
import type { AppDeps } from '../app/deps.js';
import { statsFor } from '../app/queries.js';
import { userToday } from '../app/users.js';
import { addDays } from '../core/day.js';
import type { HabitStats } from '../core/stats.js';
import type { Habit, LocalDate, User } from '../core/types.js';

export type ContextUser = Pick<User, 'id' | 'displayName' | 'timeZone' | 'dayStartHour' | 'weekStart' | 'locale'>;

/** How far back recent entries reach, and how many at most. */
const RECENT_DAYS = 14;
const RECENT_LIMIT = 60;
/** Habits in the prompt at most (due today first); the rest are counted, and get_stats reaches them. */
const HABIT_LIMIT = 40;

export interface HabitSummary {
  name: string;
  kind: Habit['kind'];
  frequency: Habit['frequency'];
  target: Habit['target'];
  status: Habit['status'];
  currentStreak: number;
  longestStreak: number;
  streakUnit: string;
  /** 0..100 */
  score: number;
  /** 0..100 over the last 30 days */
  successRate: number;
  formationDays: number;
  totalDone: number;
  dueToday: boolean;
  doneToday: boolean;
  periodProgress: { done: number; needed: number } | null;
}

export interface PersonContext {
  name: string;
  today: LocalDate;
  timeZone: string;
  habits: HabitSummary[];
  /** Habits left out of `habits` to keep the prompt small. */
  moreHabits: number;
  recentEntries: { habit: string; kind: string; date: LocalDate; quantity: number | null; note: string | null }[];
  goals: { title: string; kind: string; targetValue: number | null; unit: string | null; progress: number; deadline: LocalDate | null; status: string }[];
}

const percent = (share: number): number => Math.round(share * 100);

export function summarizeHabit(habit: Habit, stats: HabitStats): HabitSummary {
  return {
    name: habit.name,
    kind: habit.kind,
    frequency: habit.frequency,
    target: habit.target,
    status: habit.status,
    currentStreak: stats.currentStreak,
    longestStreak: stats.longestStreak,
    streakUnit: stats.streakUnit,
    score: percent(stats.score),
    successRate: percent(stats.successRate),
    formationDays: stats.formationDays,
    totalDone: stats.totalDone,
    dueToday: stats.dueToday,
    doneToday: stats.doneToday,
    periodProgress: stats.periodProgress,
  };
}

/** The speaking person's own data, compact enough for a prompt. */
export async function buildPersonContext(deps: AppDeps, user: ContextUser): Promise<PersonContext> {
  const today = userToday(user, deps.clock.now());
  const [view, entries, goals] = await Promise.all([
    statsFor(deps, user),
    deps.repos.entries.listForUser(user.id, { from: addDays(today, -RECENT_DAYS), to: today }),
    deps.repos.goals.list(user.id),
  ]);
  const names = new Map(view.habits.map(({ habit }) => [habit.id, habit.name]));
  const goalProgress = await Promise.all(
    goals.map(async (goal) => (await deps.repos.goals.listProgress(user.id, goal.id)).reduce((sum, p) => sum + p.amount, 0)),
  );
  return {
    name: user.displayName,
    today,
    timeZone: user.timeZone,
    habits: [...view.habits]
      .sort((a, b) => Number(b.stats.dueToday) - Number(a.stats.dueToday))
      .slice(0, HABIT_LIMIT)
      .map(({ habit, stats }) => summarizeHabit(habit, stats)),
    moreHabits: Math.max(0, view.habits.length - HABIT_LIMIT),
    recentEntries: entries
      .filter((entry) => names.has(entry.habitId))
      .slice(-RECENT_LIMIT)
      .map((entry) => ({
        habit: names.get(entry.habitId) ?? '',
        kind: entry.kind,
        date: entry.localDate,
        quantity: entry.quantity,
        note: entry.note,
      })),
    goals: goals.map((goal, index) => ({
      title: goal.title,
      kind: goal.kind,
      targetValue: goal.targetValue,
      unit: goal.unit,
      progress: goalProgress[index] ?? 0,
      deadline: goal.deadline,
      status: goal.status,
    })),
  };
}
