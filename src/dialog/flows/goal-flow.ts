// /goal: a target to reach ("save 5000 reais by 2026-12-31") or a counter of days ("days
// without sugar"). Asks the title, the kind, then for targets the amount and an optional deadline.
import { z } from 'zod';
import { createGoal } from '../../app/goals.js';
import type { DialogState } from '../../app/ports.js';
import type { LocalDate } from '../../core/types.js';
import { describeGoal } from '../commands/goals.js';
import { readDeadline } from '../dates.js';
import type { Reply } from '../messages.js';
import { choice, normalizeAnswer, reply } from '../replies.js';
import type { Turn } from '../turn.js';
import { SKIP_WORDS, type Flow } from './flow.js';
import { readTarget } from './habit-text.js';
import { wordsOf } from '../i18n/words/index.js';

export const GOAL_FLOW = 'goal';

const dataSchema = z.object({
  title: z.string().optional(),
  targetValue: z.number().optional(),
  unit: z.string().nullable().optional(),
});
type GoalData = z.infer<typeof dataSchema>;

const NO_DEADLINE = new Set([...SKIP_WORDS, ...wordsOf('noDeadline')]);

function askKind(turn: Turn, title: string): Reply[] {
  return [reply(turn.t('goal.ask_kind', { goal: title }), [[choice(turn.t('goal.kind.target'), 'gk.target'), choice(turn.t('goal.kind.counter'), 'gk.counter')]])];
}

export async function startGoal(turn: Turn, args: string): Promise<Reply[]> {
  const title = args.trim().slice(0, 200);
  if (title) {
    await turn.setState(GOAL_FLOW, 'kind', { title });
    return askKind(turn, title);
  }
  await turn.setState(GOAL_FLOW, 'title', {});
  return [reply(turn.t('goal.ask_title'))];
}

async function create(turn: Turn, data: GoalData, kind: 'target' | 'counter', deadline: LocalDate | null): Promise<Reply[]> {
  const { t } = turn;
  const outcome = await createGoal(turn.app, turn.user, kind === 'counter'
    ? { title: data.title ?? '', kind }
    : { title: data.title ?? '', kind, targetValue: data.targetValue ?? null, unit: data.unit ?? null, deadline });
  await turn.clearState();
  if (!outcome.ok) {
    if (outcome.error === 'deadline_in_past') return [reply(t('goal.deadline_past'))];
    return [reply(t('error.invalid', { issues: outcome.error === 'invalid_input' ? outcome.issues.join('; ') : outcome.error }))];
  }
  const hint = kind === 'counter' ? t('goal.created_counter_hint', { goal: outcome.view.goal.title }) : t('goal.created_target_hint', { unit: outcome.view.goal.unit ?? '' });
  return [reply(`${t('goal.created')}\n${describeGoal(turn, outcome.view)}\n\n${hint}`)];
}

function dataOf(state: DialogState): GoalData {
  const parsed = dataSchema.safeParse(state.data);
  return parsed.success ? parsed.data : {};
}

export const goalFlow: Flow = {
  name: GOAL_FLOW,
  async onText(turn, state, text) {
    const data = dataOf(state);
    const { t } = turn;
    switch (state.step) {
      case 'title': {
        const title = text.trim().slice(0, 200);
        await turn.setState(GOAL_FLOW, 'kind', { title });
        return askKind(turn, title);
      }
      case 'kind': return null;
      case 'amount': {
        const target = readTarget(text) ?? (/^\d+([.,]\d+)?$/.test(text.trim()) ? { quantity: Number(text.trim().replace(',', '.')), unit: '' } : null);
        if (!target) return [reply(t('goal.bad_amount'))];
        await turn.setState(GOAL_FLOW, 'deadline', { ...data, targetValue: target.quantity, unit: target.unit || null });
        return [reply(t('goal.ask_deadline'), [[choice(t('goal.no_deadline'), 'gd.none')]])];
      }
      case 'deadline': {
        if (NO_DEADLINE.has(normalizeAnswer(text))) return create(turn, data, 'target', null);
        const deadline = readDeadline(text, turn.today, turn.user.locale);
        return deadline ? create(turn, data, 'target', deadline) : [reply(t('goal.bad_deadline'), [[choice(t('goal.no_deadline'), 'gd.none')]])];
      }
      default: return null;
    }
  },
  async onChoice(turn, state, value) {
    const data = dataOf(state);
    if (state.step === 'kind' && value === 'gk.counter') return create(turn, data, 'counter', null);
    if (state.step === 'kind' && value === 'gk.target') {
      await turn.setState(GOAL_FLOW, 'amount', data);
      return [reply(turn.t('goal.ask_amount'))];
    }
    if (state.step === 'deadline' && value === 'gd.none') return create(turn, data, 'target', null);
    return [reply(turn.t('button.expired'))];
  },
};
