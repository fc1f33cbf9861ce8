// The Telegram bot end to end inside the process: updates through bot.handleUpdate, the
// real conversation on PostgreSQL, and an API client that records what would be sent.
import { readAll } from '../../support/files.js';
import type { InputFile } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonsOf, personIn, startTelegramHarness, textsOf, type TelegramHarness, type TelegramPerson } from './harness.js';
import { botInfo, groupChat, member, otherMember, privateChat, textMessage } from './updates.js';

describe('the Telegram bot in a private chat', () => {
  let harness: TelegramHarness;
  let ana: TelegramPerson;
  // Monday 23 November 2026, 12:00 UTC.
  beforeEach(async () => {
    harness = await startTelegramHarness('2026-11-23T12:00:00Z');
    ana = personIn(harness, privateChat);
  });
  afterEach(async () => {
    await harness.close();
  });

  async function entryCount(): Promise<number> {
    const user = await harness.db.repos.users.findByIdentity('telegram', String(member.id));
    return user ? (await harness.db.repos.entries.listForUser(user.id)).length : 0;
  }

  async function onboardedWithPushups(): Promise<void> {
    await ana.say('/start');
    await ana.say('skip');
    await ana.say('/new Pushups');
    await ana.press('Every day');
    await ana.say('done');
  }

  it('given /start then the person is greeted with a setup question in HTML with inline buttons', async () => {
    const calls = await ana.say('/start');
    expect(calls.map((call) => call.method)).toEqual(['sendMessage']);
    const [welcome] = calls;
    expect(welcome?.payload).toMatchObject({ chat_id: privateChat.id, parse_mode: 'HTML' });
    expect(String(welcome?.payload.text)).toContain('Ana');
    expect(buttonsOf(calls).length).toBeGreaterThan(1);
    const user = await harness.db.repos.users.findByIdentity('telegram', String(member.id));
    expect(user?.displayName).toBe('Ana Souza');
  });

  it('given a Portuguese Telegram client then the first contact happens in Portuguese', async () => {
    const bia = personIn(harness, { id: otherMember.id, type: 'private', first_name: 'Bruno' }, otherMember);
    await bia.say('/start');
    const user = await harness.db.repos.users.findByIdentity('telegram', String(otherMember.id));
    expect(user?.locale).toBe('pt-BR');
  });

  it('given /start with a deep-link payload then the person is greeted all the same', async () => {
    const calls = await ana.say('/start from_site');
    expect(textsOf(calls)).toHaveLength(1);
    expect(String(calls[0]?.payload.text)).toContain('Ana');
  });

  it('given a button press then the callback query is answered before the reply is sent', async () => {
    await ana.say('/start');
    await ana.say('skip');
    await ana.say('/new Pushups');
    const calls = await ana.press('Every day');
    expect(calls[0]?.method).toBe('answerCallbackQuery');
    expect(calls.slice(1).every((call) => call.method !== 'answerCallbackQuery')).toBe(true);
    expect(textsOf(calls).length).toBeGreaterThan(0);
  });

  it('given "did 20 pushups" then the echo names the habit in bold and offers Undo', async () => {
    await onboardedWithPushups();
    const calls = await ana.say('did 20 pushups');
    expect(textsOf(calls).join('\n')).toContain('<b>Pushups</b> done');
    expect(buttonsOf(calls)).toEqual(['↩️ Undo']);
    expect(await entryCount()).toBe(1);
  });

  it('given Undo pressed then the press is answered, the entry is gone and the person is told', async () => {
    await onboardedWithPushups();
    await ana.say('did 20 pushups');
    const calls = await ana.press('Undo');
    expect(calls[0]?.method).toBe('answerCallbackQuery');
    expect(textsOf(calls).join('\n')).toContain('Undone: ✅ <b>Pushups</b> done: 20, today');
    expect(await entryCount()).toBe(0);
  });

  it('given the same update delivered twice then it is written once', async () => {
    await onboardedWithPushups();
    const update = textMessage({ chat: privateChat, text: 'did 20 pushups' });
    const first = await ana.deliver(update);
    const again = await ana.deliver(structuredClone(update));
    expect(await entryCount()).toBe(1);
    // The redelivery answers with what the first delivery said, not with "already logged".
    expect(textsOf(again)).toEqual(textsOf(first));
  });

  it('given /stats then the stats are sent', async () => {
    await onboardedWithPushups();
    await ana.say('did 20 pushups');
    const calls = await ana.say('/stats');
    const text = textsOf(calls).join('\n');
    expect(text).toContain('<b>');
    expect(text).toContain('Pushups');
  });

  it('given /export then the person receives their data as a JSON document', async () => {
    await onboardedWithPushups();
    await ana.say('did 20 pushups');
    const calls = await ana.say('/export');
    const documents = calls.filter((call) => call.method === 'sendDocument');
    expect(documents).toHaveLength(1);
    const file = documents[0]!.payload.document as InputFile;
    expect(file.filename).toBe('habit-coach-export.json');
    const exported = JSON.parse(await readAll(await file.toRaw())) as { habits: { name: string }[]; entries: unknown[] };
    expect(exported.habits.map((habit) => habit.name)).toEqual(['Pushups']);
    expect(exported.entries).toHaveLength(1);
  });

  it('given a photo then dialog receives it (it answers instead of ignoring it)', async () => {
    await onboardedWithPushups();
    const update = textMessage({ chat: privateChat, text: undefined });
    update.message!.photo = [{ file_id: 'AgACAgQAAx0', file_unique_id: 'u1', width: 800, height: 600 }];
    const calls = await ana.deliver(update);
    expect(textsOf(calls)).toHaveLength(1);
  });

  it('given Telegram failing to send a reply then the person gets an apology, it is logged with the update id, and the bot keeps working', async () => {
    await onboardedWithPushups();
    harness.api.failNext('sendMessage', 400, "Bad Request: can't parse entities");
    const update = textMessage({ chat: privateChat, text: '/help' });
    const calls = await ana.deliver(update);
    expect(calls.map((call) => call.method)).toEqual(['sendMessage', 'sendMessage']);
    expect(String(calls[1]?.payload.text)).toMatch(/^Sorry, something went wrong/);
    expect(harness.logs.some((line) => line.level >= 50 && line.updateId === update.update_id)).toBe(true);

    const after = await ana.say('did 20 pushups');
    expect(textsOf(after).join('\n')).toContain('<b>Pushups</b> done');
  });
});

