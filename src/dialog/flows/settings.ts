// /settings: shows the profile and changes any of it (language, time zone, coach, day
// start) with the same questions onboarding asks, the evening nudge, weekly review and quiet
// hours, and switches whether stats are shown in groups (one press). /coach jumps straight to the coach.
import type { DialogState } from '../../app/ports.js';
import type { Reply } from '../messages.js';
import { choice, normalizeAnswer, reply, rows } from '../replies.js';
import type { Turn } from '../turn.js';
import { DONE_WORDS, type Flow } from './flow.js';
import {
  candidatesOf, dayStartLabel, languageLabel, personalityLabel, PROFILE_FIELDS, profileButtonRows, profileQuestion,
  readProfileChoice, readProfileText, type ProfileField,
} from './profile-questions.js';
import {
  askSchedule, readScheduleAnswer, SCHEDULE_FIELDS, SCHEDULE_STEPS, scheduleOverviewLines, type ScheduleAnswer, type ScheduleStep,
} from './schedule-settings.js';

export const SETTINGS_FLOW = 'settings';

function overview(turn: Turn, intro?: string): Reply[] {
  const { t, user } = turn;
  const text = [
    intro,
    t('settings.title'),
    `${t('settings.field.language')}: ${languageLabel(user.locale)}`,
    `${t('settings.field.zone')}: ${user.timeZone}`,
    `${t('settings.field.coach')}: ${personalityLabel(t, user.personality)}`,
    `${t('settings.field.daystart')}: ${dayStartLabel(t, user.dayStartHour)}`,
    `${t('settings.field.share')}: ${shareLabel(turn)}`,
    ...scheduleOverviewLines(t, user),
  ].filter(Boolean).join('\n');
  const fields = [...PROFILE_FIELDS, ...SCHEDULE_FIELDS];
  const buttons = fields.map((field) => choice(t(`settings.field.${field}`), `st.${field}`));
  return [reply(text, [...rows(buttons, 2), [choice(`🔒 ${t('settings.field.share')}`, 'st.share'), choice(t('settings.done'), 'st.done')]])];
}

function shareLabel(turn: Turn): string {
  return turn.t(turn.user.shareStats ? 'settings.share.on' : 'settings.share.off');
}

/** Sharing is a switch: one press flips it and shows the overview again. */
async function toggleShare(turn: Turn): Promise<Reply[]> {
  if (!(await turn.updateUser({ shareStats: !turn.user.shareStats }))) return [reply(turn.t('error.generic'))];
  await turn.setState(SETTINGS_FLOW, 'menu');
  return overview(turn, `${turn.t('settings.saved', { value: `${turn.t('settings.field.share')}: ${shareLabel(turn)}` })}\n`);
}

function ask(turn: Turn, field: ProfileField, problem?: string, candidates: string[] = []): Reply[] {
  const text = [problem, profileQuestion(turn.t, turn.user, field)].filter(Boolean).join('\n\n');
  return [reply(text, profileButtonRows(turn.t, turn.user, field, 'sv', candidates))];
}

export async function settingsCommand(turn: Turn): Promise<Reply[]> {
  await turn.setState(SETTINGS_FLOW, 'menu');
  return overview(turn);
}

export async function coachCommand(turn: Turn): Promise<Reply[]> {
  await turn.setState(SETTINGS_FLOW, 'coach');
  return ask(turn, 'coach');
}

async function save(turn: Turn, answer: ReturnType<typeof readProfileText>, field: ProfileField): Promise<Reply[]> {
  if (!answer.ok) {
    await turn.setState(SETTINGS_FLOW, field, answer.candidates ? { candidates: answer.candidates } : {});
    return ask(turn, field, answer.problem, answer.candidates);
  }
  if (!(await turn.updateUser(answer.patch))) return ask(turn, field, turn.t(`settings.bad.${field}`, { text: answer.said }));
  if (field === 'coach') {
    // A new coach takes over mid-way (no day-one welcome), and the answer is just that: no settings menu.
    await turn.clearState();
    return [reply(`${turn.t('settings.saved', { value: answer.said })}\n${turn.t(`coach.switched.${turn.user.personality}`)}`)];
  }
  await turn.setState(SETTINGS_FLOW, 'menu');
  return overview(turn, `${turn.t('settings.saved', { value: answer.said })}\n`);
}

async function saveSchedule(turn: Turn, answer: ScheduleAnswer): Promise<Reply[]> {
  if (answer.kind === 'ask') {
    await turn.setState(SETTINGS_FLOW, answer.step, answer.data);
    return askSchedule(turn, answer.step, answer.data, answer.problem);
  }
  if (!(await turn.updateUser(answer.patch))) return [reply(turn.t('error.generic'))];
  await turn.setState(SETTINGS_FLOW, 'menu');
  return overview(turn, `${turn.t('settings.saved', { value: answer.said })}\n`);
}

function scheduleStepOf(state: DialogState): ScheduleStep | null {
  return SCHEDULE_STEPS.includes(state.step) ? (state.step as ScheduleStep) : null;
}

function fieldOf(state: DialogState): ProfileField | null {
  return (PROFILE_FIELDS as string[]).includes(state.step) ? (state.step as ProfileField) : null;
}

export const settingsFlow: Flow = {
  name: SETTINGS_FLOW,
  async onText(turn, state, text) {
    const step = scheduleStepOf(state);
    if (step) return saveSchedule(turn, readScheduleAnswer(turn.t, turn.user, step, text, state.data));
    const field = fieldOf(state);
    if (!field) {
      if (!DONE_WORDS.has(normalizeAnswer(text))) return null;
      await turn.clearState();
      return [reply(turn.t('settings.closed'))];
    }
    return save(turn, readProfileText(turn.t, field, text), field);
  },
  async onChoice(turn, state, value) {
    const [prefix, field = '', answer] = value.split('.', 3);
    if (prefix === 'st' && field === 'done') {
      await turn.clearState();
      return [reply(turn.t('settings.closed'))];
    }
    if (prefix === 'st' && field === 'share') return toggleShare(turn);
    if (prefix === 'st' && (PROFILE_FIELDS as string[]).includes(field)) {
      await turn.setState(SETTINGS_FLOW, field);
      return ask(turn, field as ProfileField);
    }
    if (prefix === 'st' && (SCHEDULE_FIELDS as string[]).includes(field)) {
      await turn.setState(SETTINGS_FLOW, field);
      return askSchedule(turn, field as ScheduleStep);
    }
    const step = scheduleStepOf(state);
    if (prefix === 'ss' && step && field === step && answer !== undefined) {
      return saveSchedule(turn, readScheduleAnswer(turn.t, turn.user, step, value.slice(`ss.${step}.`.length), state.data));
    }
    const current = fieldOf(state);
    if (prefix === 'sv' && current && field === current && answer !== undefined) {
      return save(turn, readProfileChoice(turn.t, turn.user, current, value.slice(`sv.${current}.`.length), candidatesOf(state.data)), current);
    }
    return [reply(turn.t('button.expired'))];
  },
};
