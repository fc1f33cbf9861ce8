// Reading typed habit details: a frequency ("3 times a week", "seg qua sex", "cada 2 días"), a target
// ("20 pushups", "at most 2 coffees"), reminder times ("7:30, 9pm"), an emoji prefix.
import { ownValue } from '../../core/own.js';
import type { Frequency, Target, Weekday } from '../../core/types.js';
import { alternation, entriesOf, frequencyWords, wordsOf } from '../i18n/words/index.js';
import { normalizeAnswer } from '../replies.js';

const WEEKDAY_WORDS: Readonly<Record<string, Weekday>> = entriesOf('weekdays');

const WORKDAYS = new Set(frequencyWords('workdays'));
const WEEKENDS = new Set(frequencyWords('weekends'));
const AND = new Set(frequencyWords('and'));

/** "mon wed fri", "seg, qua e sex", "lun, mié y vie", "weekdays", "fines de semana" -> sorted weekdays. */
export function readWeekdays(text: string): Weekday[] | null {
  const answer = normalizeAnswer(text).replace(/\s+/g, ' ');
  if (WORKDAYS.has(answer)) return [1, 2, 3, 4, 5];
  if (WEEKENDS.has(answer)) return [6, 7];
  const words = answer.split(/[\s,;/&]+/).map((word) => word.replace(/\.$/, '')).filter((word) => word && !AND.has(word));
  const days = new Set<Weekday>();
  for (const word of words) {
    const day = ownValue(WEEKDAY_WORDS, word) ?? ownValue(WEEKDAY_WORDS, word.replace(/s$/, ''));
    if (!day) return null;
    days.add(day);
  }
  return days.size > 0 ? [...days].sort((a, b) => a - b) : null;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = entriesOf('counts');

function readCount(word: string | undefined): number | null {
  if (!word) return null;
  const number = /^\d+$/.test(word) ? Number(word) : ownValue(NUMBER_WORDS, word);
  return number && number > 0 ? number : null;
}

// The frequency patterns, built once from every language's words (src/dialog/i18n/words/*).
const DAILY = new Set(frequencyWords('daily'));
const EVERY_OTHER_DAY = new Set(frequencyWords('everyOtherDay'));
const TIMES = alternation(frequencyWords('times'));
const PER = alternation(frequencyWords('per'));
const PER_WEEK = new RegExp(`^(\\d+|[a-z]+)\\s*(?:${TIMES})?\\s*(?:${PER})?\\s*(?:${alternation(frequencyWords('week'))})$`);
const PER_MONTH = new RegExp(`^(\\d+|[a-z]+)\\s*(?:${TIMES})?\\s*(?:${PER})?\\s*(?:${alternation(frequencyWords('month'))})$`);
const EVERY_N_DAYS = new RegExp(`^(?:${alternation(frequencyWords('every'))})\\s+(\\w+)\\s*(?:${alternation(frequencyWords('days'))})$`);
const WEEKDAY_LEAD = new RegExp(`^(?:${alternation(frequencyWords('weekdayLeads'))})\\s+`);
const COUNT_SUFFIX = new RegExp(`\\s*(?:${alternation([...frequencyWords('times'), ...frequencyWords('days')])})$`);

/** A whole frequency typed in words; null when it is not one. */
export function readFrequency(text: string): Frequency | null {
  const answer = normalizeAnswer(text).replace(/\s+/g, ' ');
  if (DAILY.has(answer)) return { kind: 'daily' };
  const perWeek = PER_WEEK.exec(answer);
  if (perWeek) {
    const times = readCount(perWeek[1]);
    if (times && times <= 7) return times === 7 ? { kind: 'daily' } : { kind: 'per_week', times };
  }
  const perMonth = PER_MONTH.exec(answer);
  if (perMonth) {
    const times = readCount(perMonth[1]);
    if (times && times <= 31) return { kind: 'per_month', times };
  }
  const everyN = EVERY_N_DAYS.exec(answer);
  if (everyN) {
    const n = readCount(everyN[1]);
    if (n && n <= 365) return n === 1 ? { kind: 'daily' } : { kind: 'every_n_days', n };
  }
  if (EVERY_OTHER_DAY.has(answer)) return { kind: 'every_n_days', n: 2 };
  const days = readWeekdays(answer.replace(WEEKDAY_LEAD, ''));
  if (days) return days.length === 7 ? { kind: 'daily' } : { kind: 'weekdays', days };
  return null;
}

/** A positive whole number typed alone ("3", "three", "3 veces"). */
export function readNumber(text: string, max: number): number | null {
  const answer = normalizeAnswer(text).replace(COUNT_SUFFIX, '');
  const value = readCount(answer);
  return value && value <= max ? value : null;
}

const AT_MOST = wordsOf('atMost');
const AT_LEAST = wordsOf('atLeast');

/** "20 pushups", "30 min", "at most 2 coffees", "no máximo 2 cafés", "como máximo 2 cafés", "5 km". */
export function readTarget(text: string): Target | null {
  const match = /^(\D{0,20}?)\s*(\d+(?:[.,]\d+)?)\s*(.{1,30})$/.exec(text.trim().normalize('NFC'));
  if (!match) return null;
  const lead = normalizeAnswer(match[1]!);
  if (lead !== '' && !AT_MOST.has(lead) && !AT_LEAST.has(lead)) return null;
  const quantity = Number(match[2]!.replace(',', '.'));
  const unit = match[3]!.trim().replace(/[.!]+$/, '');
  const direction = AT_MOST.has(lead) ? 'at_most' : 'at_least';
  // "at most 0 cigarettes" is a limit; "0 pushups" is no amount to reach.
  if (!(quantity > 0 || (quantity === 0 && direction === 'at_most')) || unit === '') return null;
  return { quantity, unit, direction };
}

const LIST_SEPARATOR = new RegExp(`\\s*(?:,|;|\\b(?:${alternation(frequencyWords('and'))})\\b)\\s*`);

/** "7", "7:30", "7am", "7.30pm", "19h", "19h30", "07:00, 21:00" -> sorted 'HH:mm' times. */
export function readTimes(text: string): string[] | null {
  const parts = text.toLowerCase().split(LIST_SEPARATOR).filter(Boolean);
  const times: string[] = [];
  for (const part of parts) {
    const match = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|h)?$/.exec(part.trim());
    if (!match) return null;
    let hour = Number(match[1]);
    const minute = Number(match[2] ?? 0);
    if (match[3] === 'pm' && hour < 12) hour += 12;
    if (match[3] === 'am' && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) return null;
    times.push(`${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
  }
  return times.length > 0 ? [...new Set(times)].sort() : null;
}

/** "📚 Read" -> { emoji: '📚', name: 'Read' }. */
export function splitEmoji(text: string): { emoji: string | null; name: string } {
  const match = /^(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*)\s*(.*)$/u.exec(text.trim());
  if (!match || match[2]!.trim() === '') return { emoji: null, name: text.trim() };
  return { emoji: match[1]!, name: match[2]!.trim() };
}

const BREAK_PREFIX = new RegExp(`^(?:${alternation(wordsOf('breakPrefixes'))})\\b`);

/** Names that describe a habit to break: "no smoking", "quit sugar", "parar de fumar", "sem açúcar", "dejar de fumar". */
export function looksLikeBreakHabit(name: string): boolean {
  return BREAK_PREFIX.test(normalizeAnswer(name));
}
