// When a pause ends, from words: "till Friday", "até sexta", "until Dec 3", "for 3 days",
// "por 3 dias", "next week", "fim do mês". Always today or later; the end is inclusive.
import { DateTime } from 'luxon';
import { monthOf, ORDINAL_SUFFIXES, weekdayOf } from './parser/date-words.js';
import { tokenize, type Token } from './parser/normalize.js';
import { readNumberAt } from './parser/numbers.js';
import { LANGUAGES } from './languages.js';
import type { LocalDate, Locale } from './types.js';

export type DateExpressionResult =
  | { ok: true; date: LocalDate }
  | { ok: false; error: 'unrecognized' | 'in_past' };

const LEADS = new Set(['till', 'til', 'until', 'untill', 'thru', 'through', 'to', 'ate', 'by', 'up', 'o', 'a', 'the', 'on', 'no', 'na', 'dia', 'sick', 'doente', 'vacation', 'ferias', 'pause', 'pausar', 'pausa', 'away', 'off', 'fora', 'viajando', 'travelling', 'traveling']);
const SPAN_LEADS = new Set(['for', 'por', 'durante', 'pra', 'para', 'in', 'em', 'daqui', 'next', 'proximos', 'proximas', 'another', 'mais']);
const SPAN_UNITS: Record<string, 'days' | 'weeks' | 'months'> = {
  day: 'days', days: 'days', dia: 'days', dias: 'days', week: 'weeks', weeks: 'weeks', semana: 'weeks', semanas: 'weeks',
  month: 'months', months: 'months', mes: 'months', meses: 'months',
};

type Reader = (words: Token[], today: DateTime, locale: Locale) => DateTime | null;

const normAt = (words: Token[], i: number): string => words[i]?.norm ?? '';

/** "for 3 days" -> today and the 2 after; "in 3 days" -> the day 3 days from now. */
const span: Reader = (words, today, locale) => {
  const lead = normAt(words, 0);
  let i = SPAN_LEADS.has(lead) ? 1 : 0;
  if (lead === 'daqui' && normAt(words, 1) === 'a') i = 2;
  const amount = readNumberAt(words, i, locale) ?? (SPAN_UNITS[normAt(words, i)] ? { value: 1, length: 0, weak: true } : null);
  if (!amount) return null;
  const unit = SPAN_UNITS[normAt(words, i + amount.length)];
  if (!unit || words.length > i + amount.length + 1) return null;
  const end = today.plus({ [unit]: amount.value });
  const exact = lead === 'in' || lead === 'em' || lead === 'daqui';
  return exact ? end : end.minus({ days: 1 });
};

const relative: Reader = (words, today) => {
  const text = words.map((t) => t.norm).join(' ');
  if (/^(today|hoje|tonight)$/.test(text)) return today;
  if (/^(tomorrow|amanha)$/.test(text)) return today.plus({ days: 1 });
  if (/^(the )?day after tomorrow$|^depois de amanha$/.test(text)) return today.plus({ days: 2 });
  const endOfWeek = today.plus({ days: 7 - today.weekday });
  if (/^(the )?(end of (the )?week|weekend|fim da semana|fim de semana|final da semana|final de semana|sunday night)$/.test(text)) return endOfWeek;
  if (/^(next week|semana que vem|proxima semana|a proxima semana)$/.test(text)) return endOfWeek;
  if (/^(the )?end of (the )?month$|^(o )?(fim|final) do mes$/.test(text)) return today.endOf('month').startOf('day');
  if (/^(the )?end of (the )?year$|^(o )?(fim|final) do ano$/.test(text)) return today.endOf('year').startOf('day');
  return null;
};

const weekday: Reader = (words, today) => {
  let i = 0;
  if (['next', 'this', 'proxima', 'proximo', 'essa', 'esta', 'este', 'esse', 'coming'].includes(normAt(words, 0))) i = 1;
  const day = weekdayOf(normAt(words, i), true);
  if (day === null) return null;
  const rest = words.slice(i + 1).map((t) => t.norm).filter((w) => w !== 'feira' && w !== 'que' && w !== 'vem');
  if (rest.length > 0) return null;
  const ahead = (day - today.weekday + 7) % 7 || 7;
  return today.plus({ days: ahead });
};

function nextDayMonth(today: DateTime, day: number, month: number | null): DateTime | null {
  if (month === null) {
    for (let ahead = 0; ahead < 3; ahead++) {
      const candidate = today.plus({ months: ahead }).set({ day });
      if (candidate.isValid && candidate.day === day && candidate >= today) return candidate;
    }
    return null;
  }
  const thisYear = DateTime.fromObject({ year: today.year, month, day });
  if (!thisYear.isValid) return null;
  return thisYear >= today ? thisYear : thisYear.plus({ years: 1 });
}

function dayValue(words: Token[], i: number): { day: number; length: number } | null {
  const t = words[i];
  if (t?.kind !== 'number' || !/^\d{1,2}$/.test(t.norm)) return null;
  const day = Number(t.norm);
  if (day < 1 || day > 31) return null;
  return { day, length: ORDINAL_SUFFIXES.has(normAt(words, i + 1)) ? 2 : 1 };
}

/** "Dec 3", "December 3rd", "3 de dezembro", "the 15th", ISO, 3/12. */
const calendar: Reader = (words, today, locale) => {
  const text = words.map((t) => t.text).join('');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return DateTime.fromObject({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });
  const slash = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(text);
  if (slash) {
    const [a, b] = [Number(slash[1]), Number(slash[2])];
    const [day, month] = LANGUAGES[locale].dayFirstDates || a > 12 ? [a, b] : [b, a];
    if (slash[3]) return DateTime.fromObject({ year: Number(slash[3]) < 100 ? 2000 + Number(slash[3]) : Number(slash[3]), month, day });
    return nextDayMonth(today, day, month);
  }
  const monthFirst = monthOf(normAt(words, 0), true);
  if (monthFirst !== null) {
    const d = dayValue(words, 1);
    return d && words.length === 1 + d.length ? nextDayMonth(today, d.day, monthFirst) : null;
  }
  const d = dayValue(words, 0);
  if (!d) return null;
  let k = d.length;
  if (normAt(words, k) === 'of' || normAt(words, k) === 'de') k++;
  if (k >= words.length) return nextDayMonth(today, d.day, null);
  const month = monthOf(normAt(words, k), true);
  return month !== null && words.length === k + 1 ? nextDayMonth(today, d.day, month) : null;
};

const READERS: Reader[] = [relative, span, weekday, calendar];

export function resolveDateExpression(text: string, today: LocalDate, locale: Locale): DateExpressionResult {
  const base = DateTime.fromISO(today);
  let words = tokenize(text).tokens.filter((t) => !['.', ',', '!', '?'].includes(t.norm));
  while (words.length > 1 && LEADS.has(normAt(words, 0)) && !SPAN_LEADS.has(normAt(words, 0))) words = words.slice(1);
  if (normAt(words, 0) === 'the' || normAt(words, 0) === 'o' || normAt(words, 0) === 'a') words = words.slice(1);
  for (const read of READERS) {
    const date = read(words, base, locale);
    if (!date?.isValid) continue;
    const iso = date.toISODate();
    if (iso === null) continue;
    return iso < today ? { ok: false, error: 'in_past' } : { ok: true, date: iso };
  }
  return { ok: false, error: 'unrecognized' };
}
