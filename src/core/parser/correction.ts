// Corrections of the last entry: "actually it was 30", "no, 30", "na verdade foram 30",
// "i meant yesterday", "30 not 20", "actually it was 3 miles".
import type { LocalDate } from '../types.js';
import type { DateHit } from './dates.js';
import { bestHabits, combinedScores, findEvidence } from './habit-matcher.js';
import type { HabitProfile } from './habit-profile.js';
import { correctionStart } from './intents.js';
import type { Token } from './normalize.js';
import { findQuantities, type QuantityHit } from './quantities.js';
import type { ParseContext, ParseResult } from './types.js';
import { convertQuantity, type UnitDef } from './units.js';
import { NEGATIONS } from './words/index.js';
import { ruleWords } from './words/rules.js';

type Correction = Extract<ParseResult, { kind: 'correction' }>;

const LOG_VERBS_FOR_WEAK = new Set(ruleWords('logWordsForWeakCorrection'));

/** "30 not 20", "não 20, 30": two numbers, one of them negated. */
function swapPattern(tokens: Token[]): boolean {
  const numbers = tokens.filter((t) => t.kind === 'number').length;
  const negatedNumber = tokens.some((t, i) => NEGATIONS.has(t.norm) && tokens[i + 1]?.kind === 'number');
  const words = tokens.filter((t) => t.kind === 'word').length;
  return numbers >= 2 && negatedNumber && words <= 6;
}

function unitOfHabit(profiles: HabitProfile[], habitId: string | null): UnitDef | null {
  return profiles.find((p) => p.habit.id === habitId)?.unit ?? null;
}

/** Without a named habit: convert into the one habit that measures in this kind of unit, if only one does. */
function soleCompatibleUnit(profiles: HabitProfile[], q: QuantityHit): UnitDef | null {
  if (!q.unit) return null;
  const fits = profiles.filter((p) => p.unit && p.unit.dimension === q.unit?.dimension && convertQuantity(1, q.unit, p.unit) !== null);
  return fits.length === 1 ? (fits[0]?.unit ?? null) : null;
}

export function readCorrection(tokens: Token[], dates: DateHit[], profiles: HabitProfile[], context: ParseContext): Correction | null {
  const start = correctionStart(tokens);
  const swapped = swapPattern(tokens);
  if (!start && !swapped) return null;
  const from = start?.contentFrom ?? 0;
  const to = tokens.length - 1;
  const inDate = (i: number): boolean => dates.some((d) => i >= d.start && i <= d.end);
  const pastDates = dates.filter((d) => d.start >= from && !d.future);
  const quantities = findQuantities(tokens, from, to, (i) => !inDate(i), context.locale).filter(
    (q) => !NEGATIONS.has(tokens[q.start - 1]?.norm ?? '') && !NEGATIONS.has(tokens[q.start - 2]?.norm ?? '') || tokens[q.start - 1]?.kind === 'punct',
  );
  const evidence = findEvidence(tokens, from, to, (i) => !inDate(i), profiles);
  const best = bestHabits(combinedScores(evidence, profiles));
  const habitId = best.ids.length === 1 && best.score >= 5 ? (best.ids[0] ?? null) : null;
  const quantity = quantities[quantities.length - 1] ?? null;
  const weak = start !== null && !start.strong && !swapped;
  if (weak) {
    // "it was a great run" is not a correction: a weak marker needs a number or date right after it.
    const next = tokens.slice(from, from + 2);
    const numberNext = next.some((t) => t.kind === 'number') || quantities.some((q) => q.start <= from + 1);
    const dateNext = pastDates.some((d) => d.start <= from + 1);
    // "it was 30 degrees, ran 5k": a habit verb in the past makes it a log of its own.
    const isLog = (tokens.some((t) => LOG_VERBS_FOR_WEAK.has(t.norm)) && habitId !== null) || evidence.some((e) => e.tense === 'past');
    if ((!numberNext && !dateNext) || isLog) return null;
  }
  if (!quantity && pastDates.length === 0 && habitId === null) return null;
  let value: number | null = null;
  if (quantity) {
    const target = habitId !== null ? unitOfHabit(profiles, habitId) : soleCompatibleUnit(profiles, quantity);
    value = quantity.noun ? quantity.value : convertQuantity(quantity.value, quantity.unit, target);
    value ??= quantity.value;
  }
  const date: LocalDate | null = pastDates[0]?.date ?? null;
  return { kind: 'correction', quantity: value, date, habitId };
}
