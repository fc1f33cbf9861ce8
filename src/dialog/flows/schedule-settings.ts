// The /settings questions about when I write on my own: the evening streak-at-risk nudge, the
// weekly review (a day, then a time) and quiet hours. Each asks with buttons and reads a typed
// answer; each can be turned off ("off", "desligar" or its button) and a new time turns it back
// on. A time nobody can read gets a clear reply and changes nothing.
import type { SettingsInput } from '../../app/users.js';
import { DEFAULT_EVENING_NUDGE_TIME, DEFAULT_REVIEW_TIME, reviewDayOf } from '../../core/reminders.js';
import { resolveTimeOfDay, resolveTimeRange } from '../../core/time-of-day.js';
import type { User, Weekday } from '../../core/types.js';
import { weekdayName } from '../format.js';
import type { Translate } from '../i18n/index.js';
import type { Reply } from '../messages.js';
import { choice, normalizeAnswer, reply, rows } from '../replies.js';
import type { Turn } from '../turn.js';
import { readWeekdays } from './habit-text.js';
import { wordsOf } from '../i18n/words/index.js';

/** Menu fields; picking the review's day leads to the extra step 'reviewtime'. */
export type ScheduleField = 'nudge' | 'review' | 'quiet';
export const SCHEDULE_FIELDS: ScheduleField[] = ['nudge', 'review', 'quiet'];
export type ScheduleStep = ScheduleField | 'reviewtime';
export const SCHEDULE_STEPS: string[] = [...SCHEDULE_FIELDS, 'reviewtime'];

export type ScheduleAnswer =
  | { kind: 'save'; patch: SettingsInput; said: string }
  | { kind: 'ask'; step: ScheduleStep; data: Record<string, unknown>; problem?: string };

/** Button values carry hours as "20h" (a button value cannot hold ':'). */
const NUDGE_PRESETS = ['19h', '20h', '21h', '22h'];
const REVIEW_TIME_PRESETS = ['9h', '18h', '20h'];
const QUIET_PRESETS = ['22h-7h', '23h-8h'];
const WEEK: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const OFF_WORDS = wordsOf('off');

export function isOffWord(text: string): boolean {
  return OFF_WORDS.has(normalizeAnswer(text));
}

function quietLabel(t: Translate, user: Pick<User, 'quietHours'>): string {
  return user.quietHours ? `${user.quietHours.start}–${user.quietHours.end}` : t('settings.quiet.off');
}

function nudgeLabel(t: Translate, user: User): string {
  return user.eveningNudgeEnabled ? (user.eveningNudgeTime ?? DEFAULT_EVENING_NUDGE_TIME) : t('settings.switch.off');
}

function reviewLabel(t: Translate, user: User): string {
  if (!user.weeklyReviewEnabled) return t('settings.switch.off');
  return `${weekdayName(user.locale, reviewDayOf(user), 'long')} ${user.reviewTime ?? DEFAULT_REVIEW_TIME}`;
}

/** The overview's lines for these settings (defaults shown as what will happen). */
export function scheduleOverviewLines(t: Translate, user: User): string[] {
  return [
    `${t('settings.field.nudge')}: ${nudgeLabel(t, user)}`,
    `${t('settings.field.review')}: ${reviewLabel(t, user)}`,
    `${t('settings.field.quiet')}: ${quietLabel(t, user)}`,
  ];
}

const timeButton = (step: ScheduleStep, preset: string) => choice(resolvedOrRaw(preset), `ss.${step}.${preset}`);
function resolvedOrRaw(preset: string): string {
  const range = resolveTimeRange(preset);
  if (range.ok) return `${range.start}–${range.end}`;
  const time = resolveTimeOfDay(preset);
  return time.ok ? time.time : preset;
}

