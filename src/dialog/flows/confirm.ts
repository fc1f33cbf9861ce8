// A yes/no question before something that cannot be taken back (archive, delete, import, link).
// The pending action waits in Postgres; the handlers are wired in flows/index.ts.
import type { Reply } from '../messages.js';
import { confirmButtons, normalizeAnswer, reply } from '../replies.js';
import type { Turn } from '../turn.js';
import { NO_WORDS, YES_WORDS } from './confirm-words.js';
import type { Flow } from './flow.js';

export const CONFIRM_FLOW = 'confirm';

export type ConfirmAction = 'archive' | 'delete' | 'import' | 'link';
export type ConfirmHandler = (turn: Turn, data: Record<string, unknown>) => Promise<Reply[]>;

export async function startConfirmation(
  turn: Turn,
  action: ConfirmAction,
  data: Record<string, unknown>,
  question: string,
  yesLabel: string,
): Promise<Reply[]> {
  await turn.setState(CONFIRM_FLOW, action, data);
  return [reply(question, confirmButtons(yesLabel, turn.t('button.no')))];
}

export function createConfirmFlow(handlers: Record<ConfirmAction, ConfirmHandler>): Flow {
  async function answer(turn: Turn, step: string, data: Record<string, unknown>, yes: boolean): Promise<Reply[]> {
    await turn.clearState();
    if (!yes) return [reply(turn.t('confirm.kept'))];
    const handler = handlers[step as ConfirmAction] as ConfirmHandler | undefined;
    return handler ? handler(turn, data) : [reply(turn.t('button.expired'))];
  }
  return {
    name: CONFIRM_FLOW,
    onConfirm: (turn, state, yes) => answer(turn, state.step, state.data, yes),
    async onText(turn, state, text) {
      const said = normalizeAnswer(text);
      if (YES_WORDS.has(said)) return answer(turn, state.step, state.data, true);
      if (NO_WORDS.has(said)) return answer(turn, state.step, state.data, false);
      return null;
    },
    onChoice: (turn) => Promise.resolve([reply(turn.t('button.expired'))]),
  };
}
