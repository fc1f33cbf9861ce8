// Telegram's 20 messages a minute per group, as the in-process runner keeps it: a full chat
// says how long to wait (the job is delayed, not dropped); other chats and private chats are free.
import { describe, expect, it } from 'vitest';
import { createMemoryGroupChatRate, groupChatLimitOf } from '../../src/jobs/group-chat-rate.js';

const group = { platform: 'telegram' as const, chatId: '-100123' };

describe("a group chat's per-minute window", () => {
  it('given 20 messages to a Telegram group this minute, then the 21st waits until the first leaves the window', async () => {
    let now = 1_000_000;
    const rate = createMemoryGroupChatRate(() => now);
    for (let sent = 0; sent < 20; sent += 1) {
      expect(await rate.reserve(group, 1)).toBe(0);
      now += 1000;
    }
    const wait = await rate.reserve(group, 1);
    expect(wait).toBe(63_000 - 20_000 + 1); // the first message leaves the (guarded, 63 s) window then
    now += wait;
    expect(await rate.reserve(group, 1)).toBe(0);
  });

  it('given a recap of three messages and room for two, then none of them is taken and it waits for room for all three', async () => {
    let now = 0;
    const rate = createMemoryGroupChatRate(() => now);
    expect(await rate.reserve(group, 18)).toBe(0);
    now += 10_000;
    expect(await rate.reserve(group, 3)).toBe(53_001);
    expect(await rate.reserve(group, 2)).toBe(0);
  });

  it('given another group, a Discord channel or a private chat, then a full Telegram group does not hold them back', async () => {
    const rate = createMemoryGroupChatRate(() => 0);
    await rate.reserve(group, 20);
    expect(await rate.reserve({ platform: 'telegram', chatId: '-100999' }, 1)).toBe(0);
    expect(groupChatLimitOf({ platform: 'discord', chatId: '1300000000000000001' })).toBeNull();
    expect(groupChatLimitOf({ platform: 'telegram', chatId: '700001' })).toBeNull();
  });
});
