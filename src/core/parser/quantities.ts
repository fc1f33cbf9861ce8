// Quantities in a log: "20 pushups", "30 pages", "15 min", "3 miles", "5k", "1h30",
// "uma hora e meia", "3x10", "3 sets of 10", "água x3", "500ml". Times of day ("at 7",
// "às 7h"), ordinals ("3rd"), counters ("day 5", "10 days in a row") are not quantities.
import type { ParserLanguage } from './types.js';
import { conceptLexicon } from './habit-profile.js';
import type { Token } from './normalize.js';
import { readNumberAt } from './numbers.js';
import { unitOfWord, type UnitDef } from './units.js';
import { ORDINAL_SUFFIXES } from './date-words.js';
import { wordSet } from './words/index.js';
import { ruleWords } from './words/rules.js';

const MONEY_WORDS = wordSet('moneyWords');
const SPENDING_VERBS = wordSet('spendingVerbs');
const ANOTHER = wordSet('anotherOne');
const MORE = wordSet('moreWords');

export interface QuantityHit {
  start: number;
  end: number;
  value: number;
  unit: UnitDef | null;
  /** The number counts an activity noun that follows it ("3 cookies", "20 flexões"). */
  noun: boolean;
  /** The word right after the number when it is not a known unit (a custom unit). */
  rawUnit: string | null;
  /** "4x15", "3 sets of 10": the first factor, which is what a habit counted in sets counts. */
  sets?: number;
  /** "had another coffee", "mais um café": one more of the noun, which only a habit counted in things takes. */
  oneMore?: boolean;
  /** "did -5 pushups": a minus sign glued to the number. The value is kept without it. */
  negative?: boolean;
}

const TIME_OF_DAY_LEADS = new Set(ruleWords('timeOfDayLeads'));
const APPROXIMATE_LEADS = new Set(ruleWords('approximateLeads'));
const COUNTER_LEADS = new Set(ruleWords('counterLeads'));
const COUNTER_UNITS = new Set(ruleWords('counterUnits'));
const FILLERS = new Set(ruleWords('amountFillers'));
const MULTIPLY = new Set(['x', '*', '×']);
const SET_WORDS = new Set(ruleWords('setWords'));
const HALF_TAIL = new Set(ruleWords('halfTail'));
const ONLY_WORDS = new Set(ruleWords('onlyWords'));

const norm = (tokens: Token[], i: number): string => tokens[i]?.norm ?? '';

function isTimeOfDay(tokens: Token[], i: number, numberLength: number): boolean {
  const token = tokens[i];
  if (token?.norm.includes(':')) return true;
  const next = norm(tokens, i + numberLength);
  if (next === 'am' || next === 'pm' || next === 'oclock') return true;
  // "at 7", "às 7h"; but "around 5000 steps" is a quantity.
  const lead = norm(tokens, i - 1);
  if (!TIME_OF_DAY_LEADS.has(lead) || Number(token?.norm) > 24) return false;
  const unit = unitOfWord(next);
  // "dormi umas 9h", "slept around 7 hours": an approximate amount of time ("umas 23h" is still a clock time).
  if (unit !== null && APPROXIMATE_LEADS.has(lead) && (unit.id !== 'h' || Number(token?.norm) <= 12)) return false;
  return unit === null || unit.id === 'h';
}

/** "and a half" / "e meia" after a number or unit: how many tokens, if there. */
function halfTail(tokens: Token[], j: number): number {
  const first = norm(tokens, j);
  if (first !== 'and' && first !== 'e') return 0;
  if (HALF_TAIL.has(norm(tokens, j + 1))) return 2;
  if (norm(tokens, j + 1) === 'a' && norm(tokens, j + 2) === 'half') return 3;
  return 0;
}

interface Reading {
  value: number;
  unit: UnitDef | null;
  next: number;
  sets?: number;
}

