// `habit-coach bot` serves Discord when DISCORD_TOKEN is set, and only then; `--shards` runs it
// through discord.js's ShardingManager.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { botArguments, platformsFor, PLATFORMS, runBot } from '../../src/cli/bot.js';
import type { Runtime } from '../../src/cli/runtime.js';
import { loadConfig } from '../../src/config.js';
import { FakeDiscordApi } from '../adapters/discord/fake-discord.js';
import { recordingLogger, type LogLine } from '../adapters/discord/harness.js';

let api: FakeDiscordApi;
let logs: LogLine[];
beforeEach(() => { api = new FakeDiscordApi().install(); logs = []; });
afterEach(async () => { await api.uninstall(); });

/** Only what starting the Discord platform reads from a runtime. */
function runtimeWith(env: Record<string, string>): Runtime {
  return {
    config: loadConfig(env),
    logger: recordingLogger(logs),
    conversation: { handle: () => Promise.resolve([]) },
    repos: {},
    app: {},
  } as unknown as Runtime;
}

describe('the Discord platform of `habit-coach bot`', () => {
  test('given no DISCORD_TOKEN, then it does not start (and discord.js is never asked)', async () => {
    expect(await PLATFORMS.discord!(runtimeWith({}))).toBeNull();
    expect(api.calls).toEqual([]);
  });

  test('given a token Discord refuses, then starting fails with the reason and nothing is left running', async () => {
    api.fail('GET', /^\/gateway\/bot$/, 401, { message: '401: Unauthorized', code: 0 });
    await expect(PLATFORMS.discord!(runtimeWith({ DISCORD_TOKEN: 'not-a-real-token' }))).rejects.toThrow(/token/i);
    expect(api.calls.map(({ method, path }) => `${method} ${path}`)).toEqual(['GET /gateway/bot']);
  });
});

describe('`habit-coach bot --shards`', () => {
  test('given --shards auto, 2 or --shards=3, then it is read as that shard count', async () => {
    expect(await botArguments(['--shards', 'auto'])).toEqual({ shards: 'auto' });
    expect(await botArguments(['--shards', '2'])).toEqual({ shards: 2 });
    expect(await botArguments(['--shards=3'])).toEqual({ shards: 3 });
    expect(await botArguments([])).toEqual({});
  });

  test('given --shards 0, a word, or no value, then it says what it takes and exits 2 without starting', async () => {
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { errors.push(String(chunk)); return true; });
    try {
      for (const args of [['--shards', '0'], ['--shards', 'many'], ['--shards']]) expect(await runBot(args, loadConfig({ DISCORD_TOKEN: 'x' }))).toBe(2);
      expect(errors.join('')).toContain('--shards takes auto or a whole number');
      expect(await runBot(['--shards', '2'], loadConfig({}))).toBe(2);
      expect(errors.join('')).toContain('--shards needs DISCORD_TOKEN');
    } finally {
      vi.restoreAllMocks();
    }
    expect(api.calls).toEqual([]);
  });

  test('given a shard process (the manager\'s environment), then it serves only its Discord shard; the parent serves Telegram and the shards', async () => {
    expect(Object.keys(await platformsFor(undefined, { SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' }))).toEqual(['discord']);
    expect(Object.keys(await platformsFor(2, {}))).toEqual(['telegram', 'discord']);
    expect(await platformsFor(undefined, {})).toBe(PLATFORMS);
  });
});
