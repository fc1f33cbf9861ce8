// /new and /edit as one flow. /new asks only what a habit needs (a name, then how often),
// creates it, then offers the optional rest with buttons: target and unit, reminder time,
// why, two-minute version, implementation intention and stack anchor, with "that's all".
// /edit opens the same menu for an existing habit, plus name, frequency and taught words.
import { z } from 'zod';
import { createHabit, editHabit, listHabits, teachSynonym, type EditHabitInput } from '../../app/habits.js';
import { normalizeName } from '../../app/habit-input.js';
import type { DialogState } from '../../app/ports.js';
import type { Frequency, Habit, Weekday } from '../../core/types.js';
import { describeHabit } from '../commands/habit-words.js';
import { formatFrequency, habitLabel } from '../format.js';
import type { MessageKey } from '../i18n/index.js';
import type { Reply } from '../messages.js';
import { choice, normalizeAnswer, reply, rows } from '../replies.js';
import type { Turn } from '../turn.js';
import { alternation, wordsOf } from '../i18n/words/index.js';
import { DONE_WORDS, SKIP_WORDS, type Flow } from './flow.js';
import { looksLikeBreakHabit, readFrequency, readNumber, readTarget, readTimes, readWeekdays, splitEmoji } from './habit-text.js';

/** "after I", "depois de", "después de": the words before an anchor, in every language. */
const ANCHOR_LEAD = new RegExp(`^(?:${alternation(wordsOf('anchorLeads'))})\\s+`, 'i');

export const HABIT_FLOW = 'habit';

const EXTRAS = ['target', 'reminder', 'why', 'two_minute', 'intention', 'anchor'] as const;
const EDIT_ONLY = ['name', 'frequency', 'words'] as const;
type Field = (typeof EXTRAS)[number] | (typeof EDIT_ONLY)[number];
const FIELDS: readonly Field[] = [...EDIT_ONLY, ...EXTRAS];

const dataSchema = z.object({
  mode: z.enum(['new', 'edit']),
  habitId: z.string().optional(),
  name: z.string().optional(),
  emoji: z.string().nullable().optional(),
  kind: z.enum(['build', 'break']).optional(),
});
type FlowData = z.infer<typeof dataSchema>;

function dataOf(state: DialogState): FlowData | null {
  const parsed = dataSchema.safeParse(state.data);
  return parsed.success ? parsed.data : null;
}

const FREQUENCY_KINDS = ['daily', 'weekdays', 'per_week', 'every_n_days', 'per_month'] as const;
const NUMBER_CHOICES: Record<string, number[]> = { per_week: [1, 2, 3, 4, 5, 6], every_n_days: [2, 3, 7, 14], per_month: [1, 2, 4, 10] };

function askName(turn: Turn, problem?: string): Reply[] {
  return [reply([problem, turn.t('new.ask_name')].filter(Boolean).join('\n'))];
}

function askFrequency(turn: Turn, name: string): Reply[] {
  const { t } = turn;
  const buttons = FREQUENCY_KINDS.map((kind) => choice(t(`new.frequency.${kind}`), `nf.${kind}`));
  return [reply(t('new.ask_frequency', { habit: name }), rows(buttons, 2))];
}

function askFrequencyDetail(turn: Turn, kind: 'weekdays' | 'per_week' | 'every_n_days' | 'per_month'): Reply[] {
  const { t } = turn;
  if (kind === 'weekdays') {
    return [reply(t('new.ask_weekdays'), [[choice(t('new.weekdays.work'), 'nd.12345'), choice(t('new.weekdays.weekend'), 'nd.67')]])];
  }
  const buttons = (NUMBER_CHOICES[kind] ?? []).map((n) => choice(String(n), `nn.${n}`));
  return [reply(t(`new.ask_${kind}`), [buttons])];
}

function askField(turn: Turn, field: Field, habit: Habit): Reply[] {
  const key: MessageKey = `field.ask.${field}`;
  return [reply(turn.t(key, { habit: habit.name }), [[choice(turn.t('new.skip_field'), 'nx.back')]])];
}

function menu(turn: Turn, habit: Habit, mode: FlowData['mode'], intro: string): Reply[] {
  const { t } = turn;
  const fields = mode === 'new' ? EXTRAS : FIELDS;
  const buttons = fields.map((field) => choice(t(`field.button.${field}`), `nx.${field}`));
  const question = mode === 'new' ? t('new.offer_more') : t('edit.ask_field', { habit: habitLabel(habit) });
  return [reply(`${intro}\n\n${question}`, [...rows(buttons, 3), [choice(t('new.thats_all'), 'nx.done')]])];
}

export async function startNewHabit(turn: Turn, args: string): Promise<Reply[]> {
  await turn.setState(HABIT_FLOW, 'name', { mode: 'new' });
  return args.trim() ? readName(turn, { mode: 'new' }, args) : askName(turn);
}

export async function startEditHabit(turn: Turn, habit: Habit): Promise<Reply[]> {
  await turn.setState(HABIT_FLOW, 'menu', { mode: 'edit', habitId: habit.id });
  return menu(turn, habit, 'edit', describeHabit(turn, habit));
}

