// The habit concepts' index: which concept (words/concepts.ts) a word names and how (verb tense or
// noun), so "corri 5 km" finds a habit called "Run" or "Corrida". The words are data, per language
// (words/<language>/concepts.ts); multi-word forms are glued ("fio dental" -> "fiodental") because
// the matcher also tries adjacent words glued together.

import { CONCEPTS, SHARED_CONCEPT_WORDS } from './words/concepts.js';
import type { ParserLanguage } from './types.js';
import { addedWords, extraWords, wordsByLocale } from './words/index.js';
import type { ConceptWords, Tense } from './words/types.js';

export type { Tense };

export interface ConceptHit {
  concept: string;
  tense: Tense;
}

/** Every word of the lexicon, with the concepts it names and how (verb tense or noun). */
export function buildConceptIndex(): Map<string, ConceptHit[]> {
  const index = new Map<string, ConceptHit[]>();
  const add = (word: string, hit: ConceptHit): void => {
    if (word.length === 0) return;
    const hits = index.get(word) ?? [];
    if (!hits.some((h) => h.concept === hit.concept)) hits.push(hit);
    index.set(word, hits);
  };
  // English and Portuguese first, concept by concept (the first tense a word is listed in wins);
  // the later languages' words after them.
  const [first, second, ...later] = extraWords();
  const firstTables: ConceptWords[] = [SHARED_CONCEPT_WORDS, first?.concepts ?? {}, second?.concepts ?? {}];
  for (const spec of CONCEPTS) {
    for (const tense of ['past', 'base', 'ger', 'noun'] as const) {
      for (const table of firstTables) for (const word of table[spec.id]?.[tense] ?? []) add(word, { concept: spec.id, tense });
    }
    for (const emoji of spec.emoji ?? []) add(firstCodePoint(emoji), { concept: spec.id, tense: 'noun' });
  }
  for (const language of later) {
    for (const [concept, tenses] of Object.entries(language.concepts)) {
      for (const tense of ['past', 'base', 'ger', 'noun'] as const) for (const word of tenses[tense] ?? []) add(word, { concept, tense });
    }
  }
  return index;
}

let languagesCache: Map<string, Set<ParserLanguage>> | undefined;

/**
 * Concept word -> the languages whose own words it is. Words every language uses (brands,
 * loanwords, emoji: words/concepts.ts) are absent: they belong to everyone.
 */
function conceptWordLanguages(): Map<string, Set<ParserLanguage>> {
  if (languagesCache) return languagesCache;
  const shared = new Set(Object.values(SHARED_CONCEPT_WORDS).flatMap((tenses) => Object.values(tenses).flat()));
  languagesCache = new Map();
  for (const [locale, language] of wordsByLocale()) {
    for (const tenses of Object.values(language.concepts)) {
      for (const word of Object.values(tenses).flat()) {
        if (shared.has(word)) continue;
        languagesCache.set(word, (languagesCache.get(word) ?? new Set()).add(locale));
      }
    }
  }
  return languagesCache;
}

/**
 * Whether a concept word is only another language's, for someone writing in `locale` ("corri" for
 * an English speaker, "workout" for a Portuguese one). Shared words and words that are no concept
 * word are not.
 */
export function isOtherLanguageConceptWord(word: string, locale: ParserLanguage): boolean {
  const languages = conceptWordLanguages().get(word);
  return languages !== undefined && !languages.has(locale);
}

/** Whether a word is a concept word of the person's own language (or one every language shares). */
export function isOwnConceptWord(word: string, locale: ParserLanguage, index: Map<string, ConceptHit[]>): boolean {
  if (!index.has(word)) return false;
  const languages = conceptWordLanguages().get(word);
  return languages === undefined || languages.has(locale);
}

export function isVice(concept: string): boolean {
  return CONCEPTS.find((s) => s.id === concept)?.vice === true;
}

export function relatedConcepts(concept: string): string[] {
  return CONCEPTS.find((s) => s.id === concept)?.related ?? [];
}

function firstCodePoint(text: string): string {
  const cp = text.codePointAt(0);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** Verbs that say something was done without naming what ("did", "fiz", "finished"). */
export const GENERIC_PAST_VERBS = new Set(addedWords('genericPastVerbs'));

/** Words for drinking and eating: they point at water or at a food habit only through what follows. */
export const INTAKE_VERBS = new Set(addedWords('intakeVerbs'));
