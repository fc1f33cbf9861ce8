// The parser's word tables of every language, merged. (Trying the person's language first is
// the later "language as data" work; until then both languages are active, as elsewhere.)
import { EN_WORDS } from './en.js';
import { PT_BR_WORDS } from './pt-BR.js';
import type { Locale } from '../../types.js';
import type { ParserWords } from './types.js';

const LANGUAGES: ParserWords[] = [EN_WORDS, PT_BR_WORDS];

type ListKey = { [K in keyof ParserWords]: ParserWords[K] extends string[] ? K : never }[keyof ParserWords];

/** Every language's words of one role, as a set. */
export function wordSet(key: ListKey): Set<string> {
  return new Set(LANGUAGES.flatMap((language) => language[key]));
}

// Spanish reads with the English tables until its own lexicon lands (words/es.ts).
const BY_LOCALE: Record<Locale, ParserWords> = { en: EN_WORDS, 'pt-BR': PT_BR_WORDS, es: EN_WORDS };
// Built on first use (nothing runs at import time) and kept: the word tables never change.
const LOCALE_SETS = new Map<string, Set<string>>();

/** One language's words of one role: for words that mean something else in the other language ("no" is "in the" in Portuguese). */
export function wordSetOf(key: ListKey, locale: Locale): Set<string> {
  const cacheKey = `${locale}:${key}`;
  let set = LOCALE_SETS.get(cacheKey);
  if (!set) LOCALE_SETS.set(cacheKey, (set = new Set(BY_LOCALE[locale][key])));
  return set;
}

/** Name word -> the other words that stand for it in a habit's name (its synonyms, and the narrower words it covers). */
export function nameWordSynonyms(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (word: string, others: string[]): void => { map.set(word, [...new Set([...(map.get(word) ?? []), ...others])]); };
  for (const group of LANGUAGES.flatMap((language) => language.nameWordSynonyms)) {
    for (const word of group) add(word, group.filter((w) => w !== word));
  }
  for (const language of LANGUAGES) for (const [word, narrower] of Object.entries(language.nameWordCovers)) add(word, narrower);
  return map;
}