/** After the number: units, products and composite durations. */
function readUnit(tokens: Token[], j: number, value: number, locale: ParserLanguage): Reading {
  let next = j;
  // "10-minute meditation", "5-km run".
  if (norm(tokens, next) === '-' && tokens[next]?.start === tokens[next - 1]?.end && unitOfWord(norm(tokens, next + 1))) next++;
  while (FILLERS.has(norm(tokens, next))) next++;
  const half = halfTail(tokens, next);
  if (half > 0) {
    value += 0.5;
    next += half;
  }
  if (MULTIPLY.has(norm(tokens, next))) {
    const factor = readNumberAt(tokens, next + 1, locale);
    if (factor && !factor.weak) return { ...readUnit(tokens, next + 1 + factor.length, value * factor.value, locale), sets: value };
  }
  if (norm(tokens, next) === 'k' && ['steps', 'passos', 'step', 'passo'].includes(norm(tokens, next + 1))) {
    return { value: value * 1000, unit: unitOfWord('steps'), next: next + 2 };
  }
  const unit = unitOfWord(norm(tokens, next));
  if (!unit) return { value, unit: null, next };
  next++;
  if (SET_WORDS.has(norm(tokens, next - 1))) {
    const linker = ['of', 'de', 'com', 'with'].includes(norm(tokens, next)) ? 1 : 0;
    const reps = readNumberAt(tokens, next + linker, locale);
    if (reps && !reps.weak) return { ...readUnit(tokens, next + linker + reps.length, value * reps.value, locale), sets: value };
  }
  if (unit.id === 'h') {
    // "1h30", "2 hours 15 min", "1 hora e 20 minutos".
    if (['e', 'and'].includes(norm(tokens, next)) && tokens[next + 1]?.kind === 'number' && unitOfWord(norm(tokens, next + 2))?.id === 'min') next++;
    const minutes = readNumberAt(tokens, next, locale);
    if (minutes && !minutes.weak && tokens[next]?.kind === 'number') {
      const after = unitOfWord(norm(tokens, next + minutes.length));
      const used = after?.id === 'min' ? minutes.length + 1 : minutes.length;
      return { value: value * 60 + minutes.value, unit: unitOfWord('min'), next: next + used };
    }
  }
  const tail = halfTail(tokens, next);
  if (tail > 0) return { value: value + 0.5, unit, next: next + tail };
  if (MULTIPLY.has(norm(tokens, next))) {
    const factor = readNumberAt(tokens, next + 1, locale);
    if (factor && !factor.weak) return { value: value * factor.value, unit, next: next + 1 + factor.length };
  }
  return { value, unit, next };
}

/** "-5": a minus glued to the number, not joining two numbers ("10-15") nor following a word ("flexões-5"). */
function minusBefore(tokens: Token[], i: number): boolean {
  const minus = tokens[i - 1];
  const before = tokens[i - 2];
  if (minus?.norm !== '-' || minus.end !== tokens[i]?.start) return false;
  return before === undefined || before.end < minus.start;
}

const isCurrencySign = (word: string): boolean => word === '$' || word === '€' || word === '£';

function currencyBefore(tokens: Token[], i: number): number {
  const prev = norm(tokens, i - 1);
  if (isCurrencySign(prev)) return ['r', 'us'].includes(norm(tokens, i - 2)) ? 2 : 1;
  return 0;
}

