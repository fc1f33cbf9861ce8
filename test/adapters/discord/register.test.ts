// Registering the slash commands: one bulk overwrite, to a guild or globally, carrying
// exactly the command definitions.
import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { slashCommandPayloads } from '../../../src/adapters/discord/commands.js';
import { registerSlashCommands } from '../../../src/adapters/discord/register.js';
import { FakeDiscordApi } from './fake-discord.js';
import { APPLICATION_ID, GUILD_ID } from './payloads.js';

let api: FakeDiscordApi;
beforeEach(() => { api = new FakeDiscordApi().install(); });
afterEach(async () => { await api.uninstall(); });

const rest = () => new REST({ version: '10' }).setToken('test-token');

describe('registerSlashCommands', () => {
  test('given a guild, then the definitions are PUT to that guild\'s commands, once', async () => {
    const result = await registerSlashCommands({ rest: rest(), applicationId: APPLICATION_ID, guildId: GUILD_ID });
    const calls = await api.settled();
    expect(calls.map(({ method, path }) => `${method} ${path}`)).toEqual([`PUT /applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`]);
    expect(calls[0]!.body).toEqual(JSON.parse(JSON.stringify(slashCommandPayloads())));
    expect(result).toEqual({ scope: 'guild', names: slashCommandPayloads().map((command) => command.name) });
  });

  test('given no guild, then they are registered globally', async () => {
    const result = await registerSlashCommands({ rest: rest(), applicationId: APPLICATION_ID });
    const calls = await api.settled();
    expect(calls.map(({ method, path }) => `${method} ${path}`)).toEqual([`PUT /applications/${APPLICATION_ID}/commands`]);
    expect(result.scope).toBe('global');
    expect(result.names).toHaveLength(26);
  });

  test('given Discord refuses the payload, then the error reaches the caller', async () => {
    api.fail('PUT', /commands$/, 400, { message: 'Invalid Form Body', code: 50035 });
    await expect(registerSlashCommands({ rest: rest(), applicationId: APPLICATION_ID })).rejects.toThrow(/Invalid Form Body/);
  });
});
