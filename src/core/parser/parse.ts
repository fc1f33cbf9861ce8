// The rule parser: free text (English or Brazilian Portuguese) -> what the person meant.
// Deterministic and offline; whatever it cannot read comes back as kind 'none' / 'unknown'
// so the dialog can hand it to the model.
import type { EntryKind, LocalDate } from '../types.js';
import { analyzeClauses, type ClauseInfo, type Mention } from './analyze.js';
import {
  assignQuantities,
  freeClauses,
  freeText,
  isQuantityOnly,
  keptDayNear,
  namesOnlyBreakHabits,
  resolveModalities,
  toParsedLog,
  type PendingLog,
  type ResolvedMention,
} from './build-logs.js';
import { evidenceOf, judge, logResult, matchOf } from './confidence.js';
import { laterThanDeadline } from './bedtime.js';
import { readCorrection } from './correction.js';
import { readSettingChange } from './settings.js';
import { isVice } from './lexicon.js';
import { findDates, type DateHit } from './dates.js';
import { wordQuality } from './habit-matcher.js';
import { readGoalProgress } from './goals.js';
import { profileOf, type HabitProfile } from './habit-profile.js';
import { isUndo } from './intents.js';
import { classifyNonLog, fallbackCandidates, measuredInNoHabit, unitOnlyLog } from './non-log.js';
import { sliceSource, tokenize, type Token, type TokenizedText } from './normalize.js';
import type { QuantityHit } from './quantities.js';
import type { ParseContext, ParseResult, ParsedLog } from './types.js';
import { convertQuantity } from './units.js';

type Ambiguous = Extract<ParseResult, { kind: 'ambiguous' }>;

export function parseMessage(text: string, context: ParseContext): ParseResult {
  const tokenized = tokenize(text);
  const { tokens } = tokenized;
  if (!tokens.some((t) => t.kind !== 'punct')) return { kind: 'none', reason: 'unknown' };
  if (isUndo(tokens)) return { kind: 'undo' };
  const profiles = context.habits.map(profileOf);
  const byId = new Map(profiles.map((p) => [p.habit.id, p]));
  const setting = readSettingChange(tokens, profiles, context);
  if (setting) return setting;
  const dates = notInNames(findDates(tokens, context.today, context.locale), tokens, profiles);
  const correction = readCorrection(tokens, dates, profiles, context);
  if (correction) return correction;

  const clauses = analyzeClauses(tokens, dates, profiles, context.locale, context.today);
  const messageDate = dates.find((d) => !d.future)?.date ?? context.today;
  const resolved = resolveModalities(clauses, isBreakIn(byId));
  const logged = buildLogResult(tokenized, clauses, resolved, byId, messageDate, context);
  if (logged) return logged;
  const goal = readGoalProgress(tokens, clauses, messageDate, context);
  if (goal && !resolved.some((r) => r.modality === 'done')) return goal;
  return unitOnlyLog(tokenized, clauses, resolved, profiles, messageDate, context) ?? classifyNonLog(tokenized, clauses, resolved, profiles, messageDate, context);
}

/**
 * "planned tomorrow ✅" with a habit "Plan tomorrow": a day word right after another word of a
 * habit's name is part of that name, not a date.
 */
function notInNames(dates: DateHit[], tokens: Token[], profiles: HabitProfile[]): DateHit[] {
  return dates.filter((d) => {
    const word = tokens[d.start]?.norm ?? '';
    if (d.start !== d.end || !d.future) return true;
    const before = tokens[d.start - 1]?.norm ?? '';
    return !profiles.some((p) => p.nameWords.length > 1 && p.nameWords.includes(word) && p.nameWords.some((w) => w !== word && wordQuality(before, w) > 0));
  });
}

function dateOf(clause: ClauseInfo | undefined, messageDate: LocalDate): LocalDate {
  return clause?.dates.find((d) => !d.future)?.date ?? messageDate;
}

