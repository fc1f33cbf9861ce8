// A person talks to the running bot through telegram-test-api (a Bot API emulator on
// localhost, reached through apiRoot as TELEGRAM_API_ROOT would): long polling with the
// runner, the real runtime on PostgreSQL, and every reply read back from the emulator.
import { TelegramServer, type StoredBotUpdate } from 'telegram-test-api/lib/telegramServer.js';
import type { TelegramClient } from 'telegram-test-api/lib/modules/telegramClient.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramBot } from '../../../src/adapters/telegram/bot.js';
import { createLinkCode } from '../../../src/app/linking.js';
import { runTelegramBot, type RunningTelegram } from '../../../src/adapters/telegram/runner.js';
import { createRuntime, type Runtime } from '../../../src/cli/runtime.js';
import { loadConfig } from '../../../src/config.js';
import { FixedClock } from '../../support/clock.js';
import { createTestDatabase, type TestDatabase } from '../../support/db.js';
import { memoryLogger, TEST_TOKEN, type LogLine } from './harness.js';
import { freePort } from '../../support/servers.js';
import { longPollPause, sleep } from './emulator.js';

interface BotMessage {
  messageId: number;
  text: string;
  buttons: { text: string; callback_data: string }[];
}

describe('a person on Telegram (telegram-test-api emulator)', () => {
  let server: TelegramServer;
  let client: TelegramClient;
  let db: TestDatabase;
  let runtime: Runtime;
  let running: RunningTelegram;
  let logs: LogLine[];
  const calledMethods: string[] = [];

  beforeAll(async () => {
    const port = await freePort();
    server = new TelegramServer({ port, host: '127.0.0.1' });
    await server.start();
    db = await createTestDatabase();
    const memory = memoryLogger();
    logs = memory.lines;
    const apiRoot = server.config.apiURL;
    const config = loadConfig({ DATABASE_URL: db.url ?? undefined, TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: apiRoot });
    runtime = await createRuntime(config, { clock: new FixedClock('2026-11-23T12:00:00Z'), logger: memory.logger });
    const bot = createTelegramBot({ token: TEST_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, conversation: runtime.conversation, logger: memory.logger });
    bot.api.config.use(longPollPause, (prev, method, payload, signal) => {
      calledMethods.push(method); // watched, not changed
      return prev(method, payload, signal);
    });
    // The emulator has no setMyCommands (it answers 500): startup must go on regardless.
    running = await runTelegramBot(bot, { logger: memory.logger, startupDeadlineMs: 1500 });
    client = server.getClient(TEST_TOKEN, { userId: 4242, chatId: 4242, firstName: 'Ana', userName: 'ana', type: 'private' });
  });

  afterAll(async () => {
    await running?.stop();
    await runtime?.close();
    await db?.close();
    await server?.stop();
  });

  /** What the emulator holds for the person's chat and they have not seen yet; answers at once. */
  async function unreadBotMessages(): Promise<StoredBotUpdate[]> {
    // The client's own getUpdates waits for at least one message and throws on silence.
    const response = await fetch(`${server.config.apiURL}/getUpdates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: TEST_TOKEN, chatId: 4242 }),
    });
    return ((await response.json()) as { result: StoredBotUpdate[] }).result;
  }

  /** The bot's new messages: waits for the first, then until none has come for a while. */
  async function botReplies(timeoutMs = 10_000): Promise<BotMessage[]> {
    const received: BotMessage[] = [];
    const deadline = Date.now() + timeoutMs;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      const result = await unreadBotMessages();
      for (const update of result) {
        const markup = update.message.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined;
        received.push({ messageId: update.messageId, text: String(update.message.text), buttons: markup?.inline_keyboard?.flat() ?? [] });
      }
      if (result.length > 0) quietSince = Date.now();
      if (received.length > 0 && Date.now() - quietSince > 400) return received;
      await sleep(40);
    }
    if (received.length === 0) throw new Error('the bot did not answer');
    return received;
  }

  const send = async (text: string): Promise<BotMessage[]> => {
    const from = { id: 4242, is_bot: false, first_name: 'Ana', username: 'ana', language_code: 'en' };
    if (text.startsWith('/')) await client.sendCommand(client.makeCommand(text, { from }));
    else await client.sendMessage(client.makeMessage(text, { from }));
    return botReplies();
  };

  /** The pressed message as the emulator holds it now (an edit in place changes it). */
  const storedMessage = (messageId: number): BotMessage | undefined => {
    const stored = server.storage.botMessages.find((update) => update.messageId === messageId && update.botToken === TEST_TOKEN);
    if (!stored) return undefined;
    const markup = stored.message.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined;
    return { messageId, text: String(stored.message.text), buttons: markup?.inline_keyboard?.flat() ?? [] };
  };

  /**
   * Presses a button; returns what the person then sees: the pressed message if the answer
   * replaced it (marked `edited`), then any new messages.
   */
  const press = async (shown: BotMessage[], label: string): Promise<(BotMessage & { edited?: boolean })[]> => {
    const message = shown.find((candidate) => candidate.buttons.some((button) => button.text.includes(label)));
    const button = message?.buttons.find((candidate) => candidate.text.includes(label));
    expect(button, `a "${label}" button among ${JSON.stringify(shown.flatMap((m) => m.buttons.map((b) => b.text)))}`).toBeDefined();
    const before = storedMessage(message!.messageId);
    const changed = () => {
      const now = storedMessage(message!.messageId);
      return now !== undefined && (now.text !== before?.text || JSON.stringify(now.buttons) !== JSON.stringify(before?.buttons));
    };
    await client.sendCallback(client.makeCallbackQuery(button!.callback_data, { message: { message_id: message!.messageId } }));
    const unread = () => server.storage.botMessages.some((update) => !update.isRead && update.botToken === TEST_TOKEN && String(update.message.chat_id) === '4242');
    // Wait for the edit or a new message; new messages (if any) are then collected as usual.
    const deadline = Date.now() + 10_000;
    while (!changed() && !unread() && Date.now() < deadline) await sleep(40);
    await sleep(300);
    const rest = unread() || !changed() ? await botReplies() : [];
    const after = storedMessage(message!.messageId);
    return [...(after && changed() ? [{ ...after, edited: true }] : []), ...rest];
  };

  it('sends /start, creates a habit, logs it in words, presses Undo and reads /stats', async () => {
    const welcome = await send('/start');
    expect(welcome).toHaveLength(1);
    expect(welcome[0]!.text).toContain('Hi Ana!');
    expect(welcome[0]!.text).toContain('Where are you?');
    expect(labels(welcome)).toContain('Skip setup');

    const setUp = await send('skip');
    expect(texts(setUp)).toContain('All set!');

    const askFrequency = await send('/new Pushups');
    expect(texts(askFrequency)).toContain('How often do you want to do <b>Pushups</b>?');
    expect(labels(askFrequency)).toContain('Every day');

    const afterFrequency = await press(askFrequency, 'Every day');
    expect(texts(afterFrequency)).toContain('Created Pushups, every day.');
    // The choice is made: the question itself now shows the answer, not a second message.
    expect(afterFrequency).toEqual([expect.objectContaining({ messageId: askFrequency[0]!.messageId, edited: true })]);
    expect(labels(afterFrequency)).not.toContain('Every day');
    expect(calledMethods).toContain('answerCallbackQuery');
    const created = await send('done');
    expect(texts(created)).toContain('<b>Pushups</b> — every day');
    expect(await habitNames()).toEqual(['Pushups']);

    const echo = await send('did 20 pushups');
    expect(echo).toHaveLength(1);
    expect(echo[0]!.text).toContain('✅ <b>Pushups</b> done: 20, today');
    expect(labels(echo)).toEqual(['↩️ Undo']);
    expect(await entryCount()).toBe(1);

    const answeredBefore = calledMethods.filter((method) => method === 'answerCallbackQuery').length;
    const undone = await press(echo, 'Undo');
    expect(texts(undone)).toContain('Undone: ✅ <b>Pushups</b> done: 20, today');
    // The echo is replaced in place (the emulator keeps an edited message's old keyboard; Telegram
    // drops it, as outbound.test.ts shows).
    expect(undone).toEqual([expect.objectContaining({ messageId: echo[0]!.messageId, edited: true })]);
    expect(calledMethods.filter((method) => method === 'answerCallbackQuery')).toHaveLength(answeredBefore + 1);
    expect(await entryCount()).toBe(0);

    const stats = await send('/stats');
    expect(texts(stats)).toContain('<b>Your stats</b>');
    expect(texts(stats)).toContain('<b>Pushups</b>');
    expect(texts(stats)).toMatch(/0 done/);

    // Startup tolerated the emulator's 500 for setMyCommands and said so.
    expect(logs.some((line) => line.level === 40 && /command menu/.test(line.msg))).toBe(true);
  });

  it('given someone else\'s t.me/<bot>?start=link-CODE, when tapped, then the bot only asks, and No keeps everything apart', async () => {
    const stranger = await db.repos.users.create({ platform: 'discord', externalId: 'stranger-1' }, { displayName: 'Mallory' });
    const { code } = await createLinkCode({ repos: db.repos, clock: runtime.clock }, stranger);
    const habitsBefore = await habitNames();

    const asked = await send(`/start link-${code}`);
    expect(texts(asked)).toContain('Join this Telegram account to the profile of Mallory (Discord)?');
    expect(labels(asked)).toEqual(['Yes, link them', 'No']);
    expect((await db.repos.users.findByIdentity('telegram', '4242'))?.id).not.toBe(stranger.id);

    const refused = await press(asked, 'No');
    expect(texts(refused)).toContain('nothing was changed');
    expect((await db.repos.users.findByIdentity('telegram', '4242'))?.id).not.toBe(stranger.id);
    expect(await habitNames()).toEqual(habitsBefore);
    expect(await db.repos.habits.list(stranger.id)).toEqual([]);
  });

  const texts = (messages: BotMessage[]): string => messages.map((message) => message.text).join('\n');
  const labels = (messages: BotMessage[]): string[] => messages.flatMap((message) => message.buttons.map((button) => button.text));

  async function personId(): Promise<string> {
    const user = await db.repos.users.findByIdentity('telegram', '4242');
    expect(user).not.toBeNull();
    return user!.id;
  }
  async function habitNames(): Promise<string[]> {
    return (await db.repos.habits.list(await personId())).map((habit) => habit.name);
  }
  async function entryCount(): Promise<number> {
    return (await db.repos.entries.listForUser(await personId())).length;
  }
});
