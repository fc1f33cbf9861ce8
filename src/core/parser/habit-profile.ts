// What the parser knows about each of the person's habits before reading a message:
// the words of its name, the concepts those words name, its taught synonyms, its emoji
// and its target unit.
import { buildConceptIndex, GENERIC_PAST_VERBS, relatedConcepts, type ConceptHit, type Tense } from './lexicon.js';
import { memoized } from './memo.js';
import { tokenize } from './normalize.js';
import type { ParserHabit } from './types.js';
import { parseUnitText, unitOfWord, type UnitDef } from './units.js';
import { closeEnough, irregularBase } from './word-match.js';
import { nameWordSynonyms, wordSet } from './words/index.js';
import { ruleWords } from './words/rules.js';

const NAME_WORD_SYNONYMS = nameWordSynonyms();

export interface HabitProfile {
  habit: ParserHabit;
  /** Words of the name that say what the habit is (no "daily", "my", numbers or units). */
  nameWords: string[];
  /** Per name word, the other words that stand for it ("rang" for "call", "mãe" for "mamãe"). */
  nameWordSynonyms: string[][];
  /** Name words that only tell two similar habits apart: "morning" in "Morning run". */
  qualifiers: string[];
  /** Position in nameWords of a word that cannot name the habit on its own ("water" in "Water the plants"), or -1. */
  weakNameWord: number;
  /** The name glued together: "push ups" -> "pushups". */
  nameGlued: string;
  concepts: Set<string>;
  relatedConcepts: Set<string>;
  synonyms: { words: string[]; glued: string }[];
  emoji: string | null;
  unit: UnitDef | null;
}

export interface ConceptLexicon {
  index: Map<string, ConceptHit[]>;
  /** Lexicon words by first letter, for typo lookups. */
  byInitial: Map<string, string[]>;
}

let lexiconCache: ConceptLexicon | null = null;

/** The concept lexicon, built on first use (pure data, shared by every parse). */
export function conceptLexicon(): ConceptLexicon {
  if (lexiconCache) return lexiconCache;
  const index = buildConceptIndex();
  const byInitial = new Map<string, string[]>();
  for (const word of index.keys()) {
    const initial = word[0] ?? '';
    byInitial.set(initial, [...(byInitial.get(initial) ?? []), word]);
  }
  lexiconCache = { index, byInitial };
  return lexiconCache;
}

/** Concepts a word names, exactly or up to a typo. */
export function lookupConcepts(word: string, lexicon: ConceptLexicon, allowTypos: boolean): { hits: ConceptHit[]; fuzzy: boolean } {
  const exact = lexicon.index.get(word);
  if (exact) return { hits: exact, fuzzy: false };
  if (!allowTypos || word.length < 5 || FUZZY_STOPWORDS.has(word) || GENERIC_PAST_VERBS.has(word) || unitOfWord(word) !== null) {
    return { hits: [], fuzzy: false };
  }
  for (const verb of GENERIC_PAST_VERBS) if (verb.length >= 5 && closeEnough(word, verb)) return { hits: [], fuzzy: false };
  for (const known of lexicon.byInitial.get(word[0] ?? '') ?? []) {
    if (closeEnough(word, known)) return { hits: lexicon.index.get(known) ?? [], fuzzy: true };
  }
  return { hits: [], fuzzy: false };
}

// Ordinary words one typo away from a habit word ("correio" is not "correu").
const FUZZY_STOPWORDS = new Set(ruleWords('fuzzyStopwords'));

const NAME_STOPWORDS = new Set([...ruleWords('nameStopwords'), ...wordSet('nameNegations')]);

// Words of a name that neither say what it is nor tell habits apart.
const FUNCTION_WORDS = new Set([...ruleWords('nameFunctionWords'), ...wordSet('nameNegations')]);

const DRINKING_NAMES = new Set(ruleWords('drinkingNames'));

// Adjectives that are also concept words when they come first ("Diário" is a journal,
// "Treino diário" is a workout).
const TRAILING_ADJECTIVES = new Set(ruleWords('trailingAdjectives'));

function words(text: string): string[] {
  return tokenize(text)
    .tokens.filter((t) => t.kind === 'word')
    .map((t) => t.norm);
}

function conceptsOf(nameWords: string[], lexicon: ConceptLexicon, verbAt = -1): Set<string> {
  const concepts = new Set<string>();
  nameWords.forEach((word, i) => {
    if (i > 0 && TRAILING_ADJECTIVES.has(word)) return;
    const glued = i + 1 < nameWords.length ? word + (nameWords[i + 1] ?? '') : '';
    for (const hit of lexicon.index.get(glued) ?? []) concepts.add(hit.concept);
    // Typos are forgiven in the words that say what the habit is, not in "drink" or "no".
    for (const hit of lookupConcepts(word, lexicon, !NAME_STOPWORDS.has(word)).hits) {
      // "Water the plants" waters: the name's verb brings only what it names as a verb (not drinking water).
      if (i === verbAt && hit.tense === 'noun') continue;
      concepts.add(hit.concept);
    }
  });
  return concepts;
}

