// Reads each clause of a message: which habits it mentions, with what quantity, and
// whether it is negated, a plan, a skip, a slip or a question.
import type { LocalDate } from '../types.js';
import type { ParserLanguage } from './types.js';
import { splitClauses, type Clause } from './clauses.js';
import { dropCircumstances } from './context-words.js';
import { ORDINAL_SUFFIXES } from './date-words.js';
import type { DateHit } from './dates.js';
import { dropMeasureNames, dropModifiers, findEvidence } from './habit-matcher.js';
import { conceptLexicon, tenseOf, type HabitProfile } from './habit-profile.js';
import { GENERIC_PAST_VERBS, INTAKE_VERBS } from './lexicon.js';
import { readMentions, repeatedEmoji, type Mention } from './mentions.js';
import type { Token } from './normalize.js';
import { findQuantities, type QuantityHit } from './quantities.js';
import { hasFutureMarker } from './plans.js';
import { opensWithSomeoneElse, speakerJoins } from './subject.js';
import { unitOfWord } from './units.js';
import { sameWord } from './word-match.js';
import * as V from './words/index.js';
import { isWordFor, wordSet, wordSetOf } from './words/index.js';
import { rulePhrases, ruleWords, rulesOf } from './words/rules.js';

export type { Mention };

export interface ClauseInfo {
  clause: Clause;
  mentions: Mention[];
  quantities: QuantityHit[];
  dates: DateHit[];
  negation: boolean;
  plan: boolean;
  skip: boolean;
  slip: boolean;
  question: boolean;
  past: boolean;
  done: boolean;
  /** Words that are not fillers, dates or punctuation. */
  contentWords: number;
  /** Of those, the emoji ("600 palavras 😮‍💨"). */
  contentEmoji: number;
  /** Of those, verbs that only say it was had or done ("had 3 cans", "tomei 2"). */
  contentVerbs: number;
  /** "not today", "nope", "not yet": a negation that says nothing more (unlike "no time"). */
  bareNegation: boolean;
  /** Nothing but habit words, quantities, dates and fillers: "gym ✅", "morning run". */
  terse: boolean;
  /** "I read every day": a habit described, not a log. */
  habitual: boolean;
  /** "skipped lunch": a skip of something that names no habit. */
  skipObject: boolean;
  /** "morning:", "noite:": only names a part of the day. */
  dayPartLabel: boolean;
  /** "my wife did 100 squats", "ele correu": about someone else, not the speaker's log. */
  otherSubject: boolean;
  /** "clean today", "limpo": only says a day was kept. */
  cleanDay: boolean;
  /** "almost bailed on yoga", "quase desisti do violão": turning away nearly happened (no skip, no refusal). */
  nearMiss: boolean;
  /** "paid 60 bucks for my piano lesson", "paguei 60 conto na aula": money paid, for whatever it names. */
  payment: boolean;
  /** "ran out of floss", "acabou o fio dental": a thing was lacking; what the clause names was not done in it. */
  runningOut: boolean;
}

const ALMOST = wordSet('almost');
const PAYING = new Set([...wordSet('spendingVerbs'), ...wordSet('paymentVerbs')]);
const MONEY = new Set([...wordSet('moneyWords'), '$', '€', '£']);
const TURN_AWAY = wordSet('turnAwayVerbs');
const RUNNING_OUT = [...wordSet('runningOut')].map((phrase) => phrase.split(' '));
const turnsAway = (word: string): boolean => TURN_AWAY.has(word) || V.SKIP_WORDS.has(word) || V.NEGATIONS.has(word);

// Negations that also work after the habit: "academia hoje não", "gym? nope".
const TRAILING_NEGATIONS = new Set(ruleWords('trailingNegations'));

const ARTICLES = wordSet('articles');
const ALTERNATIVES = new Set(ruleWords('alternatives'));
const PAST_INTENTIONS = rulePhrases('pastIntentions');
const CLOCK_LEADS = new Set(ruleWords('timeOfDayLeads'));

/** "regué", "comí", "subió": in a language that marks its past with a final accent (Spanish), such a word is a past verb. */
function accentedPast(token: Token, locale: ParserLanguage): boolean {
  const rules = rulesOf(locale);
  const endings = rules.accentedPastEndings ?? [];
  if (endings.length === 0 || token.kind !== 'word' || token.norm.length < 4) return false;
  const last = token.text.normalize('NFC').toLowerCase().slice(-1);
  return endings.includes(last) && !(rules.accentedNotPast ?? []).includes(token.norm);
}

const norms = (tokens: Token[], from: number, to: number): string[] => tokens.slice(from, to + 1).map((t) => t.norm);

