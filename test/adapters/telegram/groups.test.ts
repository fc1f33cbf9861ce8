// A Telegram group becomes an accountability group: real grammY bot, real runtime and
// database; only the Bot API is a stand-in HTTP server (fake-api.ts), which also answers
// getChatAdministrators, the admin lookup the bot caches.
import type { Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTelegramBot } from '../../../src/adapters/telegram/bot.js';
import { createRuntime, type Runtime } from '../../../src/cli/runtime.js';
import { loadConfig } from '../../../src/config.js';
import { FixedClock } from '../../support/clock.js';
import { createTestDatabase, type TestDatabase } from '../../support/db.js';
import { ok, startFakeTelegramApi, type FakeTelegramApi } from './fake-api.js';
import { TEST_TOKEN, memoryLogger } from './harness.js';
import { botInfo, freshUpdateId, groupChat, member, otherMember, textMessage } from './updates.js';
import type { Bot } from 'grammy';

describe('Telegram: an accountability group', () => {
  let db: TestDatabase;
  let api: FakeTelegramApi;
  let runtime: Runtime;
  let bot: Bot;
  const clock = new FixedClock('2026-11-23T12:00:00Z');

  beforeEach(async () => {
    db = await createTestDatabase();
    api = await startFakeTelegramApi();
    const { logger } = memoryLogger();
    const config = loadConfig({ DATABASE_URL: db.url ?? undefined, TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api.url });
    runtime = await createRuntime(config, { clock, logger });
    bot = createTelegramBot({ token: TEST_TOKEN, apiRoot: api.url, conversation: runtime.conversation, logger, botInfo, retry: { maxRetryAttempts: 0 } });
  });
  afterEach(async () => {
    await runtime.close();
    await api.close();
    await db.close();
  });

  const sentTexts = () => api.of('sendMessage').map((request) => String(request.body.text));
  const say = (from: typeof member, text: string) => bot.handleUpdate(textMessage({ chat: groupChat, from, text, command: text.startsWith('/') }));

  it("names the group after the chat, asks Telegram who the admins are (once a minute at most) and refuses a non-admin's settings", async () => {
    api.script('getChatAdministrators', ok([{ status: 'creator', is_anonymous: false, user: member }, { status: 'administrator', user: { ...botInfo } }]));
    await say(member, '/group');
    expect(sentTexts().at(-2)).toContain('Morning runners');
    expect(sentTexts().at(-2)).toContain('is now a group');

    await say(member, '/group settings recap sun 19:00');
    expect(sentTexts().at(-1)).toContain('recap: Sunday 19:00');
    await say(otherMember, '/group settings recap mon 08:00');
    expect(sentTexts().at(-1)).toBe('Só os admins deste chat mudam as configurações do grupo. Nada foi alterado.');
    expect(api.of('getChatAdministrators').map((request) => request.body.chat_id)).toEqual([String(groupChat.id)]);
    const group = await runtime.repos.groups.findByChat({ platform: 'telegram', chatId: String(groupChat.id) });
    expect(group).toMatchObject({ name: 'Morning runners', recapDay: 7, recapTime: '19:00' });

    // A minute later the list is asked again.
    clock.advance(61_000);
    api.script('getChatAdministrators', ok([{ status: 'creator', is_anonymous: false, user: member }]));
    await say(member, '/group settings recap sun 20:00');
    expect(api.of('getChatAdministrators')).toHaveLength(2);
  });

  it('a member joins and checks in by mentioning the bot; one who leaves the chat is out of the group', async () => {
    await say(member, '/group');
    const mention: Update = textMessage({ chat: groupChat, from: otherMember, text: '@HabitCoachTestBot /join' });
    mention.message!.entities = [{ type: 'mention', offset: 0, length: '@HabitCoachTestBot'.length }];
    await bot.handleUpdate(mention);
    // The welcome is for the whole group, so in its language (Ana's English), not Bruno's Portuguese.
    expect(sentTexts().at(-1)).toContain('Welcome to <b>Morning runners</b>, Bruno!');
    await say(member, '/members');
    expect(sentTexts().at(-1)).toContain('Bruno');

    // Bruno's own habit, made in his direct chat and shared here; then a check-in by mention.
    const brunoDm = { id: otherMember.id, type: 'private' as const, first_name: 'Bruno' };
    for (const text of ['oi', 'pular', '/novo Flexões', 'todo dia', 'pronto']) {
      await bot.handleUpdate(textMessage({ chat: brunoDm, from: otherMember, text, command: text.startsWith('/') }));
    }
    await say(otherMember, '/share Flexões');
    const checkIn: Update = textMessage({ chat: groupChat, from: otherMember, text: '@HabitCoachTestBot fiz 20 flexões' });
    checkIn.message!.entities = [{ type: 'mention', offset: 0, length: '@HabitCoachTestBot'.length }];
    await bot.handleUpdate(checkIn);
    const ack = api.of('sendMessage').at(-1)!;
    expect(String(ack.body.chat_id)).toBe(String(groupChat.id));
    expect(String(ack.body.text)).toMatch(/^👏 Bruno registrou: ✅ Flexões/);

    await bot.handleUpdate({
      update_id: freshUpdateId(),
      message: { message_id: 9001, date: 1_760_000_000, chat: groupChat, from: otherMember, left_chat_member: otherMember },
    });
    await say(member, '/members');
    expect(sentTexts().at(-1)).not.toContain('Bruno');
    expect(sentTexts().at(-1)).toContain('Ana');
  });

  it('chatter not said to the bot gets no answer, and only that someone spoke reaches the group: it is active again', async () => {
    await say(member, '/group');
    const sent = api.of('sendMessage').length;
    clock.advance(10 * 60_000);
    await bot.handleUpdate(textMessage({ chat: groupChat, from: otherMember, text: 'did 20 pushups lol' }));
    expect(api.of('sendMessage')).toHaveLength(sent);
    const group = await runtime.repos.groups.findByChat({ platform: 'telegram', chatId: String(groupChat.id) });
    expect(group!.lastActiveAt).toEqual(clock.now());
    // The person was not even made a user: nothing of theirs is kept.
    expect(await runtime.repos.users.findByIdentity('telegram', String(otherMember.id))).toBeNull();
  });

  it('a chat_member update saying someone was kicked takes them out of the group; one about the bot itself changes nothing', async () => {
    await say(member, '/group');
    await say(otherMember, '/join');
    const changed = (user: typeof member, status: 'kicked' | 'left'): Update => ({
      update_id: freshUpdateId(),
      chat_member: {
        chat: groupChat, from: member, date: 1_760_000_000,
        old_chat_member: { status: 'member', user }, new_chat_member: status === 'kicked' ? { status, user, until_date: 0 } : { status, user },
      },
    });
    await bot.handleUpdate(changed({ ...botInfo }, 'left'));
    await bot.handleUpdate(changed(otherMember, 'kicked'));
    const group = (await runtime.repos.groups.findByChat({ platform: 'telegram', chatId: String(groupChat.id) }))!;
    expect((await runtime.repos.groups.activeMembers(group.id)).map((m) => m.displayName)).toEqual(['Ana Souza']);
  });
});
