// Messages that name no habit: a bare quantity ("8 glasses"), a generic "done" or
// "skipping today", queries, greetings, thanks, questions, plans and negations.
import type { EntryKind, LocalDate } from '../types.js';
import type { ClauseInfo } from './analyze.js';
import { isQuantityOnly, keptDayNear, namesOnlyBreakHabits, quantityFor, type ResolvedMention } from './build-logs.js';
import type { HabitProfile } from './habit-profile.js';
import { isGreeting, isThanks, queryTopic } from './intents.js';
import type { TokenizedText } from './normalize.js';
import type { QuantityHit } from './quantities.js';
import type { ParseContext, ParseResult } from './types.js';
import { compatible } from './units.js';
import { evidenceOf, judge, logResult } from './confidence.js';
import { namesAGoal } from './goals.js';

/** Habits whose own unit this quantity is measured in (glasses -> water, pages -> reading). */
function habitsMeasuredIn(q: QuantityHit, profiles: HabitProfile[]): HabitProfile[] {
  const unit = q.unit;
  if (!unit || q.noun) return [];
  return profiles.filter((p) => {
    if (!p.unit) return false;
    if (unit.dimension === 'kilo') return p.unit.dimension === 'distance' || p.unit.countKey === 'step';
    if (unit.dimension === 'meters_or_minutes') return p.unit.dimension === 'distance' || p.unit.dimension === 'time';
    if (unit.dimension !== p.unit.dimension) return false;
    return unit.dimension !== 'count' || unit.countKey === p.unit.countKey;
  });
}

/** "8 glasses", "bebi 2 litros", "30 pages": the unit alone says which habit. */
export function unitOnlyLog(text: TokenizedText, clauses: ClauseInfo[], resolved: ResolvedMention[], profiles: HabitProfile[], messageDate: LocalDate, context: ParseContext): ParseResult | null {
  if (resolved.length > 0) return null;
  // "played tennis for an hour" names something else; "bebi 2 litros" does not. Pages,
  // glasses, steps and "10k" name their activity even in a longer sentence.
  const telling = (q: QuantityHit): boolean =>
    q.unit?.countKey === 'page' || q.unit?.countKey === 'step' || q.unit?.dimension === 'volume' || q.unit?.dimension === 'kilo';
  const clause = clauses.find((c) => c.quantities.length > 0 && (c.terse || c.quantities.some(telling)) && !c.question && !c.plan && !c.negation && !c.otherSubject && !c.habitual);
  if (!clause || clauses.some((c) => c.plan || c.negation || c.question)) return null;
  const quantity = clause.quantities.find((q) => habitsMeasuredIn(q, profiles).length > 0 && (clause.terse || telling(q)));
  if (!quantity) return null;
  const kind: EntryKind = clause.skip ? 'skip' : 'done';
  // "drank 500ml" with Water (litres) and a Coffee break habit (cups): only a build habit can be done.
  const measured = habitsMeasuredIn(quantity, profiles);
  const built = measured.filter((p) => p.habit.kind !== 'break');
  const fits = built.length > 0 ? built : measured;
  const date = clause.dates.find((d) => !d.future)?.date ?? messageDate;
  const only = fits.length === 1 ? fits[0] : undefined;
  if (only) {
    const log = { habitId: only.habit.id, kind, quantity: quantityFor(quantity, only.unit), date, note: null, reason: null };
    return logResult([judge(log, evidenceOf(text, 'unit', null, quantity), quantity, only, context)]);
  }
  return { kind: 'ambiguous', entryKind: kind, candidates: fits.map((p) => p.habit.id), quantity: quantity.value, date, text: text.source.trim() };
}

/** A quantity in a unit (litres, km) that none of the person's habits is measured in: nothing to ask about. */
export function measuredInNoHabit(quantities: QuantityHit[], profiles: HabitProfile[]): boolean {
  const measured = quantities.filter((q) => q.unit !== null && !q.noun && q.unit.dimension !== 'count');
  return measured.length > 0 && measured.every((q) => !profiles.some((p) => p.unit !== null && compatible(q.unit, p.unit)));
}

/** Nothing named the habit: offer those that fit the kind and the quantity, else all of that kind. */
export function fallbackCandidates(kind: EntryKind, quantity: QuantityHit | null, profiles: HabitProfile[]): string[] {
  const ofKind = profiles.filter((p) => (kind === 'slip' ? p.habit.kind === 'break' : p.habit.kind !== 'break'));
  const pool = ofKind.length > 0 ? ofKind : profiles;
  let fits: HabitProfile[] = [];
  if (quantity?.unit && !quantity.noun) {
    const unit = quantity.unit;
    fits = pool.filter((p) => p.unit && p.unit.dimension === unit.dimension && quantityFor(quantity, p.unit) !== null);
  } else if (quantity) {
    fits = pool.filter((p) => p.unit !== null);
  }
  return (fits.length > 0 ? fits : pool).map((p) => p.habit.id);
}

/**
 * Break habits said to be kept: named with "no"/"sem"/"nada de" ("no takeout today") or with a
 * kept-day word ("clean", "limpo"), and nothing else named. A negated build habit ("didn't read")
 * is a plain negation.
 */
