// Reads a time of day the way people type it ("20:00", "8pm", "20h", "8h30", "noon") and a
// span of hours ("22:00-07:00", "22h-7h", "10pm-7am") into 'HH:mm'. Pure: no clock, no zone.
import { ownValue } from './own.js';
import type { LocalTime } from './types.js';

export type TimeOfDayError = 'empty' | 'unrecognized' | 'out_of_range';
export type TimeOfDayResult = { ok: true; time: LocalTime } | { ok: false; error: TimeOfDayError };

export type TimeRangeError = TimeOfDayError | 'same_start_and_end';
export type TimeRangeResult = { ok: true; start: LocalTime; end: LocalTime } | { ok: false; error: TimeRangeError };

const NAMED_TIMES: Record<string, LocalTime> = {
  midnight: '00:00', 'meia-noite': '00:00', 'meia noite': '00:00', 'meianoite': '00:00',
  noon: '12:00', midday: '12:00', 'meio-dia': '12:00', 'meio dia': '12:00', 'meiodia': '12:00',
};

// hour, optional minutes after ':', '.', 'h' or 'h' alone, optional am/pm.
const TIME_PATTERN = /^(\d{1,2})(?:(?::|\.|h)(\d{2})|h|hs|\s*horas?)?\s*(am|pm|a\.m\.?|p\.m\.?)?$/;

function tidy(text: string): string {
  return text.trim().toLocaleLowerCase().normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/\s+/g, ' ');
}

const pad = (value: number) => String(value).padStart(2, '0');

/** "20:00", "8pm", "8:30 pm", "20h", "20h30", "8", "noon", "meia-noite" -> 'HH:mm'. */
export function resolveTimeOfDay(text: string): TimeOfDayResult {
  const answer = tidy(text);
  if (answer === '') return { ok: false, error: 'empty' };
  const named = ownValue(NAMED_TIMES, answer);
  if (named) return { ok: true, time: named };
  const match = TIME_PATTERN.exec(answer);
  if (!match) return { ok: false, error: 'unrecognized' };
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3]?.startsWith('a') ? 'am' : match[3]?.startsWith('p') ? 'pm' : null;
  if (minute > 59) return { ok: false, error: 'out_of_range' };
  if (meridiem) {
    // 12am is midnight and 12pm noon; "13pm" means nothing.
    if (hour < 1 || hour > 12) return { ok: false, error: 'out_of_range' };
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23) return { ok: false, error: 'out_of_range' };
  return { ok: true, time: `${pad(hour)}:${pad(minute)}` };
}

const RANGE_PATTERN = /^(.+?)\s*(?:-|–|—|\bto\b|\buntil\b|\bate\b|\bas\b)\s*(.+)$/;

/** "22:00-07:00", "22h-7h", "10pm-7am", "22h to 7h", "22h até 7h" -> start and end ('HH:mm'). */
export function resolveTimeRange(text: string): TimeRangeResult {
  const answer = tidy(text).replace(/^(from|de|das)\s+/, '');
  if (answer === '') return { ok: false, error: 'empty' };
  const match = RANGE_PATTERN.exec(answer);
  if (!match) return { ok: false, error: 'unrecognized' };
  const start = resolveTimeOfDay(match[1]!);
  if (!start.ok) return start;
  const end = resolveTimeOfDay(match[2]!);
  if (!end.ok) return end;
  if (start.time === end.time) return { ok: false, error: 'same_start_and_end' };
  return { ok: true, start: start.time, end: end.time };
}