async function readName(turn: Turn, data: FlowData, text: string): Promise<Reply[]> {
  const { emoji, name } = splitEmoji(text);
  if (name.length > 60) return askName(turn, turn.t('new.name_too_long'));
  const { habits } = await listHabits(turn.app, turn.user);
  const taken = habits.find((habit) => habit.id !== data.habitId && normalizeName(habit.name) === normalizeName(name));
  if (taken) return askName(turn, turn.t('new.name_taken', { habit: habitLabel(taken) }));
  if (data.mode === 'edit' && data.habitId) {
    return saveField(turn, data, { name, ...(emoji ? { emoji } : {}) });
  }
  const kind = looksLikeBreakHabit(name) ? 'break' : 'build';
  await turn.setState(HABIT_FLOW, 'frequency', { ...data, name, emoji, kind });
  return askFrequency(turn, name);
}

async function applyFrequency(turn: Turn, data: FlowData, frequency: Frequency): Promise<Reply[]> {
  const { t } = turn;
  if (data.mode === 'edit' && data.habitId) return saveField(turn, data, { frequency });
  const outcome = await createHabit(turn.app, turn.user, {
    name: data.name ?? '', emoji: data.emoji ?? null, kind: data.kind ?? 'build', frequency,
  });
  if (!outcome.ok) {
    if (outcome.error === 'duplicate_name') {
      await turn.setState(HABIT_FLOW, 'name', { mode: 'new' });
      return askName(turn, t('new.name_taken', { habit: habitLabel(outcome.existing) }));
    }
    return [reply(t('error.invalid', { issues: outcome.error === 'invalid_input' ? outcome.issues.join('; ') : outcome.error }))];
  }
  const habit = outcome.habit;
  await turn.setState(HABIT_FLOW, 'menu', { mode: 'new', habitId: habit.id });
  const created = t(habit.kind === 'break' ? 'new.created_break' : 'new.created', {
    habit: habitLabel(habit), frequency: formatFrequency(t, turn.user.locale, habit.frequency),
  });
  return menu(turn, habit, 'new', created);
}

async function currentHabit(turn: Turn, data: FlowData): Promise<Habit | null> {
  return data.habitId ? turn.repos.habits.get(turn.user.id, data.habitId) : null;
}

async function saveField(turn: Turn, data: FlowData, patch: Omit<EditHabitInput, 'habitId'>): Promise<Reply[]> {
  const { t } = turn;
  const outcome = await editHabit(turn.app, turn.user, { habitId: data.habitId ?? '', ...patch });
  if (!outcome.ok) {
    if (outcome.error === 'duplicate_name') return askName(turn, t('new.name_taken', { habit: habitLabel(outcome.existing) }));
    if (outcome.error === 'unknown_habit') { await turn.clearState(); return [reply(t('habits.gone'))]; }
    return [reply(t('error.invalid', { issues: outcome.issues.join('; ') }))];
  }
  await turn.setState(HABIT_FLOW, 'menu', { ...data });
  return menu(turn, outcome.habit, data.mode, t('field.saved', { habit: habitLabel(outcome.habit) }));
}

/** A typed answer for one field, as a habit patch; null when it cannot be read. */
function readField(field: Field, text: string): Omit<EditHabitInput, 'habitId'> | null {
  const value = text.trim().slice(0, 500);
  switch (field) {
    case 'target': { const target = readTarget(value); return target ? { target, multiplePerDay: true } : null; }
    case 'reminder': { const times = readTimes(value); return times ? { reminderTimes: times } : null; }
    case 'why': return { why: value };
    case 'two_minute': return { twoMinuteVersion: value };
    case 'intention': return { implementationIntention: value };
    case 'anchor': return { stackAnchor: value.replace(ANCHOR_LEAD, '') };
    case 'name': case 'frequency': case 'words': return null;
  }
}

async function onText(turn: Turn, state: DialogState, text: string): Promise<Reply[] | null> {
  const data = dataOf(state);
  if (!data) { await turn.clearState(); return null; }
  const answer = normalizeAnswer(text);
  switch (state.step) {
    case 'name': return readName(turn, data, text);
    case 'frequency': {
      const frequency = readFrequency(text);
      return frequency ? applyFrequency(turn, data, frequency) : [reply(turn.t('new.bad_frequency')), ...askFrequency(turn, data.name ?? '')];
    }
    case 'weekdays': {
      const days = readWeekdays(text);
      if (!days) return [reply(turn.t('new.bad_weekdays')), ...askFrequencyDetail(turn, 'weekdays')];
      return applyFrequency(turn, data, days.length === 7 ? { kind: 'daily' } : { kind: 'weekdays', days });
    }
    case 'per_week': case 'every_n_days': case 'per_month': {
      const max = state.step === 'per_week' ? 7 : state.step === 'per_month' ? 31 : 365;
      const n = readNumber(text, max);
      if (!n) return [reply(turn.t('new.bad_number', { max })), ...askFrequencyDetail(turn, state.step)];
      return applyFrequency(turn, data, frequencyOf(state.step, n));
    }
    case 'menu': {
      if (!DONE_WORDS.has(answer)) return null;
      return finish(turn, data);
    }
    default: {
      const field = state.step.replace(/^field\./, '') as Field;
      const habit = await currentHabit(turn, data);
      if (!habit || !FIELDS.includes(field)) { await turn.clearState(); return [reply(turn.t('habits.gone'))]; }
      if (SKIP_WORDS.has(answer)) { await turn.setState(HABIT_FLOW, 'menu', data); return menu(turn, habit, data.mode, turn.t('field.skipped')); }
      if (field === 'name') return readName(turn, data, text);
      if (field === 'words') return teachWords(turn, data, habit, text);
      if (field === 'frequency') {
        const frequency = readFrequency(text);
        return frequency ? saveField(turn, data, { frequency }) : [reply(turn.t('new.bad_frequency'))];
      }
      const patch = readField(field, text);
      return patch ? saveField(turn, data, patch) : [reply(turn.t(`field.bad.${field === 'target' ? 'target' : 'reminder'}`))];
    }
  }
}

