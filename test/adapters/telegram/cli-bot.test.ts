// `habit-coach bot` (src/cli/bot.ts) serving Telegram against a fake Bot API, stopped the
// way SIGINT/SIGTERM stop it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runBot } from '../../../src/cli/bot.js';
import { loadConfig } from '../../../src/config.js';
import { createTestDatabase, type TestDatabase } from '../../support/db.js';
import { ok, startFakeTelegramApi, type FakeTelegramApi } from './fake-api.js';
import { TEST_TOKEN } from './harness.js';
import { privateChat, textMessage } from './updates.js';

describe('habit-coach bot', () => {
  let api: FakeTelegramApi;
  let db: TestDatabase;
  beforeEach(async () => {
    api = await startFakeTelegramApi();
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.close();
    await api.close();
  });

  const configWith = (env: Record<string, string>) => loadConfig({ DATABASE_URL: db.url ?? '', LOG_LEVEL: 'silent', ...env });

  it('given a Telegram token then it serves until told to stop, then stops polling and exits 0', async () => {
    api.script('getUpdates', ok([textMessage({ updateId: 1, chat: privateChat, text: '/help', command: true })]));
    let stop!: () => void;
    const stopRequested = new Promise<void>((resolve) => { stop = resolve; });
    const exit = runBot([], configWith({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api.url }), () => stopRequested);
    for (let waited = 0; api.of('sendMessage').length === 0 && waited < 10_000; waited += 25) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(api.of('sendMessage')).toHaveLength(1);
    stop();
    expect(await exit).toBe(0);
    const polls = api.of('getUpdates').length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.of('getUpdates')).toHaveLength(polls);
  });

  it('given no platform token then it says what to set and exits 2', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runBot([], configWith({}), () => new Promise(() => undefined))).toBe(2);
      expect(stderr.mock.calls.map(([text]) => String(text)).join('')).toContain('TELEGRAM_BOT_TOKEN');
    } finally {
      stderr.mockRestore();
    }
  });

  it('given unexpected arguments then it shows the usage and exits 2', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runBot(['--nope'], configWith({}), () => new Promise(() => undefined))).toBe(2);
      expect(stderr.mock.calls.map(([text]) => String(text)).join('')).toContain('usage: habit-coach bot');
    } finally {
      stderr.mockRestore();
    }
  });
});
