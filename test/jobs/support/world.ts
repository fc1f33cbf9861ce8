// A world for the jobs specs: a fresh PostgreSQL database, a fixed clock, the template coach,
// the real conversation (for pressing the buttons a reminder carries), and people created
// the way the bot creates them, reachable on Telegram.
import type { AppDeps } from '../../../src/app/deps.js';
import { createHabit, type CreateHabitInput } from '../../../src/app/habits.js';
import { createTemplateCoach, loadPersonalities, loadReviewQuestions } from '../../../src/coach/index.js';
import type { Habit, User } from '../../../src/core/types.js';
import { createJobStore } from '../../../src/db/repositories/schedules.js';
import { createConversation } from '../../../src/dialog/conversation.js';
import type { Button, Conversation, Reply } from '../../../src/dialog/messages.js';
import type { Coach, JobStore, NewUser } from '../../../src/app/ports.js';
import { FixedClock } from '../../support/clock.js';
import { createTestDatabase, type TestDatabase } from '../../support/db.js';

export interface JobsWorld {
  db: TestDatabase;
  clock: FixedClock;
  coach: Coach;
  deps: AppDeps;
  store: JobStore;
  conversation: Conversation;
  close(): Promise<void>;
}

export async function createJobsWorld(now: string, databaseUrl?: string): Promise<JobsWorld> {
  const db = await createTestDatabase(databaseUrl);
  const clock = new FixedClock(now);
  const coach = createTemplateCoach(await loadPersonalities());
  return {
    db,
    clock,
    coach,
    deps: { repos: db.repos, clock },
    store: createJobStore(db.handle),
    conversation: createConversation({ repos: db.repos, clock, coach, reviewQuestions: await loadReviewQuestions() }),
    close: () => db.close(),
  };
}

let people = 0;

/** An onboarded person on Telegram (their private chat id is their user id). */
export async function givenPerson(world: JobsWorld, settings: Omit<NewUser, 'displayName'> = {}): Promise<User & { chatId: string }> {
  const chatId = String(700_000 + ++people * 7 + Math.floor(Math.random() * 5));
  const user = await world.db.repos.users.create(
    { platform: 'telegram', externalId: chatId },
    { displayName: 'Ana', locale: 'en', timeZone: 'America/Sao_Paulo', onboardedAt: world.clock.now(), ...settings },
  );
  return { ...user, chatId };
}

export async function givenHabit(world: JobsWorld, user: User, input: CreateHabitInput): Promise<Habit> {
  const outcome = await createHabit(world.deps, user, input);
  if (!outcome.ok) throw new Error(`could not create the habit: ${JSON.stringify(outcome)}`);
  return outcome.habit;
}

let updates = 0;

/** The person presses a button of a message they received, as Telegram would deliver it. */
export async function press(world: JobsWorld, chatId: string, message: Reply, label: string): Promise<Reply[]> {
  const button: Button | undefined = (message.buttons ?? []).flat().find((candidate) => candidate.label.toLowerCase().includes(label.toLowerCase()));
  if (!button) throw new Error(`no button "${label}" in ${JSON.stringify(message.buttons)}`);
  return world.conversation.handle({
    platform: 'telegram', user: { externalId: chatId }, chat: { id: chatId, kind: 'private' }, button: { data: button.data }, updateId: `press-${++updates}`,
  });
}

/** The person types a message in their chat. */
export async function say(world: JobsWorld, chatId: string, text: string): Promise<Reply[]> {
  return world.conversation.handle({
    platform: 'telegram', user: { externalId: chatId }, chat: { id: chatId, kind: 'private' }, text, updateId: `say-${++updates}`,
  });
}
