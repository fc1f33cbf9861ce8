// Dates typed as answers ("friday", "sexta", "tomorrow", "in 3 days", "2026-12-31",
// "31/12"): a future or present day relative to the person's today.
import { DateTime } from 'luxon';
import { resolveDateExpression } from '../core/dates-resolver.js';
import { LANGUAGES } from '../core/languages.js';
import type { LocalDate, Locale } from '../core/types.js';
import { readWeekdays } from './flows/habit-text.js';
import { alternation, dateWords } from './i18n/words/index.js';
import { normalizeAnswer } from './replies.js';

function iso(date: DateTime): LocalDate | null {
  return date.isValid ? date.toISODate() : null;
}

/**
 * The day on or after today that the text names; null when it names none. The parser's
 * resolver reads most expressions ("till Friday", "até sexta", "for 3 days", "Dec 3");
 * numeric dates ("31/12", "2026-12-31") are read here.
 */
export function readFutureDate(text: string, today: LocalDate, locale: Locale): LocalDate | null {
  const resolved = resolveDateExpression(text, today, locale);
  if (resolved.ok) return resolved.date;
  return readNumericOrSimpleDate(text, today, locale);
}

// Every language's date words (src/dialog/i18n/words/*), as patterns built once.
const LEADS = new RegExp(`^(?:${alternation(dateWords('leads'))})\\s+`);
const TODAY = new Set(dateWords('today'));
const TOMORROW = new Set(dateWords('tomorrow'));
const A_WEEK = new Set(dateWords('aWeek'));
const WEEK_UNITS = new Set(dateWords('weekUnits'));
const IN_DAYS = new RegExp(`^(?:(?:${alternation(dateWords('inLeads'))})\\s+)?(\\d{1,3})\\s*(${alternation([...dateWords('dayUnits'), ...WEEK_UNITS])})$`);

function readNumericOrSimpleDate(text: string, today: LocalDate, locale: Locale): LocalDate | null {
  const answer = normalizeAnswer(text).replace(LEADS, '');
  const base = DateTime.fromISO(today);
  if (TODAY.has(answer)) return today;
  if (TOMORROW.has(answer)) return iso(base.plus({ days: 1 }));
  if (A_WEEK.has(answer)) return iso(base.plus({ days: 7 }));
  const inDays = IN_DAYS.exec(answer);
  if (inDays) {
    const n = Number(inDays[1]) * (WEEK_UNITS.has(inDays[2]!) ? 7 : 1);
    return iso(base.plus({ days: n }));
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(answer)) return iso(DateTime.fromISO(answer));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?$/.exec(answer);
  if (numeric) {
    const [first, second] = [Number(numeric[1]), Number(numeric[2])];
    // Portuguese and Spanish write day/month; English month/day unless the first number cannot be a month.
    const dayFirst = LANGUAGES[locale].dayFirstDates || first > 12;
    const [day, month] = dayFirst ? [first, second] : [second, first];
    let year = numeric[3] ? Number(numeric[3]) : base.year;
    if (year < 100) year += 2000;
    let date = DateTime.fromObject({ year, month, day });
    if (!numeric[3] && date.isValid && date < base) date = date.plus({ years: 1 });
    return iso(date);
  }
  const days = readWeekdays(answer);
  if (days && days.length === 1) {
    const ahead = (days[0]! - base.weekday + 7) % 7;
    return iso(base.plus({ days: ahead }));
  }
  return null;
}

/** A goal deadline: a date on or after today. */
export function readDeadline(text: string, today: LocalDate, locale: Locale): LocalDate | null {
  const stripped = text.replace(/^\s*(by|until|till|ate|até)\s+/i, '');
  const date = readFutureDate(stripped, today, locale);
  return date && date >= today ? date : null;
}