function hasPhrase(words: string[], phrases: string[][]): boolean {
  return phrases.some((phrase) => words.some((_, i) => phrase.every((p, k) => words[i + k] === p)));
}

/** Positions of negation words that negate something (not "not bad", "no problem"). */
function negationPositions(tokens: Token[], from: number, to: number, usable: (i: number) => boolean, locale: ParserLanguage): number[] {
  const positions: number[] = [];
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (!t || !usable(i)) continue;
    // The person's language first: Portuguese "no" is "in the" ("escrevi no diário"), so another
    // language's negation word the person's language uses otherwise negates only when it opens the clause.
    if (i !== from && V.NEGATIONS.has(t.norm) && !isWordFor('negations', t.norm, locale, V.NEGATIONS)) continue;
    const isShort = V.SHORT_NEGATIONS.has(t.norm) && tokens[i + 1]?.kind === 'word' && t.text.length === 1;
    // "perdi o treino" (missed), but "perdi 1 kg" (lost) is progress.
    const missed = (t.norm === 'perdi' || t.norm === 'missed') && ['o', 'a', 'meu', 'minha', 'my', 'the'].includes(tokens[i + 1]?.norm ?? '');
    // "fiz tudo menos o fio dental": everything except.
    const except = t.norm === 'menos' && ['tudo', 'todos', 'todas'].includes(tokens[i - 1]?.norm ?? '');
    // "ran out of time for guitar", "fiquei sem tempo": it did not happen.
    const ranOut = ['ran', 'run', 'running', 'runs'].includes(t.norm) && tokens[i + 1]?.norm === 'out' && tokens[i + 2]?.norm === 'of';
    // "stayed off my phone", "kept away from sugar", "fiquei longe do celular": kept clear of it.
    const keptClear = V.KEPT_CLEAR_OF.has(t.norm) && V.KEPT_CLEAR_VERBS.has(tokens[i - 1]?.norm ?? '');
    if (!V.NEGATIONS.has(t.norm) && !isShort && !missed && !except && !ranOut && !keptClear) continue;
    const rest = norms(tokens, i, Math.min(to, i + 3));
    const idiom = V.NEGATION_IDIOMS.some((idiom) => idiom.every((w, k) => rest[k] === w));
    const idiomFromPrev = V.NEGATION_IDIOMS.some((idiom) => idiom[0] !== t.norm && idiom.every((w, k) => norms(tokens, i - 1, i + 2)[k] === w));
    if (!idiom && !idiomFromPrev) positions.push(i);
  }
  return positions;
}

/** Words not accounted for by a habit, a quantity, a date or a filler. */
function unexplainedWords(tokens: Token[], from: number, to: number, inDate: Set<number>, mentions: Mention[], quantities: QuantityHit[], locale: ParserLanguage): number {
  const placeLeads = wordSetOf('placeLeads', locale);
  let count = 0;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    // "evening walk with the dog", "caminhada com o cachorro": who it was with is a detail.
    if ((t?.norm === 'with' || t?.norm === 'com') && count === 0 && mentions.some((m) => m.end < i)) break;
    // "faxina pesada no apê", "yoga at the park": so is where (the place itself, not what follows it).
    if (placeLeads.has(t?.norm ?? '') && mentions.some((m) => m.end < i) && tokens[i + 1]?.kind === 'word' && !inDate.has(i + 1)) {
      i += ARTICLES.has(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.kind === 'word' ? 2 : 1;
      continue;
    }
    if (!t || t.kind !== 'word' || inDate.has(i) || V.FILLERS.has(t.norm) || V.TERSE_ALLOWED.has(t.norm)) continue;
    // "another glass of water": a unit word says how much, not something else; "in bed by 11": a deadline.
    // "lights out at 10:45": so is the clock time it happened at.
    if (unitOfWord(t.norm) !== null || ((t.norm === 'by' || CLOCK_LEADS.has(t.norm)) && tokens[i + 1]?.kind === 'number')) continue;
    if (mentions.some((m) => i >= m.start && i <= m.end) || quantities.some((q) => i >= q.start && i <= q.end)) continue;
    count++;
  }
  return count;
}

/**
 * "20 pages a day", "8 glasses of water a day", "3 litros de água por dia": a rate anywhere after
 * the quantity. Not "first time in a week", "on a day off", "a week ago": those place it in time.
 */
