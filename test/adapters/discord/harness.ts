// The Discord bot as tests drive it: a discord.js client with no gateway and no network,
// the real conversation on a fresh PostgreSQL database, and a fake Discord HTTP API.
// Raw payloads go in through discord.js's own actions, as the gateway would deliver them.
import { ClientUser } from 'discord.js';
import { createHabitSuggestions } from '../../../src/adapters/discord/habit-suggestions.js';
import { createDiscordBot, type DiscordBot } from '../../../src/adapters/discord/bot.js';
import type { ShardAssignment } from '../../../src/adapters/discord/sharding.js';
import type { DiscordLogger } from '../../../src/adapters/discord/types.js';
import { createTemplateCoach, loadPersonalities } from '../../../src/coach/index.js';
import type { Habit, User } from '../../../src/core/types.js';
import { createConversation } from '../../../src/dialog/conversation.js';
import type { Conversation } from '../../../src/dialog/messages.js';
import type { NewHabit } from '../../../src/app/ports.js';
import { FixedClock } from '../../support/clock.js';
import { createTestDatabase, type TestDatabase } from '../../support/db.js';
import { BOT_USER, FakeDiscordApi, type RecordedCall } from './fake-discord.js';
import { APPLICATION_ID, type Person } from './payloads.js';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  object: Record<string, unknown>;
  message: string;
}

export interface Harness {
  api: FakeDiscordApi;
  db: TestDatabase;
  clock: FixedClock;
  bot: DiscordBot;
  /** The conversation the bot serves (as another adapter would reach it too). */
  conversation: Conversation;
  logs: LogLine[];
  /** Delivers a raw interaction and returns the REST calls made while handling it. */
  interact(raw: unknown): Promise<RecordedCall[]>;
  /** Delivers a raw MESSAGE_CREATE and returns the REST calls made while handling it. */
  message(raw: unknown): Promise<RecordedCall[]>;
  /** A person who finished onboarding, known by their Discord id. */
  givenPerson(who: Person, settings?: Partial<User>): Promise<User>;
  givenHabit(user: User, habit: Partial<NewHabit> & Pick<NewHabit, 'name'>): Promise<Habit>;
  close(): Promise<void>;
}

export function recordingLogger(lines: LogLine[]): DiscordLogger {
  const at = (level: LogLine['level']) => (object: Record<string, unknown>, message: string) => { lines.push({ level, object, message }); };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export async function startHarness(options: { now?: string; wrap?: (conversation: Conversation) => Conversation; shard?: ShardAssignment } = {}): Promise<Harness> {
  const api = new FakeDiscordApi().install();
  const db = await createTestDatabase();
  const clock = new FixedClock(options.now ?? '2026-03-04T15:00:00Z'); // a Wednesday, noon in São Paulo
  const conversation = createConversation({ repos: db.repos, clock, coach: createTemplateCoach(await loadPersonalities()) });
  const logs: LogLine[] = [];
  const bot = createDiscordBot({
    token: 'test-token',
    applicationId: APPLICATION_ID,
    conversation: options.wrap ? options.wrap(conversation) : conversation,
    logger: recordingLogger(logs),
    habitSuggestions: createHabitSuggestions(db.repos),
    ...(options.shard ? { shard: options.shard } : {}),
  });
  // What logging in would set: the bot's own user (discord.js reads it for messages).
  const ClientUserClass = ClientUser as unknown as new (client: unknown, data: unknown) => ClientUser;
  Object.assign(bot.client, { user: new ClientUserClass(bot.client, BOT_USER) });
  const actions = (bot.client as unknown as { actions: Record<string, { handle(raw: unknown): unknown }> }).actions;

  async function deliver(action: string, raw: unknown): Promise<RecordedCall[]> {
    const before = api.calls.length;
    actions[action]!.handle(raw);
    await bot.idle();
    return (await api.settled()).slice(before);
  }

  return {
    api, db, clock, bot, conversation, logs,
    interact: (raw) => deliver('InteractionCreate', raw),
    message: (raw) => deliver('MessageCreate', raw),
    async givenPerson(who, settings = {}) {
      return db.repos.users.create({ platform: 'discord', externalId: who.id }, {
        displayName: who.globalName, timeZone: 'America/Sao_Paulo', locale: who.locale.startsWith('pt') ? 'pt-BR' : 'en',
        onboardedAt: clock.now(), ...settings,
      });
    },
    givenHabit(user, habit) {
      return db.repos.habits.create(user.id, { startDate: '2026-02-01', frequency: { kind: 'daily' }, ...habit });
    },
    async close() {
      await bot.stop();
      await db.close();
      await api.uninstall();
    },
  };
}
