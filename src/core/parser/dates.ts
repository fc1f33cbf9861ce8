// Dates inside a log message: "yesterday", "2 days ago", "on monday", "last friday",
// "ontem", "anteontem", "na segunda", "há 2 dias", "5 de março", "2024-03-05".
// Past expressions never land in the future; "tomorrow" is found but marked future.
import { DateTime } from 'luxon';
import { memoized } from './memo.js';
import type { LocalDate } from '../types.js';
import type { ParserLanguage } from './types.js';
import { monthOf, ORDINAL_SUFFIXES, WEEKDAY_PREFIXES, weekdayOf } from './date-words.js';
import type { Token } from './normalize.js';
import { readNumberAt } from './numbers.js';
import { unitOfWord } from './units.js';
import { AGO_LEADS, AGO_TAILS, CONJUNCTIONS, DAY_BEFORE_YESTERDAY, LAST_AFTER_WEEKDAY, TODAY_WORDS, TOMORROW, wordSet, YESTERDAY } from './words/index.js';
import { ruleWords } from './words/rules.js';

const LAST_WEEKDAY = wordSet('lastWeekdayWords');

export interface DateHit {
  /** First and last token (inclusive) of the expression. */
  start: number;
  end: number;
  date: LocalDate;
  /** "tomorrow", "next week": a plan, not a log. */
  future: boolean;
}

interface Match {
  length: number;
  date: DateTime;
  future?: boolean;
}

type Matcher = (tokens: Token[], i: number, today: DateTime, locale: ParserLanguage) => Match | null;

// Short month names that are also words ("1 set", "may", "mar", "ago", "out"): need "de"/"of".
const RISKY_MONTH_SHORT = new Set(ruleWords('riskyMonthShort'));

const DAY_PARTS = new Set(ruleWords('dayParts'));
const DAY_UNITS: Record<string, number> = { day: 1, days: 1, dia: 1, dias: 1, week: 7, weeks: 7, semana: 7, semanas: 7 };

const SHORT_WEEKDAY_PREFIXES = new Set(ruleWords('shortWeekdayPrefixes'));
const NUMERIC_DATE_LEADS = new Set(ruleWords('numericDateLeads'));
const DAY_PART_ARTICLES = new Set(ruleWords('dayPartArticles'));

const norm = (tokens: Token[], i: number): string => tokens[i]?.norm ?? '';

/** Length of an optional "de manhã" / "à noite" / "morning" tail after a day word. */
function dayPartTail(tokens: Token[], i: number): number {
  if (DAY_PARTS.has(norm(tokens, i))) return 1;
  if (['a', 'de', 'da', 'pela', 'in', 'at'].includes(norm(tokens, i)) && DAY_PARTS.has(norm(tokens, i + 1))) {
    return norm(tokens, i + 1) === 'manha' || norm(tokens, i + 1) === 'noite' || norm(tokens, i + 1) === 'tarde' || norm(tokens, i) === 'in' ? 2 : 0;
  }
  return 0;
}

const relativeDays: Matcher = (tokens, i, today) => {
  const w = norm(tokens, i);
  const next = norm(tokens, i + 1);
  if (DAY_BEFORE_YESTERDAY.has(w)) return { length: 1, date: today.minus({ days: 2 }) };
  if (w === 'antes' && next === 'de' && norm(tokens, i + 2) === 'ontem') return { length: 3, date: today.minus({ days: 2 }) };
  const dayBefore = w === 'the' ? 1 : 0;
  if (norm(tokens, i + dayBefore) === 'day' && norm(tokens, i + dayBefore + 1) === 'before' && norm(tokens, i + dayBefore + 2) === 'yesterday') {
    return { length: dayBefore + 3, date: today.minus({ days: 2 }) };
  }
  if (w === 'yesterdays' || w === 'todays' || w === 'tonights') return { length: 1, date: w === 'yesterdays' ? today.minus({ days: 1 }) : today };
  if (w === 'mais' && next === 'cedo') return { length: 2, date: today };
  if (YESTERDAY.has(w)) return { length: 1 + dayPartTail(tokens, i + 1), date: today.minus({ days: 1 }) };
  if (w === 'last' && (next === 'night' || next === 'evening')) return { length: 2, date: today.minus({ days: 1 }) };
  if (w === 'noite' && next === 'passada') return { length: 2, date: today.minus({ days: 1 }) };
  if (TODAY_WORDS.has(w)) return { length: 1 + dayPartTail(tokens, i + 1), date: today };
  if (w === 'tonight' || w === 'earlier') return { length: next === 'today' ? 2 : 1, date: today };
  if (['this', 'esta', 'essa', 'nesta', 'nessa'].includes(w) && DAY_PARTS.has(next)) return { length: 2, date: today };
  // "bible study this am": a morning or afternoon of today.
  if (w === 'this' && (next === 'am' || next === 'pm')) return { length: 2, date: today };
  if (w === 'depois' && next === 'de' && ['amanha', 'amanhã'].includes(norm(tokens, i + 2))) return { length: 3, date: today.plus({ days: 2 }), future: true };
  // "en la mañana", "por la mañana": "mañana" is tomorrow, but after an article it is this morning.
  if (TOMORROW.has(w) && DAY_PARTS.has(w) && DAY_PART_ARTICLES.has(norm(tokens, i - 1))) return { length: 1, date: today };
  if (TOMORROW.has(w)) return { length: 1 + dayPartTail(tokens, i + 1), date: today.plus({ days: 1 }), future: true };
  if ((w === 'next' || w === 'proxima') && (next === 'week' || next === 'semana')) return { length: 2, date: today.plus({ days: 7 }), future: true };
  if (w === 'semana' && next === 'que' && norm(tokens, i + 2) === 'vem') return { length: 3, date: today.plus({ days: 7 }), future: true };
  if ((w === 'last' && next === 'week') || (w === 'semana' && next === 'passada')) return { length: 2, date: today.minus({ days: 7 }) };
  return null;
};

