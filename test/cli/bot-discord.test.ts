// `habit-coach bot` serves Discord when DISCORD_TOKEN is set, and only then.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PLATFORMS } from '../../src/cli/bot.js';
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