// Articles and possessives after a name's first word make that word a verb: "Water the plants", "Arrumar a cama".
const OBJECT_DETERMINERS = new Set(ruleWords('objectDeterminers'));

/** Words of a name, without the unit of its own quantity ("Read 10 pages", "Dormir 8h"): a unit with no number is a word of the name ("Morning pages", "Barra fixa"). */
function nameWordsOf(name: string): { all: string[]; measure: Set<string> } {
  const tokens = tokenize(name).tokens;
  const measure = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.kind === 'word' && unitOfWord(t.norm) !== null && tokens.slice(0, i).some((b) => b.kind === 'number')) measure.add(t.norm);
  });
  return { all: tokens.filter((t) => t.kind === 'word').map((t) => t.norm), measure };
}

export function buildProfile(habit: ParserHabit, lexicon: ConceptLexicon): HabitProfile {
  const { all, measure } = nameWordsOf(habit.name);
  const content = all.filter((w) => !NAME_STOPWORDS.has(w) && !measure.has(w));
  // "10k steps": a name that is only a measure is named by its unit, not by the "k" of its number.
  const unitNamed = all.filter((w) => unitOfWord(w)?.dimension !== 'kilo');
  const nameWords = content.length > 0 ? content : unitNamed.length > 0 ? unitNamed : all;
  const verbAt = all.length > 2 && OBJECT_DETERMINERS.has(all[1] ?? '') ? 0 : -1;
  const verbWord = verbAt === 0 ? nameWords.indexOf(all[0] ?? '') : -1;
  const synonyms = (habit.synonyms ?? [])
    .map((s) => words(s))
    .filter((w) => w.length > 0)
    .map((w) => ({ words: w, glued: w.join('') }));
  const concepts = conceptsOf(all, lexicon, verbAt);
  for (const synonym of synonyms) for (const c of conceptsOf(synonym.words, lexicon)) concepts.add(c);
  const emojiTokens = tokenize(habit.emoji ?? '').tokens.filter((t) => t.kind === 'emoji');
  // The emoji only says what the habit is when its words do not ("💪" on "Pushups" is decoration).
  if (concepts.size === 0) for (const t of emojiTokens) for (const hit of lexicon.index.get(t.norm) ?? []) concepts.add(hit.concept);
  // "Quit drinking", "Parar de beber": a break habit named by drinking alone is about alcohol.
  if (habit.kind === 'break' && concepts.size === 0 && all.some((w) => DRINKING_NAMES.has(w))) concepts.add('alcohol');
  const related = new Set<string>();
  for (const c of concepts) for (const r of relatedConcepts(c)) if (!concepts.has(r)) related.add(r);
  return {
    habit,
    nameWords,
    nameWordSynonyms: nameWords.map((w) => NAME_WORD_SYNONYMS.get(w) ?? []),
    qualifiers: all.filter((w) => !nameWords.includes(w) && !FUNCTION_WORDS.has(w)),
    weakNameWord: nameWords.length > 1 ? verbWord : -1,
    nameGlued: nameWords.join(''),
    concepts,
    relatedConcepts: related,
    synonyms,
    emoji: emojiTokens[0]?.norm ?? null,
    unit: habit.target ? parseUnitText(habit.target.unit) : null,
  };
}

const rememberedProfile = memoized((key: string): HabitProfile => {
  const [id, name, emoji, synonyms, kind, target] = JSON.parse(key) as [string, string, string | null, string[], ParserHabit['kind'], ParserHabit['target']];
  return buildProfile({ id, name, emoji, synonyms, kind, target }, conceptLexicon());
}, 5_000);

/** A habit's profile, remembered by what the parser reads of it: the same habits come with every message. */
export function profileOf(habit: ParserHabit): HabitProfile {
  return rememberedProfile(JSON.stringify([habit.id, habit.name, habit.emoji, habit.synonyms ?? [], habit.kind, habit.target ?? null]));
}

/** Verb tense of a word, from the lexicon or its ending. */
export function tenseOf(word: string, lexicon: ConceptLexicon): Tense | 'none' {
  const hit = lexicon.index.get(word)?.[0];
  if (hit) return hit.tense;
  if (irregularBase(word) !== null) return 'past';
  if (/ed$/.test(word) && word.length > 4) return 'past';
  // "usei", "lavei", "meditei": the Portuguese first-person past (not "sei", "dei").
  if (/ei$/.test(word) && word.length >= 4) return 'past';
  if (/(ing|ando|endo|indo)$/.test(word) && word.length > 5) return 'ger';
  return 'none';
}

