import { readReplyFile } from '../../src/dialog/messages.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Repositories } from '../../src/app/ports.js';
import { createTemplateCoach, loadPersonalities } from '../../src/coach/index.js';
import { createConversation } from '../../src/dialog/conversation.js';
import type { InboundMessage } from '../../src/dialog/messages.js';
import { createHabit, onboarded, startChat, type ChatHarness } from './support/chat.js';

describe('conversation', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  const entryCount = async () => {
    const user = await chat.db.repos.users.findByIdentity('console', 'ana');
    return (await chat.db.repos.entries.listForUser(user!.id)).length;
  };

  it('given the same platform update id twice, then it writes once and answers the same both times', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    const first = await ana.say('read today');
    const again = await ana.redeliver(ana.sent.at(-1)!);
    expect(again).toEqual(first);
    expect(await entryCount()).toBe(1);
  });

  it('given the reply could not be saved after the write, then the person is told what was done (not "nothing changed") and a redelivery still writes once', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    let failNextSave = true;
    const repos: Repositories = {
      ...chat.db.repos,
      processedUpdates: {
        ...chat.db.repos.processedUpdates,
        saveReply: async (key, reply, now) => {
          if (failNextSave) { failNextSave = false; throw new Error('connection lost'); }
          return chat.db.repos.processedUpdates.saveReply(key, reply, now);
        },
      },
    };
    const coach = createTemplateCoach(await loadPersonalities());
    const crashing = createConversation({ repos, clock: chat.clock, coach });
    const message: InboundMessage = {
      platform: 'console', user: { externalId: 'ana' }, chat: { id: 'ana', kind: 'private' }, text: 'read today', updateId: 'tg-777',
    };
    const first = await crashing.handle(message);
    expect(first[0]?.text).toContain('**Read** done: today');
    expect(await entryCount()).toBe(1);
    const retried = await crashing.handle(message);
    expect(retried[0]?.text).toContain('**Read** done: today');
    expect(await entryCount()).toBe(1);
  });

  it('given /export redelivered, then the same file is handed over again, made again rather than kept in the database', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    const first = await ana.say('/export');
    const again = await ana.redeliver(ana.sent.at(-1)!);
    expect(first[0]?.file?.name).toBe('habit-coach-export.json');
    expect(again.map((reply) => reply.text)).toEqual(first.map((reply) => reply.text));
    expect(await readReplyFile(again[0]!.file!)).toBe(await readReplyFile(first[0]!.file!));
  });

  it('given a malformed message, then a clear reply and nothing changes', async () => {
    const replies = await chat.conversation.handle({
      platform: 'console', user: { externalId: '' }, chat: { id: 'x', kind: 'private' }, text: 'hi', updateId: 'bad-1',
    });
    expect(replies[0]?.text).toContain("couldn't read that message");
    expect(await chat.db.repos.users.findByIdentity('console', '')).toBeNull();
  });

  it('given group chatter not addressed to the bot, then it stays silent and writes nothing', async () => {
    const replies = await chat.conversation.handle({
      platform: 'telegram', user: { externalId: '42' }, chat: { id: '-100', kind: 'group' }, text: 'did 20 pushups', updateId: 'g-1',
    });
    expect(replies).toEqual([]);
    expect(await chat.db.repos.users.findByIdentity('telegram', '42')).toBeNull();
  });

  it('given a forged or stale button, then it says so and nothing changes', async () => {
    const ana = await onboarded(chat);
    const replies = await chat.conversation.handle({ ...ana.sent[0]!, text: undefined, button: { data: '1:u:~AAAAAAAAAAAAAAAAAAAAAA' }, updateId: 'forged' });
    expect(replies[0]?.text).toContain('nothing to undo');
    const garbage = await chat.conversation.handle({ ...ana.sent[0]!, text: undefined, button: { data: 'hello' }, updateId: 'garbage' });
    expect(garbage[0]?.text).toContain("isn't valid anymore");
  });

  it('given a flow in progress, then a new Conversation over the same database continues it', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new');
    await ana.say('Stretch');
    chat.restart();
    await ana.say('every day');
    expect(ana.last()).toContain('Created Stretch, every day');
  });

  it('given an unknown command, then it names it and points to /help', async () => {
    const ana = await onboarded(chat);
    await ana.say('/fly');
    expect(ana.last()).toContain("I don't know the command /fly");
  });
});
