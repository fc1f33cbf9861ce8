// Reading recorded Discord REST calls the way a reviewer thinks of them.
import { InteractionResponseType } from 'discord.js';
import type { RecordedCall } from './fake-discord.js';

const EPHEMERAL = 64;

const CALLBACK_NAMES: Partial<Record<number, string>> = {
  [InteractionResponseType.ChannelMessageWithSource]: 'reply',
  [InteractionResponseType.DeferredChannelMessageWithSource]: 'defer reply',
  [InteractionResponseType.DeferredMessageUpdate]: 'defer update',
  [InteractionResponseType.UpdateMessage]: 'update',
  [InteractionResponseType.ApplicationCommandAutocompleteResult]: 'autocomplete',
  [InteractionResponseType.Modal]: 'modal',
};

function ephemeral(flags: unknown): string {
  return typeof flags === 'number' && (flags & EPHEMERAL) !== 0 ? ' (ephemeral)' : '';
}

/** "defer reply (ephemeral)", "edit original", "follow-up (ephemeral)", "send to DM 7..."... */
export function describeCall(call: RecordedCall): string {
  if (call.method === 'POST' && call.path.endsWith('/callback')) {
    const type = call.body.type as number;
    return `${CALLBACK_NAMES[type] ?? `callback ${type}`}${ephemeral(call.body.data?.flags)}`;
  }
  if (call.method === 'PATCH' && call.path.endsWith('/messages/@original')) return 'edit original';
  if (call.method === 'DELETE' && call.path.endsWith('/messages/@original')) return 'delete original';
  if (call.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(call.path)) return `follow-up${ephemeral(call.body.flags)}`;
  if (call.method === 'POST' && /^\/channels\/\d+\/messages$/.test(call.path)) return `send to ${call.path.split('/')[2]}`;
  return `${call.method} ${call.path}`;
}

export const describeCalls = (calls: RecordedCall[]): string[] => calls.map(describeCall);

/** The text Discord was asked to show, from every message-bearing call. */
export function shownTexts(calls: RecordedCall[]): string[] {
  return calls.map((call) => (call.path.endsWith('/callback') ? call.body.data?.content : call.body?.content) as unknown)
    .filter((text): text is string => typeof text === 'string');
}

export interface ShownButton {
  label: string;
  customId: string;
  style: number;
}

/** Buttons of one call's message, row by row. */
export function buttonsOf(call: RecordedCall | undefined): ShownButton[][] {
  const components = (call?.body?.components ?? []) as { components: { label: string; custom_id: string; style: number }[] }[];
  return components.map((row) => row.components.map((button) => ({ label: button.label, customId: button.custom_id, style: button.style })));
}