/** Asks one of the questions, with the problem of a previous answer first. */
export function askSchedule(turn: Turn, step: ScheduleStep, data: Record<string, unknown> = {}, problem?: string): Reply[] {
  const { t, user } = turn;
  const withProblem = (text: string) => [problem, text].filter(Boolean).join('\n\n');
  switch (step) {
    case 'nudge':
      return [reply(withProblem(t('settings.ask.nudge', { current: nudgeLabel(t, user) })), [
        ...rows(NUDGE_PRESETS.map((p) => timeButton(step, p)), 4), [choice(t('settings.nudge.turn_off'), 'ss.nudge.off')],
      ])];
    case 'review':
      return [reply(withProblem(t('settings.ask.review_day', { current: reviewLabel(t, user) })), [
        ...rows(WEEK.map((day) => choice(weekdayName(user.locale, day), `ss.review.${day}`)), 4), [choice(t('settings.review.turn_off'), 'ss.review.off')],
      ])];
    case 'reviewtime': {
      const day = dayOf(data) ?? reviewDayOf(user);
      return [reply(
        withProblem(t('settings.ask.review_time', { day: weekdayName(user.locale, day, 'long'), current: user.reviewTime ?? DEFAULT_REVIEW_TIME })),
        rows(REVIEW_TIME_PRESETS.map((p) => timeButton(step, p)), 3),
      )];
    }
    case 'quiet':
      return [reply(withProblem(t('settings.ask.quiet', { current: quietLabel(t, user) })), [
        ...rows(QUIET_PRESETS.map((p) => timeButton(step, p)), 2), [choice(t('settings.quiet.turn_off'), 'ss.quiet.off')],
      ])];
  }
}

function dayOf(data: Record<string, unknown>): Weekday | null {
  const day = data.day;
  return typeof day === 'number' && (WEEK as number[]).includes(day) ? (day as Weekday) : null;
}

/** Reads a typed answer (or a pressed button's answer, the part after `ss.<step>.`). */
export function readScheduleAnswer(t: Translate, user: User, step: ScheduleStep, text: string, data: Record<string, unknown>): ScheduleAnswer {
  const said = text.trim();
  switch (step) {
    case 'nudge': {
      // Off is its own switch (a null time means "the default time"); picking a time turns it back on.
      if (isOffWord(text)) return { kind: 'save', patch: { eveningNudgeEnabled: false }, said: `${t('settings.field.nudge')}: ${t('settings.switch.off')}` };
      const time = resolveTimeOfDay(text);
      return time.ok
        ? { kind: 'save', patch: { eveningNudgeEnabled: true, eveningNudgeTime: time.time }, said: `${t('settings.field.nudge')} ${time.time}` }
        : { kind: 'ask', step, data, problem: t('settings.bad.time', { text: said }) };
    }
    case 'review': {
      if (isOffWord(text)) return { kind: 'save', patch: { weeklyReviewEnabled: false }, said: `${t('settings.field.review')}: ${t('settings.switch.off')}` };
      const days = /^[1-7]$/.test(said) ? [Number(said) as Weekday] : readWeekdays(text);
      if (!days || days.length !== 1) return { kind: 'ask', step, data, problem: t('settings.bad.review_day', { text: said }) };
      return { kind: 'ask', step: 'reviewtime', data: { day: days[0] } };
    }
    case 'reviewtime': {
      const day = dayOf(data);
      if (!day) return { kind: 'ask', step: 'review', data: {}, problem: t('flow.stale') };
      const time = resolveTimeOfDay(text);
      if (!time.ok) return { kind: 'ask', step, data, problem: t('settings.bad.time', { text: said }) };
      return { kind: 'save', patch: { weeklyReviewEnabled: true, reviewDay: day, reviewTime: time.time }, said: `${t('settings.field.review')} ${weekdayName(user.locale, day, 'long')} ${time.time}` };
    }
    case 'quiet': {
      if (isOffWord(text)) return { kind: 'save', patch: { quietHours: null }, said: `${t('settings.field.quiet')}: ${t('settings.quiet.off')}` };
      const range = resolveTimeRange(text);
      if (!range.ok) return { kind: 'ask', step, data, problem: t('settings.bad.quiet', { text: said }) };
      return { kind: 'save', patch: { quietHours: { start: range.start, end: range.end } }, said: `${t('settings.field.quiet')} ${range.start}–${range.end}` };
    }
  }
}
