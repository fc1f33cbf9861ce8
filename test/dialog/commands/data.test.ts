import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rowsOf } from '../../../src/db/client.js';
import { readReplyFile } from '../../../src/dialog/messages.js';
import { createHabit, onboarded, startChat, type ChatHarness } from '../support/chat.js';

describe('the person\'s data: /export, /import, /delete', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  it('given habits, entries, a pause and a goal, when exported and imported into a new person, then the export is the same', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await createHabit(ana, 'Run', '3 times a week');
    await ana.say('read yesterday');
    await ana.say('ran 5 km today');
    await ana.say('/pause run until friday');
    await ana.say('/goal Trip');
    await ana.press('A target');
    await ana.say('5000 reais');
    await ana.press('No deadline');
    await ana.say('/export');
    const file = ana.lastReplies()[0]?.file;
    expect(file?.name).toBe('habit-coach-export.json');
    const content = await readReplyFile(file!);
    const exported = JSON.parse(content) as { habits: unknown[]; entries: unknown[]; goals: unknown[]; pauses: unknown[] };
    expect(exported.habits).toHaveLength(2);
    expect(exported.entries.length).toBeGreaterThanOrEqual(1);
    expect(exported.goals).toHaveLength(1);
    expect(exported.pauses).toHaveLength(1);

    // Ana deletes her account; the first thing she says when she comes back is the import.
    await ana.say('/delete');
    await ana.press('Delete everything');
    const back = chat.person('ana', { localeHint: 'en' });
    await back.say(`/import ${content.replace(/\n\s*/g, '')}`);
    expect(back.last()).toContain('Imported 2 habits');
    await back.say('/export');
    expect(JSON.parse(await readReplyFile(back.lastReplies()[0]!.file!))).toEqual(exported);
    // The restored profile counts as onboarded: no setup questions.
    await back.say('hi');
    expect(back.last()).not.toContain('Where are you?');

    // Someone else's file gets fresh ids but the same contents.
    const carl = chat.person('carl', { localeHint: 'en' });
    await carl.say(`/import ${content.replace(/\n\s*/g, '')}`);
    expect(carl.last()).toContain('Imported 2 habits');
  });

  it('given /import over existing data, then it asks first and replaces only after yes', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('/export');
    const file = await readReplyFile(ana.lastReplies()[0]!.file!);
    await createHabit(ana, 'Walk');
    await ana.say('/import');
    expect(ana.last()).toContain('Send me your export file');
    await ana.say(file.replace(/\n\s*/g, ''));
    expect(ana.last()).toContain('replaces everything you have now (2 habits');
    await ana.press('Replace');
    await ana.say('/habits');
    expect(ana.last()).toContain('Read');
    expect(ana.last()).not.toContain('Walk');
  });

  it('given a broken file, then it says why and nothing changes', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('/import {"format":"something else"}');
    await ana.press('Replace');
    expect(ana.last()).toContain("can't be imported");
    await ana.say('/import not json');
    expect(ana.last()).toContain("isn't JSON");
    await ana.say('/habits');
    expect(ana.last()).toContain('Read');
  });

  it('given /export csv, then entries come as CSV', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('read today');
    await ana.say('/export csv');
    const file = ana.lastReplies()[0]!.file!;
    expect(file.mimeType).toBe('text/csv');
    expect(await readReplyFile(file)).toContain('2026-11-23,Read,done');
  });

  it('given /delete confirmed, then the person and everything they own are gone', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('read today');
    await ana.say('/delete');
    expect(ana.last()).toContain('cannot be undone');
    await ana.press('Delete everything');
    expect(ana.last()).toContain('Everything is deleted');
    expect(await chat.db.repos.users.findByIdentity('console', 'ana')).toBeNull();
  });

  const savedReplyCount = async () =>
    rowsOf<{ count: number }>(await chat.db.handle.db.execute(sql`select count(*)::int as count from processed_updates`))[0]!.count;

  it('given /delete confirmed, then no saved reply is left behind, not even an export file', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('read today, a private note');
    await ana.say('/export');
    expect(await readReplyFile(ana.lastReplies()[0]!.file!)).toContain('a private note');
    expect(await savedReplyCount()).toBeGreaterThan(0);
    await ana.say('/delete');
    await ana.press('Delete everything');
    expect(ana.last()).toContain('Everything is deleted');
    expect(await savedReplyCount()).toBe(0);
  });

  it('given two bots sharing a database and the same update id, then each person gets their own reply, never the other\'s export', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('read today, a private note');
    const base = { platform: 'console' as const, chat: { kind: 'private' as const }, updateId: 'same-update-7' };
    const anas = await chat.conversation.handle({ ...base, botId: 'bot-a', user: { externalId: 'ana' }, chat: { ...base.chat, id: 'ana' }, text: '/export' });
    expect(await readReplyFile(anas[0]!.file!)).toContain('a private note');
    const bias = await chat.conversation.handle({ ...base, botId: 'bot-b', user: { externalId: 'bia' }, chat: { ...base.chat, id: 'bia' }, text: '/export' });
    expect(JSON.stringify(bias)).not.toContain('a private note');
    const anaOnTheOtherBot = await chat.conversation.handle({ ...base, botId: 'bot-b', user: { externalId: 'ana' }, chat: { ...base.chat, id: 'ana' }, text: '/help' });
    expect(anaOnTheOtherBot[0]?.file).toBeUndefined();
  });

  it('given a reply saved more than 48 hours ago, then a redelivery is handled afresh, not replayed', async () => {
    const ana = await onboarded(chat);
    await ana.say('/export');
    const exported = ana.sent.at(-1)!;
    await createHabit(ana, 'Walk');
    chat.clock.advance(47 * 3_600_000);
    // Within 48 hours the saved reply is replayed (an export's file is never kept with it).
    expect((await ana.redeliver(exported))[0]?.text).not.toContain('Walk');
    chat.clock.advance(2 * 3_600_000);
    const afresh = (await ana.redeliver(exported))[0]!;
    expect(await readReplyFile(afresh.file!)).toContain('Walk');
  });

  it('given /delete answered no, then everything stays', async () => {
    const ana = await onboarded(chat);
    await ana.say('/delete');
    await ana.press('No');
    expect(ana.last()).toContain('nothing was changed');
    expect(await chat.db.repos.users.findByIdentity('console', 'ana')).not.toBeNull();
  });
});
