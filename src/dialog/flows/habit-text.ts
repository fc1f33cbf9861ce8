// Reading typed habit details: a frequency ("3 times a week", "seg qua sex"), a target
// ("20 pushups", "at most 2 coffees"), reminder times ("7:30, 9pm"), an emoji prefix.
import type { Frequency, Target, Weekday } from '../../core/types.js';
import { entriesOf } from '../i18n/words/index.js';
import { normalizeAnswer } from '../replies.js';

const WEEKDAY_WORDS: Readonly<Record<string, Weekday>> = entriesOf('weekdays');

/** "mon wed fri", "seg, qua e sex", "weekdays", "fins de semana" -> sorted weekdays. */
export function readWeekdays(text: string): Weekday[] | null {
  const answer = normalizeAnswer(text);
  if (/^(weekdays|work ?days|dias uteis|dias de semana|seg(unda)? a sex(ta)?|mon(day)?\s*-\s*fri(day)?)$/.test(answer)) return [1, 2, 3, 4, 5];
  if (/^(weekends?|fins? de semana|sab(ado)? e dom(ingo)?)$/.test(answer)) return [6, 7];
  const words = answer.split(/[\s,;/&]+/).map((word) => word.replace(/\.$/, '')).filter((word) => word && word !== 'e' && word !== 'and');
  const days = new Set<Weekday>();
  for (const word of words) {
    const day = WEEKDAY_WORDS[word] ?? WEEKDAY_WORDS[word.replace(/s$/, '')];
    if (!day) return null;
    days.add(day);
  }
  return days.size > 0 ? [...days].sort((a, b) => a - b) : null;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = entriesOf('counts');

function readCount(word: string | undefined): number | null {
  if (!word) return null;
  const number = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
  return number && number > 0 ? number : null;
}

/** A whole frequency typed in words; null when it is not one. */
export function readFrequency(text: string): Frequency | null {
  const answer = normalizeAnswer(text);
  if (/^(daily|every ?day|each day|todo dia|todos os dias|diario|diariamente)$/.test(answer)) return { kind: 'daily' };
  const perWeek = /^(\d+|[a-z]+)\s*(?:x|times?|vezes?)?\s*(?:a|per|por|na|every)?\s*(?:week|semana)$/.exec(answer);
  if (perWeek) {
    const times = readCount(perWeek[1]);
    if (times && times <= 7) return times === 7 ? { kind: 'daily' } : { kind: 'per_week', times };
  }
  const perMonth = /^(\d+|[a-z]+)\s*(?:x|times?|vezes?)?\s*(?:a|per|por|no|every)?\s*(?:month|mes)$/.exec(answer);
  if (perMonth) {
    const times = readCount(perMonth[1]);
    if (times && times <= 31) return { kind: 'per_month', times };
  }
  const everyN = /^(?:every|a cada|cada)\s+(\w+)\s*(?:days?|dias?)$/.exec(answer);
  if (everyN) {
    const n = readCount(everyN[1]);
    if (n && n <= 365) return n === 1 ? { kind: 'daily' } : { kind: 'every_n_days', n };
  }
  if (/^(every other day|dia sim,? dia nao)$/.test(answer)) return { kind: 'every_n_days', n: 2 };
  const days = readWeekdays(text.replace(/^(on|nas?|aos?|every|toda)\s+/i, ''));
  if (days) return days.length === 7 ? { kind: 'daily' } : { kind: 'weekdays', days };
  return null;
}

/** A positive whole number typed alone ("3", "three"). */
export function readNumber(text: string, max: number): number | null {
  const answer = normalizeAnswer(text).replace(/\s*(x|times?|vezes|days?|dias?)$/, '');
  const value = readCount(answer);
  return value && value <= max ? value : null;
}

/** "20 pushups", "30 min", "at most 2 coffees", "no máximo 2 cafés", "5 km". */
export function readTarget(text: string): Target | null {
  const match = /^(at most|at least|max(?:imum)?|min(?:imum)?|no m[aá]ximo|no m[ií]nimo|at[eé]|pelo menos|up to)?\s*(\d+(?:[.,]\d+)?)\s*(.{1,30})$/i
    .exec(text.trim().normalize('NFC'));
  if (!match) return null;
  const quantity = Number(match[2]!.replace(',', '.'));
  const unit = match[3]!.trim().replace(/[.!]+$/, '');
  const direction = /^(at most|max|no m[aá]ximo|at[eé]|up to)/i.test(match[1] ?? '') ? 'at_most' : 'at_least';
  // "at most 0 cigarettes" is a limit; "0 pushups" is no amount to reach.
  if (!(quantity > 0 || (quantity === 0 && direction === 'at_most')) || unit === '') return null;
  return { quantity, unit, direction };
}

/** "7", "7:30", "7am", "7.30pm", "19h", "19h30", "07:00, 21:00" -> sorted 'HH:mm' times. */
export function readTimes(text: string): string[] | null {
  const parts = text.toLowerCase().split(/\s*(?:,|;|\band\b|\be\b)\s*/).filter(Boolean);
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

/** Names that describe a habit to break: "no smoking", "quit sugar", "parar de fumar", "sem açúcar". */
export function looksLikeBreakHabit(name: string): boolean {
  return /^(no|stop|quit|less|avoid|don'?t|nao|parar de|sem|largar|evitar|menos)\b/.test(normalizeAnswer(name));
}
