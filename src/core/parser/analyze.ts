// Reads each clause of a message: which habits it mentions, with what quantity, and
// whether it is negated, a plan, a skip, a slip or a question.
import type { Locale } from '../types.js';
import { splitClauses, type Clause } from './clauses.js';
import type { DateHit } from './dates.js';
import { bestHabits, combinedScores, findEvidence, type Evidence } from './habit-matcher.js';
import { conceptLexicon, tenseOf, type HabitProfile } from './habit-profile.js';
import { GENERIC_PAST_VERBS, type Tense } from './lexicon.js';
import type { Token } from './normalize.js';
import { findQuantities, type QuantityHit } from './quantities.js';
import { unitOfWord } from './units.js';
import * as V from './vocabulary.js';

export interface Mention {
  start: number;
  end: number;
  scores: Map<string, number>;
  /** Best-scoring habits: one, or several when it is a tie. */
  habitIds: string[];
  score: number;
  tense: Tense | 'none';
  concepts: string[];
  negated: boolean;
}

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
}

// Prepositions before a second habit word that make it a place or a time, not a log:
// "ran at the gym", "pushups after my run", "corri na esteira da academia".
const LOCATION_WORDS = new Set(['at', 'in', 'to', 'from', 'after', 'before', 'during', 'na', 'no', 'da', 'do', 'pra', 'para', 'em', 'durante', 'antes', 'depois', 'apos', 'with', 'com', 'the', 'my', 'minha', 'meu', 'a', 'o']);

// Negations that also work after the habit: "academia hoje não", "gym? nope".
const TRAILING_NEGATIONS = new Set(['not', 'no', 'nao', 'nope', 'nah', 'n']);

const norms = (tokens: Token[], from: number, to: number): string[] => tokens.slice(from, to + 1).map((t) => t.norm);

function hasPhrase(words: string[], phrases: string[][]): boolean {
  return phrases.some((phrase) => words.some((_, i) => phrase.every((p, k) => words[i + k] === p)));
}

/** Positions of negation words that negate something (not "not bad", "no problem"). */
function negationPositions(tokens: Token[], from: number, to: number, usable: (i: number) => boolean, locale: Locale): number[] {
  const positions: number[] = [];
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (!t || !usable(i)) continue;
    // Portuguese "no" is "in the" ("escrevi no diário"): a negation only when it opens the clause.
    if (t.norm === 'no' && locale === 'pt-BR' && i !== from) continue;
    const isShort = V.SHORT_NEGATIONS.has(t.norm) && tokens[i + 1]?.kind === 'word' && t.text.length === 1;
    // "perdi o treino" (missed), but "perdi 1 kg" (lost) is progress.
    const missed = (t.norm === 'perdi' || t.norm === 'missed') && ['o', 'a', 'meu', 'minha', 'my', 'the'].includes(tokens[i + 1]?.norm ?? '');
    // "fiz tudo menos o fio dental": everything except.
    const except = t.norm === 'menos' && ['tudo', 'todos', 'todas'].includes(tokens[i - 1]?.norm ?? '');
    // "ran out of time for guitar", "fiquei sem tempo": it did not happen.
    const ranOut = ['ran', 'run', 'running', 'runs'].includes(t.norm) && tokens[i + 1]?.norm === 'out' && tokens[i + 2]?.norm === 'of';
    if (!V.NEGATIONS.has(t.norm) && !isShort && !missed && !except && !ranOut) continue;
    const rest = norms(tokens, i, Math.min(to, i + 3));
    const idiom = V.NEGATION_IDIOMS.some((idiom) => idiom.every((w, k) => rest[k] === w));
    const idiomFromPrev = V.NEGATION_IDIOMS.some((idiom) => idiom[0] !== t.norm && idiom.every((w, k) => norms(tokens, i - 1, i + 2)[k] === w));
    if (!idiom && !idiomFromPrev) positions.push(i);
  }
  return positions;
}

/** "💧💧💧": the same habit emoji repeated counts. */
function repeatedEmoji(tokens: Token[], evidences: Evidence[]): QuantityHit[] {
  const first = evidences[0];
  if (!first || evidences.length < 2) return [];
  const emoji = tokens[first.start]?.norm;
  if (!evidences.every((e) => tokens[e.start]?.norm === emoji)) return [];
  const last = evidences[evidences.length - 1] ?? first;
  return [{ start: first.start, end: last.end, value: evidences.length, unit: null, noun: true, rawUnit: null }];
}

/** "evening run 3km" with "Morning run" and "Evening run": the word that tells them apart decides. */
function preferQualified(m: Mention, words: string[], profiles: HabitProfile[]): void {
  if (m.habitIds.length < 2) return;
  const qualified = m.habitIds.filter((id) => profiles.find((p) => p.habit.id === id)?.qualifiers.some((q) => words.includes(q)));
  if (qualified.length > 0 && qualified.length < m.habitIds.length) m.habitIds = qualified;
}

