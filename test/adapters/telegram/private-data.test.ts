// A person's own data never reaches a Telegram group: /export, /import and /delete asked in a
// group are answered in the person's private chat, the group hears only "I've sent it to you
// privately" (or how to open that chat). And /import takes the exported file back as a
// document. Bot API: telegram-test-api, behind a small proxy for what it lacks (file-proxy.ts).
import type { Bot } from 'grammy';
import type { Chat, Update, User } from 'grammy/types';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTelegramBot } from '../../../src/adapters/telegram/bot.js';
import { createRuntime, type Runtime } from '../../../src/cli/runtime.js';
import { loadConfig } from '../../../src/config.js';
import type { User as Person } from '../../../src/core/types.js';
import { FixedClock } from '../../support/clock.js';
import { createTestDatabase, type TestDatabase } from '../../support/db.js';
import { startFileProxy, type FileProxy } from './file-proxy.js';
import { memoryLogger, TEST_TOKEN } from './harness.js';
import { botInfo, buttonPress, freshUpdateId, groupChat, member, otherMember, privateChat, textMessage } from './updates.js';
import { freePort } from '../../support/servers.js';

interface Shown {
  chatId: string;
  messageId: number;
  text: string;
  buttons: { text: string; callback_data?: string; url?: string }[];
}

