// The slash commands, built with discord.js builders. Each maps to text the conversation
// already understands (see inbound.ts), so Discord adds a richer surface and no new behaviour.
import {
  ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody, type SlashCommandOptionsOnlyBuilder,
} from 'discord.js';
import { LANGUAGES, LOCALES } from '../../core/languages.js';
import { COMMAND_NAMES, COMMAND_TEXTS, OPTION_TEXTS, type CommandName, type LocalizedText, type NameAndDescription, type OptionName } from './command-texts.js';

type OptionKind = 'string' | 'number' | 'boolean' | 'attachment';

export interface OptionSpec {
  name: OptionName;
  kind: OptionKind;
  required?: boolean;
  autocomplete?: boolean;
  maxLength?: number;
}

/** Options of each command, in the order their values are appended to the text command. */
export const COMMAND_OPTIONS: Record<CommandName, OptionSpec[]> = {
  log: [
    { name: 'habit', kind: 'string', required: true, autocomplete: true, maxLength: 100 },
    { name: 'quantity', kind: 'number' },
    { name: 'date', kind: 'string', maxLength: 40 },
  ],
  new: [],
  habits: [],
  today: [],
  stats: [
    { name: 'habit', kind: 'string', autocomplete: true, maxLength: 100 },
    { name: 'share', kind: 'boolean' },
  ],
  streaks: [{ name: 'share', kind: 'boolean' }],
  week: [{ name: 'share', kind: 'boolean' }],
  goals: [],
  review: [],
  pause: [
    { name: 'habit', kind: 'string', autocomplete: true, maxLength: 100 },
    { name: 'until', kind: 'string', maxLength: 40 },
  ],
  settings: [],
  coach: [],
  export: [],
  import: [{ name: 'file', kind: 'attachment', required: true }],
  delete: [],
  link: [{ name: 'code', kind: 'string', maxLength: 32 }],
  group: [{ name: 'text', kind: 'string', maxLength: 200 }],
  join: [],
  leave: [],
  members: [],
  partner: [{ name: 'text', kind: 'string', maxLength: 200 }],
  leaderboard: [{ name: 'period', kind: 'string', maxLength: 20 }, { name: 'share', kind: 'boolean' }],
  share: [{ name: 'habit', kind: 'string', autocomplete: true, maxLength: 100 }],
  unshare: [{ name: 'habit', kind: 'string', autocomplete: true, maxLength: 100 }],
  commit: [{ name: 'text', kind: 'string', maxLength: 200 }],
  remove: [{ name: 'member', kind: 'string', required: true, maxLength: 100 }],
};

/** A group's commands answer the whole channel: the card with its Join button, commitments with Adopt. */
export const GROUP_COMMANDS: ReadonlySet<CommandName> = new Set<CommandName>(['group', 'join', 'leave', 'members', 'share', 'unshare', 'commit', 'remove', 'partner']);

/** Commands that show the person's numbers: private in a channel unless `share:true`. */
export const STATS_COMMANDS: ReadonlySet<CommandName> = new Set<CommandName>(['stats', 'streaks', 'week', 'leaderboard']);

interface Localizable {
  setName(name: string): unknown;
  setNameLocalizations(map: Record<string, string>): unknown;
  setDescription(description: string): unknown;
  setDescriptionLocalizations(map: Record<string, string>): unknown;
}

/** Each language's text under every Discord locale the registry gives it ('es' -> es-ES and es-419). */
function discordLocalizations(text: LocalizedText): Record<string, string> {
  return Object.fromEntries(LOCALES.flatMap((locale) => LANGUAGES[locale].discordLocales.map((discordLocale) => [discordLocale, text[locale]])));
}

function localize(target: Localizable, texts: NameAndDescription): void {
  target.setName(texts.name.en);
  target.setNameLocalizations(discordLocalizations(texts.name));
  target.setDescription(texts.description.en);
  target.setDescriptionLocalizations(discordLocalizations(texts.description));
}

function addOption(builder: SlashCommandOptionsOnlyBuilder, spec: OptionSpec): SlashCommandOptionsOnlyBuilder {
  const texts = OPTION_TEXTS[spec.name];
  const required = spec.required ?? false;
  switch (spec.kind) {
    case 'string':
      return builder.addStringOption((option) => {
        localize(option, texts);
        option.setRequired(required).setAutocomplete(spec.autocomplete ?? false);
        if (spec.maxLength) option.setMaxLength(spec.maxLength);
        return option;
      });
    case 'number':
      return builder.addNumberOption((option) => {
        localize(option, texts);
        return option.setRequired(required).setMinValue(0);
      });
    case 'boolean':
      return builder.addBooleanOption((option) => {
        localize(option, texts);
        return option.setRequired(required);
      });
    case 'attachment':
      return builder.addAttachmentOption((option) => {
        localize(option, texts);
        return option.setRequired(required);
      });
  }
}

export function buildSlashCommand(name: CommandName): SlashCommandOptionsOnlyBuilder {
  const builder = new SlashCommandBuilder();
  localize(builder, COMMAND_TEXTS[name]);
  builder
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
  return COMMAND_OPTIONS[name].reduce<SlashCommandOptionsOnlyBuilder>(addOption, builder);
}

/** The JSON Discord's "bulk overwrite application commands" endpoint takes. */
export function slashCommandPayloads(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return COMMAND_NAMES.map((name) => buildSlashCommand(name).toJSON());
}

export function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}