describe('the Telegram bot in a group', () => {
  let harness: TelegramHarness;
  let ana: TelegramPerson;
  beforeEach(async () => {
    harness = await startTelegramHarness('2026-11-23T12:00:00Z');
    ana = personIn(harness, groupChat);
  });
  afterEach(async () => {
    await harness.close();
  });

  it('given chatter not addressed to the bot then nothing is sent and nothing is stored', async () => {
    const calls = await ana.say('did 20 pushups, who is next?');
    expect(calls).toEqual([]);
    expect(await harness.db.repos.users.findByIdentity('telegram', String(member.id))).toBeNull();
  });

  it('given another bot’s command then it stays quiet', async () => {
    expect(await ana.say('/stats@SomeOtherBot')).toEqual([]);
  });

  it('given /help@thisbot then it answers in the group, quoting the member', async () => {
    const calls = await ana.say(`/help@${botInfo.username}`);
    expect(calls.map((call) => call.method)).toEqual(['sendMessage']);
    expect(calls[0]?.payload).toMatchObject({ chat_id: groupChat.id, parse_mode: 'HTML' });
    expect(calls[0]?.payload.reply_parameters).toMatchObject({ allow_sending_without_reply: true });
    expect(textsOf(calls).join('\n')).toContain('/new');
  });

  it('given /stats in a group then it shows only what the member shares (User.shareStats)', async () => {
    const direct = personIn(harness, privateChat);
    await direct.say('/start');
    await direct.say('skip');
    await direct.say('/new Pushups');
    await direct.press('Every day');
    await direct.say('did 20 pushups');

    const kept = textsOf(await ana.say(`/stats@${botInfo.username}`)).join('\n');
    expect(kept).toContain('Ana Souza, your stats are private');
    expect(kept).not.toContain('Pushups');

    const user = await harness.db.repos.users.findByIdentity('telegram', String(member.id));
    await harness.db.repos.users.update(user!.id, { shareStats: true });
    const shared = textsOf(await ana.say(`/stats@${botInfo.username}`)).join('\n');
    expect(shared).toContain('<b>Pushups</b>');
  });

  it('given a mention then the message is handled without the mention', async () => {
    const text = `@${botInfo.username} help`;
    const update = textMessage({ chat: groupChat, text });
    update.message!.entities = [{ type: 'mention', offset: 0, length: botInfo.username.length + 1 }];
    const calls = await ana.deliver(update);
    expect(textsOf(calls)).toHaveLength(1);
  });
});
