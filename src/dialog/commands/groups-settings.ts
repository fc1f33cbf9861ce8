// "/group settings": shows a group's settings; "/group settings recap sun 18:00" (zone, week,
// language, coach, proof, recap, name) changes one. Only the chat's admins change them, and a
// value that does not read changes nothing.
import { updateGroupSettings, type GroupSettingsInput } from '../../app/groups.js';
import type { Group } from '../../app/group-ports.js';
import { LANGUAGES, LOCALES, type Locale } from '../../core/languages.js';
import { PERSONALITIES, type Personality, type Weekday } from '../../core/types.js';
import { resolveTimeZone } from '../../core/timezone-resolver.js';
import { weekdayName } from '../format.js';
import { DIALOG_WORDS, entriesOf } from '../i18n/words/index.js';
import type { Reply } from '../messages.js';
import { normalizeAnswer, reply } from '../replies.js';
import type { Turn } from '../turn.js';
import { chatOf, groupT, isChatAdmin } from './groups-common.js';

export type GroupSettingKey = 'zone' | 'week' | 'language' | 'coach' | 'proof' | 'recap' | 'name';

const SETTING_KEYS = entriesOf('groupSettingKeys');
const WEEKDAYS = entriesOf('weekdays');
const PERSONALITY_WORDS = entriesOf('personalities');

function readLocale(text: string): Locale | null {
  const wanted = normalizeAnswer(text);
  return LOCALES.find((locale) => locale.toLowerCase() === wanted || DIALOG_WORDS[locale].languageNames.includes(wanted)) ?? null;
}

function readPersonality(text: string): Personality | null {
  const wanted = normalizeAnswer(text);
  return PERSONALITIES.find((name) => name === wanted) ?? PERSONALITY_WORDS[wanted] ?? null;
}

/** "sun 18:00", "domingo 18h": a weekday and a time of day. */
function readSlot(text: string): { day: Weekday; time: string } | null {
  const match = /^(\S+)\s+(?:at\s+|as\s+|a\s+las\s+)?(\d{1,2})(?:[:h](\d{2}))?h?$/i.exec(normalizeAnswer(text));
  if (!match) return null;
  const day = WEEKDAYS[match[1]!];
  const hour = Number(match[2]);
  const minute = Number(match[3] ?? '0');
  if (!day || hour > 23 || minute > 59) return null;
  return { day, time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}

/** The patch a typed setting asks for; null when the value does not read, 'zone' when the zone is unknown. */
function readSetting(key: GroupSettingKey, value: string): GroupSettingsInput | null {
  switch (key) {
    case 'zone': {
      const zone = resolveTimeZone(value);
      return zone.ok ? { timeZone: zone.zone } : null;
    }
    case 'week': {
      const day = WEEKDAYS[normalizeAnswer(value)];
      return day === 1 || day === 7 ? { weekStart: day } : null;
    }
    case 'language': {
      const locale = readLocale(value);
      return locale ? { locale } : null;
    }
    case 'coach': {
      const personality = readPersonality(value);
      return personality ? { personality } : null;
    }
    case 'proof':
    case 'recap': {
      const slot = readSlot(value);
      if (!slot) return null;
      return key === 'proof' ? { proofDay: slot.day, proofTime: slot.time } : { recapDay: slot.day, recapTime: slot.time };
    }
    case 'name':
      return value.trim() ? { name: value.trim() } : null;
  }
}

/** The settings, for everyone in the chat: in the group's language (a new language shows itself at once). */
export function settingsText(group: Group): string {
  const t = groupT(group);
  const locale = group.locale;
  return t('group.settings.show', {
    name: group.name,
    zone: group.timeZone,
    week: weekdayName(locale, group.weekStart, 'long'),
    language: LANGUAGES[group.locale].displayName,
    coach: t(`coach.name.${group.personality}`),
    proof: `${weekdayName(locale, group.proofDay, 'long')} ${group.proofTime}`,
    recap: `${weekdayName(locale, group.recapDay, 'long')} ${group.recapTime}`,
  });
}

export async function groupSettingsCommand(turn: Turn, args: string): Promise<Reply[]> {
  const { t } = turn;
  const group = await turn.repos.groups.findByChat(chatOf(turn));
  if (!group) return [reply(t('group.no_group'))];
  const [first = '', ...rest] = args.trim().split(/\s+/);
  if (first === '') return [reply(settingsText(group))];
  // The refusal comes before the value is even read: a non-admin learns nothing else and changes nothing.
  if (!(await isChatAdmin(turn))) return [reply(t('group.settings.not_admin'))];
  const key = SETTING_KEYS[normalizeAnswer(first)];
  const value = rest.join(' ');
  const patch = key ? readSetting(key, value) : null;
  if (!patch) return [reply(key === 'zone' ? t('group.settings.bad_zone', { text: value }) : t('group.settings.bad'))];
  const outcome = await updateGroupSettings(turn.app, { isAdmin: true }, group.id, patch);
  if (!outcome.ok) return [reply(outcome.error === 'not_admin' ? t('group.settings.not_admin') : t('group.settings.bad'))];
  return [reply(`${groupT(outcome.group)('group.settings.saved')}\n${settingsText(outcome.group)}`)];
}
