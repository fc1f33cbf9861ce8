// Forgiving word comparison: plural and verb endings in English and Portuguese, and
// small typos by edit distance.
import { ownValue } from '../own.js';
import { memoized } from './memo.js';
import { ruleRecord, rulesOf } from './words/rules.js';

/** Damerau-Levenshtein distance (adjacent swaps count once), giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push(Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(rows, i - 1, j) + 1, at(rows, i, j - 1) + 1, at(rows, i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(rows, i - 2, j - 2) + 1);
      setAt(rows, i, j, best);
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > max) return max + 1;
  }
  return at(rows, a.length, b.length);
}

function at(rows: number[][], i: number, j: number): number {
  return rows[i]?.[j] ?? Infinity;
}

function setAt(rows: number[][], i: number, j: number, value: number): void {
  const row = rows[i];
  if (row) row[j] = value;
}

function undouble(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}

/** How many typos a word of this length may carry and still be recognised. */
export function allowedTypos(length: number): number {
  if (length >= 9) return 2;
  if (length >= 6) return 1;
  return 0;
}

/** Two words are the same up to typos: same first letter, close enough for their length. */
export function closeEnough(input: string, known: string): boolean {
  if (input === known) return true;
  if (input[0] !== known[0]) return false;
  return closeEnoughPair(`${input}\u0000${known}`);
}

const closeEnoughPair = memoized((pair: string): boolean => {
  const split = pair.indexOf('\u0000');
  return closeEnoughUncached(pair.slice(0, split), pair.slice(split + 1));
});

function closeEnoughUncached(input: string, known: string): boolean {
  // "corrii", "fumeii": a doubled key.
  if (known.length >= 4 && undouble(input) === undouble(known)) return true;
  // "wlked": one letter left out of a longer word.
  if (input.length >= 5 && known.length === input.length + 1 && editDistance(input, known, 1) === 1) return true;
  const allowed = Math.min(allowedTypos(input.length), allowedTypos(known.length));
  if (allowed === 0 || input[0] !== known[0]) return false;
  return editDistance(input, known, allowed) <= allowed;
}

// English irregular pasts of verbs that start habit names ("Wear retainer" -> "wore my retainer"):
// endings cannot reach them.
const IRREGULAR_PASTS: Record<string, string> = ruleRecord('irregularPasts');

/** The base verb of an English irregular past ("wore" -> "wear"), or null. */
export function irregularBase(word: string): string | null {
  return ownValue(IRREGULAR_PASTS, word) ?? null;
}

// Word endings, longest first, per language: the stem is what is left.
const EN_SUFFIXES = rulesOf('en').suffixes ?? [];
const PT_SUFFIXES = rulesOf('pt-BR').suffixes ?? [];

function stemEnglish(word: string): string {
  for (const suffix of EN_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    if (suffix === 's' && /(ss|us|is)$/.test(word)) continue;
    let stem = word.slice(0, -suffix.length);
    if (suffix === 'ied' || suffix === 'ies') stem += 'y';
    if ((suffix === 'ing' || suffix === 'ed') && /([bdgmnprt])\1$/.test(stem)) stem = stem.slice(0, -1);
    return stem.replace(/e$/, '');
  }
  return word.replace(/e$/, '');
}

function stemPortuguese(word: string): string {
  for (const suffix of PT_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    // "alonguei" -> "along", "pratiquei" -> "pratic": spelling changes before e/i.
    return word.slice(0, -suffix.length).replace(/gu$/, 'g').replace(/qu$/, 'c');
  }
  return word;
}

/** Candidate stems of a word, read as English and as Portuguese. */
export const stems = memoized((word: string): readonly string[] => {
  const en = stemEnglish(word);
  const pt = stemPortuguese(word);
  return en === pt ? [en] : [en, pt];
});

/** Same word up to endings (plurals, verb forms) or small typos. */
export function sameWord(input: string, known: string): boolean {
  if (input === known) return true;
  if (input.length >= 4 && known.length >= 4) {
    const knownStems = stems(known);
    if (stems(input).some((s) => s.length >= 4 && knownStems.includes(s))) return true;
  }
  return closeEnough(input, known);
}