/** "2 days ago", "a week ago", "há 2 dias", "faz 3 dias", "2 dias atrás". */
const daysAgo: Matcher = (tokens, i, today, locale) => {
  const w = norm(tokens, i);
  const lead = AGO_LEADS.has(w) ? 1 : 0;
  const amount = readNumberAt(tokens, i + lead, locale);
  if (!amount || amount.value > 400 || !Number.isInteger(amount.value)) return null;
  const unitIndex = i + lead + amount.length;
  const perUnit = DAY_UNITS[norm(tokens, unitIndex)];
  if (perUnit === undefined) return null;
  const after = norm(tokens, unitIndex + 1);
  const trailing = AGO_TAILS.has(after) ? 1 : 0;
  if (lead === 0 && trailing === 0) return null;
  return { length: lead + amount.length + 1 + trailing, date: today.minus({ days: amount.value * perUnit }) };
};

const weekday: Matcher = (tokens, i, today) => {
  const w = norm(tokens, i);
  const hasPrefix = WEEKDAY_PREFIXES.has(w) || w === 'next' || w === 'proxima' || w === 'proximo';
  const dayIndex = hasPrefix ? i + 1 : i;
  // "yoga mon and wed", "seg e qua": a short weekday listed after another weekday is one too.
  const listed = !hasPrefix && CONJUNCTIONS.has(norm(tokens, i - 1)) && weekdayOf(norm(tokens, i - 2), true) !== null;
  const day = weekdayOf(norm(tokens, dayIndex), (hasPrefix && SHORT_WEEKDAY_PREFIXES.has(w)) || listed);
  if (day === null) return null;
  if (!hasPrefix && /^(segunda|terca|quarta|quinta)$/.test(norm(tokens, i)) && ['vez', 'serie', 'rodada', 'semana'].includes(norm(tokens, i + 1))) return null;
  let length = dayIndex - i + 1;
  if (norm(tokens, i + length) === 'feira') length++;
  const after = norm(tokens, i + length);
  if (LAST_AFTER_WEEKDAY.has(after)) length++;
  const future = w === 'next' || w === 'proxima' || w === 'proximo' || (after === 'que' && norm(tokens, i + length + 1) === 'vem');
  if (future) {
    const ahead = ((day - today.weekday + 7) % 7) || 7;
    return { length: after === 'que' ? length + 2 : length, date: today.plus({ days: ahead }), future: true };
  }
  // "did 20 pushups on monday", said on a Monday, is today; "last monday", "segunda passada" a week back.
  const lastOne = LAST_WEEKDAY.has(w) || LAST_WEEKDAY.has(after);
  const back = (today.weekday - day + 7) % 7;
  return { length, date: today.minus({ days: back === 0 && lastOne ? 7 : back }) };
};

/** 2024-03-05, 05/03, 05/03/2024 (day first in Portuguese, month first in English). */
const numericDate: Matcher = (tokens, i, today, locale) => {
  const a = tokens[i];
  if (a?.kind !== 'number' || !/^\d+$/.test(a.norm)) return null;
  const sep = norm(tokens, i + 1);
  if ((sep !== '-' && sep !== '/') || tokens[i + 2]?.kind !== 'number') return null;
  const b = Number(norm(tokens, i + 2));
  const hasThird = norm(tokens, i + 3) === sep && tokens[i + 4]?.kind === 'number';
  const c = hasThird ? Number(norm(tokens, i + 4)) : null;
  if (a.norm.length === 4 && c !== null) return dated(Number(a.norm), b, c, 5);
  // "8/8 glasses" is a count against a target: without a year, a numeric date needs "on" / "em" / "dia",
  // or to open the message with no unit after it ("24/06 corri 3k").
  const led = NUMERIC_DATE_LEADS.has(norm(tokens, i - 1));
  const opens = i === 0 && tokens[i + 3]?.kind === 'word' && unitOfWord(norm(tokens, i + 3)) === null;
  if (!hasThird && !led && !opens) return null;
  const first = Number(a.norm);
  const [day, month] = locale !== 'en' || first > 12 ? [first, b] : [b, first];
  const year = c === null ? null : c < 100 ? 2000 + c : c;
  return pastDayMonth(today, day, month, year, hasThird ? 5 : 3);
};

