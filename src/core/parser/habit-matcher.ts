// Finds which of the person's habits a stretch of text talks about, forgivingly:
// case, accents, plurals, verb forms ("ran" -> Run, "meditei" -> Meditação), typos,
// emoji, and the synonyms the person taught.
import { conceptLexicon, lookupConcepts, tenseOf, type ConceptLexicon, type HabitProfile } from './habit-profile.js';
import { GENERIC_PAST_VERBS, type Tense } from './lexicon.js';
import type { Token } from './normalize.js';
import type { QuantityHit } from './quantities.js';
import { convertQuantity, unitOfWord } from './units.js';
import { wordInContext, type WordContext } from './context-words.js';
import { closeEnough, irregularBase, stems } from './word-match.js';
import { wordSet } from './words/index.js';

const PERSON_WORDS = wordSet('personWords');
const MODIFIER_LINKS = wordSet('modifierLinks');

export interface Evidence {
  start: number;
  end: number;
  /** habit id -> how sure (10 taught synonym, 9 name or emoji, 7 concept, 3 related concept). */
  scores: Map<string, number>;
  /** habit id -> which words of a multi-word name this evidence matched. */
  nameHits: Map<string, Set<number>>;
  tense: Tense | 'none';
  /** Activities named here, whether or not the person has a habit for them. */
  concepts: string[];
}

const PT_INFINITIVE = /^[a-z]{3,}[aei]r$/;
const PT_VERB_FORM = /(ad[oa]s?|id[oa]s?|ei|ou|eu|iu|ando|endo|indo)$/;
const shortVerbStem = (input: string, known: string): boolean => PT_INFINITIVE.test(known) && PT_VERB_FORM.test(input);

const SYNONYM = 10;
const NAME = 9;
const CONCEPT = 7;
const RELATED = 3;

/** 1 for the same word, a little less up to endings, less again up to a typo; 0 otherwise. */
export function wordQuality(input: string, known: string): number {
  if (input === known) return 1;
  if (irregularBase(input) === known) return 0.95;
  // "abs" for "Ab circuit", "pods" for "Pod": a short name word in the plural is still that word.
  if (known.length >= 2 && known.length < 4 && input.length === known.length + 1 && input.endsWith('s') && input.startsWith(known)) return 0.95;
  if (input.length >= 4 && known.length >= 4) {
    const knownStems = stems(known);
    const inputStems = stems(input);
    if (inputStems.some((s) => s.length >= 4 && knownStems.includes(s))) return 0.95;
    // Short Portuguese verb stems count against a name's infinitive: "regadas", "reguei" -> "Regar".
    if (input.length >= 5 && known.endsWith('r') && inputStems.some((s) => s.length === 3 && knownStems.includes(s)) && shortVerbStem(input, known)) return 0.95;
  }
  return closeEnough(input, known) ? 0.85 : 0;
}

function emptyEvidence(start: number, end: number, tense: Tense | 'none'): Evidence {
  return { start, end, scores: new Map(), nameHits: new Map(), tense, concepts: [] };
}

function raise(evidence: Evidence, habitId: string, score: number): void {
  evidence.scores.set(habitId, Math.max(evidence.scores.get(habitId) ?? 0, score));
}

function addConcepts(evidence: Evidence, concepts: string[], profiles: HabitProfile[], factor: number): void {
  for (const concept of concepts) {
    if (!evidence.concepts.includes(concept)) evidence.concepts.push(concept);
    for (const p of profiles) {
      if (p.concepts.has(concept)) raise(evidence, p.habit.id, CONCEPT * factor);
      else if (p.relatedConcepts.has(concept)) raise(evidence, p.habit.id, RELATED * factor);
    }
  }
}

/** Two adjacent words glued ("push ups", "fio dental", "worked out") as one. */
function gluedEvidence(tokens: Token[], i: number, profiles: HabitProfile[], lexicon: ConceptLexicon): Evidence | null {
  const a = tokens[i];
  const b = tokens[i + 1];
  // Both halves must be words of their own ("push ups"), not "passei o" -> "passeio".
  if (a?.kind !== 'word' || b?.kind !== 'word' || a.norm.length < 2 || b.norm.length < 2) return null;
  const glued = a.norm + b.norm;
  const evidence = emptyEvidence(i, i + 1, 'none');
  for (const p of profiles) {
    if (p.synonyms.some((s) => s.glued === glued)) raise(evidence, p.habit.id, SYNONYM);
    if (p.nameGlued === glued) raise(evidence, p.habit.id, NAME + 0.5);
  }
  const hits = lexicon.index.get(glued) ?? [];
  addConcepts(evidence, hits.map((h) => h.concept), profiles, 1);
  if (hits[0]) evidence.tense = hits[0].tense;
  return evidence.scores.size > 0 || evidence.concepts.length > 0 ? evidence : null;
}