function rateAfter(tokens: Token[], from: number, to: number, inDate: Set<number>): boolean {
  for (let k = from; k < to; k++) {
    if (inDate.has(k) || !V.RATE_LEADS.has(tokens[k]?.norm ?? '') || !V.RATE_PERIODS.has(tokens[k + 1]?.norm ?? '')) continue;
    if (V.NOT_RATE_BEFORE.has(tokens[k - 1]?.norm ?? '') || V.NOT_RATE_AFTER.has(tokens[k + 2]?.norm ?? '')) continue;
    return true;
  }
  return false;
}

/** "one celsius", "a few puffs", "2ª coca", "2 red bulls", "snooze button won": the thing counted, or said to win. */
function occurredAround(tokens: Token[], start: number, end: number): boolean {
  if (V.WON_WORDS.has(tokens[end + 1]?.norm ?? '')) return true;
  let i = start - 1;
  if (tokens[i]?.norm === 'a' && V.COUNT_LEADS.has(tokens[i + 1]?.norm ?? '')) return true;
  // "a few puffs of the vape": the count may be of the thing's unit.
  if (tokens[i]?.norm === 'the' || tokens[i]?.norm === 'of') i -= tokens[i - 1]?.norm === 'of' ? 2 : 1;
  if (tokens[i]?.kind === 'word' && unitOfWord(tokens[i]?.norm ?? '') === null && tokens[i]?.norm !== 'of' && i < start - 1) i--;
  const lead = tokens[i];
  if (!lead) return false;
  if (lead.kind === 'number' || V.COUNT_LEADS.has(lead.norm)) return true;
  // "2nd", "2ª": an ordinal.
  return ORDINAL_SUFFIXES.has(lead.norm) && tokens[i - 1]?.kind === 'number' && tokens[i - 1]?.end === lead.start;
}

/**
 * "plants watered", "regué las plantas": the verb of a habit named as a verb and its object ("Water the
 * plants"), beside a mention of that habit, belongs to it, not to another habit it names ("Water").
 */
function dropNameVerbs(mentions: Mention[], tokens: Token[], profiles: HabitProfile[]): Mention[] {
  const verbOf = (id: string): string | null => {
    const p = profiles.find((q) => q.habit.id === id);
    return p && p.weakNameWord >= 0 ? (p.nameWords[p.weakNameWord] ?? null) : null;
  };
  return mentions.filter((m) => {
    if (m.start !== m.end) return true;
    const word = tokens[m.start]?.norm ?? '';
    return !mentions.some((o) => {
      if (o === m || o.habitIds.length !== 1 || m.habitIds.includes(o.habitIds[0] ?? '')) return false;
      const near = Math.abs(o.start - m.end) <= 2 || Math.abs(m.start - o.end) <= 2;
      const verb = verbOf(o.habitIds[0] ?? '');
      return near && verb !== null && sameWord(word, verb);
    });
  });
}

