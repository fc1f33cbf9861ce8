// Units (words/units.ts and each language's words/<language>/units.ts), and conversion into a habit's own target unit
// ("3 miles" on a km habit, "2 litros" on a glasses-of-water habit).
import { normalizeWord } from './normalize.js';
import { roundQuantity } from './numbers.js';
import { extraWords } from './words/index.js';
import { UNITS, type Dimension, type UnitSpec } from './words/units.js';

export type { Dimension };

/** A unit as the logic reads it (without its words). */
export type UnitDef = Omit<UnitSpec, 'symbols'>;

const definition = ({ symbols: _symbols, ...def }: UnitSpec): UnitDef => def;
const count = (key: string): UnitDef => ({ id: key, dimension: 'count', factor: 1, countKey: key });

// Word -> unit. English and Portuguese words and the symbols name their units; a later language's
// word joins only where it names nothing yet.
const LEXICON = new Map<string, UnitDef>();
const [first, second, ...later] = extraWords();
const BY_ID = new Map(UNITS.map((spec) => [spec.id, definition(spec)]));
for (const spec of UNITS) {
  const def = BY_ID.get(spec.id) ?? definition(spec);
  for (const word of [...spec.symbols, ...(first?.units[spec.id] ?? []), ...(second?.units[spec.id] ?? [])]) LEXICON.set(word, def);
}
// Exercise counts named by the exercise itself: "20 pushups" is 20 reps.
for (const word of [...(first?.repNouns ?? []), ...(second?.repNouns ?? [])]) LEXICON.set(word, count('rep'));
for (const language of later) {
  for (const [id, words] of Object.entries(language.units)) {
    const def = BY_ID.get(id);
    if (def) for (const word of words) if (!LEXICON.has(word)) LEXICON.set(word, def);
  }
  for (const word of language.repNouns) if (!LEXICON.has(word)) LEXICON.set(word, count('rep'));
}

/** The unit a single normalized word names, if any. */
export function unitOfWord(norm: string): UnitDef | null {
  return LEXICON.get(norm) ?? null;
}

/** Reads a habit's target unit as typed ("pages", "min", "copos", "km"); unknown words count themselves. */
export function parseUnitText(text: string): UnitDef | null {
  const words = text.trim().split(/\s+/).map(normalizeWord).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  for (const word of words) {
    const def = LEXICON.get(word) ?? (text.trim() === '$' ? LEXICON.get('$') : undefined);
    if (def && def.dimension !== 'meters_or_minutes' && def.dimension !== 'kilo') return def;
  }
  if (words[0] === 'm') return LEXICON.get('meter') ?? null;
  return count(singular(words[0] ?? ''));
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Whether a custom word in a message names the same thing as a custom target unit ("sessions" / "session"). */
export function sameCustomUnit(messageWord: string, target: UnitDef): boolean {
  return target.dimension === 'count' && target.countKey === singular(messageWord);
}

/**
 * Converts `value` measured in `from` into `to`. A bare number (`from` null) is taken to be
 * in the target unit already; a habit without a target keeps the number as typed.
 * Returns null when the two cannot be compared (minutes on a km habit).
 */
export function convertQuantity(value: number, from: UnitDef | null, to: UnitDef | null): number | null {
  if (from === null) return value;
  // Without a target, time is kept in minutes and distance in kilometres.
  if (to === null) {
    if (from.dimension === 'time') return roundQuantity(value * from.factor);
    if (from.dimension === 'distance') return roundQuantity((value * from.factor) / 1000);
    return value;
  }
  if (from.dimension === 'meters_or_minutes') {
    if (to.dimension === 'distance') return roundQuantity(value / to.factor);
    if (to.dimension === 'time') return roundQuantity(value / to.factor);
    return null;
  }
  if (from.dimension === 'kilo') {
    if (to.dimension === 'distance') return roundQuantity((value * 1000) / to.factor);
    if (to.dimension === 'count' || to.dimension === 'money') return value * 1000;
    return null;
  }
  // "water x3", "3 vezes": a count of times fits anything counted, glasses included.
  if (from.countKey === 'time' && (to.dimension === 'count' || to.id === 'glass' || to.id === 'bottle')) return value;
  if (from.dimension !== to.dimension) return null;
  if (from.dimension === 'count') {
    if (from.countKey === to.countKey) return roundQuantity((value * from.factor) / to.factor);
    if (from.countKey === 'time' || to.countKey === 'time') return value;
    if (from.countKey === 'rep' && to.countKey !== 'page' && to.countKey !== 'chapter') return value;
    return null;
  }
  return roundQuantity((value * from.factor) / to.factor);
}

/** Whether a quantity in `from` could be expressed in `to` at all. */
export function compatible(from: UnitDef | null, to: UnitDef | null): boolean {
  return from === null || to === null || convertQuantity(1, from, to) !== null;
}