/** "gym, workout": each word is taught for this habit unless it already means another one. */
async function teachWords(turn: Turn, data: FlowData, habit: Habit, text: string): Promise<Reply[]> {
  const { t } = turn;
  const problems: string[] = [];
  let current = habit;
  for (const word of text.split(/\s*,\s*/).map((part) => part.trim()).filter(Boolean).slice(0, 10)) {
    const outcome = await teachSynonym(turn.app, turn.user, { habitId: habit.id, synonym: word.slice(0, 60) });
    if (outcome.ok) current = outcome.habit;
    else if (outcome.error === 'synonym_taken') problems.push(t('field.word_taken', { word, habit: habitLabel(outcome.other) }));
  }
  await turn.setState(HABIT_FLOW, 'menu', { ...data });
  return menu(turn, current, data.mode, [...problems, t('field.saved', { habit: habitLabel(current) })].join('\n'));
}

function frequencyOf(kind: 'per_week' | 'every_n_days' | 'per_month', n: number): Frequency {
  if (kind === 'per_week') return n >= 7 ? { kind: 'daily' } : { kind: 'per_week', times: n };
  if (kind === 'every_n_days') return n === 1 ? { kind: 'daily' } : { kind: 'every_n_days', n };
  return { kind: 'per_month', times: n };
}

async function finish(turn: Turn, data: FlowData): Promise<Reply[]> {
  await turn.clearState();
  const habit = await currentHabit(turn, data);
  if (!habit) return [reply(turn.t('habits.gone'))];
  // A habit to break is not "done": its hint says how to report a slip.
  const hintKey = habit.kind === 'break' ? 'new.log_hint_break' : 'new.log_hint';
  const hint = data.mode === 'new' ? `\n\n${turn.t(hintKey, { habit: habit.name })}` : '';
  return [reply(`${describeHabit(turn, habit)}${hint}`)];
}

async function onChoice(turn: Turn, state: DialogState, value: string): Promise<Reply[]> {
  const data = dataOf(state);
  const [group, picked = ''] = value.split('.', 2) as [string, string | undefined];
  if (!data) return [reply(turn.t('button.expired'))];
  if (group === 'nf' && (state.step === 'frequency' || state.step === 'field.frequency')) {
    if (picked === 'daily') return applyFrequency(turn, data, { kind: 'daily' });
    if (picked === 'weekdays' || picked === 'per_week' || picked === 'every_n_days' || picked === 'per_month') {
      await turn.setState(HABIT_FLOW, picked, data);
      return askFrequencyDetail(turn, picked);
    }
  }
  if (group === 'nd' && state.step === 'weekdays' && /^[1-7]+$/.test(picked)) {
    const days = [...new Set([...picked].map(Number))].sort() as Weekday[];
    return applyFrequency(turn, data, { kind: 'weekdays', days });
  }
  if (group === 'nn' && (state.step === 'per_week' || state.step === 'every_n_days' || state.step === 'per_month')) {
    const n = Number(picked);
    if (Number.isInteger(n) && n > 0) return applyFrequency(turn, data, frequencyOf(state.step, n));
  }
  if (group === 'nx' && (state.step === 'menu' || state.step.startsWith('field.'))) {
    if (picked === 'done') return finish(turn, data);
    const habit = await currentHabit(turn, data);
    if (!habit) { await turn.clearState(); return [reply(turn.t('habits.gone'))]; }
    if (picked === 'back') { await turn.setState(HABIT_FLOW, 'menu', data); return menu(turn, habit, data.mode, turn.t('field.skipped')); }
    if (picked === 'frequency') { await turn.setState(HABIT_FLOW, 'field.frequency', data); return askFrequency(turn, habit.name); }
    if ((FIELDS as readonly string[]).includes(picked)) {
      await turn.setState(HABIT_FLOW, `field.${picked}`, data);
      return askField(turn, picked as Field, habit);
    }
  }
  return [reply(turn.t('button.expired'))];
}

export const habitFlow: Flow = { name: HABIT_FLOW, onText, onChoice };