export function analyzeClauses(tokens: Token[], dates: DateHit[], profiles: HabitProfile[], locale: ParserLanguage, today: LocalDate): ClauseInfo[] {
  const inDate = new Set<number>();
  for (const d of dates) for (let i = d.start; i <= d.end; i++) inDate.add(i);
  const usable = (i: number): boolean => !inDate.has(i);
  // "tomorrow: gym": a future date anywhere makes the undated clauses plans too.
  const onlyFuture = dates.length > 0 && dates.every((d) => d.future);
  const infos = splitClauses(tokens, locale).map((clause) => readClause(clause));
  // "de manhã e de tarde", "morning and evening": a part of the day joined to another says when, not "later".
  infos.forEach((c, k) => {
    const lastBefore = tokens[infos[k - 1]?.clause.to ?? -1]?.norm ?? '';
    if (c.dayPartLabel && (c.clause.opener === 'e' || c.clause.opener === 'and') && V.DAY_PART_LABELS.has(lastBefore)) c.plan = false;
  });
  // "¿yoga en la mañana o en la noche?": the question mark ends the last alternative, but all are asked.
  for (let k = infos.length - 1; k > 0; k--) {
    const c = infos[k];
    const before = infos[k - 1];
    if (c?.question && before && ALTERNATIVES.has(c.clause.opener ?? '')) before.question = true;
  }
  // "tonight: read", "mais tarde: leitura": a clause that only says "later" makes the rest a plan.
  const laterAlone = infos.some((c) => c.mentions.length === 0 && c.plan && !c.past && c.contentWords <= 2);
  if (laterAlone) for (const c of infos) if (!c.past && !c.done) c.plan = true;
  infos.forEach((c, k) => {
    const before = infos[k - 1];
    const joined = before !== undefined && (c.clause.opener === 'and' || c.clause.opener === 'e');
    // "me and my wife walked 5k" is the speaker's too; "my wife ran 5k and did 50 squats" is still hers.
    if (joined && speakerJoins(tokens, before.clause.from, before.clause.to)) c.otherSubject = false;
    else if (joined && before.otherSubject && !['i', 'eu'].includes(tokens[c.clause.from]?.norm ?? '')) c.otherSubject = true;
  });
  return infos;

  function readClause(clause: Clause): ClauseInfo {
    const { from, to } = clause;
    const words = norms(tokens, from, to);
    const quantities = findQuantities(tokens, from, to, usable, locale);
    const found = dropModifiers(dropCircumstances(dropMeasureNames(findEvidence(tokens, from, to, usable, profiles), tokens, quantities, profiles), tokens), tokens);
    // Emoji decorate words ("hit the gym 💪"); they name a habit only when no word does.
    const wordsFound = found.filter((e) => tokens[e.start]?.kind === 'word');
    const evidences = wordsFound.length > 0 ? wordsFound : found;
    // "💧💧💧", "water 💧💧💧": a habit's emoji repeated counts (decoration like 💪 does not).
    const countable = found.filter((e) => tokens[e.start]?.kind === 'emoji' && !V.FILLERS.has(tokens[e.start]?.norm ?? ''));
    if (quantities.length === 0) quantities.push(...repeatedEmoji(tokens, wordsFound.length === 0 ? evidences : countable));
    const mentions = dropNameVerbs(readMentions(evidences, tokens, profiles, quantities, words), tokens, profiles);
    const negations = negationPositions(tokens, from, to, usable, locale);
    for (const m of mentions) {
      m.negated = negations.some((n) => {
        const word = tokens[n]?.norm ?? '';
        if (n < m.start) return !V.TRAILING_ONLY_NEGATIONS.has(word);
        return n > m.end && n <= m.end + 2 && (TRAILING_NEGATIONS.has(word) || V.TRAILING_ONLY_NEGATIONS.has(word));
      });
    }
    const clauseDates = dates.filter((d) => d.start >= from && d.end <= to);
    const lexicon = conceptLexicon();
    for (const m of mentions) {
      if (!V.IN_THE_ACT.has(tokens[m.end + 1]?.norm ?? '')) continue;
      for (let k = m.start; k <= m.end && !m.inTheAct; k++) m.inTheAct = tenseOf(tokens[k]?.norm ?? '', lexicon) === 'ger';
    }
    for (const m of mentions) m.occurred = occurredAround(tokens, m.start, m.end);
    // "fio dental passado" (done), but "mês passado" (last month).
    const participle = words.some((w, k) => (w === 'passado' || w === 'passada') && !V.TIME_NOUNS.has(words[k - 1] ?? ''));
    // "sunscreen is so overrated": an "-ed" word the lexicon does not know, after "is" or "so", is an adjective.
    const pastWord = (w: string, k: number): boolean =>
      tenseOf(w, lexicon) === 'past' && (lexicon.index.has(w) || !V.ADJECTIVE_LEADS.has(words[k - 1] ?? ''));
    const past = participle || tokens.slice(from, to + 1).some((t) => accentedPast(t, locale)) || words.some((w, k) => V.PAST_MARKERS.has(w) || GENERIC_PAST_VERBS.has(w) || pastWord(w, k)) || mentions.some((m) => m.tense === 'past');
    // "almost done with my pages", "quase terminando o tcc": still going.
    // "almost bailed on yoga", "quase desisti da yoga": turning away nearly happened, so the habit was not
    // skipped; it reads as not done until a contrast says it was ("...but went", "...mas fui").
    // "was gonna skip yoga but did 15 min", "ia pular a yoga mas fiz": an intention in the past, like "almost".
    const intendedAt = (k: number): number => Math.max(0, ...PAST_INTENTIONS.filter((p) => p.every((w, j) => words[k + j] === w)).map((p) => p.length));
    const nearMiss = words.some((w, k) => (ALMOST.has(w) && [1, 2].some((d) => turnsAway(words[k + d] ?? ''))) || (intendedAt(k) > 0 && [0, 1].some((d) => turnsAway(words[k + intendedAt(k) + d] ?? ''))));
    if (nearMiss) for (const m of mentions) m.negated = true;
    const unfinished = !nearMiss && words.some((w, k) => {
      const next = words[k + 1] ?? '';
      return V.UNFINISHED_LEADS.has(w) && (V.FINISH_WORDS.has(next) || GENERIC_PAST_VERBS.has(next) || tenseOf(next, lexicon) === 'past');
    });
    const rate = quantities.some((q) => rateAfter(tokens, q.end + 1, to, inDate));
    const done = words.some((w) => V.DONE_WORDS.has(w));
    // "did my plan for tomorrow", "planejamento de amanhã feito": done now, for that day.
    const doneFor = (d: DateHit): boolean => (past || done) && V.FOR_DAY_LEADS.has(tokens[d.start - 1]?.norm ?? '');
    const futureWords = hasFutureMarker(tokens, from, to) || clauseDates.some((d) => d.future && !doneFor(d));
    // "boa noite" / "boa tarde" greet; "à noite" / "mais tarde" say when.
    // "noite: 30 flexões" labels a part of the day; "à noite", "mais tarde" say later.
    // "ontem à noite" is last night: a word inside a past day's date is not "later".
    // "hoje à noite eu leio", "tonight": today's evening is still later.
    const inPastDate = (k: number): boolean => clauseDates.some((d) => d.date < today && from + k >= d.start && from + k <= d.end);
    const softFuture = words.some((w, k) => V.SOFT_FUTURE.has(w) && !inPastDate(k) && words[k - 1] !== 'boa' && (!V.DAY_PART_LABELS.has(w) || V.LATER_LEADS.has(words[k - 1] ?? '')));
    const slip = words.some((w) => V.SLIP_WORDS.has(w)) || hasPhrase(words, V.SLIP_PHRASES);
    // "umas 4 horas no total": "in total" adds nothing.
    const inTotal = (k: number): boolean => V.TOTAL_LEADS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'total';
    const content = tokens.slice(from, to + 1).filter((t, k) => !inDate.has(from + k) && t.kind !== 'punct' && !V.FILLERS.has(t.norm) && !inTotal(from + k));
    const first = words[0] ?? '';
    const startsAsQuestion = V.QUESTION_STARTERS.has(first) && words[1] !== 'not' && words[1] !== 'a';
    return {
      clause,
      mentions,
      quantities,
      dates: clauseDates,
      negation: negations.length > 0,
      plan: unfinished || futureWords || (softFuture && !past && !done && !slip) || (onlyFuture && clauseDates.length === 0 && !past),
      // "not sure if I should skip piano", "não sei se pulo": wondering about a skip is not one.
      skip: !unfinished && !nearMiss && (words.some((w) => V.SKIP_WORDS.has(w)) || hasPhrase(words, V.SKIP_PHRASES)) && !words.some((w) => V.HEDGES.has(w)) && !hasPhrase(words, V.HEDGE_PHRASES),
      slip,
      question: clause.question || (startsAsQuestion && clause.opener === null),
      past,
      done,
      contentWords: content.length,
      contentEmoji: content.filter((t) => t.kind === 'emoji').length,
      contentVerbs: content.filter((t) => GENERIC_PAST_VERBS.has(t.norm) || INTAKE_VERBS.has(t.norm)).length,
      bareNegation: negations.length > 0 && content.every((t) => V.NEGATIONS.has(t.norm) || V.BARE_NEGATION_COMPANIONS.has(t.norm)),
      terse: unexplainedWords(tokens, from, to, inDate, mentions, quantities, locale) === 0,
      habitual: rate || words.some((w) => V.HABITUAL.has(w)),
      dayPartLabel: content.length > 0 && content.every((t) => V.DAY_PART_LABELS.has(t.norm)),
      // "takeout free today", "nail biting: clean": the habit named and a kept day.
      cleanDay: content.some((t) => V.CLEAN_DAY.has(t.norm)) &&
        content.every((t) => V.CLEAN_DAY.has(t.norm) || V.FILLERS.has(t.norm) || t.kind === 'emoji' || mentions.some((m) => t.start >= (tokens[m.start]?.start ?? 0) && t.end <= (tokens[m.end]?.end ?? 0))),
      // Spent money, not time ("spent 30 min on guitar" is a log): a money word or a currency sign says so.
      nearMiss,
      // "pagué 500 de la mensualidad": an amount with no unit right after paying is money too (not "spent 30 min").
      payment: words.some((w, k) => PAYING.has(w) && ((tokens[from + k + 1]?.kind === 'number' && unitOfWord(words[k + 2] ?? '') === null) || words.some((m) => MONEY.has(m)))),
      runningOut: hasPhrase(words, RUNNING_OUT),
      otherSubject: opensWithSomeoneElse(tokens, from, to, (i) => inDate.has(i)),
      skipObject: content.some((t) => t.kind === 'word' && !V.SKIP_WORDS.has(t.norm) && !V.SKIP_PHRASE_WORDS.has(t.norm) && !V.TERSE_ALLOWED.has(t.norm) && !V.SKIP_COMPANIONS.has(t.norm)),
    };
  }
}
