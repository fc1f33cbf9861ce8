// The habit concepts' index: which concept (words/concepts.ts) a word names and how (verb tense or
// noun), so "corri 5 km" finds a habit called "Run" or "Corrida". The words are data, per language
// (words/<language>/concepts.ts); multi-word forms are glued ("fio dental" -> "fiodental") because
// the matcher also tries adjacent words glued together.

import { CONCEPTS, SHARED_CONCEPT_WORDS } from './words/concepts.js';
import { addedWords, extraWords } from './words/index.js';
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
