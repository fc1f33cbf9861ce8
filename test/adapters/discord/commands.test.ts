// The registration payload, read against the command definitions: what Discord is told
// is exactly what the adapter handles, in English and Brazilian Portuguese.
import { ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { COMMAND_NAMES, COMMAND_TEXTS, OPTION_TEXTS } from '../../../src/adapters/discord/command-texts.js';
import { COMMAND_OPTIONS, STATS_COMMANDS, slashCommandPayloads } from '../../../src/adapters/discord/commands.js';

const payloads = slashCommandPayloads();
const byName = new Map(payloads.map((payload) => [payload.name, payload]));
// Discord's rules for names (lowercase; letters, digits, - and _; 1-32) and descriptions (1-100).
const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

describe('the slash commands registered with Discord', () => {
  test('are the sixteen: the fourteen the issue asks for, /review and /import (which takes the export file), each a chat-input command', () => {
    expect(payloads.map((payload) => payload.name)).toEqual([
      'log', 'new', 'habits', 'today', 'stats', 'streaks', 'week', 'goals', 'review', 'pause', 'settings', 'coach', 'export', 'import', 'delete', 'link',
    ]);
    for (const payload of payloads) expect(payload.type).toBe(1);
  });

  test('given each command, then its names and descriptions are localized for en and pt-BR', () => {
    for (const name of COMMAND_NAMES) {
      const payload = byName.get(name)!;
      expect(payload.name).toBe(COMMAND_TEXTS[name].name.en);
      expect(payload.description).toBe(COMMAND_TEXTS[name].description.en);
      expect(payload.name_localizations).toEqual({ 'pt-BR': COMMAND_TEXTS[name].name['pt-BR'] });
      expect(payload.description_localizations).toEqual({ 'pt-BR': COMMAND_TEXTS[name].description['pt-BR'] });
      for (const text of [payload.name, payload.name_localizations!['pt-BR']!]) expect(text).toMatch(NAME);
      for (const text of [payload.description, payload.description_localizations!['pt-BR']!]) expect(text.length).toBeLessThanOrEqual(100);
    }
  });

  test('given pt-BR names, then no two commands share one', () => {
    const names = payloads.map((payload) => payload.name_localizations!['pt-BR']);
    expect(new Set(names).size).toBe(names.length);
  });

  test('they work in servers and in direct messages with the bot, for a server install', () => {
    for (const payload of payloads) {
      expect(payload.contexts).toEqual([0, 1]); // Guild, BotDM
      expect(payload.integration_types).toEqual([0]); // GuildInstall
    }
  });

  test('given each command, then its options match the definitions, localized too', () => {
    for (const name of COMMAND_NAMES) {
      const options = byName.get(name)!.options ?? [];
      expect(options.map((option) => option.name)).toEqual(COMMAND_OPTIONS[name].map((spec) => spec.name));
      for (const [index, spec] of COMMAND_OPTIONS[name].entries()) {
        const option = options[index]!;
        expect(option.type).toBe({ string: 3, number: 10, boolean: 5, attachment: 11 }[spec.kind]);
        expect(option.required ?? false).toBe(spec.required ?? false);
        expect(option.name_localizations).toEqual({ 'pt-BR': OPTION_TEXTS[spec.name].name['pt-BR'] });
        expect(option.description_localizations).toEqual({ 'pt-BR': OPTION_TEXTS[spec.name].description['pt-BR'] });
        expect(option.name_localizations!['pt-BR']).toMatch(NAME);
      }
    }
  });

  test('/log takes a habit (required, autocompleted from the person\'s habits), a quantity and a date', () => {
    expect(byName.get('log')!.options).toMatchObject([
      { name: 'habit', type: 3, required: true, autocomplete: true, max_length: 100 },
      { name: 'quantity', type: 10, required: false, min_value: 0 },
      { name: 'date', type: 3, required: false },
    ]);
  });

  test('the stats commands can be shared to the channel with share:true; nothing else has share', () => {
    for (const payload of payloads) {
      const hasShare = (payload.options ?? []).some((option) => option.name === 'share' && option.type === ApplicationCommandOptionType.Boolean);
      expect(hasShare, payload.name).toBe(STATS_COMMANDS.has(payload.name as never));
    }
    expect([...STATS_COMMANDS]).toEqual(['stats', 'streaks', 'week']);
  });

  test('/new has no options: it opens a form', () => {
    expect(byName.get('new')!.options ?? []).toEqual([]);
  });
});
