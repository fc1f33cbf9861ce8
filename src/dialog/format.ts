// Turns data into the words people read: dates relative to their today, quantities with
// units, frequencies, habit labels. Everything goes through the translator.
import { DateTime } from 'luxon';
import { daysBetween } from '../app/log-rules.js';
import { LANGUAGES } from '../core/languages.js';
import type { Frequency, Habit, LocalDate, Locale, Weekday } from '../core/types.js';
import type { Translate } from './i18n/index.js';
import { wordsOf } from './i18n/words/index.js';

export function habitLabel(habit: Pick<Habit, 'name' | 'emoji'>): string {
  return habit.emoji ? `${habit.emoji} ${habit.name}` : habit.name;
}

// Building an Intl.NumberFormat costs far more than formatting with one (it was a visible share of
// every logged message), so one formatter per locale and style is kept and reused. They are
// immutable, and the locales are a closed set, so the caches stay tiny.
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const moneyFormats = new Map<Locale, Intl.NumberFormat>();
const percentFormats = new Map<Locale, Intl.NumberFormat>();

/** Units that are money, in every language: an amount in them has cents ("108,70 reais", not "108,7"). */
const MONEY_UNITS = wordsOf('moneyUnits');

function cachedFormat(cache: Map<Locale, Intl.NumberFormat>, locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(LANGUAGES[locale].formatLocale, options);
    cache.set(locale, format);
  }
  return format;
}

export function formatNumber(value: number, locale: Locale): string {
  return cachedFormat(numberFormats, locale, { maximumFractionDigits: 2 }).format(value);
}

export function formatQuantity(quantity: number, unit: string | null | undefined, locale: Locale): string {
  if (!unit) return formatNumber(quantity, locale);
  const money = MONEY_UNITS.has(unit.trim().toLocaleLowerCase()) && !Number.isInteger(quantity);
  const number = money ? cachedFormat(moneyFormats, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(quantity) : formatNumber(quantity, locale);
  return `${number} ${unit}`;
}

/** Luxon's Portuguese and Spanish short names end in a dot ("sex.", "nov."): text after them would read "sex..". */
function withoutAbbreviationDots(text: string): string {
  return text.replace(/(\p{L})\./gu, '$1');
}

/** "today", "yesterday", "Monday" (within the week), "Mon 16 Nov", or "Mon 1 Jan 2024" outside this year. */
export function formatDay(t: Translate, locale: Locale, date: LocalDate, today: LocalDate): string {
  const ago = daysBetween(date, today);
  if (ago === 0) return t('date.today');
  if (ago === 1) return t('date.yesterday');
  return ago > 1 && ago < 7 ? DateTime.fromISO(date, { locale: LANGUAGES[locale].formatLocale }).toFormat('cccc') : formatDate(locale, date, today);
}

/** A calendar date without "today": "Fri 27 Nov"; with the year when it is not `today`'s year ("Mon 1 Jan 2024"). */
export function formatDate(locale: Locale, date: LocalDate, today?: LocalDate): string {
  const withYear = today !== undefined && date.slice(0, 4) !== today.slice(0, 4);
  const language = LANGUAGES[locale];
  return withoutAbbreviationDots(DateTime.fromISO(date, { locale: language.formatLocale }).toFormat(withYear ? language.shortDateWithYear : language.shortDate));
}

export function weekdayName(locale: Locale, day: Weekday, style: 'short' | 'long' = 'short'): string {
  return withoutAbbreviationDots(DateTime.fromObject({ weekday: day }, { locale: LANGUAGES[locale].formatLocale }).toFormat(style === 'short' ? 'ccc' : 'cccc'));
}

export function formatFrequency(t: Translate, locale: Locale, frequency: Frequency): string {
  switch (frequency.kind) {
    case 'daily': return t('frequency.daily');
    case 'weekdays': return t('frequency.weekdays', { days: frequency.days.map((day) => weekdayName(locale, day)).join(', ') });
    case 'per_week': return t('frequency.per_week', { count: frequency.times });
    case 'every_n_days': return t('frequency.every_n_days', { count: frequency.n });
    case 'per_month': return t('frequency.per_month', { count: frequency.times });
  }
}

export function formatPercent(ratio: number, locale: Locale): string {
  return cachedFormat(percentFormats, locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}
