// The registration payload, read against the command definitions: what Discord is told
// is exactly what the adapter handles, in English, Brazilian Portuguese and Spanish (es-ES and es-419).
import { ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { COMMAND_NAMES, COMMAND_TEXTS, OPTION_TEXTS } from '../../../src/adapters/discord/command-texts.js';
import { COMMAND_OPTIONS, STATS_COMMANDS, slashCommandPayloads } from '../../../src/adapters/discord/commands.js';

const payloads = slashCommandPayloads();
const byName = new Map(payloads.map((payload) => [payload.name, payload]));
// Discord's rules for names (lowercase; letters, digits, - and _; 1-32) and descriptions (1-100).
const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;
/** What Discord is told for a localized text: pt-BR for Portuguese, es-ES and es-419 for Spanish. */
const localized = (text: { 'pt-BR': string; es: string }) => ({ 'pt-BR': text['pt-BR'], 'es-ES': text.es, 'es-419': text.es });
const DISCORD_LOCALES = ['pt-BR', 'es-ES', 'es-419'] as const;

describe('the slash commands registered with Discord', () => {
  test('are the twenty-six: the fourteen the issue asks for, /review, /import (which takes the export file) and the ten of accountability groups, each a chat-input command', () => {
    expect(payloads.map((payload) => payload.name)).toEqual([
      'log', 'new', 'habits', 'today', 'stats', 'streaks', 'week', 'goals', 'review', 'pause', 'settings', 'coach', 'export', 'import', 'delete', 'link',
      'group', 'join', 'leave', 'members', 'leaderboard', 'partner', 'share', 'unshare', 'commit', 'remove',
    ]);
    for (const payload of payloads) expect(payload.type).toBe(1);
  });

  test('given each command, then its names and descriptions are localized for en, pt-BR, es-ES and es-419', () => {
    for (const name of COMMAND_NAMES) {
      const payload = byName.get(name)!;
      expect(payload.name).toBe(COMMAND_TEXTS[name].name.en);
      expect(payload.description).toBe(COMMAND_TEXTS[name].description.en);
      expect(payload.name_localizations).toEqual(localized(COMMAND_TEXTS[name].name));
      expect(payload.description_localizations).toEqual(localized(COMMAND_TEXTS[name].description));
      for (const locale of DISCORD_LOCALES) {
        expect(payload.name_localizations![locale]).toMatch(NAME);
        expect(payload.description_localizations![locale]!.length).toBeLessThanOrEqual(100);
      }
      expect(payload.description.length).toBeLessThanOrEqual(100);
    }
  });

  test('given Spanish clients, then /nuevo, /hoy, /pausar, /metas and /semana are what they see', () => {
    const spanish = (name: string) => byName.get(name)!.name_localizations!['es-419'];
    expect(['new', 'today', 'pause', 'goals', 'week', 'streaks', 'stats'].map(spanish)).toEqual(['nuevo', 'hoy', 'pausar', 'metas', 'semana', 'rachas', 'estadisticas']);
  });

  test('given the names in each language, then no two commands share one', () => {
    for (const locale of DISCORD_LOCALES) {
      const names = payloads.map((payload) => payload.name_localizations![locale]);
      expect({ locale, unique: new Set(names).size }).toEqual({ locale, unique: names.length });
    }
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
        expect(option.name_localizations).toEqual(localized(OPTION_TEXTS[spec.name].name));
        expect(option.description_localizations).toEqual(localized(OPTION_TEXTS[spec.name].description));
        for (const locale of DISCORD_LOCALES) expect(option.name_localizations![locale]).toMatch(NAME);
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
    expect([...STATS_COMMANDS]).toEqual(['stats', 'streaks', 'week', 'leaderboard']);
  });

  test('/new has no options: it opens a form', () => {
    expect(byName.get('new')!.options ?? []).toEqual([]);
  });
});