function keptBreakHabits(clauses: ClauseInfo[], resolved: ResolvedMention[], profiles: HabitProfile[]): string[] {
  // A kept-day word may itself read as an activity with no habit ("clean"): only habits count.
  const named = resolved.filter((r) => r.mention.habitIds.length > 0);
  if (named.length === 0) return [];
  const breaking = new Set(profiles.filter((p) => p.habit.kind === 'break').map((p) => p.habit.id));
  // "skipped dessert": skipping it kept it (a skip planned for later keeps nothing yet).
  const keptHere = (r: ResolvedMention) =>
    r.modality === 'negated' || (r.modality === 'skip' && clauses[r.clauseIndex]?.plan !== true) || keptDayNear(clauses, r.clauseIndex);
  if (!named.every((r) => keptHere(r) && namesOnlyBreakHabits(r.mention, (id) => breaking.has(id)))) return [];
  return [...new Set(named.flatMap((r) => r.mention.habitIds))];
}

export function classifyNonLog(
  text: TokenizedText,
  clauses: ClauseInfo[],
  resolved: ResolvedMention[],
  profiles: HabitProfile[],
  date: LocalDate,
  context: ParseContext,
): ParseResult {
  const { tokens } = text;
  const asked = clauses.some((c) => c.question);
  // "how close am I to the laptop?", "cuánto llevo para la moto?": a question naming a goal asks about it.
  if (asked && resolved.length === 0 && namesAGoal(tokens, context.goals)) return { kind: 'query', topic: 'goals' };
  const topic = queryTopic(tokens, asked);
  // "how many pushups this week?" asks about data; "did I meditate today?" is just a question.
  if (topic && (resolved.length === 0 || (topic !== 'today' && (asked || topic === 'how_am_i')))) return { kind: 'query', topic };
  const modalities = new Set(resolved.map((r) => r.modality));
  if (modalities.has('question')) return { kind: 'none', reason: 'question' };
  const kept = keptBreakHabits(clauses, resolved, profiles);
  if (kept.length > 0) return { kind: 'kept', habitIds: kept };
  if (modalities.has('negated')) return { kind: 'none', reason: 'negation' };
  if (modalities.has('plan')) return { kind: 'none', reason: 'plan' };
  if (isGreeting(tokens)) return { kind: 'none', reason: 'greeting' };
  if (isThanks(tokens)) return { kind: 'none', reason: 'thanks' };
  if (asked) return { kind: 'none', reason: 'question' };
  if (clauses.some((c) => c.plan)) return { kind: 'none', reason: 'plan' };
  // "my wife did 100 squats": someone else's, nothing to ask about.
  if (clauses.some((c) => c.otherSubject)) return { kind: 'none', reason: 'unknown' };
  if (clauses.some((c) => c.negation && (c.done || c.past || c.skip))) return { kind: 'none', reason: 'negation' };
  const ambiguous = (kind: EntryKind, quantity: QuantityHit | null): ParseResult => ({
    kind: 'ambiguous',
    entryKind: kind,
    candidates: fallbackCandidates(kind, quantity, profiles),
    quantity: quantity?.value ?? null,
    date,
    text: text.source.trim(),
  });
  // "I usually read 20 pages a day": a habit described is no log, not even an unclear one.
  const live = clauses.filter((c) => !c.habitual);
  const quantity = live.flatMap((c) => c.quantities)[0] ?? null;
  // "skipping today" asks which habit; "skipped lunch" is about something else.
  if (clauses.some((c) => c.skip && !c.skipObject)) return ambiguous('skip', null);
  if (clauses.some((c) => c.skip)) return { kind: 'none', reason: 'unknown' };
  if (clauses.some((c) => c.slip)) {
    const breaks = profiles.filter((p) => p.habit.kind === 'break');
    const only = breaks.length === 1 ? breaks[0] : undefined;
    // "slipped today" with one break habit: it can only be that one, but nothing named it, so it is asked.
    if (only) {
      const log = { habitId: only.habit.id, kind: 'slip' as const, quantity: quantityFor(quantity, only.unit), date, note: null, reason: null };
      return logResult([judge(log, evidenceOf(text, 'nothing', null, quantity), quantity, only, context)]);
    }
    return ambiguous('slip', quantity);
  }
  if (clauses.some((c) => c.negation)) return { kind: 'none', reason: 'negation' };
  if (quantity && measuredInNoHabit([quantity], profiles)) return { kind: 'none', reason: 'unknown' };
  if (clauses.some((c) => c.cleanDay)) return { kind: 'none', reason: 'unknown' };
  // "pagué 500 de la mensualidad": money paid is nobody's activity.
  if (clauses.some((c) => c.payment)) return { kind: 'none', reason: 'unknown' };
  const bareQuantity = live.length === 1 && clauses.length === 1 && clauses[0] !== undefined && isQuantityOnly(clauses[0]);
  if (live.some((c) => c.done) || bareQuantity || (quantity && live.some((c) => c.past))) return ambiguous('done', quantity);
  return { kind: 'none', reason: 'unknown' };
}