/** Taught synonyms of several words ("leg day"), matched word by word. */
function synonymPhrase(tokens: Token[], i: number, profiles: HabitProfile[]): Evidence | null {
  let best: Evidence | null = null;
  for (const p of profiles) {
    for (const synonym of p.synonyms) {
      if (synonym.words.length < 2) continue;
      const fits = synonym.words.every((w, k) => wordQuality(tokens[i + k]?.norm ?? '', w) > 0);
      if (!fits) continue;
      const length = synonym.words.length;
      if (!best || best.end - best.start + 1 < length) best = emptyEvidence(i, i + length - 1, 'none');
      raise(best, p.habit.id, SYNONYM);
    }
  }
  return best;
}

function singleWord(tokens: Token[], i: number, profiles: HabitProfile[], lexicon: ConceptLexicon, context: WordContext): Evidence | null {
  const word = wordInContext(tokens, i, context);
  const evidence = emptyEvidence(i, i, tenseOf(word, lexicon));
  for (const p of profiles) {
    for (const synonym of p.synonyms) {
      if (synonym.words.length === 1 && wordQuality(word, synonym.glued) > 0) raise(evidence, p.habit.id, SYNONYM * wordQuality(word, synonym.glued));
    }
    p.nameWords.forEach((nameWord, k) => {
      // "nailed 100 squats", "crushed it": a verb that only says it went well is not a name word's form.
      // "rang my mom" for "Call mom": a word the synonym lexicon gives for the name word counts as it.
      const synonym = p.nameWordSynonyms[k]?.includes(word) ? 0.95 : 0;
      const quality = GENERIC_PAST_VERBS.has(word) && word !== nameWord ? 0 : Math.max(synonym, wordQuality(word, nameWord));
      if (quality === 0) return;
      if (p.nameWords.length === 1) raise(evidence, p.habit.id, NAME * quality);
      else evidence.nameHits.set(p.habit.id, (evidence.nameHits.get(p.habit.id) ?? new Set()).add(k));
    });
    if (p.nameGlued.length >= 6 && p.nameWords.length > 1 && closeEnough(word, p.nameGlued)) raise(evidence, p.habit.id, NAME);
  }
  const { hits, fuzzy } = lookupConcepts(word, lexicon, true);
  addConcepts(evidence, hits.map((h) => h.concept), profiles, fuzzy ? 0.95 : 1);
  // A word recognised only up to a typo says what, not when.
  if (hits[0] && evidence.tense === 'none' && !fuzzy) evidence.tense = hits[0].tense;
  const found = evidence.scores.size > 0 || evidence.nameHits.size > 0 || evidence.concepts.length > 0;
  return found ? evidence : null;
}

function emojiEvidence(token: Token, i: number, profiles: HabitProfile[], lexicon: ConceptLexicon): Evidence | null {
  const evidence = emptyEvidence(i, i, 'noun');
  for (const p of profiles) if (p.emoji === token.norm) raise(evidence, p.habit.id, NAME);
  addConcepts(evidence, (lexicon.index.get(token.norm) ?? []).map((h) => h.concept), profiles, 1);
  return evidence.scores.size > 0 || evidence.concepts.length > 0 ? evidence : null;
}

/** Everything in tokens[from..to] that names a habit or a known activity. */
export function findEvidence(tokens: Token[], from: number, to: number, usable: (i: number) => boolean, profiles: HabitProfile[]): Evidence[] {
  const lexicon = conceptLexicon();
  const found: Evidence[] = [];
  // "drank on friday", "bebi ontem": drinking with nothing drunk is alcohol, for someone who is quitting it.
  const context: WordContext = { to, usable, drinkingIsAlcohol: profiles.some((p) => p.habit.kind === 'break' && p.concepts.has('alcohol')) };
  for (let i = from; i <= to; i++) {
    const token = tokens[i];
    if (!token || !usable(i)) continue;
    if (token.kind === 'emoji') {
      const e = emojiEvidence(token, i, profiles, lexicon);
      if (e) found.push(e);
      continue;
    }
    if (token.kind !== 'word') continue;
    const candidates = [
      i + 1 <= to && usable(i + 1) ? gluedEvidence(tokens, i, profiles, lexicon) : null,
      synonymPhrase(tokens, i, profiles),
    ].filter((e): e is Evidence => e !== null && e.end <= to);
    const longest = candidates.sort((a, b) => b.end - a.end)[0];
    if (longest) {
      found.push(longest);
      i = longest.end;
      continue;
    }
    const e = singleWord(tokens, i, profiles, lexicon, context);
    if (e) found.push(e);
  }
  return dropOtherPeople(found, tokens, from, to, profiles);
}

const topScore = (e: Evidence): number => Math.max(0, ...e.scores.values());

/**
 * "treino de violão", "guitar practice", "piano session": a word that names a habit only loosely
 * (a related concept), right beside another habit's name or concept, says what kind of that one it was.
 */
