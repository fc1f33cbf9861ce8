// "/pause" without arguments: after picking what to pause, "until when?".
import { z } from 'zod';
import { PAUSE_FLOW, pauseUntilAnswered } from '../commands/pause.js';
import { reply } from '../replies.js';
import type { Flow } from './flow.js';

const dataSchema = z.object({ habitId: z.string().min(1) });

export const pauseFlow: Flow = {
  name: PAUSE_FLOW,
  async onText(turn, state, text) {
    const data = dataSchema.safeParse(state.data);
    if (!data.success) return null;
    return pauseUntilAnswered(turn, data.data.habitId, text);
  },
  async onChoice(turn, state, value) {
    const data = dataSchema.safeParse(state.data);
    if (!data.success || !value.startsWith('pu.')) return [reply(turn.t('button.expired'))];
    const answer = value === 'pu.week' ? 'in 6 days' : 'open';
    return (await pauseUntilAnswered(turn, data.data.habitId, answer)) ?? [reply(turn.t('button.expired'))];
  },
};