/** "march 5", "5th of march", "5 de março", "dia 5", "on the 5th". */
const namedDate: Matcher = (tokens, i, today, locale) => {
  let j = i;
  if (['on', 'the', 'dia', 'em', 'no'].includes(norm(tokens, j)) && !(norm(tokens, j) === 'no' && norm(tokens, j + 1) !== 'dia')) j++;
  if (norm(tokens, j) === 'dia' || norm(tokens, j) === 'the') j++;
  const monthFirst = monthOf(norm(tokens, j), tokens[j + 1]?.kind === 'number' && !RISKY_MONTH_SHORT.has(norm(tokens, j)));
  if (monthFirst !== null) {
    const day = dayNumber(tokens, j + 1, locale);
    if (!day) return null;
    return pastDayMonth(today, day.value, monthFirst, null, j + 1 + day.length - i);
  }
  const day = dayNumber(tokens, j, locale);
  if (!day) return null;
  let k = j + day.length;
  const linked = norm(tokens, k) === 'of' || norm(tokens, k) === 'de';
  if (linked) k++;
  const month = monthOf(norm(tokens, k), linked || !RISKY_MONTH_SHORT.has(norm(tokens, k)));
  if (month === null) {
    const byDia = norm(tokens, i) === 'dia' || norm(tokens, i + 1) === 'dia';
    const byThe = j > i && norm(tokens, j - 1) === 'the' && day.ordinal;
    return byDia || byThe ? pastDayMonth(today, day.value, null, null, j + day.length - i) : null;
  }
  let length = k + 1 - i;
  let year: number | null = null;
  if (norm(tokens, k + 1) === 'de' && /^\d{4}$/.test(norm(tokens, k + 2))) {
    year = Number(norm(tokens, k + 2));
    length += 2;
  }
  return pastDayMonth(today, day.value, month, year, length);
};

function dayNumber(tokens: Token[], i: number, locale: ParserLanguage): { value: number; length: number; ordinal: boolean } | null {
  const t = tokens[i];
  if (t?.kind !== 'number' || !/^\d{1,2}$/.test(t.norm)) {
    const word = readNumberAt(tokens, i, locale);
    return word && !word.weak && word.value >= 1 && word.value <= 31 && t?.kind === 'word' ? { value: word.value, length: word.length, ordinal: false } : null;
  }
  const value = Number(t.norm);
  if (value < 1 || value > 31) return null;
  const ordinal = ORDINAL_SUFFIXES.has(norm(tokens, i + 1)) && tokens[i + 1]?.start === t.end;
  return { value, length: ordinal ? 2 : 1, ordinal };
}

function dated(year: number, month: number, day: number, length: number): Match | null {
  const date = DateTime.fromObject({ year, month, day });
  return date.isValid ? { length, date } : null;
}

/** A day and month without a year: the most recent one not after today. */
function pastDayMonth(today: DateTime, day: number, month: number | null, year: number | null, length: number): Match | null {
  if (year !== null) return dated(year, month ?? today.month, day, length);
  if (month === null) {
    for (let back = 0; back < 3; back++) {
      const candidate = today.minus({ months: back }).set({ day });
      if (candidate.isValid && candidate.day === day && candidate <= today) return { length, date: candidate };
    }
    return null;
  }
  const thisYear = DateTime.fromObject({ year: today.year, month, day });
  if (!thisYear.isValid) return null;
  return { length, date: thisYear <= today ? thisYear : thisYear.minus({ years: 1 }) };
}

const MATCHERS: Matcher[] = [relativeDays, daysAgo, numericDate, namedDate, weekday];

// Every message of a day reads from the same today: luxon's parse is a measurable share of a parse.
const dayOf = memoized((today: LocalDate) => DateTime.fromISO(today), 64);

/** Every date expression in the tokens, left to right, none overlapping. */
export function findDates(tokens: Token[], today: LocalDate, locale: ParserLanguage): DateHit[] {
  const base = dayOf(today);
  const hits: DateHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const matcher of MATCHERS) {
      const match = matcher(tokens, i, base, locale);
      if (!match) continue;
      const date = match.date.toISODate();
      if (date === null) continue;
      const future = match.future === true || date > today;
      hits.push({ start: i, end: i + match.length - 1, date, future });
      i += match.length - 1;
      break;
    }
  }
  return hits;
}
