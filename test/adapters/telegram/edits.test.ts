// Replies edited in place on Telegram, through the real conversation: once a choice is made
// (a flow's button, Undo), the message that asked is edited, not answered with a new one.
// A Done under the /today list answers with a new message, so the list stays.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonsOf, personIn, startTelegramHarness, type TelegramHarness, type TelegramPerson } from './harness.js';
import { privateChat } from './updates.js';

describe('Telegram replies edited in place', () => {
  let harness: TelegramHarness;
  let ana: TelegramPerson;
  beforeEach(async () => {
    harness = await startTelegramHarness('2026-11-23T12:00:00Z');
    ana = personIn(harness, privateChat);
    await ana.say('/start');
    await ana.say('skip');
  });
  afterEach(async () => {
    await harness.close();
  });

  it('given /new, when a frequency is pressed, then the question message becomes the answer with the next buttons', async () => {
    const [question] = (await ana.say('/new Pushups')).filter((call) => call.method === 'sendMessage');
    const calls = await ana.press('Every day');
    expect(calls.map((call) => call.method)).toEqual(['answerCallbackQuery', 'editMessageText']);
    const [edit] = calls.filter((call) => call.method === 'editMessageText');
    expect(edit?.messageId).toBe(question?.messageId);
    expect(String(edit?.payload.text)).toContain('Created Pushups, every day.');
    expect(buttonsOf(calls)).not.toContain('Every day');
    expect(buttonsOf(calls)).toContain("👍 That's all");
  });

  it('given an echo, when Undo is pressed, then the echo is edited to say so and loses its Undo button', async () => {
    await ana.say('/new Pushups');
    await ana.press('Every day');
    await ana.say('done');
    const [echo] = (await ana.say('did 20 pushups')).filter((call) => call.method === 'sendMessage');
    const calls = await ana.press('Undo');
    expect(calls.map((call) => call.method)).toEqual(['answerCallbackQuery', 'editMessageText']);
    expect(calls[1]?.messageId).toBe(echo?.messageId);
    expect(calls[1]?.payload.text).toBe('Undone: ✅ <b>Pushups</b> done: 20, today');
    expect(calls[1]?.payload.reply_markup).toBeUndefined();
  });

  it('given /today, when Done is pressed, then the echo is a new message and the list is left as it was', async () => {
    await ana.say('/new Pushups');
    await ana.press('Every day');
    await ana.say('done');
    await ana.say('/today');
    const calls = await ana.press('✅ Pushups');
    expect(calls.map((call) => call.method)).toEqual(['answerCallbackQuery', 'sendMessage']);
    expect(String(calls[1]?.payload.text)).toContain('<b>Pushups</b> done: today');
  });
});