export function findQuantities(tokens: Token[], from: number, to: number, usable: (i: number) => boolean, locale: ParserLanguage): QuantityHit[] {
  const hits: QuantityHit[] = [];
  const lexicon = conceptLexicon();
  // "spent 50 from savings", "gastei 50 reais": a bare number among money words is money; spent, it is nobody's progress.
  const near = tokens.slice(from, to + 1);
  const moneyTalk = near.some((t) => MONEY_WORDS.has(t.norm) || SPENDING_VERBS.has(t.norm));
  const spending = near.some((t) => SPENDING_VERBS.has(t.norm));
  for (let i = from; i <= to; i++) {
    const token = tokens[i];
    if (!token || !usable(i)) continue;
    if (token.kind === 'word' && ['twice', 'once', 'thrice'].includes(token.norm)) {
      hits.push({ start: i, end: i, value: token.norm === 'once' ? 1 : token.norm === 'twice' ? 2 : 3, unit: unitOfWord('times'), noun: false, rawUnit: null });
      continue;
    }
    if (MULTIPLY.has(token.norm) && tokens[i + 1]?.kind === 'number' && tokens[i - 1]?.kind !== 'number') {
      const n = readNumberAt(tokens, i + 1, locale);
      if (n) hits.push({ start: i, end: i + n.length, value: n.value, unit: unitOfWord('times'), noun: false, rawUnit: null });
      i += n?.length ?? 0;
      continue;
    }
    const number = readNumberAt(tokens, i, locale);
    if (!number) continue;
    let afterNumber = i + number.length;
    // "8/8 glasses", "3/5": done so far out of a target.
    const slash = tokens[afterNumber];
    if (slash?.norm === '/' && tokens[afterNumber + 1]?.kind === 'number' && slash.start === tokens[afterNumber - 1]?.end) afterNumber += 2;
    if (isTimeOfDay(tokens, i, number.length) || COUNTER_LEADS.has(norm(tokens, i - 1))) {
      i = afterNumber - 1 + (['am', 'pm', 'h', 'hrs', 'oclock'].includes(norm(tokens, afterNumber)) ? 1 : 0);
      continue;
    }
    if (ORDINAL_SUFFIXES.has(norm(tokens, afterNumber)) && tokens[afterNumber]?.start === tokens[afterNumber - 1]?.end) continue;
    if (COUNTER_UNITS.has(norm(tokens, afterNumber))) {
      i = afterNumber;
      continue;
    }
    const reading = readUnit(tokens, afterNumber, number.value, locale);
    // "a $300 payment", "uma R$ 50": a currency sign before a number is that number's, not a unit of the word before it.
    if (number.weak && isCurrencySign(norm(tokens, reading.next - 1)) && tokens[reading.next]?.kind === 'number') continue;
    const currency = currencyBefore(tokens, i);
    // "outra vez", "another time": again, not one of anything.
    if (ANOTHER.has(token.norm) && reading.unit?.countKey === 'time') continue;
    const nextWord = tokens[reading.next];
    const moneyNoun = MONEY_WORDS.has(nextWord?.norm ?? '');
    const countsANoun = nextWord?.kind === 'word' && (lexicon.index.get(nextWord.norm)?.some((h) => h.tense === 'noun') ?? false);
    const money = currency > 0 || (!number.weak && moneyTalk && !countsANoun && (moneyNoun || spending || nextWord?.kind !== 'word'));
    const unit = reading.unit ?? (money ? unitOfWord('$') : null);
    if (spending && unit?.dimension === 'money') {
      i = reading.next - 1;
      continue;
    }
    const noun = unit === null && nextWord?.kind === 'word' && (lexicon.index.get(nextWord.norm)?.some((h) => h.tense === 'noun') ?? false);
    // "fumei só um", "just one more": a lone "um" after "só" is a count, not an article.
    const loneOne = ONLY_WORDS.has(norm(tokens, i - 1)) && (reading.next > to || tokens[reading.next]?.kind === 'punct');
    // "had another coffee", "tomei mais um café": one more of a counted thing (not "a coffee": an article).
    const oneMore = number.weak && noun && (ANOTHER.has(token.norm) || MORE.has(norm(tokens, i - 1)));
    if (number.weak && unit === null && !loneOne && !oneMore) continue;
    const rawUnit = unit === null && !noun && nextWord?.kind === 'word' ? nextWord.norm : null;
    const hit: QuantityHit = { start: i - currency, end: reading.next - 1, value: reading.value, unit, noun, rawUnit };
    if (reading.sets !== undefined) hit.sets = reading.sets;
    if (oneMore) hit.oneMore = true;
    if (minusBefore(tokens, i)) hit.negative = true;
    hits.push(hit);
    i = reading.next - 1;
  }
  return hits;
}
