// /pause and /resume, for one habit or everything, with an optional end date and reason:
// "/pause sick till friday", "/pause gym until 2026-12-01", "/pausar férias até domingo",
// "/pausar vacaciones por 2 semanas".
// Streaks are kept through a pause and reminders are muted.
import { listHabits } from '../../app/habits.js';
import { pause, resume } from '../../app/pauses.js';
import type { Habit, LocalDate, PauseReason } from '../../core/types.js';
import { readFutureDate } from '../dates.js';
import { formatDate, habitLabel } from '../format.js';
import type { Reply } from '../messages.js';
import { button, choice, normalizeAnswer, reply, rows } from '../replies.js';
import { alternation, dateWords, pauseWords } from '../i18n/words/index.js';
import type { Turn } from '../turn.js';
import { findHabitByName } from './habits.js';

export const PAUSE_FLOW = 'pause';
/** The pick button's id for "every habit". */
export const EVERYTHING = '*';

// Every language's pause words (src/dialog/i18n/words/*), as patterns built once.
const words = (list: string[]) => `\\b(?:${alternation(list)})\\b`;
const REASONS: [RegExp, PauseReason][] = [
  [new RegExp(words(pauseWords('sick'))), 'sick'],
  [new RegExp(words(pauseWords('vacation'))), 'vacation'],
];
const FILLER = new RegExp(words([...pauseWords('filler'), ...pauseWords('everything')]), 'g');
const UNTIL = new RegExp(`\\b(?:${alternation(pauseWords('until'))})\\s+(.+)$`);
const WEEK_UNITS = new Set(dateWords('weekUnits'));
const FOR_SPAN = new RegExp(`\\b(?:${alternation(pauseWords('spanFor'))})\\s+(\\d{1,3})\\s*(${alternation([...dateWords('dayUnits'), ...WEEK_UNITS])})\\b`);

export interface PauseRequest {
  habitText: string;
  until: LocalDate | null;
  reason: PauseReason;
  /** An end date was given but could not be read. */
  badDate: string | null;
}

/** Splits "/pause" arguments into a habit, an end date and a reason. */
export function readPauseArgs(args: string, today: LocalDate, turn: Pick<Turn, 'user'>): PauseRequest {
  let rest = normalizeAnswer(args);
  let until: LocalDate | null = null;
  let badDate: string | null = null;
  const untilMatch = UNTIL.exec(rest);
  if (untilMatch) {
    until = readFutureDate(untilMatch[1]!, today, turn.user.locale);
    if (!until) badDate = untilMatch[1]!;
    rest = rest.slice(0, untilMatch.index);
  }
  const forDays = FOR_SPAN.exec(rest);
  if (forDays) {
    const span = Number(forDays[1]) * (WEEK_UNITS.has(forDays[2]!) ? 7 : 1);
    until = readFutureDate(`in ${Math.max(span - 1, 0)} days`, today, turn.user.locale);
    rest = rest.replace(forDays[0], ' ');
  }
  let reason: PauseReason = 'other';
  for (const [pattern, value] of REASONS) {
    if (pattern.test(rest)) { reason = value; rest = rest.replace(pattern, ' '); break; }
  }
  return { habitText: rest.replace(FILLER, ' ').replace(/[,.!]/g, ' ').replace(/\s+/g, ' ').trim(), until, reason, badDate };
}

async function applyPause(turn: Turn, habit: Habit | null, until: LocalDate | null, reason: PauseReason): Promise<Reply[]> {
  const { t, user } = turn;
  const outcome = await pause(turn.app, user, { habitId: habit?.id ?? null, until, reason });
  if (!outcome.ok) {
    if (outcome.error === 'end_before_start') return [reply(t('pause.end_before_start'))];
    if (outcome.error === 'habit_archived') return [reply(t('log.archived', { habit: outcome.habit.name }))];
    return [reply(t('habits.gone'))];
  }
  const what = habit ? habitLabel(habit) : t('pause.everything');
  const end = until ? t('pause.until', { date: formatDate(user.locale, until, turn.today) }) : t('pause.open_ended');
  const why = reason === 'other' ? '' : ` (${t(`pause.reason.${reason}`)})`;
  return [reply(t('pause.done', { what, end, why }))];
}

export async function pauseCommand(turn: Turn, args: string): Promise<Reply[]> {
  const { t } = turn;
  const { habits } = await listHabits(turn.app, turn.user);
  if (!args.trim()) {
    const buttons = [button(t('pause.everything_button'), { action: 'pick', command: 'pause', habitId: EVERYTHING, inPlace: true }),
      ...habits.slice(0, 20).map((habit) => button(habitLabel(habit).slice(0, 60), { action: 'pick', command: 'pause', habitId: habit.id, inPlace: true }))];
    return [reply(t('pause.ask_what'), rows(buttons, 2))];
  }
  const request = readPauseArgs(args, turn.today, turn);
  if (request.badDate) return [reply(t('pause.bad_date', { text: request.badDate }))];
  let habit: Habit | null = null;
  if (request.habitText) {
    habit = findHabitByName(habits, request.habitText) ?? null;
    if (!habit) return [reply(t('habits.not_found', { name: request.habitText }))];
  }
  return applyPause(turn, habit, request.until, request.reason);
}

/** A habit (or everything) was picked: ask until when. */
export async function pickForPause(turn: Turn, habitId: string): Promise<Reply[]> {
  const { t } = turn;
  if (habitId !== EVERYTHING) {
    const habit = await turn.repos.habits.get(turn.user.id, habitId);
    if (!habit || habit.status === 'archived') return [reply(t('habits.gone'))];
  }
  await turn.setState(PAUSE_FLOW, 'until', { habitId });
  return [reply(t('pause.ask_until'), [[choice(t('pause.until_resume'), 'pu.open'), choice(t('pause.one_week'), 'pu.week')]])];
}

/** The answer to "until when?" (typed or pressed). */
export async function pauseUntilAnswered(turn: Turn, habitId: string, answer: string): Promise<Reply[] | null> {
  const { t } = turn;
  const habit = habitId === EVERYTHING ? null : await turn.repos.habits.get(turn.user.id, habitId);
  if (habitId !== EVERYTHING && !habit) { await turn.clearState(); return [reply(t('habits.gone'))]; }
  const request = readPauseArgs(answer === 'open' ? '' : `until ${answer}`, turn.today, turn);
  if (request.badDate) return [reply(t('pause.bad_date', { text: request.badDate }))];
  await turn.clearState();
  return applyPause(turn, habit, request.until, request.reason);
}

export async function resumeCommand(turn: Turn, args: string): Promise<Reply[]> {
  const { t } = turn;
  let habit: Habit | undefined;
  if (args.trim()) {
    const { habits } = await listHabits(turn.app, turn.user);
    habit = findHabitByName(habits, args);
    if (!habit) return [reply(t('habits.not_found', { name: args.trim() }))];
  }
  const outcome = await resume(turn.app, turn.user, { habitId: habit?.id ?? null });
  if (!outcome.ok) return [reply(outcome.error === 'not_paused' ? t('resume.not_paused') : t('habits.gone'))];
  return [reply(t('resume.done', { what: habit ? habitLabel(habit) : t('pause.everything') }))];
}
