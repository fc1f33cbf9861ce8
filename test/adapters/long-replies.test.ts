// Long replies split for Telegram (4096) and Discord (2000) never cut an emoji in half: a lone
// surrogate is refused by Telegram and shown as garbage by Discord.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderReply } from '../../src/adapters/discord/render.js';
import { splitForTelegram } from '../../src/adapters/telegram/format.js';
import { createHabit, onboarded, startChat, type ChatHarness } from '../dialog/support/chat.js';

const LONE_SURROGATE = /\p{Cs}/u;

describe('long replies on Telegram and Discord', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  it('given "/edit x" followed by 1,990 💪, then every piece sent is whole emoji', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    const replies = await ana.say(`/edit x${'💪'.repeat(1990)}`);
    expect(replies[0]!.text.length).toBeGreaterThan(4000); // the name is echoed: it must be split on both platforms
    for (const reply of replies) {
      const pieces = [...renderReply(reply).map((payload) => payload.content), ...splitForTelegram(reply.text)];
      for (const piece of pieces) expect(LONE_SURROGATE.test(piece)).toBe(false);
    }
  });

  it('given a reply echoing 1,990 💪 after an odd number of characters, then Discord pieces are whole emoji', () => {
    const text = `x${'💪'.repeat(1990)}`;
    const pieces = renderReply({ text }).map((payload) => payload.content);
    expect(pieces.length).toBe(2);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(LONE_SURROGATE.test(piece)).toBe(false);
  });

  it('given a list of 1,000 habits, then Telegram and Discord get it in whole lines', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `${i + 1}. 🧘‍♀️ Habit ${i + 1} — 🇧🇷 every day 🔥 ${i}`);
    const text = lines.join('\n');
    for (const pieces of [splitForTelegram(text), renderReply({ text }).map((payload) => payload.content)]) {
      expect(pieces.flatMap((piece) => piece.split('\n'))).toEqual(lines);
      for (const piece of pieces) expect(LONE_SURROGATE.test(piece)).toBe(false);
    }
  });
});
