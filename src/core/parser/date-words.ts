// Names of weekdays and months in English and Portuguese (normalized: no accents).
import type { Weekday } from '../types.js';

const WEEKDAY_WORDS: [Weekday, string][] = [
  [1, 'monday mondays segunda segundafeira segundas'],
  [2, 'tuesday tuesdays terca tercafeira tercas'],
  [3, 'wednesday wednesdays quarta quartafeira quartas'],
  [4, 'thursday thursdays quinta quintafeira quintas'],
  [5, 'friday fridays sexta sextafeira sextas'],
  [6, 'saturday saturdays sabado sabados'],
  [7, 'sunday sundays domingo domingos'],
];

// Short forms are also common words ("sat", "sun", "wed"): only read after "on"/"last".
const WEEKDAY_ABBREVIATIONS: [Weekday, string][] = [
  [1, 'mon seg'],
  [2, 'tue tues ter'],
  [3, 'wed weds qua'],
  [4, 'thu thur thurs qui'],
  [5, 'fri sex'],
  [6, 'sat sab'],
  [7, 'sun dom'],
];

const MONTH_WORDS: [number, string][] = [
  [1, 'january janeiro'],
  [2, 'february fevereiro'],
  [3, 'march marco'],
  [4, 'april abril'],
  [5, 'maio'],
  [6, 'june junho'],
  [7, 'july julho'],
  [8, 'august agosto'],
  [9, 'september setembro'],
  [10, 'october outubro'],
  [11, 'november novembro'],
  [12, 'december dezembro'],
];

// Short forms, and names that are also common words ("may", "mar", "set", "ago"):
// only read right next to a day number.
const MONTH_ABBREVIATIONS: [number, string][] = [
  [1, 'jan'],
  [2, 'feb fev'],
  [3, 'mar'],
  [4, 'apr abr'],
  [5, 'may mai'],
  [6, 'jun'],
  [7, 'jul'],
  [8, 'aug ago'],
  [9, 'sep sept set'],
  [10, 'oct out'],
  [11, 'nov'],
  [12, 'dec dez'],
];

function toMap<T>(entries: [T, string][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of entries) for (const word of words.split(' ')) map.set(word, value);
  return map;
}

const WEEKDAYS = toMap(WEEKDAY_WORDS);
const WEEKDAY_SHORT = toMap(WEEKDAY_ABBREVIATIONS);
const MONTHS = toMap(MONTH_WORDS);
const MONTH_SHORT = toMap(MONTH_ABBREVIATIONS);

// Abbreviations that are no other word ("flossed tues"): read without "on"/"last" too.
const UNMISTAKABLE_SHORT = new Set(['mon', 'tue', 'tues', 'thu', 'thur', 'thurs', 'fri', 'weds', 'seg', 'sab']);

export function weekdayOf(norm: string, allowShort: boolean): Weekday | null {
  return WEEKDAYS.get(norm) ?? (allowShort || UNMISTAKABLE_SHORT.has(norm) ? WEEKDAY_SHORT.get(norm) : undefined) ?? null;
}

export function monthOf(norm: string, allowShort: boolean): number | null {
  return MONTHS.get(norm) ?? (allowShort ? MONTH_SHORT.get(norm) : undefined) ?? null;
}

/** Words that introduce a weekday ("on monday", "na segunda", "last friday"). */
export const WEEKDAY_PREFIXES = new Set([
  'on', 'last', 'past', 'this', 'na', 'no', 'nesta', 'neste', 'nessa', 'nesse', 'essa', 'esse', 'esta', 'este',
  'ultima', 'ultimo', 'em', 'de', 'since', 'til', 'till', 'until', 'ate', 'by', 'through', 'thru',
]);

/** "st", "nd", "rd", "th", "º": ordinal endings after a day number. */
export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 'o', 'a', 'º', 'ª']);
