// Numbers as people type them: "20", "1.5", "1,5", "1,000", "twenty-five",
// "vinte e cinco", "a couple", "meia".
import { ownValue } from '../own.js';
import { memoized } from './memo.js';
import type { Locale } from '../types.js';
import type { Token } from './normalize.js';
import { wordSet } from './words/index.js';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, dozen: 12,
  um: 1, uma: 1, dois: 2, duas: 2, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9,
  dez: 10, onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezesseis: 16,
  dezasseis: 16, dezessete: 17, dezoito: 18, dezenove: 19, duzia: 12,
};

const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90,
};

const HUNDREDS: Record<string, number> = {
  cem: 100, cento: 100, duzentos: 200, duzentas: 200, trezentos: 300, trezentas: 300,
  quatrocentos: 400, quinhentos: 500, quinhentas: 500, seiscentos: 600, setecentos: 700,
  oitocentos: 800, novecentos: 900,
};

const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000, mil: 1000, k: 1000 };

/** Words that mean 1 only when a unit follows ("a glass", "uma hora", "another glass", "outro copo"). */
const WEAK_ONE = new Set(['a', 'an', 'um', 'uma', ...wordSet('anotherOne')]);
const HALF = new Set(['half', 'meia', 'meio']);

export interface ReadNumber {
  value: number;
  /** Tokens consumed. */
  length: number;
  /** "a", "um": a number only if a unit follows. */
  weak: boolean;
}

/** Digits with a decimal or thousands separator, read the way the locale writes them. */
export function parseDigits(text: string, locale: Locale): number | null {
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
export function readNumberAt(tokens: Token[], index: number, locale: Locale): ReadNumber | null {
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
  if (HALF.has(first.norm)) {
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
    if (seen && (norm === 'e' || norm === 'and') && wordValue(tokens[i + 1]?.norm ?? '') !== undefined) continue;
    break;
  }
  if (!seen) return null;
  return { value: total + current, length, weak: false };
}

/** Rounds a converted quantity to at most two decimals. */
export function roundQuantity(value: number): number {
  return Math.round(value * 100) / 100;
}