/** Words not accounted for by a habit, a quantity, a date or a filler. */
function unexplainedWords(tokens: Token[], from: number, to: number, inDate: Set<number>, mentions: Mention[], quantities: QuantityHit[]): number {
  let count = 0;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    // "evening walk with the dog", "caminhada com o cachorro": who it was with is a detail.
    if ((t?.norm === 'with' || t?.norm === 'com') && count === 0 && mentions.some((m) => m.end < i)) break;
    if (!t || t.kind !== 'word' || inDate.has(i) || V.FILLERS.has(t.norm) || V.TERSE_ALLOWED.has(t.norm)) continue;
    // "another glass of water": a unit word says how much, not something else; "in bed by 11": a deadline.
    if (unitOfWord(t.norm) !== null || (t.norm === 'by' && tokens[i + 1]?.kind === 'number')) continue;
    if (mentions.some((m) => i >= m.start && i <= m.end) || quantities.some((q) => i >= q.start && i <= q.end)) continue;
    count++;
  }
  return count;
}

const RUN_IDIOM_NEXT = new Set(['into', 'out', 'late', 'errands', 'away']);
const WALK_IDIOM_NEXT = new Set(['into', 'away', 'out', 'through', 'me', 'you']);
// "my run app crashed", "the water bill", "app de corrida", "conta de água": the habit word names a thing.
const THING_NOUNS = new Set([
  'app', 'apps', 'shoes', 'shoe', 'sneakers', 'watch', 'tracker', 'playlist', 'gear', 'clothes', 'teacher', 'bill',
  'instructor', 'mat', 'membership', 'aplicativo', 'tenis', 'roupa', 'roupas', 'relogio', 'conta', 'professor', 'professora',
  'tapete', 'mensalidade',
]);
// "ran to catch the bus", "corri pra pegar o ônibus": running to get somewhere is not a run.
const ERRAND_WORDS = new Set(['catch', 'get', 'grab', 'bus', 'train', 'subway', 'pegar', 'buscar', 'alcancar', 'onibus', 'metro', 'trem', 'uber']);
// "read your message", "li sua mensagem": reading a message is not the reading habit.
const MESSAGE_WORDS = new Set(['message', 'messages', 'msg', 'msgs', 'text', 'texts', 'email', 'emails', 'reply', 'comment', 'comments', 'dm', 'dms', 'chat', 'mensagem', 'mensagens', 'texto', 'resposta', 'comentario', 'comentarios', 'whatsapp', 'zap']);
const OBJECT_LEADS = new Set(['your', 'the', 'my', 'his', 'her', 'their', 'that', 'this', 'all', 'sua', 'seu', 'tua', 'teu', 'a', 'o', 'as', 'os', 'minha', 'meu', 'essa', 'esse', 'sua', 'suas', 'seus']);

/** "ran into an old friend", "running late", "ran to catch the bus", "read your message": the habit word in an idiom. */
function isIdiom(tokens: Token[], m: Mention): boolean {
  const after = (k: number): string => tokens[m.end + k]?.norm ?? '';
  const before = (k: number): string => tokens[m.start - k]?.norm ?? '';
  if (m.tense !== 'past' && (THING_NOUNS.has(after(1)) || (['de', 'da', 'do'].includes(before(1)) && THING_NOUNS.has(before(2))))) return true;
  if (m.concepts.includes('walk') && WALK_IDIOM_NEXT.has(after(1))) return true;
  if (m.concepts.includes('run')) {
    if (RUN_IDIOM_NEXT.has(after(1))) return true;
    if (['to', 'for', 'pra', 'para', 'atras'].includes(after(1)) && [2, 3, 4].some((k) => ERRAND_WORDS.has(after(k)))) return true;
  }
  if (m.concepts.includes('read') && m.tense !== 'noun') {
    const object = OBJECT_LEADS.has(after(1)) ? after(2) : after(1);
    if (MESSAGE_WORDS.has(object)) return true;
  }
  return false;
}

function hasFutureMarker(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const word = tokens[i]?.norm ?? '';
    if (!V.FUTURE_MARKERS.has(word)) continue;
    const needs = V.FUTURE_NEEDS_NEXT[word];
    if (needs && !needs.includes(tokens[i + 1]?.norm ?? '')) continue;
    // "going to the gym" is a plan; "instead of going to the gym" is not.
    if (word === 'going' && i > from && !['am', 'is', 'are', 'i', 'we', 'not', 'still', 'just', 'now', 'so'].includes(tokens[i - 1]?.norm ?? '')) continue;
    return true;
  }
  return false;
}