/** Among tied habits, keep those that fit the entry kind and the quantity's unit. */
function narrow(ids: string[], kind: EntryKind, quantities: QuantityHit[], byId: Map<string, HabitProfile>): string[] {
  let narrowed = ids;
  const wantBreak = kind === 'slip';
  const byKind = narrowed.filter((id) => (byId.get(id)?.habit.kind === 'break') === wantBreak);
  if (byKind.length > 0) narrowed = byKind;
  const measured = quantities.filter((q) => q.unit !== null && !q.noun);
  if (narrowed.length > 1 && measured.length > 0) {
    const fits = narrowed.filter((id) => measured.some((q) => {
      const unit = byId.get(id)?.unit ?? null;
      return unit !== null && unit.dimension === q.unit?.dimension && convertQuantity(1, q.unit, unit) !== null;
    }));
    if (fits.length > 0) narrowed = fits;
  }
  return narrowed;
}

// Counts that many activities share: they do not say which one.
const SHARED_COUNTS = new Set(['rep', 'set', 'time', 'session']);

/** "wrote 800 words" with no writing habit: the one habit that counts words is the one meant. */
function countedIn(q: QuantityHit | null, kind: EntryKind, byId: Map<string, HabitProfile>): string[] {
  const key = q?.unit?.countKey;
  if (!key || q.noun || SHARED_COUNTS.has(key)) return [];
  const fits = [...byId.values()].filter((p) => p.unit?.countKey === key && (p.habit.kind === 'break') === (kind === 'slip'));
  return fits.length === 1 && fits[0] ? [fits[0].habit.id] : [];
}

/** Whether a habit id is one of the person's break habits. */
function isBreakIn(byId: Map<string, HabitProfile>): (habitId: string) => boolean {
  return (id) => byId.get(id)?.habit.kind === 'break';
}

function entryKindFor(r: ResolvedMention, clause: ClauseInfo | undefined, byId: Map<string, HabitProfile>): EntryKind {
  if (r.modality === 'skip') return 'skip';
  const isBreak = isBreakIn(byId);
  const ids = r.mention.habitIds;
  if (namesOnlyBreakHabits(r.mention, isBreak)) return 'slip';
  if (clause?.slip && ids.some(isBreak)) return 'slip';
  // "had a beer" with no habit for it: a slip of some habit one is breaking.
  if (ids.length === 0 && r.mention.concepts.length > 0 && r.mention.concepts.every(isVice)) return 'slip';
  return 'done';
}

/**
 * "skip dessert", "pulei o refri": what is skipped is something one is quitting (a break habit, or a
 * vice with no habit). "skip no sugar today", "pulando o sem álcool" skip the habit itself, named with its "no".
 */
function skipsAVice(mention: Mention, byId: Map<string, HabitProfile>): boolean {
  if (mention.negated) return false;
  if (mention.habitIds.length === 0) return mention.concepts.length > 0 && mention.concepts.every(isVice);
  return namesOnlyBreakHabits(mention, isBreakIn(byId));
}

