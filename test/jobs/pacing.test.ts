import { describe, expect, it } from 'vitest';
import { createMemoryPacer, createMemorySendRate, intervalFor } from '../../src/jobs/pacing.js';

describe('pacing a chat', () => {
  it('given a private chat, then one message a second; a group, one every 3 seconds (20 a minute); the console, no wait', () => {
    expect(intervalFor({ platform: 'telegram', chatId: '1234' })).toBe(1000);
    expect(intervalFor({ platform: 'telegram', chatId: '-100123' })).toBe(3000);
    expect(intervalFor({ platform: 'console', chatId: 'ana' })).toBe(0);
  });

  it('given a message just sent to a chat, then the next one to it waits, and other chats do not', async () => {
    let now = 10_000;
    const pacer = createMemoryPacer(() => now);
    expect(await pacer.reserve({ platform: 'telegram', chatId: '1' })).toBe(0);
    expect(await pacer.reserve({ platform: 'telegram', chatId: '1' })).toBe(1000);
    expect(await pacer.reserve({ platform: 'telegram', chatId: '2' })).toBe(0);
    now += 400;
    expect(await pacer.reserve({ platform: 'telegram', chatId: '1' })).toBe(600);
    now += 600;
    expect(await pacer.reserve({ platform: 'telegram', chatId: '1' })).toBe(0);
  });
});

describe('the overall send rate', () => {
  it('given 3 a second, then the fourth send within a second waits until the first leaves the window', async () => {
    let now = 0;
    const guard = createMemorySendRate({ max: 3, duration: 1000 }, () => now);
    for (let i = 0; i < 3; i += 1) expect(await guard.reserve()).toBe(0);
    now = 500;
    const wait = await guard.reserve();
    expect(wait).toBeGreaterThan(500);
    now += wait;
    expect(await guard.reserve()).toBe(0);
  });
});
