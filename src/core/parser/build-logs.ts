// Turns analysed clauses into entries: which mentions are logs (not plans, questions or
// negations), their kind (done, skip, slip), quantity in the habit's unit, date, note
// and skip reason.
import type { EntryKind, LocalDate } from '../types.js';
import type { ClauseInfo, Mention } from './analyze.js';
import type { HabitProfile } from './habit-profile.js';
import { sliceSource, type Token, type TokenizedText } from './normalize.js';
import * as V from './words/index.js';
import { wordSet } from './words/index.js';
import type { QuantityHit } from './quantities.js';
import type { Judged } from './confidence.js';
import { convertQuantity, sameCustomUnit, type UnitDef } from './units.js';

export type Modality = 'done' | 'skip' | 'negated' | 'plan' | 'question' | 'statement';

export interface ResolvedMention {
  mention: Mention;
  clauseIndex: number;
  modality: Modality;
}

export interface PendingLog {
  clauseIndex: number;
  mention: Mention;
  kind: EntryKind;
  /** One habit when resolved; several (or none) when the person must choose. */
  habitIds: string[];
  quantity: QuantityHit | null;
  date: LocalDate;
  /** A refusal with a reason ("no run today, it's raining") read as a skip nobody said: asked about. */
  skipNotSaid?: boolean;
}

/**
 * What each mention is: a log, a skip, a plan, a question or a negation (inherited across "and").
 * `breaking` says which habits the person is trying to stop: caught in the act, that is a slip.
 */
/** The mention names habits, and every one of them is one being quit (a break habit). */
export function namesOnlyBreakHabits(mention: Mention, isBreak: (habitId: string) => boolean): boolean {
  return mention.habitIds.length > 0 && mention.habitIds.every(isBreak);
}

/** "nail biting: clean today": a kept-day word in the clause, or opening the next one. */
export function keptDayNear(clauses: ClauseInfo[], index: number): boolean {
  return clauses[index]?.cleanDay === true || clauses[index + 1]?.cleanDay === true;
}

export function resolveModalities(clauses: ClauseInfo[], breaking: (habitId: string) => boolean = () => false): ResolvedMention[] {
  const resolved: ResolvedMention[] = [];
  let previous: Modality | null = null;
  clauses.forEach((c, clauseIndex) => {
    if (c.mentions.length === 0) {
      // "skip: meditation": a skip with nothing named carries to the habit named next.
      if (c.skip && !c.question) previous = 'skip';
      // "no kindle tonight, too tired, skip": ...and a bare skip word after a negated habit makes it a skip.
      if (c.skip && !c.question && !c.skipObject) for (const r of resolved) if (r.modality === 'negated') r.modality = 'skip';
      // "meditation - not today": a bare negation negates the clause before it.
      const before = clauses[clauseIndex - 1];
      const ownDate = c.dates[0]?.date;
      const previousDate = before?.dates[0]?.date;
      // ...unless it speaks of another day: "ran yesterday but not today".
      const otherDay = ownDate !== undefined && previousDate !== undefined && ownDate !== previousDate;
      if (c.negation && !c.question && c.contentWords <= 2 && previous === 'done' && !otherDay) {
        for (const r of resolved) if (r.clauseIndex === clauseIndex - 1 && r.modality === 'done') r.modality = 'negated';
      }
      return;
    }
    for (const mention of c.mentions) {
      let modality: Modality;
      if (c.question) modality = 'question';
      else if (c.otherSubject) modality = 'statement';
      // "skip flossing, ran out of floss": the thing lacking is the reason, however it is named.
      else if (c.runningOut) modality = 'statement';
      else if (c.skip && !c.dates.some((d) => d.future)) modality = 'skip';
      else if (mention.negated) modality = 'negated';
      else if (c.plan) modality = 'plan';
      else if (!c.past && previous !== null && previous !== 'done' && previous !== 'question' && previous !== 'statement' && !c.clause.contrast) modality = previous;
      else if (c.habitual) modality = 'statement';
      // A log says something was done: a past verb, "done", a quantity, or only the habit's name.
      else if (c.past || c.done || c.slip || c.quantities.length > 0 || c.terse || quantityFollows(clauses, clauseIndex)) modality = 'done';
      // "roendo unha na reunião": a habit one is breaking, caught in the act, already slipped.
      else if ((mention.inTheAct || mention.occurred) && mention.habitIds.length > 0 && mention.habitIds.every(breaking)) modality = 'done';
      else modality = 'statement';
      resolved.push({ mention, clauseIndex, modality });
      previous = modality;
    }
  });
  return resolved;
}

