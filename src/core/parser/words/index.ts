// The parser's word tables of every language, merged. (Trying the person's language first is
// the later "language as data" work; until then both languages are active, as elsewhere.)
import type { Tense } from '../lexicon.js';
import { EN_WORDS } from './en.js';
import { PT_BR_WORDS } from './pt-BR.js';
import type { ParserWords } from './types.js';

const LANGUAGES: ParserWords[] = [EN_WORDS, PT_BR_WORDS];

type ListKey = { [K in keyof ParserWords]: ParserWords[K] extends string[] ? K : never }[keyof ParserWords];

/** Every language's words of one role, as a set. */
export function wordSet(key: ListKey): Set<string> {
  return new Set(LANGUAGES.flatMap((language) => language[key]));
}

/** More words for a concept of the lexicon, by tense, from every language. */
export function extraConceptWords(concept: string): Partial<Record<Tense, string>> {
  const out: Partial<Record<Tense, string>> = {};
  for (const language of LANGUAGES) {
    for (const [tense, words] of Object.entries(language.conceptWords[concept] ?? {}) as [Tense, string][]) {
      out[tense] = `${out[tense] ?? ''} ${words}`.trim();
    }
  }
  return out;
}

/** Word -> the other words that stand for it in a habit's name. */
export function nameWordSynonyms(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of LANGUAGES.flatMap((language) => language.nameWordSynonyms)) {
    for (const word of group) map.set(word, [...(map.get(word) ?? []), ...group.filter((w) => w !== word)]);
  }
  return map;
}
