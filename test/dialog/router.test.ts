// Which replies replace the message whose button was pressed (Reply.editsPrevious): answers
// to a question do, so a choice once made leaves no stale buttons behind; a Done under the
// /today list does not, so the list stays in view.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/dialog/messages.js';
import { createHabit, onboarded, startChat, type ChatHarness } from './support/chat.js';

const edits = (replies: Reply[]) => replies.map((reply) => reply.editsPrevious === true);

describe('answers that replace the pressed message', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  it('given the /new frequency question, when a frequency is pressed, then the answer replaces the question', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new Read');
    const answered = await ana.press('Every day');
    expect(answered[0]?.text).toContain('Created Read, every day');
    expect(edits(answered)).toEqual([true]);
  });

  it('given the same question answered by typing, then the answer is a new message', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new Read');
    expect(edits(await ana.say('every day'))).toEqual([false]);
  });

  it('given onboarding, when a coach personality is pressed, then the next question replaces the coach question', async () => {
    const ana = chat.person('ana', { localeHint: 'en' });
    await ana.say('hi');
    await ana.say('Lisbon');
    const answered = await ana.press('Mentor');
    expect(answered[0]?.text).toContain('When does your day start?');
    expect(edits(answered)).toEqual([true]);
  });

  it('given a confirmation, when Yes is pressed, then the outcome replaces the question', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('/archive Read');
    const answered = await ana.press('Archive');
    expect(answered[0]?.text).toContain('Read is archived');
    expect(edits(answered)).toEqual([true]);
  });

  it('given a habit picker, when a habit is pressed, then the next step replaces the picker', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('/pause');
    const answered = await ana.press('Read');
    expect(answered[0]?.text).toContain('Until when');
    expect(edits(answered)).toEqual([true]);
  });

  it('given an echo with Undo, when Undo is pressed, then "Undone" replaces the echo', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('read 20 pages');
    const undone = await ana.press('Undo');
    expect(undone[0]?.text).toContain('Undone: ✅ **Read** done: 20');
    expect(edits(undone)).toEqual([true]);
  });

  it('given the /today list, when Done is pressed, then the echo comes as a new message and the list stays', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await createHabit(ana, 'Floss');
    await ana.say('/today');
    const done = await ana.press('✅ Read');
    expect(done[0]?.text).toContain('**Read** done: today');
    expect(edits(done)).toEqual([false]);
  });

  it('given a stale choice button (its flow is over), then the "expired" answer replaces it, clearing its buttons', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new Read');
    const question = ana.lastReplies();
    await ana.say('/cancel');
    const daily = question[0]!.buttons!.flat().find((button) => button.label === 'Every day')!;
    const stale = await chat.conversation.handle({ ...ana.sent[0]!, text: undefined, button: { data: daily.data }, updateId: 'stale-1' });
    expect(stale[0]?.text).toContain('expired');
    expect(edits(stale)).toEqual([true]);
  });
});
