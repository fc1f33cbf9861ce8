// The profile questions shared by onboarding and /settings: language, time zone, coach
// personality and day start. Each asks with buttons and reads a typed or pressed answer.
import type { SettingsInput } from '../../app/users.js';
import { resolveTimeZone } from '../../core/timezone-resolver.js';
import { LANGUAGES, LOCALES, type Locale } from '../../core/languages.js';
import { PERSONALITIES, type Personality, type User } from '../../core/types.js';
import type { Translate } from '../i18n/index.js';
import { entriesOf, languageNamed, wordsOf } from '../i18n/words/index.js';
import type { Button } from '../messages.js';
import { choice, normalizeAnswer, rows } from '../replies.js';

export type ProfileField = 'language' | 'zone' | 'coach' | 'daystart';
export const PROFILE_FIELDS: ProfileField[] = ['language', 'zone', 'coach', 'daystart'];

export type ProfileAnswer =
  | { ok: true; patch: SettingsInput; said: string }
  /** `candidates`: zones the text could mean ("Portland"), offered as buttons. */
  | { ok: false; problem: string; candidates?: string[] };

/** How many candidate zones are offered for an ambiguous place. */
const MAX_ZONE_CANDIDATES = 6;

/** Zone candidates kept in a flow's state between the question and the pressed button. */
export function candidatesOf(data: Record<string, unknown>): string[] {
  const value = data.candidates;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

const PERSONALITY_EMOJI: Record<Personality, string> = { yoda: '🧙', general: '🎖️', mentor: '🧭' };
const DAY_STARTS = [0, 3, 4, 5];
const MIDNIGHT = wordsOf('midnight');

export function personalityLabel(t: Translate, personality: Personality): string {
  return `${PERSONALITY_EMOJI[personality]} ${t(`coach.name.${personality}`)}`;
}

export function dayStartLabel(t: Translate, hour: number): string {
  return hour === 0 ? t('settings.daystart.midnight') : t('settings.daystart.hour', { hour });
}

export function languageLabel(locale: Locale): string {
  return `${LANGUAGES[locale].flag} ${LANGUAGES[locale].displayName}`;
}

/** The languages we speak, by their own names, for "I speak …" ("English, Português, Español"). */
export function languageNames(): string {
  return LOCALES.map((locale) => LANGUAGES[locale].displayName).join(', ');
}

/** The question text for a field, showing the current value. */
export function profileQuestion(t: Translate, user: User, field: ProfileField): string {
  switch (field) {
    case 'language': return t('settings.ask.language');
    case 'zone': return t('settings.ask.zone', { zone: user.timeZone });
    case 'coach': return [t('settings.ask.coach'), ...PERSONALITIES.map((p) => `${personalityLabel(t, p)}: ${t(`coach.about.${p}`)}`)].join('\n');
    case 'daystart': return t('settings.ask.daystart', { current: dayStartLabel(t, user.dayStartHour) });
  }
}

/** Buttons for a field; their values are `<prefix>.<field>.<answer>`. */
export function profileButtons(t: Translate, user: User, field: ProfileField, prefix: string, candidates: string[] = []): Button[] {
  switch (field) {
    case 'language': return LOCALES.map((locale) => choice(languageLabel(locale), `${prefix}.language.${locale}`));
    case 'zone': return [
      ...candidates.map((zone, index) => choice(zone.replace(/_/g, ' '), `${prefix}.zone.c${index}`)),
      choice(t('settings.keep', { value: user.timeZone }), `${prefix}.zone.keep`),
    ];
    case 'coach': return PERSONALITIES.map((p) => choice(personalityLabel(t, p), `${prefix}.coach.${p}`));
    case 'daystart': return DAY_STARTS.map((hour) => choice(dayStartLabel(t, hour), `${prefix}.daystart.${hour}`));
  }
}

export function profileButtonRows(t: Translate, user: User, field: ProfileField, prefix: string, candidates: string[] = []): Button[][] {
  return rows(profileButtons(t, user, field, prefix, candidates), field === 'daystart' ? 4 : field === 'zone' ? 2 : 3);
}

function readLanguage(text: string): Locale | null {
  const answer = normalizeAnswer(text).replace(/^\p{Extended_Pictographic}+\s*/u, '');
  // A language's own name ("español"), its code, or its name in another language we speak.
  return languageNamed(answer) ?? LOCALES.find((locale) => normalizeAnswer(LANGUAGES[locale].displayName) === answer) ?? null;
}

function readPersonality(text: string): Personality | null {
  const answer = normalizeAnswer(text).replace(/^\p{Extended_Pictographic}\uFE0F?\s*/u, '');
  const aliases: Record<string, Personality> = { general: 'general', mentor: 'mentor', yoda: 'yoda', ...entriesOf('personalities') };
  return aliases[answer] ?? (PERSONALITIES as readonly string[]).find((p) => answer.startsWith(p)) as Personality | undefined ?? null;
}

/** "4", "4am", "4h", "04:00", "midnight", "meia-noite" -> 0..23. */
export function readDayStart(text: string): number | null {
  const answer = normalizeAnswer(text);
  if (MIDNIGHT.has(answer) || ['0h', '00:00'].includes(answer)) return 0;
  const match = /^(\d{1,2})(?::00)?\s*(am|a\.m\.|h|hs|horas?)?$/.exec(answer);
  if (!match) return null;
  const hour = Number(match[1]);
  return hour >= 0 && hour <= 23 ? hour : null;
}

/** Reads a typed answer to a field. */
export function readProfileText(t: Translate, field: ProfileField, text: string): ProfileAnswer {
  switch (field) {
    case 'language': {
      const locale = readLanguage(text);
      return locale ? { ok: true, patch: { locale }, said: languageLabel(locale) } : { ok: false, problem: t('settings.bad.language', { languages: languageNames() }) };
    }
    case 'zone': {
      const resolved = resolveTimeZone(text);
      if (resolved.ok) return { ok: true, patch: { timeZone: resolved.zone }, said: resolved.zone };
      const candidates = (resolved.candidates ?? []).slice(0, MAX_ZONE_CANDIDATES);
      if (resolved.error === 'ambiguous' && candidates.length > 0) {
        return { ok: false, problem: t('settings.ambiguous_zone', { text: text.trim() }), candidates };
      }
      return { ok: false, problem: t('settings.bad.zone', { text: text.trim() }) };
    }
    case 'coach': {
      const personality = readPersonality(text);
      return personality ? { ok: true, patch: { personality }, said: personalityLabel(t, personality) } : { ok: false, problem: t('settings.bad.coach') };
    }
    case 'daystart': {
      const hour = readDayStart(text);
      return hour === null ? { ok: false, problem: t('settings.bad.daystart') } : { ok: true, patch: { dayStartHour: hour }, said: dayStartLabel(t, hour) };
    }
  }
}

/** Reads a pressed button's answer (the part after `<prefix>.<field>.`). */
export function readProfileChoice(t: Translate, user: User, field: ProfileField, answer: string, candidates: string[] = []): ProfileAnswer {
  if (field === 'zone' && answer === 'keep') return { ok: true, patch: {}, said: user.timeZone };
  const candidate = field === 'zone' && /^c\d$/.test(answer) ? candidates[Number(answer.slice(1))] : undefined;
  if (field === 'zone' && /^c\d$/.test(answer)) {
    return candidate ? { ok: true, patch: { timeZone: candidate }, said: candidate } : { ok: false, problem: t('flow.stale') };
  }
  return readProfileText(t, field, answer);
}