function buildLogResult(
  text: TokenizedText,
  clauses: ClauseInfo[],
  resolved: ResolvedMention[],
  byId: Map<string, HabitProfile>,
  messageDate: LocalDate,
  context: ParseContext,
): ParseResult | null {
  const reasonExists = freeClauses(clauses).length > 0;
  const pending: PendingLog[] = [];
  let lateNight = false;
  for (const r of resolved) {
    const clause = clauses[r.clauseIndex];
    // "no pushups today, too tired": a refusal that gives a reason reads as a skip, but no skip word
    // was said and a skip protects a streak, so it is only asked about (doubt 'skip_not_said'), never
    // written silently. Past negations are reports ("didn't meditate", "não corri, muito cansado":
    // today may still come) unless they explain a day already over: "didn't read yesterday, had a migraine".
    // "zero social media yesterday, proud of myself": none of what one is quitting is a day kept.
    const quitting = namesOnlyBreakHabits(r.mention, isBreakIn(byId));
    // "quase desisti do violão mas toquei 20 min": a near miss is no refusal, whatever follows it.
    const dayOver = clause !== undefined && (!clause.past || dateOf(clause, messageDate) < context.today);
    const refusal = r.modality === 'negated' && clause !== undefined && dayOver && !clause.nearMiss && reasonExists && !quitting;
    if (r.modality !== 'done' && r.modality !== 'skip' && !refusal) continue;
    // "paid 60 bucks for my piano lesson": what was paid for is not done by paying.
    if (clause?.payment) continue;
    // "skipped dessert", "gonna skip dessert tonight": skipping what one is quitting keeps it (or plans to), no skip entry.
    if (r.modality === 'skip' && clause?.skip && skipsAVice(r.mention, byId)) continue;
    const kind = refusal ? 'skip' : entryKindFor(r, clause, byId);
    if (kind === 'slip' && r.mention.negated) continue;
    // "nail biting: clean today": the break habit named with a kept day is no slip (and a kept day writes nothing).
    if (kind === 'slip' && keptDayNear(clauses, r.clauseIndex)) continue;
    if (r.mention.habitIds.length === 0 && clause?.cleanDay) continue;
    const ids = narrow(r.mention.habitIds, kind, clause?.quantities ?? [], byId);
    // "comi doce hoje" with only "Não fumar": a slip must name a habit one is breaking, never borrow another's.
    if (ids.length === 0 && kind === 'slip') continue;
    // An activity with no habit of its own is only worth asking about when it clearly happened.
    if (ids.length === 0 && !(clause?.past || clause?.done || kind === 'skip' || (clause?.quantities.length ?? 0) > 0)) continue;
    // "drank 2 liters of water" with no water habit: no habit is measured in litres, so none is asked about.
    if (ids.length === 0 && clause && measuredInNoHabit(clause.quantities, [...byId.values()])) continue;
    // "went to bed at 1am again", "dormi 2 da manhã": later than the sleep habit's deadline is a late night, not the habit done.
    const sleepHabit = ids.length === 1 ? byId.get(ids[0] ?? '') : undefined;
    if (kind === 'done' && clause && sleepHabit && laterThanDeadline(text.tokens, clause.clause.from, clause.clause.to, sleepHabit)) {
      lateNight = true;
      continue;
    }
    pending.push({ clauseIndex: r.clauseIndex, mention: r.mention, kind, habitIds: ids, quantity: null, date: dateOf(clause, messageDate), ...(refusal ? { skipNotSaid: true } : {}) });
  }
  if (lateNight && pending.length === 0) return { kind: 'none', reason: 'unknown' };
  repeatOnOtherDays(pending, clauses);
  doneAfterContrast(pending, clauses, resolved, messageDate);
  const known = pending.filter((p) => p.habitIds.length > 0);
  const usable = known.length > 0 ? known : pending;
  if (usable.length === 0) return null;
  assignQuantities(usable, clauses, byId, text.tokens);
  for (const p of usable) if (p.habitIds.length === 0) p.habitIds = countedIn(p.quantity, p.kind, byId);
  const unsure = usable.find((p) => p.habitIds.length !== 1);
  if (unsure) return ambiguousFor(unsure, text, clauses, [...byId.values()], context);
  // "read 20 pages, reading is fun": a remark about a logged habit is a note; so is one
  // about an activity with no habit of its own ("wrote 500 words, finished chapter 3").
  const logged = new Set(usable.flatMap((p) => p.habitIds));
  const logClauses = new Set(usable.map((p) => p.clauseIndex));
  // "li 50 páginas, não consegui largar o livro": the logged habit's thing, in a negated clause with no
  // amount or day of its own, is a remark about it too (not "didn't read yesterday": a verb, a day).
  const remarkOnIt = (r: ResolvedMention): boolean => {
    const clause = clauses[r.clauseIndex];
    if (r.modality === 'statement') return true;
    return r.modality === 'negated' && r.mention.tense === 'noun' && clause !== undefined && clause.quantities.length === 0 && clause.dates.length === 0;
  };
  const remarks = resolved
    .filter((r) => !logClauses.has(r.clauseIndex) && r.modality !== 'question' && r.modality !== 'plan')
    .filter((r) => (remarkOnIt(r) && r.mention.habitIds.some((id) => logged.has(id))) || r.mention.habitIds.length === 0)
    .map((r) => r.clauseIndex);
  return logResult(finishLogs(usable, text, clauses, byId, remarks, context));
}

