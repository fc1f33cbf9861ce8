// The one place a language is declared: its code, name, the platform hints that pick it and
// how its dates read. Core needs only these facts; the words people type and read live with the
// dialog (src/dialog/i18n/languages.ts and the message catalogs). Adding a language is a new
// entry here, a catalog, a word list and prompts: no logic file switches on a language code.

export const LOCALES = ['en', 'pt-BR', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export interface Language {
  code: Locale;
  /** The language's name in itself, as a person picks it ("Español"). */
  displayName: string;
  flag: string;
  /**
   * The primary subtags of platform locale hints that mean this language: Telegram sends
   * 'es' or 'es-MX', Discord 'es-ES' or 'es-419', a terminal 'es_AR.UTF-8'.
   */
  hintPrefixes: readonly string[];
  /** The locale Intl and luxon format numbers, weekdays and months with. */
  formatLocale: string;
  /** A date without the year, as a luxon pattern ("Fri 27 Nov", "vie 27 de nov"). */
  shortDate: string;
  /** The same date with its year, for dates outside the current year ("Mon 1 Jan 2024"). */
  shortDateWithYear: string;
  /** True when "3/4" means the 3rd of April (day first), false for April 3rd. */
  dayFirstDates: boolean;
  /** The zone a new person starts in until onboarding asks (when the deployment sets none). */
  defaultTimeZone: string;
  /** Telegram's language_code for the localized command menu; undefined for the default menu. */
  telegramCode?: string;
  /** Discord's locales that get this language's command names (Discord has no plain 'es'). */
  discordLocales: readonly string[];
}

export const LANGUAGES: Record<Locale, Language> = {
  en: {
    code: 'en', displayName: 'English', flag: '🇬🇧', hintPrefixes: ['en'], formatLocale: 'en', shortDate: 'ccc d LLL', shortDateWithYear: 'ccc d LLL yyyy',
    dayFirstDates: false, defaultTimeZone: 'UTC', discordLocales: [],
  },
  'pt-BR': {
    code: 'pt-BR', displayName: 'Português', flag: '🇧🇷', hintPrefixes: ['pt'], formatLocale: 'pt-BR', shortDate: "ccc d 'de' LLL", shortDateWithYear: "ccc d 'de' LLL 'de' yyyy",
    dayFirstDates: true, defaultTimeZone: 'America/Sao_Paulo', telegramCode: 'pt', discordLocales: ['pt-BR'],
  },
  // Latin-American Spanish first: 'es-419' formats numbers and dates the way most Spanish
  // speakers on these platforms read them; Mexico City is the largest Spanish-speaking zone.
  es: {
    code: 'es', displayName: 'Español', flag: '🇪🇸', hintPrefixes: ['es'], formatLocale: 'es-419', shortDate: "ccc d 'de' LLL", shortDateWithYear: "ccc d 'de' LLL 'de' yyyy",
    dayFirstDates: true, defaultTimeZone: 'America/Mexico_City', telegramCode: 'es', discordLocales: ['es-ES', 'es-419'],
  },
};

export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The language a platform hint names ('pt', 'pt_BR.UTF-8', 'es-419', 'en-US'), or null when it
 * names none we speak. An exact code ('pt-BR', 'es') is matched first.
 */
export function localeFromHint(hint: string | undefined | null): Locale | null {
  const trimmed = hint?.trim();
  if (!trimmed) return null;
  if (isLocale(trimmed)) return trimmed;
  const primary = trimmed.split(/[-_.@]/)[0]!.toLowerCase();
  return LOCALES.find((code) => LANGUAGES[code].hintPrefixes.includes(primary)) ?? null;
}
