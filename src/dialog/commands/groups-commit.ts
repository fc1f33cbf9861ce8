// /commit: an admin defines a group commitment in a short flow (what, how often, an optional
// amount), the same words /new reads, or all at once ("/commit Read | daily | 10 pages"). It is
// posted with an Adopt button; each press adopts it for the presser only.
import { z } from 'zod';
import { addCommitment, adoptCommitment, type CommitmentInput } from '../../app/group-commitments.js';
import type { DialogState } from '../../app/ports.js';
import type { Frequency } from '../../core/types.js';
import { SKIP_WORDS, type Flow } from '../flows/flow.js';
import { looksLikeBreakHabit, readFrequency, readTarget, splitEmoji } from '../flows/habit-text.js';
import { formatFrequency, formatQuantity, habitLabel } from '../format.js';
import type { Reply } from '../messages.js';
import { button, choice, normalizeAnswer, reply } from '../replies.js';
import type { Turn } from '../turn.js';
import { chatOf, groupT, homeGroup, isChatAdmin } from './groups-common.js';

export const COMMIT_FLOW = 'group_commit';

const frequencySchema = z.custom<Frequency>((value) => typeof value === 'object' && value !== null && 'kind' in value);
const dataSchema = z.object({ title: z.string().optional(), frequency: frequencySchema.optional() });

const askTitle = (turn: Turn): Reply[] => [reply(turn.t('group.commit.ask_title'))];
const askFrequency = (turn: Turn, title: string, problem = false): Reply[] =>
  [reply(turn.t(problem ? 'group.commit.bad_frequency' : 'group.commit.ask_frequency', { title }))];
const askTarget = (turn: Turn): Reply[] => [reply(turn.t('group.commit.ask_target'), [[choice(turn.t('new.skip_field'), 'gc.skip')]])];

export async function commitCommand(turn: Turn, args: string): Promise<Reply[]> {
  const home = await homeGroup(turn, 'commit');
  if ('replies' in home) return home.replies;
  if (!(await isChatAdmin(turn))) return [reply(turn.t('group.commit.not_admin'))];
  const [title = '', frequencyText, targetText] = args.split(/\s*[|;]\s*/).map((part) => part.trim());
  if (!title) {
    await turn.setState(COMMIT_FLOW, 'title');
    return askTitle(turn);
  }
  if (frequencyText === undefined) {
    await turn.setState(COMMIT_FLOW, 'frequency', { title });
    return askFrequency(turn, title);
  }
  const frequency = readFrequency(frequencyText);
  if (!frequency) {
    await turn.setState(COMMIT_FLOW, 'frequency', { title });
    return askFrequency(turn, title, true);
  }
  if (targetText === undefined) {
    await turn.setState(COMMIT_FLOW, 'target', { title, frequency });
    return askTarget(turn);
  }
  return post(turn, title, frequency, SKIP_WORDS.has(normalizeAnswer(targetText)) ? null : targetText);
}

/** Posts the commitment, checking again that the speaker is an admin (they may have lost it mid-flow). */
async function post(turn: Turn, title: string, frequency: Frequency, targetText: string | null): Promise<Reply[]> {
  const { t } = turn;
  await turn.clearState();
  const target = targetText ? readTarget(targetText) : null;
  if (targetText && !target) {
    await turn.setState(COMMIT_FLOW, 'target', { title, frequency });
    return [reply(t('group.commit.bad_target')), ...askTarget(turn)];
  }
  const name = splitEmoji(title).name || title;
  const input: CommitmentInput = {
    title,
    kind: looksLikeBreakHabit(name) ? 'break' : 'build',
    frequency,
    target: target ? { quantity: target.quantity, unit: target.unit } : null,
  };
  const outcome = await addCommitment(turn.app, { id: turn.user.id, isAdmin: await isChatAdmin(turn) }, chatOf(turn), input);
  if (!outcome.ok) {
    if (outcome.error === 'not_admin') return [reply(t('group.commit.not_admin'))];
    return [reply(outcome.error === 'no_group' ? t('group.no_group') : t('group.commit.bad_title'))];
  }
  const { commitment, group } = outcome;
  // Posted for everyone: in the group's language.
  const g = groupT(group);
  const amount = commitment.target ? ` · 🎯 ${formatQuantity(commitment.target.quantity, commitment.target.unit, group.locale)}` : '';
  return [reply(
    g('group.commit.posted', { group: group.name, title: commitment.title, frequency: `${formatFrequency(g, group.locale, commitment.frequency)}${amount}` }),
    [[button(g('button.adopt'), { action: 'group', op: 'adopt', id: commitment.id })]],
  )];
}

export const commitFlow: Flow = {
  name: COMMIT_FLOW,
  async onText(turn: Turn, state: DialogState, text: string) {
    const data = dataSchema.safeParse(state.data);
    if (!data.success) return null;
    const { title, frequency } = data.data;
    switch (state.step) {
      case 'title':
        if (text.length > 100) return [reply(turn.t('group.commit.bad_title')), ...askTitle(turn)];
        await turn.setState(COMMIT_FLOW, 'frequency', { title: text });
        return askFrequency(turn, text);
      case 'frequency': {
        const read = readFrequency(text);
        if (!read || !title) return askFrequency(turn, title ?? '', true);
        await turn.setState(COMMIT_FLOW, 'target', { title, frequency: read });
        return askTarget(turn);
      }
      case 'target':
        if (!title || !frequency) return null;
        return post(turn, title, frequency, SKIP_WORDS.has(normalizeAnswer(text)) ? null : text);
      default:
        return null;
    }
  },
  async onChoice(turn: Turn, state: DialogState, value: string) {
    const data = dataSchema.safeParse(state.data);
    if (value !== 'gc.skip' || !data.success || !data.data.title || !data.data.frequency) return [reply(turn.t('button.expired'))];
    return post(turn, data.data.title, data.data.frequency, null);
  },
};

/** The Adopt button: the presser adopts it for themselves, in the chat it was pressed in; forged ids adopt nothing. */
export async function adoptButton(turn: Turn, commitmentId: string): Promise<Reply[]> {
  const { t } = turn;
  if (turn.message.chat.kind !== 'group') return [reply(t('button.invalid'))];
  const outcome = await adoptCommitment(turn.app, turn.user, chatOf(turn), commitmentId);
  if (!outcome.ok) {
    if (outcome.error === 'not_member') return [reply(t('group.adopt.not_member'))];
    return [reply(t('button.invalid'))];
  }
  const vars = { name: turn.user.displayName, title: outcome.commitment.title, habit: habitLabel(outcome.habit) };
  // An adoption is news for the group (its language); "you already adopted it" is for the presser.
  return [reply(outcome.status === 'adopted' ? groupT(outcome.group)('group.adopt.done', vars) : t('group.adopt.already', vars))];
}