export function dropModifiers(evidences: Evidence[], tokens: Token[]): Evidence[] {
  const beside = (a: Evidence, b: Evidence): boolean => {
    const [first, second] = a.start < b.start ? [a, b] : [b, a];
    const gap = second.start - first.end - 1;
    return gap === 0 || (gap === 1 && MODIFIER_LINKS.has(tokens[first.end + 1]?.norm ?? ''));
  };
  const kept = evidences.filter((e) => {
    if (e.nameHits.size > 0 || e.scores.size === 0 || topScore(e) >= CONCEPT) return true;
    const named = evidences.find((other) => other !== e && topScore(other) >= CONCEPT && beside(e, other) && [...other.scores.keys()].some((id) => !e.scores.has(id)));
    if (!named) return true;
    // The kind word is part of what names the other habit ("treino de violão ontem" is still terse).
    named.start = Math.min(named.start, e.start);
    named.end = Math.max(named.end, e.end);
    return false;
  });
  return kept;
}

/**
 * "called my dad" with "Call mom": a habit whose name is about a person is not named when the text
 * is about other people only (a synonym or a narrower word of its person still counts: "rang my mum").
 */
function dropOtherPeople(found: Evidence[], tokens: Token[], from: number, to: number, profiles: HabitProfile[]): Evidence[] {
  const people = tokens.slice(from, to + 1).map((t) => t.norm).filter((w) => PERSON_WORDS.has(w));
  if (people.length === 0) return found;
  for (const p of profiles) {
    const k = p.nameWords.findIndex((w) => PERSON_WORDS.has(w));
    if (k < 0) continue;
    const own = new Set([p.nameWords[k], ...(p.nameWordSynonyms[k] ?? [])]);
    if (people.some((w) => own.has(w))) continue;
    for (const e of found) {
      e.scores.delete(p.habit.id);
      e.nameHits.delete(p.habit.id);
    }
  }
  return found.filter((e) => e.scores.size > 0 || e.nameHits.size > 0 || e.concepts.length > 0);
}

/**
 * "read 10 pages" with "Read 10 pages" and "Morning pages" (words): a name word that is the unit
 * of a number in the message measures that number; it names only a habit that can be measured in it.
 */
export function dropMeasureNames(evidences: Evidence[], tokens: Token[], quantities: QuantityHit[], profiles: HabitProfile[]): Evidence[] {
  return evidences.filter((e) => {
    const q = quantities.find((q) => q.unit !== null && e.start > q.start && e.start <= q.end);
    if (!q || e.start !== e.end || unitOfWord(tokens[e.start]?.norm ?? '') !== q.unit) return true;
    const word = tokens[e.start]?.norm ?? '';
    for (const p of profiles) {
      if (p.unit === null || convertQuantity(1, q.unit, p.unit) !== null) continue;
      // Only the name is set aside: "2 chapters" still says reading.
      if (e.concepts.some((c) => p.concepts.has(c)) || !p.nameWords.some((w) => wordQuality(word, w) > 0)) continue;
      e.scores.delete(p.habit.id);
      e.nameHits.delete(p.habit.id);
    }
    return e.scores.size > 0 || e.nameHits.size > 0 || e.concepts.length > 0;
  });
}

/** Scores of a group of evidences: the best of each, with multi-word names counted as a whole. */
export function combinedScores(evidences: Evidence[], profiles: HabitProfile[]): Map<string, number> {
  const scores = new Map<string, number>();
  const nameWordsSeen = new Map<string, Set<number>>();
  for (const e of evidences) {
    for (const [id, score] of e.scores) scores.set(id, Math.max(scores.get(id) ?? 0, score) + (scores.has(id) ? 0.25 : 0));
    for (const [id, hits] of e.nameHits) {
      const seen = nameWordsSeen.get(id) ?? new Set<number>();
      for (const k of hits) seen.add(k);
      nameWordsSeen.set(id, seen);
    }
  }
  for (const [id, seen] of nameWordsSeen) {
    const profile = profiles.find((p) => p.habit.id === id);
    const total = profile?.nameWords.length ?? 1;
    // "drank water" does not name "Water the plants": a name's verb alone says nothing of its object.
    if (seen.size === 1 && total > 1 && seen.has(profile?.weakNameWord ?? -1)) continue;
    const nameScore = seen.size >= total ? NAME + 0.5 * (total - 1) : seen.size * 2 >= total ? 5 : 4;
    scores.set(id, Math.max(scores.get(id) ?? 0, nameScore) + (scores.has(id) ? 0.25 : 0));
  }
  return scores;
}

/** The habits with the top score (several when it is a tie). */
export function bestHabits(scores: Map<string, number>): { ids: string[]; score: number } {
  let top = 0;
  for (const score of scores.values()) top = Math.max(top, score);
  if (top === 0) return { ids: [], score: 0 };
  const ids = [...scores.entries()].filter(([, s]) => s >= top - 0.3).map(([id]) => id);
  return { ids, score: top };
}