const DETERMINERS = new Set(['my', 'the', 'a', 'an', 'some', 'meu', 'minha', 'o', 'a', 'os', 'as', 'um', 'uma']);
// Verbs that carry another activity ("wrote down 3 things I'm grateful for", "practiced 20 min of spanish"):
// their object may come several words later.
const CARRIER_VERBS = new Set(['wrote', 'write', 'writing', 'escrevi', 'escrever', 'practiced', 'practised', 'practice', 'pratiquei', 'praticar', 'studied', 'study', 'estudei', 'estudar']);

/**
 * "practiced spanish", "studied guitar": a verb right before the thing it acts on is that
 * thing's verb, not a second habit ("practiced" also names music practice on its own).
 */
function verbsOnObjects(evidences: Evidence[], tokens: Token[], profiles: HabitProfile[], quantities: QuantityHit[]): Evidence[] {
  const out: Evidence[] = [];
  for (let k = 0; k < evidences.length; k++) {
    const verb = evidences[k];
    const object = evidences[k + 1];
    if (!verb) continue;
    const between = object ? tokens.slice(verb.end + 1, object.start) : [];
    const carried = object !== undefined && k + 2 === evidences.length && CARRIER_VERBS.has(tokens[verb.start]?.norm ?? '') &&
      !quantities.some((q) => q.unit !== null && q.start > verb.end && q.end < object.start);
    const adjacent = object !== undefined && ((between.length <= 1 && between.every((t) => DETERMINERS.has(t.norm))) || carried);
    const isVerb = verb.tense === 'past' || verb.tense === 'base' || verb.tense === 'ger';
    if (object && adjacent && isVerb && object.tense === 'noun') {
      const verbTop = bestHabits(combinedScores([verb], profiles)).ids;
      const objectTop = bestHabits(combinedScores([object], profiles)).ids;
      const sharesConcept = verb.concepts.some((c) => object.concepts.includes(c));
      if (objectTop.length > 0 && !sharesConcept && !verbTop.some((id) => objectTop.includes(id))) {
        out.push({ ...object, start: verb.start, tense: verb.tense });
        k++;
        continue;
      }
    }
    out.push(verb);
  }
  return out;
}

function groupMentions(evidences: Evidence[], profiles: HabitProfile[]): Mention[] {
  const groups: Evidence[][] = [];
  for (const e of evidences) {
    const top = bestHabits(combinedScores([e], profiles)).ids;
    const last = groups[groups.length - 1];
    const lastIds = last ? new Set(combinedScores(last, profiles).keys()) : new Set<string>();
    const sharesHabit = top.some((id) => lastIds.has(id));
    const sharesConcept = last?.some((g) => g.concepts.some((c) => e.concepts.includes(c))) ?? false;
    if (last && (sharesHabit || sharesConcept || (top.length === 0 && e.concepts.length === 0))) last.push(e);
    else groups.push([e]);
  }
  const tenseRank: Record<Tense | 'none', number> = { past: 4, ger: 3, base: 2, noun: 1, none: 0 };
  return groups.map((group) => {
    const scores = combinedScores(group, profiles);
    const { ids, score } = bestHabits(scores);
    const tense = group.map((e) => e.tense).sort((a, b) => tenseRank[b] - tenseRank[a])[0] ?? 'none';
    return {
      start: group[0]?.start ?? 0,
      end: group[group.length - 1]?.end ?? 0,
      scores,
      habitIds: ids,
      score,
      tense,
      concepts: [...new Set(group.flatMap((e) => e.concepts))],
      negated: false,
    };
  });
}

/** Drops a second habit word that only says where or when ("ran at the gym"). */
function dropLocations(mentions: Mention[], tokens: Token[]): Mention[] {
  if (mentions.length < 2) return mentions;
  const kept = mentions.filter((m, k) => k === 0 || !LOCATION_WORDS.has(tokens[m.start - 1]?.norm ?? '') || m.tense === 'past');
  return kept.length > 0 ? kept : mentions;
}

