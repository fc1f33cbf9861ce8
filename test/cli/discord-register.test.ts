// `habit-coach discord:register [--guild ID | --global]`.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { readRegisterArgs, runDiscordRegister } from '../../src/cli/discord-register.js';
import { FakeDiscordApi } from '../adapters/discord/fake-discord.js';

const APP = '300000000000000003';
let api: FakeDiscordApi;
let out: string;
let err: string;

beforeEach(() => {
  api = new FakeDiscordApi().install();
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out += String(chunk); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { err += String(chunk); return true; });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await api.uninstall();
});

const config = (env: Record<string, string> = {}) => loadConfig({ DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: APP, ...env });

describe('discord:register', () => {
  test('given --guild ID, then the commands go to that guild and it says so', async () => {
    expect(await runDiscordRegister(['--guild', '123456789012345678'], config())).toBe(0);
    expect((await api.settled()).map((call) => call.path)).toEqual([`/applications/${APP}/guilds/123456789012345678/commands`]);
    expect(out).toMatch(/^registered 26 commands guild 123456789012345678: log, new, habits/);
  });

  test('given no flag and DISCORD_DEV_GUILD_ID, then the dev guild is used; --global overrides it', async () => {
    expect(await runDiscordRegister([], config({ DISCORD_DEV_GUILD_ID: '222222222222222222' }))).toBe(0);
    expect(await runDiscordRegister(['--global'], config({ DISCORD_DEV_GUILD_ID: '222222222222222222' }))).toBe(0);
    expect((await api.settled()).map((call) => call.path)).toEqual([
      `/applications/${APP}/guilds/222222222222222222/commands`,
      `/applications/${APP}/commands`,
    ]);
    expect(out).toContain('globally');
  });

  test('given no token or application id, then it explains and registers nothing', async () => {
    expect(await runDiscordRegister([], loadConfig({}))).toBe(2);
    expect(err).toContain('DISCORD_TOKEN and DISCORD_APPLICATION_ID');
    expect(api.calls).toEqual([]);
  });

  test('given bad arguments, then it shows usage and registers nothing', async () => {
    expect(await runDiscordRegister(['--guild', 'abc'], config())).toBe(2);
    expect(await runDiscordRegister(['--guld', '1'], config())).toBe(2);
    expect(err).toContain('usage: habit-coach discord:register');
    expect(api.calls).toEqual([]);
    expect(readRegisterArgs(['--guild', '1234567', '--global'])).toEqual({ error: 'choose --guild ID or --global, not both' });
  });

  test('given Discord refuses, then it exits 1 with the reason', async () => {
    api.fail('PUT', /commands$/, 401, { message: '401: Unauthorized', code: 0 });
    expect(await runDiscordRegister(['--global'], config())).toBe(1);
    expect(err).toContain('Unauthorized');
  });
});
