// Buttons are data a client sends back, so anyone can send any: a forged or borrowed button
// must not act on values it carries, nor on someone else's data, nor twice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeButton, packId } from '../../src/dialog/buttons.js';
import type { Reply } from '../../src/dialog/messages.js';
import { createHabit, onboarded, startChat, type ChatHarness, type ChatPerson } from './support/chat.js';

let chat: ChatHarness;
// Monday 23 November 2026, 12:00 UTC.
beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
afterEach(async () => { await chat.close(); });

let pressSequence = 0;
/** `name` sends button data in their own private chat (a forged or copied callback). */
function pressAs(name: string, data: string): Promise<Reply[]> {
  return chat.conversation.handle({
    platform: 'console', user: { externalId: name, displayName: name }, chat: { id: name, kind: 'private' },
    button: { data }, updateId: `press-${++pressSequence}`,
  });
}

async function entriesOf(name: string) {
  const user = await chat.db.repos.users.findByIdentity('console', name);
  return (await chat.db.repos.entries.listForUser(user!.id)).map((entry) => ({ date: entry.localDate, quantity: entry.quantity }));
}

const dataOf = (person: ChatPerson, label: string) => person.buttons().find((button) => button.label.includes(label))!.data;

async function withPushups(person: ChatPerson): Promise<void> {
  await person.say('/new Pushups');
  await person.say('daily');
  await person.press('🎯'); // a target makes it a several-a-day habit
  await person.say('20 pushups');
  await person.say('done');
}

describe('forged buttons', () => {
  it('given a forged undo-correction payload, then it cannot move an entry to another date', async () => {
    const ana = await onboarded(chat);
    await withPushups(ana);
    await ana.say('did 20 pushups');
    await ana.say('actually it was 30');
    const entry = (await chat.db.repos.entries.listForUser((await chat.db.repos.users.findByIdentity('console', 'ana'))!.id))[0]!;

    // The old layout named the entry and the date to put it on.
    const forged = await pressAs('ana', `1:r:${packId(entry.id)}:20200101:5`);
    expect(forged.map((reply) => reply.text).join('\n')).toContain("That button isn't valid anymore");
    // The layout of today names a stored correction: one that was never made is nothing.
    await pressAs('ana', encodeButton({ action: 'undo_correction', correctionId: entry.id }));
    expect(await entriesOf('ana')).toEqual([{ date: '2026-11-23', quantity: 30 }]);

    await ana.press('Undo');
    expect(await entriesOf('ana')).toEqual([{ date: '2026-11-23', quantity: 20 }]);
  });

  it('given buttons made for Ana, when Bruno presses them, then nothing happens to either', async () => {
    const ana = await onboarded(chat);
    const bruno = await onboarded(chat, 'bruno');
    await withPushups(ana);
    await createHabit(ana, 'Read');
    await ana.say('did 20 pushups');
    const undo = dataOf(ana, 'Undo');
    await ana.say('actually it was 30');
    const undoCorrection = dataOf(ana, 'Undo');
    await ana.say('/today');
    const done = dataOf(ana, 'Read');
    await ana.say('did 10 pushups on 2026-11-01');
    const yes = dataOf(ana, 'Yes');

    for (const data of [undo, undoCorrection, done, yes]) await pressAs('bruno', data);

    expect(await entriesOf('ana')).toEqual([{ date: '2026-11-23', quantity: 30 }]);
    expect(await entriesOf('bruno')).toEqual([]);
    // Ana's question is still hers to answer.
    await ana.press('Yes');
    expect(await entriesOf('ana')).toHaveLength(2);
    await bruno.say('/habits');
    expect(bruno.last()).not.toContain('Pushups');
  });

  it('given a Yes from an earlier question, then it does not answer the one now pending', async () => {
    const ana = await onboarded(chat);
    await withPushups(ana);
    await ana.say('did 10 pushups on 2026-11-01');
    const oldYes = dataOf(ana, 'Yes');
    await ana.say('/delete');
    expect(ana.buttons().map((button) => button.label)).toContain('Delete everything');

    const answer = await pressAs('ana', oldYes);
    expect(answer.map((reply) => reply.text).join('\n')).toContain('already answered or has expired');
    expect(await chat.db.repos.users.findByIdentity('console', 'ana')).not.toBeNull();
    expect(await entriesOf('ana')).toEqual([]);
  });
});

describe('double presses', () => {
  it('given three presses at once of a backdate confirmation on a several-a-day habit, then exactly one entry is written', async () => {
    const ana = await onboarded(chat);
    await withPushups(ana);
    await ana.say('did 10 pushups on 2026-11-01');
    expect(ana.last()).toContain('22 days ago');
    const yes = dataOf(ana, 'Yes');

    const answers = await Promise.all([1, 2, 3].map(() => pressAs('ana', yes)));

    expect(await entriesOf('ana')).toEqual([{ date: '2026-11-01', quantity: 10 }]);
    const texts = answers.map((replies) => replies.map((reply) => reply.text).join('\n'));
    // 10 of a 20 target: the one written entry is echoed as part of the day's target.
    expect(texts.filter((text) => text.includes('10 of 20'))).toHaveLength(1);
    // The others are told it was done already (or, once done, that the question is closed).
    expect(texts.filter((text) => /already answered/.test(text))).toHaveLength(2);
  });

  it('given "yes" typed twice at once, then the backdate is written once', async () => {
    const ana = await onboarded(chat);
    await withPushups(ana);
    await ana.say('did 10 pushups on 2026-11-01');
    await Promise.all([ana.say('yes'), ana.say('yes')]);
    expect(await entriesOf('ana')).toEqual([{ date: '2026-11-01', quantity: 10 }]);
  });
});
