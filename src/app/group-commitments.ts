// Commitments: what a group agreed to do ("3 workouts a week"). An admin adds one; each member
// adopts it with one press, which makes it a habit of their own (or links the one of the same
// name they already have) and shares that habit with the group.
import { z } from 'zod';
import type { Habit, User } from '../core/types.js';
import type { AppDeps } from './deps.js';
import type { ChatRef, Group, GroupCommitment } from './group-ports.js';
import { frequencySchema } from './habit-input.js';
import { createHabit } from './habits.js';
import { Abort, catchAbort, parseInput, type InvalidInput } from './outcome.js';

export const commitmentSchema = z.object({
  title: z.string().trim().min(1).max(100),
  kind: z.enum(['build', 'break']).default('build'),
  frequency: frequencySchema,
  target: z.object({ quantity: z.number().positive().max(1_000_000), unit: z.string().trim().min(1).max(30) }).nullable().default(null),
}).strict();
export type CommitmentInput = z.input<typeof commitmentSchema>;

export type AddCommitmentOutcome =
  | { ok: true; group: Group; commitment: GroupCommitment }
  | { ok: false; error: 'not_admin' | 'no_group' }
  | InvalidInput;

export async function addCommitment(deps: AppDeps, actor: { id: string; isAdmin: boolean }, chat: ChatRef, input: CommitmentInput): Promise<AddCommitmentOutcome> {
  if (!actor.isAdmin) return { ok: false, error: 'not_admin' };
  const parsed = parseInput(commitmentSchema, input);
  if (!parsed.ok) return parsed;
  const group = await deps.repos.groups.findByChat(chat);
  if (!group) return { ok: false, error: 'no_group' };
  const commitment = await deps.repos.groupSharing.addCommitment(group.id, { ...parsed.value, createdBy: actor.id });
  return { ok: true, group, commitment };
}

export type AdoptOutcome =
  | { ok: true; group: Group; commitment: GroupCommitment; habit: Habit; status: 'adopted' | 'already' }
  | { ok: false; error: 'no_group' | 'not_member' | 'unknown_commitment' };

type HabitOwner = Pick<User, 'id' | 'timeZone' | 'dayStartHour'>;

/**
 * The presser adopts a commitment of the group of the chat they pressed in: one of their own
 * habits carries it (made now, or the one of the same name) and is shared with the group. All or nothing.
 */
export async function adoptCommitment(deps: AppDeps, user: HabitOwner, chat: ChatRef, commitmentId: string): Promise<AdoptOutcome> {
  const group = await deps.repos.groups.findByChat(chat);
  if (!group) return { ok: false, error: 'no_group' };
  const commitment = await deps.repos.groupSharing.commitment(group.id, commitmentId);
  if (!commitment) return { ok: false, error: 'unknown_commitment' };
  const member = await deps.repos.groups.member(group.id, user.id);
  if (member?.status !== 'active') return { ok: false, error: 'not_member' };
  return catchAbort(() => deps.repos.transaction(async (repos) => {
    const inTransaction = { ...deps, repos };
    const made = await createHabit(inTransaction, user, {
      name: commitment.title,
      kind: commitment.kind,
      frequency: commitment.frequency,
      target: commitment.target ? { ...commitment.target, direction: commitment.kind === 'break' ? 'at_most' : 'at_least' } : null,
    });
    const habit = made.ok ? made.habit : made.error === 'duplicate_name' ? made.existing : null;
    if (!habit) throw new Abort<AdoptOutcome>({ ok: false, error: 'unknown_commitment' });
    const now = deps.clock.now();
    const status = await repos.groupSharing.adopt(commitment.id, user.id, habit.id, now);
    if (status === 'not_allowed') throw new Abort<AdoptOutcome>({ ok: false, error: 'not_member' });
    await repos.groupSharing.share(group.id, user.id, habit.id, now);
    return { ok: true as const, group, commitment, habit, status };
  }));
}
