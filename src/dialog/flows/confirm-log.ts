// Backdating more than 7 days asks first; the pending logs wait here (in Postgres) for
// the yes/no buttons. Typing yes/no works too; anything else drops the question.
import { z } from 'zod';
import { ENTRY_SOURCES } from '../../core/types.js';
import { CONFIRM_LOG, writeLogs } from '../commands/logging.js';
import type { DialogState } from '../../app/ports.js';
import type { Reply } from '../messages.js';
import { normalizeAnswer, reply } from '../replies.js';
import type { Turn } from '../turn.js';
import { NO_WORDS, YES_WORDS } from './confirm-words.js';
import type { Flow } from './flow.js';

const pendingSchema = z.object({
  logs: z.array(z.object({
    habitId: z.string(),
    kind: z.enum(['done', 'skip', 'slip']),
    date: z.string(),
    quantity: z.number().nullable(),
    note: z.string().nullable(),
  })).min(1),
  source: z.enum(ENTRY_SOURCES),
});

async function answer(turn: Turn, state: DialogState, yes: boolean): Promise<Reply[]> {
  await turn.clearState();
  const pending = pendingSchema.safeParse(state.data);
  if (!pending.success) return [reply(turn.t('button.expired'))];
  if (!yes) return [reply(turn.t('log.backdate_dropped'))];
  return writeLogs(turn, pending.data.logs, { source: pending.data.source, confirmed: true });
}

export const confirmLogFlow: Flow = {
  name: CONFIRM_LOG,
  onConfirm: answer,
  async onText(turn, state, text) {
    const said = normalizeAnswer(text);
    if (YES_WORDS.has(said)) return answer(turn, state, true);
    if (NO_WORDS.has(said)) return answer(turn, state, false);
    return null;
  },
  onChoice: (turn) => Promise.resolve([reply(turn.t('button.expired'))]),
};