describe('private data on Telegram (telegram-test-api + a file proxy)', () => {
  let server: TelegramServer;
  let proxy: FileProxy;
  let db: TestDatabase;
  let runtime: Runtime;
  let bot: Bot;

  beforeAll(async () => {
    server = new TelegramServer({ port: await freePort(), host: '127.0.0.1' });
    await server.start();
    proxy = await startFileProxy(server.config.apiURL);
    db = await createTestDatabase();
    const { logger } = memoryLogger();
    const config = loadConfig({ DATABASE_URL: db.url ?? undefined, TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: proxy.url });
    runtime = await createRuntime(config, { clock: new FixedClock('2026-11-23T12:00:00Z'), logger });
    // No retries: a failing call should fail the test at once, not be waited out.
    bot = createTelegramBot({ token: TEST_TOKEN, apiRoot: proxy.url, conversation: runtime.conversation, logger, botInfo, retry: { maxRetryAttempts: 0 } });
  });

  afterAll(async () => {
    await runtime?.close();
    await db?.close();
    await proxy?.close();
    await server?.stop();
  });

  beforeEach(() => {
    server.storage.botMessages.length = 0;
    proxy.documents.length = 0;
  });

  /** What the bot has shown in a chat (text messages, through the emulator), oldest first. */
  const shownIn = (chat: Chat): Shown[] => server.storage.botMessages
    .filter((update) => String(update.message.chat_id) === String(chat.id))
    .map((update) => {
      const markup = update.message.reply_markup as { inline_keyboard?: Shown['buttons'][] } | undefined;
      return { chatId: String(update.message.chat_id), messageId: update.messageId, text: String(update.message.text), buttons: markup?.inline_keyboard?.flat() ?? [] };
    });
  const documentsIn = (chat: Chat) => proxy.documents.filter((document) => document.chatId === String(chat.id));

  const say = (chat: Chat, from: User, text: string) => bot.handleUpdate(textMessage({ chat, from, text, command: text.startsWith('/') }));
  const sendFile = (chat: Chat, from: User, content: string, caption?: string) => {
    const update = textMessage({ chat, from, text: undefined, ...(caption ? { caption, command: true } : {}) }) as Update & { message: Record<string, unknown> };
    update.message.document = { file_id: proxy.offerFile(content), file_unique_id: 'u', file_name: 'habit-coach-export.json', mime_type: 'application/json', file_size: Buffer.byteLength(content) };
    if (caption) update.message.caption_entities = [{ type: 'bot_command', offset: 0, length: caption.split(' ')[0]!.length }];
    return bot.handleUpdate(update);
  };
  const press = async (chat: Chat, from: User, label: string) => {
    const message = [...shownIn(chat)].reverse().find((shown) => shown.buttons.some((button) => button.text.includes(label)));
    const button = message?.buttons.find((candidate) => candidate.text.includes(label));
    expect(button?.callback_data, `a "${label}" button in chat ${chat.id}`).toBeDefined();
    await bot.handleUpdate(buttonPress({ chat, from, data: button!.callback_data!, messageId: message!.messageId, updateId: freshUpdateId() }));
  };

  async function givenPersonWithData(who: User, habit: string, note: string): Promise<Person> {
    const person = await db.repos.users.create({ platform: 'telegram', externalId: String(who.id) }, {
      displayName: who.first_name, timeZone: 'America/Sao_Paulo', locale: 'en', onboardedAt: new Date('2026-11-01T12:00:00Z'),
    });
    const created = await db.repos.habits.create(person.id, { name: habit, startDate: '2026-11-01', frequency: { kind: 'daily' } });
    await db.repos.entries.add(person.id, { habitId: created.id, kind: 'skip', localDate: '2026-11-22', quantity: null, note, source: 'chat', idempotencyKey: `seed-${who.id}` });
    return person;
  }

  /** Nothing of the person's data was posted in the group: only the one notice. */
  function expectGroupSawOnlyTheNotice(secret: string[]): Shown {
    const group = shownIn(groupChat);
    expect(documentsIn(groupChat)).toEqual([]);
    expect(group).toHaveLength(1);
    for (const word of secret) expect(group[0]!.text).not.toContain(word);
    return group[0]!;
  }

  it('given /export in a group, then the file goes to the person privately and the group hears only that it did', async () => {
    await givenPersonWithData(member, 'Pushups', 'knee hurts');
    await say(groupChat, member, '/export@HabitCoachTestBot');
    const notice = expectGroupSawOnlyTheNotice(['Pushups', 'knee']);
    expect(notice.text).toContain("I've sent it to you privately");
    const [document, ...more] = documentsIn(privateChat);
    expect(more).toEqual([]);
    expect(document!.name).toBe('habit-coach-export.json');
    const file = JSON.parse(document!.content) as { habits: { name: string }[]; entries: { note: string }[] };
    expect(file.habits.map((habit) => habit.name)).toEqual(['Pushups']);
    expect(file.entries.map((entry) => entry.note)).toEqual(['knee hurts']);
  });

  it('given /export in a group from someone who never started the bot, then the group is told how to open a private chat, and no data is sent anywhere', async () => {
    await givenPersonWithData(otherMember, 'Secret habit', 'private note');
    proxy.neverStarted(otherMember.id);
    await say(groupChat, otherMember, '/export@HabitCoachTestBot');
    const notice = expectGroupSawOnlyTheNotice(['Secret habit', 'private note']);
    expect(notice.text).toContain('open a private chat with me');
    expect(notice.buttons).toEqual([expect.objectContaining({ url: 'https://t.me/HabitCoachTestBot' })]);
    expect(proxy.documents).toEqual([]);
  });

  it('given /delete in a group, then the confirmation is asked privately and answered there, and the group sees nothing else', async () => {
    await givenPersonWithData(member, 'Pushups', 'knee hurts');
    await say(groupChat, member, '/delete@HabitCoachTestBot');
    expectGroupSawOnlyTheNotice(['Pushups', 'Delete everything']);
    expect(shownIn(privateChat).at(-1)!.text).toContain('cannot be undone');
    await press(privateChat, member, 'Delete everything');
    expect(await db.repos.users.findByIdentity('telegram', String(member.id))).toBeNull();
    expect(shownIn(groupChat)).toHaveLength(1);
  });

  it('given /import in a group, then the file is asked for privately, and the exported document sent back there restores the data exactly', async () => {
    const ana = await givenPersonWithData(member, 'Pushups', 'knee hurts');
    await say(privateChat, member, '/export');
    const exported = documentsIn(privateChat)[0]!.content;
    await db.repos.habits.create(ana.id, { name: 'Walk', startDate: '2026-11-20', frequency: { kind: 'daily' } });

    await say(groupChat, member, '/import@HabitCoachTestBot');
    expectGroupSawOnlyTheNotice(['Pushups', 'Walk']);
    expect(shownIn(privateChat).at(-1)!.text).toContain('Send me your export file');

    await sendFile(privateChat, member, exported);
    expect(shownIn(privateChat).at(-1)!.text).toContain('replaces everything you have now (2 habits');
    await press(privateChat, member, 'Replace');
    expect(shownIn(privateChat).at(-1)!.text).toContain('Imported 1 habits, 1 entries');

    proxy.documents.length = 0;
    await say(privateChat, member, '/export');
    expect(documentsIn(privateChat)[0]!.content).toBe(exported);
    expect(shownIn(groupChat)).toHaveLength(1);
  });

  it('given a document bigger than 20 MB, then it is refused without downloading and nothing changes', async () => {
    const ana = await givenPersonWithData(member, 'Pushups', 'knee hurts');
    const update = textMessage({ chat: privateChat, from: member, text: undefined }) as Update & { message: Record<string, unknown> };
    update.message.document = { file_id: 'never-fetched', file_unique_id: 'u', file_name: 'big.json', file_size: 21 * 1024 * 1024 };
    await bot.handleUpdate(update);
    expect(shownIn(privateChat).at(-1)!.text).toContain('too big to import (the limit is 20 MB)');
    expect((await db.repos.habits.list(ana.id)).map((habit) => habit.name)).toEqual(['Pushups']);
  });

  afterEach(async () => {
    for (const who of [member, otherMember]) {
      const person = await db.repos.users.findByIdentity('telegram', String(who.id));
      if (person) await db.repos.users.delete(person.id);
    }
  });
});
