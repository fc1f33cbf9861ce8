// Raw gateway payloads, shaped like what Discord sends: interactions (slash commands,
// autocomplete, buttons, modal submits) and direct messages.
import { snowflake } from './fake-discord.js';

export const APPLICATION_ID = '300000000000000003';
export const GUILD_ID = '400000000000000004';
export const GUILD_CHANNEL_ID = '500000000000000005';

export interface Person {
  id: string;
  username: string;
  globalName: string;
  locale: string;
}

export function person(overrides: Partial<Person> = {}): Person {
  return { id: snowflake(), username: 'ana', globalName: 'Ana', locale: 'en-US', ...overrides };
}

function userObject(who: Person) {
  return { id: who.id, username: who.username, global_name: who.globalName, discriminator: '0', avatar: null };
}

export type Place = 'dm' | 'guild';

/** Fields every interaction has, in a DM or in a guild channel. */
function interactionBase(who: Person, place: Place, id = snowflake()) {
  const common = {
    id, application_id: APPLICATION_ID, token: `token-${id}`, version: 1, locale: who.locale,
    app_permissions: '0', entitlements: [], attachment_size_limit: 10_485_760,
  };
  if (place === 'guild') {
    return {
      ...common, guild_id: GUILD_ID, guild_locale: 'en-US', channel_id: GUILD_CHANNEL_ID,
      channel: { id: GUILD_CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'habits' },
      member: { user: userObject(who), roles: [], joined_at: '2025-01-01T00:00:00.000Z', permissions: '0', deaf: false, mute: false, flags: 0 },
      authorizing_integration_owners: { 0: GUILD_ID }, context: 0,
    };
  }
  const dmChannelId = `6${who.id.slice(1)}`;
  return {
    ...common, channel_id: dmChannelId, channel: { id: dmChannelId, type: 1, recipients: [userObject(who)] },
    user: userObject(who), authorizing_integration_owners: { 0: APPLICATION_ID }, context: 1,
  };
}

export interface OptionValue {
  name: string;
  type: 3 | 4 | 5 | 10;
  value: string | number | boolean;
  focused?: boolean;
}

export const str = (name: string, value: string): OptionValue => ({ name, type: 3, value });
export const num = (name: string, value: number): OptionValue => ({ name, type: 10, value });
export const bool = (name: string, value: boolean): OptionValue => ({ name, type: 5, value });

export function slashCommand(who: Person, place: Place, name: string, options: OptionValue[] = [], id?: string) {
  return { ...interactionBase(who, place, id), type: 2, data: { id: snowflake(), name, type: 1, options } };
}

export function autocomplete(who: Person, place: Place, name: string, options: OptionValue[]) {
  return { ...interactionBase(who, place), type: 4, data: { id: snowflake(), name, type: 1, options } };
}

/** A press on a button of a message the bot sent earlier (ephemeral or not). */
export function buttonPress(who: Person, place: Place, customId: string, message: { id?: string; content?: string; ephemeral?: boolean } = {}) {
  const base = interactionBase(who, place);
  return {
    ...base, type: 3,
    data: { custom_id: customId, component_type: 2 },
    message: {
      id: message.id ?? snowflake(), channel_id: base.channel_id, author: { id: '100000000000000001', username: 'habit-coach', discriminator: '0', bot: true },
      content: message.content ?? '', timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false,
      mentions: [], mention_roles: [], attachments: [], embeds: [], pinned: false, type: 0, flags: message.ephemeral ? 64 : 0,
      components: [{ type: 1, components: [{ type: 2, style: 2, label: 'x', custom_id: customId }] }],
    },
  };
}

/** A submitted modal whose text inputs sit in labels (Discord's current modal layout). */
export function modalSubmit(who: Person, place: Place, customId: string, fields: Record<string, string>) {
  return {
    ...interactionBase(who, place), type: 5,
    data: {
      custom_id: customId,
      components: Object.entries(fields).map(([field, value], index) => ({
        type: 18, id: index + 1, component: { type: 4, id: index + 10, custom_id: field, value },
      })),
    },
  };
}

/** A MESSAGE_CREATE in the bot's DM with this person. */
export function directMessage(who: Person, content: string, options: { id?: string; attachments?: unknown[] } = {}) {
  return {
    id: options.id ?? snowflake(), channel_id: `6${who.id.slice(1)}`, channel_type: 1, author: userObject(who), content,
    timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [],
    mention_roles: [], attachments: options.attachments ?? [], embeds: [], pinned: false, type: 0, flags: 0,
  };
}

/** A MESSAGE_CREATE in a guild channel: the bot never reads these. */
export function guildMessage(who: Person, content: string) {
  return { ...directMessage(who, content), channel_id: GUILD_CHANNEL_ID, guild_id: GUILD_ID, channel_type: 0, member: { roles: [], joined_at: '2025-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 } };
}