export function analyzeClauses(tokens: Token[], dates: DateHit[], profiles: HabitProfile[], locale: Locale): ClauseInfo[] {
  const inDate = new Set<number>();
  for (const d of dates) for (let i = d.start; i <= d.end; i++) inDate.add(i);
  const usable = (i: number): boolean => !inDate.has(i);
  // "tomorrow: gym": a future date anywhere makes the undated clauses plans too.
  const onlyFuture = dates.length > 0 && dates.every((d) => d.future);
  const infos = splitClauses(tokens).map((clause) => readClause(clause));
  // "tonight: read", "mais tarde: leitura": a clause that only says "later" makes the rest a plan.
  const laterAlone = infos.some((c) => c.mentions.length === 0 && c.plan && !c.past && c.contentWords <= 2);
  if (laterAlone) for (const c of infos) if (!c.past && !c.done) c.plan = true;
  return infos;

  function readClause(clause: Clause): ClauseInfo {
    const { from, to } = clause;
    const words = norms(tokens, from, to);
    const found = findEvidence(tokens, from, to, usable, profiles);
    // Emoji decorate words ("hit the gym 💪"); they name a habit only when no word does.
    const wordsFound = found.filter((e) => tokens[e.start]?.kind === 'word');
    const evidences = wordsFound.length > 0 ? wordsFound : found;
    const quantities = findQuantities(tokens, from, to, usable, locale);
    // "💧💧💧", "water 💧💧💧": a habit's emoji repeated counts (decoration like 💪 does not).
    const countable = found.filter((e) => tokens[e.start]?.kind === 'emoji' && !V.FILLERS.has(tokens[e.start]?.norm ?? ''));
    if (quantities.length === 0) quantities.push(...repeatedEmoji(tokens, wordsFound.length === 0 ? evidences : countable));
    const mentions = dropLocations(groupMentions(verbsOnObjects(evidences, tokens, profiles, quantities), profiles), tokens).filter((m) => !isIdiom(tokens, m));
    for (const m of mentions) preferQualified(m, words, profiles);
    const negations = negationPositions(tokens, from, to, usable, locale);
    for (const m of mentions) {
      m.negated = negations.some((n) => n < m.start || (n > m.end && n <= m.end + 2 && TRAILING_NEGATIONS.has(tokens[n]?.norm ?? '')));
    }
    const clauseDates = dates.filter((d) => d.start >= from && d.end <= to);
    const lexicon = conceptLexicon();
    // "fio dental passado" (done), but "mês passado" (last month).
    const participle = words.some((w, k) => (w === 'passado' || w === 'passada') && !V.TIME_NOUNS.has(words[k - 1] ?? ''));
    const past = participle || words.some((w) => V.PAST_MARKERS.has(w) || GENERIC_PAST_VERBS.has(w) || tenseOf(w, lexicon) === 'past') || mentions.some((m) => m.tense === 'past');
    const futureWords = hasFutureMarker(tokens, from, to) || clauseDates.some((d) => d.future);
    // "boa noite" / "boa tarde" greet; "à noite" / "mais tarde" say when.
    // "noite: 30 flexões" labels a part of the day; "à noite", "mais tarde" say later.
    const softFuture = words.some((w, k) => V.SOFT_FUTURE.has(w) && words[k - 1] !== 'boa' && (!V.DAY_PART_LABELS.has(w) || V.LATER_LEADS.has(words[k - 1] ?? '')));
    const slip = words.some((w) => V.SLIP_WORDS.has(w)) || hasPhrase(words, V.SLIP_PHRASES);
    const done = words.some((w) => V.DONE_WORDS.has(w));
    const content = tokens.slice(from, to + 1).filter((t, k) => !inDate.has(from + k) && t.kind !== 'punct' && !V.FILLERS.has(t.norm));
    const first = words[0] ?? '';
    const startsAsQuestion = V.QUESTION_STARTERS.has(first) && words[1] !== 'not' && words[1] !== 'a';
    return {
      clause,
      mentions,
      quantities,
      dates: clauseDates,
      negation: negations.length > 0,
      plan: futureWords || (softFuture && !past && !done && !slip) || (onlyFuture && clauseDates.length === 0 && !past),
      // "not sure if I should skip piano", "não sei se pulo": wondering about a skip is not one.
      skip: (words.some((w) => V.SKIP_WORDS.has(w)) || hasPhrase(words, V.SKIP_PHRASES)) && !words.some((w) => V.HEDGES.has(w)) && !hasPhrase(words, V.HEDGE_PHRASES),
      slip,
      question: clause.question || (startsAsQuestion && clause.opener === null),
      past,
      done,
      contentWords: content.length,
      bareNegation: negations.length > 0 && content.every((t) => V.NEGATIONS.has(t.norm) || V.BARE_NEGATION_COMPANIONS.has(t.norm)),
      terse: unexplainedWords(tokens, from, to, inDate, mentions, quantities) === 0,
      habitual: words.some((w) => V.HABITUAL.has(w)),
      dayPartLabel: content.length > 0 && content.every((t) => V.DAY_PART_LABELS.has(t.norm)),
      skipObject: content.some((t) => t.kind === 'word' && !V.SKIP_WORDS.has(t.norm) && !V.SKIP_PHRASE_WORDS.has(t.norm) && !V.TERSE_ALLOWED.has(t.norm) && !V.SKIP_COMPANIONS.has(t.norm)),
    };
  }
}