/** "flexões - 25": the next clause is only the quantity. */
function quantityFollows(clauses: ClauseInfo[], index: number): boolean {
  const next = clauses[index + 1];
  return next !== undefined && next.mentions.length === 0 && isQuantityOnly(next);
}

/** Text of the clauses that carry no habit: notes after a log, reasons for a skip. */
export function freeText(text: TokenizedText, clauses: ClauseInfo[], indexes: number[]): string | null {
  const parts = indexes
    .map((i) => clauses[i])
    .filter((c): c is ClauseInfo => c !== undefined)
    .map((c) => sliceSource(text, c.clause.from, c.clause.to).replace(/[.!]+$/u, '').trim())
    .filter((s) => s.length > 0);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** Clauses with words of their own but no habit, no question and not only a quantity. */
export function freeClauses(clauses: ClauseInfo[]): number[] {
  return clauses.flatMap((c, i) => {
    if (c.mentions.length > 0 || c.question || c.contentWords === 0) return [];
    // "not today", "nope": a bare negation is an answer, not a note or a reason; "skip:" is the skip itself.
    if (c.bareNegation || c.skip || c.dayPartLabel) return [];
    // "walked to work and back": one word after "and" is part of the sentence, not a note.
    if (c.clause.opener !== null && /^\p{L}/u.test(c.clause.opener) && !c.clause.reason && c.contentWords < 2) return [];
    if (isQuantityOnly(c)) return [];
    return [i];
  });
}

export function isQuantityOnly(c: ClauseInfo): boolean {
  if (c.quantities.length === 0) return false;
  // "leetcode: 3 mediums": after a colon, the word after the number is what it counts.
  const counted = c.clause.opener === ':' || c.contentVerbs > 0 ? c.quantities.filter((q) => q.rawUnit !== null).length : 0;
  const quantityTokens = c.quantities.reduce((n, q) => n + (q.end - q.start + 1), 0) + counted;
  // "questões: 40 😤": emoji decorate the number; "slipped on soda, had 3 cans": "had" only says it happened.
  return c.contentWords - c.contentEmoji - c.contentVerbs <= quantityTokens && c.contentVerbs < c.contentWords;
}

function distance(q: QuantityHit, m: Mention): number {
  if (q.start > m.end) return q.start - m.end;
  if (q.end < m.start) return m.start - q.end + 0.5;
  return 0;
}

/** The quantity in the habit's own unit, or null when it cannot be expressed in it. */
export function quantityFor(q: QuantityHit | null, unit: UnitDef | null): number | null {
  if (!q) return null;
  // "abdominal 4x15" on a habit counted in sets is 4 sets.
  if (unit?.countKey === 'set' && q.sets !== undefined) return q.sets;
  if (q.rawUnit !== null && unit !== null && sameCustomUnit(q.rawUnit, unit)) return q.value;
  // "another run" on a habit measured in km says one more run, not how far ("another coffee" is a cup).
  if (q.oneMore && unit !== null && unit.dimension !== 'count' && unit.dimension !== 'volume') return null;
  if (q.noun) return q.value;
  return convertQuantity(q.value, q.unit, unit);
}

// Words that may stand between a habit word and its bare number: "pushups x30", "did my 20 pushups", "flexões de 20".
const LINKS = new Set([...wordSet('quantityLinks'), 'x', '*', '×', ':', '-', '=', '+']);

/**
 * "did pushups with 3 friends": a bare number (no unit, counting nothing) is the habit's quantity
 * only when it stands next to the habit's words, with at most a few linking words between.
 */
function attached(q: QuantityHit, m: Mention, clause: ClauseInfo, tokens: Token[], isDate: (i: number) => boolean): boolean {
  if (q.unit !== null || (q.start <= m.end && q.end >= m.start)) return true;
  // "não fiz flexões ontem, mas hoje fiz 30": a log carried into a clause of its own takes that clause's number.
  if (m.start < clause.clause.from || m.end > clause.clause.to) return true;
  // "2 latas de refri": the word the number counts goes with it.
  const end = q.rawUnit !== null && tokens[q.end + 1]?.norm === q.rawUnit ? q.end + 1 : q.end;
  const [from, to] = q.start > m.end ? [m.end + 1, q.start - 1] : [end + 1, m.start - 1];
  if (to - from + 1 > 3) return false;
  for (let i = from; i <= to; i++) {
    const norm = tokens[i]?.norm ?? '';
    if (!isDate(i) && !LINKS.has(norm) && !V.FILLERS.has(norm)) return false;
  }
  return true;
}

/** Picks each mention's quantity: the nearest attached one its habit can be measured in. */
export function assignQuantities(pending: PendingLog[], clauses: ClauseInfo[], profiles: Map<string, HabitProfile>, tokens: Token[]): void {
  const used = new Set<QuantityHit>();
  for (const log of pending) {
    const clause = clauses[log.clauseIndex];
    if (!clause) continue;
    const unit = log.habitIds.length === 1 ? (profiles.get(log.habitIds[0] ?? '')?.unit ?? null) : null;
    const isDate = (i: number): boolean => clause.dates.some((d) => i >= d.start && i <= d.end);
    const options = clause.quantities
      .filter((q) => !used.has(q) && attached(q, log.mention, clause, tokens, isDate))
      .sort((a, b) => distance(a, log.mention) - distance(b, log.mention));
    const fitting = options.find((q) => quantityFor(q, unit) !== null) ?? options[0] ?? null;
    if (fitting) {
      used.add(fitting);
      log.quantity = fitting;
    }
  }
  // "meditation: 20 min", "flexões - 30": a clause with only a quantity belongs to the log before it;
  // "pushups: 20, 15, 15": bare numbers in a row after it are sets, added up.
  let summing: PendingLog | null = null;
  clauses.forEach((c, i) => {
    if (c.mentions.length > 0 || !isQuantityOnly(c)) {
      summing = null;
      return;
    }
    const q = c.quantities[0] ?? null;
    // "did 10 squats yesterday and 15 today": the number went to the log repeated on that day.
    if (q !== null && used.has(q)) return;
    const bare = q !== null && q.unit === null && !q.noun;
    const previous: PendingLog | null = summing;
    if (previous !== null && bare && previous.quantity?.unit === null) {
      previous.quantity = { ...previous.quantity, end: q.end, value: previous.quantity.value + q.value };
      return;
    }
    const before = [...pending].reverse().find((p) => p.clauseIndex < i && p.quantity === null);
    if (before) before.quantity = q;
    summing = before && bare ? before : null;
  });
}

export function toParsedLog(log: PendingLog, profiles: Map<string, HabitProfile>, note: string | null, reason: string | null): Judged {
  const habitId = log.habitIds[0] ?? '';
  const unit = profiles.get(habitId)?.unit ?? null;
  return {
    habitId,
    kind: log.kind,
    quantity: quantityFor(log.quantity, unit),
    date: log.date,
    note: log.kind === 'skip' ? null : note,
    reason: log.kind === 'skip' ? reason : null,
  };
}
