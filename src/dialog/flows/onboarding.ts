// First contact: a short, skippable setup. The language is guessed from the platform's
// locale (with a button to switch), then time zone, coach personality and day start.
// "skip" at any point keeps the defaults; /settings changes any of it later.
import type { DialogState } from '../../app/ports.js';
import { LOCALES } from '../../core/languages.js';
import type { Reply } from '../messages.js';
import { choice, normalizeAnswer, reply, rows } from '../replies.js';
import type { Turn } from '../turn.js';
import { SKIP_WORDS, type Flow } from './flow.js';
import {
  candidatesOf, languageLabel, profileButtons, profileQuestion, readProfileChoice, readProfileText, type ProfileField,
} from './profile-questions.js';

const STEPS: ProfileField[] = ['zone', 'coach', 'daystart'];
export const ONBOARDING = 'onboarding';

function question(turn: Turn, field: ProfileField, intro?: string, candidates: string[] = []): Reply {
  const { t, user } = turn;
  // The guessed language can be switched at the first question: one button per other language.
  const extra = field === 'zone'
    ? LOCALES.filter((locale) => locale !== user.locale).map((locale) => choice(languageLabel(locale), `ob.language.${locale}`))
    : [];
  const buttons = [...rows(profileButtons(t, user, field, 'ob', candidates), field === 'daystart' ? 4 : field === 'zone' ? 2 : 3), [...extra, choice(t('onboarding.skip'), 'ob.skip')]];
  return reply([intro, profileQuestion(t, user, field)].filter(Boolean).join('\n\n'), buttons);
}

/** Starts onboarding for a person seen for the first time. */
export async function startOnboarding(turn: Turn): Promise<Reply[]> {
  await turn.setState(ONBOARDING, 'zone');
  // One greeting, then the first question: the coach's welcome line greets again and may ask a
  // question of its own ("What's one habit you'd like to grow?") that nothing waits for.
  return [question(turn, 'zone', turn.t('onboarding.welcome', { name: turn.user.displayName }))];
}

async function finish(turn: Turn): Promise<Reply[]> {
  await turn.clearState();
  await turn.completeOnboarding();
  return [reply(turn.t('onboarding.done', {
    zone: turn.user.timeZone,
    coach: turn.t(`coach.name.${turn.user.personality}`),
  }))];
}

async function next(turn: Turn, state: DialogState, said?: string): Promise<Reply[]> {
  const index = STEPS.indexOf(state.step as ProfileField);
  const following = STEPS[index + 1];
  if (!following) return finish(turn);
  await turn.setState(ONBOARDING, following);
  return [question(turn, following, said ? turn.t('settings.saved', { value: said }) : undefined)];
}

function currentField(state: DialogState): ProfileField {
  return STEPS.includes(state.step as ProfileField) ? (state.step as ProfileField) : 'zone';
}

export const onboardingFlow: Flow = {
  name: ONBOARDING,
  async onText(turn, state, text) {
    if (SKIP_WORDS.has(normalizeAnswer(text))) return finish(turn);
    const field = currentField(state);
    const answer = readProfileText(turn.t, field, text);
    if (!answer.ok) {
      await turn.setState(ONBOARDING, field, answer.candidates ? { candidates: answer.candidates } : {});
      return [question(turn, field, answer.problem, answer.candidates)];
    }
    await turn.updateUser(answer.patch);
    return next(turn, { ...state, step: field }, answer.said);
  },
  async onChoice(turn, state, value) {
    if (value === 'ob.skip') return finish(turn);
    const [prefix, field, answer] = value.split('.', 3) as [string, ProfileField, string | undefined];
    if (prefix !== 'ob' || answer === undefined) return [reply(turn.t('flow.stale'))];
    const read = readProfileChoice(turn.t, turn.user, field, value.slice(`ob.${field}.`.length), candidatesOf(state.data));
    if (!read.ok) return [question(turn, currentField(state), read.problem)];
    await turn.updateUser(read.patch);
    // Switching language re-asks the same question in the new language.
    if (field === 'language') return [question(turn, currentField(state))];
    if (field !== currentField(state)) return [question(turn, currentField(state))];
    return next(turn, state, read.said);
  },
  async onLeave(turn) {
    // Leaving setup for a command keeps the defaults: the person chose to get going.
    await turn.completeOnboarding();
  },
};
