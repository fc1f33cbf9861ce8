// Reading weekday and month names (the words are in words/<language>.ts).
import type { Weekday } from '../types.js';
import { orderedWords, UNMISTAKABLE_WEEKDAY_SHORT, WEEKDAY_PREFIXES } from './words/index.js';

const WEEKDAY_WORDS = orderedWords('weekdays').map((words, index): [Weekday, string] => [(index + 1) as Weekday, words.join(' ')]);
// Short forms are also common words ("sat", "sun", "wed"): only read after "on"/"last".
const WEEKDAY_ABBREVIATIONS = orderedWords('weekdayAbbreviations').map((words, index): [Weekday, string] => [(index + 1) as Weekday, words.join(' ')]);
const MONTH_WORDS = orderedWords('months').map((words, index): [number, string] => [index + 1, words.join(' ')]);
// Short forms, and names that are also common words ("may", "mar", "set", "ago"): only read right next to a day number.
const MONTH_ABBREVIATIONS = orderedWords('monthAbbreviations').map((words, index): [number, string] => [index + 1, words.join(' ')]);

function toMap<T>(entries: [T, string][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of entries) for (const word of words.split(' ')) if (word) map.set(word, value);
  return map;
}

const WEEKDAYS = toMap(WEEKDAY_WORDS);
const WEEKDAY_SHORT = toMap(WEEKDAY_ABBREVIATIONS);
const MONTHS = toMap(MONTH_WORDS);
const MONTH_SHORT = toMap(MONTH_ABBREVIATIONS);

// Abbreviations that are no other word ("flossed tues"): read without "on"/"last" too.
const UNMISTAKABLE_SHORT = UNMISTAKABLE_WEEKDAY_SHORT;

export function weekdayOf(norm: string, allowShort: boolean): Weekday | null {
  return WEEKDAYS.get(norm) ?? (allowShort || UNMISTAKABLE_SHORT.has(norm) ? WEEKDAY_SHORT.get(norm) : undefined) ?? null;
}

export function monthOf(norm: string, allowShort: boolean): number | null {
  return MONTHS.get(norm) ?? (allowShort ? MONTH_SHORT.get(norm) : undefined) ?? null;
}

/** Words that introduce a weekday ("on monday", "na segunda", "last friday"). */
export { WEEKDAY_PREFIXES };

/** "st", "nd", "rd", "th", "º": ordinal endings after a day number. */
export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 'o', 'a', 'º', 'ª']);
