// Numbers as people type them: "20", "1.5", "1,5", "1,000", "twenty-five",
// "vinte e cinco", "a couple", "meia".
import { ownValue } from '../own.js';
import { memoized } from './memo.js';
import type { ParserLanguage } from './types.js';
import type { Token } from './normalize.js';
import { NUMBER_HUNDREDS, NUMBER_JOINERS, NUMBER_MULTIPLIERS, NUMBER_TENS, NUMBER_UNITS, wordSet, wordSetOf } from './words/index.js';

const UNITS = NUMBER_UNITS;
const TENS = NUMBER_TENS;
const HUNDREDS = NUMBER_HUNDREDS;
const MULTIPLIERS = NUMBER_MULTIPLIERS;

/** Words that mean 1 only when a unit follows ("a glass", "uma hora", "another glass", "outro copo"). */
const WEAK_ONE = new Set([...wordSet('weakOne'), ...wordSet('anotherOne')]);
// Half words are read in the person's own language first: Spanish "media" (half) is "media" in
// English "social media", so it counts only for a Spanish speaker.
const HALF = new Set([...wordSetOf('halfWords', 'en'), ...wordSetOf('halfWords', 'pt-BR')]);
const isHalf = (word: string, locale: ParserLanguage): boolean => HALF.has(word) || wordSetOf('halfWords', locale).has(word);

export interface ReadNumber {
  value: number;
  /** Tokens consumed. */
  length: number;
  /** "a", "um": a number only if a unit follows. */
  weak: boolean;
}

/** Digits with a decimal or thousands separator, read the way the locale writes them. */
export function parseDigits(text: string, locale: ParserLanguage): number | null {
  if (text.includes(':')) return null;
  if (/^\d+$/.test(text)) return Number(text);
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    return toNumber(text.split(thousands).join('').replace(decimal, '.'));
  }
  const separator = lastDot >= 0 ? '.' : ',';
  const parts = text.split(separator);
  if (parts.length > 2) return toNumber(parts.join(''));
  const fraction = parts[1] ?? '';
  const thousandsSeparator = locale === 'pt-BR' ? '.' : ',';
  if (separator === thousandsSeparator && fraction.length === 3) return toNumber(parts.join(''));
  return toNumber(parts.join('.'));
}

function toNumber(text: string): number | null {
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Splits glued word numbers: "twentyfive" (from "twenty-five") -> 25. */
const gluedNumber = memoized((word: string): number | null => {
  for (const [tens, value] of Object.entries(TENS)) {
    if (word.startsWith(tens) && word.length > tens.length) {
      const rest = UNITS[word.slice(tens.length)];
      if (rest !== undefined && rest < 10) return value + rest;
    }
  }
  return null;
});

function wordValue(word: string): number | undefined {
  return ownValue(UNITS, word) ?? ownValue(TENS, word) ?? ownValue(HUNDREDS, word) ?? gluedNumber(word) ?? undefined;
}

/** Reads a number starting at token `index`: digits or number words. */
export function readNumberAt(tokens: Token[], index: number, locale: ParserLanguage): ReadNumber | null {
  const first = tokens[index];
  if (!first) return null;
  if (first.kind === 'number') {
    const value = parseDigits(first.norm, locale);
    if (value === null) return null;
    // "10 mil passos", "2 thousand": digits then a multiplier word.
    const next = tokens[index + 1]?.norm;
    if (next === 'mil' || next === 'thousand') return { value: value * 1000, length: 2, weak: false };
    return { value, length: 1, weak: false };
  }
  if (first.kind !== 'word') return null;
  if (first.norm === 'couple' || (first.norm === 'a' && tokens[index + 1]?.norm === 'couple')) {
    const length = first.norm === 'a' ? 2 : 1;
    return { value: 2, length: tokens[index + length]?.norm === 'of' ? length + 1 : length, weak: false };
  }
  if (isHalf(first.norm, locale)) {
    const skipA = tokens[index + 1]?.norm === 'a' || tokens[index + 1]?.norm === 'an' ? 1 : 0;
    return { value: 0.5, length: 1 + skipA, weak: false };
  }
  if (WEAK_ONE.has(first.norm)) {
    // "a dozen", "a hundred": the article belongs to the number after it.
    if (tokens[index + 1]?.norm === 'hundred') return { value: 100, length: 2, weak: false };
    const after = wordValue(tokens[index + 1]?.norm ?? '') !== undefined ? readWordNumber(tokens, index + 1) : null;
    if (after && (first.norm === 'a' || first.norm === 'an')) return { value: after.value, length: after.length + 1, weak: false };
    return { value: 1, length: 1, weak: true };
  }
  return readWordNumber(tokens, index);
}

/** "twenty five", "vinte e cinco", "cento e vinte", "two thousand", "dois mil". */
function readWordNumber(tokens: Token[], index: number): ReadNumber | null {
  let total = 0;
  let current = 0;
  let length = 0;
  let seen = false;
  for (let i = index; i < tokens.length; i++) {
    const norm = tokens[i]?.norm ?? '';
    const value = wordValue(norm);
    if (value !== undefined) {
      current += value;
      seen = true;
      length = i - index + 1;
      continue;
    }
    const multiplier = ownValue(MULTIPLIERS, norm);
    if (multiplier !== undefined && norm !== 'k' && (seen || norm === 'mil')) {
      current = Math.max(current, 1) * multiplier;
      seen = true;
      if (multiplier >= 1000) {
        total += current;
        current = 0;
      }
      length = i - index + 1;
      continue;
    }
    // "vinte e cinco", "one hundred and five": a connector only counts if a number follows.
    if (seen && NUMBER_JOINERS.has(norm) && wordValue(tokens[i + 1]?.norm ?? '') !== undefined) continue;
    break;
  }
  if (!seen) return null;
  return { value: total + current, length, weak: false };
}

/** Rounds a converted quantity to at most two decimals. */
export function roundQuantity(value: number): number {
  return Math.round(value * 100) / 100;
}