/** "didn't run yesterday but did today", "não fiz flexões ontem, mas hoje fiz 30": the contrast is a log of the negated habit. */
function doneAfterContrast(pending: PendingLog[], clauses: ClauseInfo[], resolved: ResolvedMention[], messageDate: LocalDate): void {
  clauses.forEach((c, i) => {
    if (c.mentions.length > 0 || !c.clause.contrast || !(c.past || c.done) || c.negation || c.question || c.plan) return;
    for (const r of resolved) {
      if (r.clauseIndex !== i - 1 || r.modality !== 'negated' || r.mention.habitIds.length === 0) continue;
      pending.push({ clauseIndex: i, mention: r.mention, kind: 'done', habitIds: r.mention.habitIds, quantity: null, date: dateOf(c, messageDate) });
    }
  });
}

/**
 * "ran yesterday and today", "treinei ontem e hoje": a clause that only names another day repeats the
 * logs before it; "did 10 squats yesterday and 15 today": with its own quantity.
 */
function repeatOnOtherDays(pending: PendingLog[], clauses: ClauseInfo[]): void {
  clauses.forEach((c, i) => {
    const day = c.dates.find((d) => !d.future)?.date;
    const onlyADay = c.contentWords === 0 || (isQuantityOnly(c) && c.quantities.length === 1);
    if (day === undefined || c.mentions.length > 0 || !onlyADay || c.negation || c.question) return;
    const before = pending.filter((p) => p.clauseIndex === i - 1 && p.date !== day);
    for (const p of before) pending.push({ ...p, clauseIndex: i, quantity: null, date: day });
  });
}

function finishLogs(pending: PendingLog[], text: TokenizedText, clauses: ClauseInfo[], byId: Map<string, HabitProfile>, remarks: number[], context: ParseContext): ParsedLog[] {
  const free = [...new Set([...freeClauses(clauses), ...remarks])].sort((a, b) => a - b);
  const logClauses = pending.map((p) => p.clauseIndex);
  const firstLogClause = Math.min(...logClauses);
  // "hoje sem protetor, nem vou sair de casa": a plan not to do something explains a skip.
  const reason = freeText(text, clauses, free.filter((i) => clauses[i]?.clause.reason || !clauses[i]?.plan || clauses[i]?.negation));
  const logs: ParsedLog[] = [];
  for (const log of pending) {
    // A note follows its log: the free clauses after it, up to the next log.
    const nextLogClause = Math.min(...logClauses.filter((i) => i > log.clauseIndex), Infinity);
    const own = free.filter((i) => i > log.clauseIndex && i < nextLogClause && i > firstLogClause && !clauses[i]?.plan);
    const base = toParsedLog(log, byId, freeText(text, clauses, own), reason);
    const parsed = judge(base, evidenceOf(text, matchOf(log.mention), log.mention, log.quantity, context.locale), log.quantity, byId.get(base.habitId), context, log.skipNotSaid === true);
    const existing = logs.find((l) => l.habitId === parsed.habitId && l.kind === parsed.kind && l.date === parsed.date);
    if (existing) {
      // "read 20 pages (great book!)": the habit named again, with nothing new, is a note.
      const clause = clauses[log.clauseIndex];
      const saysMore = clause !== undefined && clause.clause.to - clause.clause.from > log.mention.end - log.mention.start;
      const remark = clause && clause.quantities.length === 0 && saysMore ? freeText(text, clauses, [log.clauseIndex]) : null;
      existing.quantity ??= parsed.quantity;
      // ...and for a skip, the reason: "skip cold shower, I have a cold".
      existing.note ??= parsed.note ?? (existing.kind === 'skip' ? null : remark);
      if (existing.kind === 'skip') existing.reason ??= remark;
    } else logs.push(parsed);
  }
  return logs;
}

function mentionText(text: TokenizedText, mention: Mention | null): string {
  return mention ? sliceSource(text, mention.start, mention.end) : text.source.trim();
}

function ambiguousFor(log: PendingLog, text: TokenizedText, clauses: ClauseInfo[], profiles: HabitProfile[], context: ParseContext): Ambiguous {
  const candidates = log.habitIds.length > 1 ? log.habitIds : fallbackCandidates(log.kind, log.quantity, profiles);
  const clause = clauses[log.clauseIndex];
  const quantity = log.quantity ?? (clause && isQuantityOnly(clause) ? (clause.quantities[0] ?? null) : null);
  return {
    kind: 'ambiguous',
    entryKind: log.kind,
    candidates,
    quantity: quantity ? quantity.value : null,
    date: log.date ?? context.today,
    text: mentionText(text, log.mention),
  };
}
