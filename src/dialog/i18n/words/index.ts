// The dialog's typed words, from every language's file. An answer is read in any language we
// speak (a Portuguese speaker typing "ok" or an English speaker typing "sim" is understood):
// these are short answers to a question just asked, where a mix-up costs nothing.
import type { Locale } from '../../../core/languages.js';
import { wordsEn } from './en.js';
import { wordsEs } from './es.js';
import { wordsPtBR } from './pt-BR.js';
import type { DialogWords } from './types.js';

export type { DialogWords } from './types.js';

export const DIALOG_WORDS: Record<Locale, DialogWords> = { en: wordsEn, 'pt-BR': wordsPtBR, es: wordsEs };

type ListField = { [K in keyof DialogWords]: DialogWords[K] extends readonly string[] ? K : never }[keyof DialogWords];
type MapField = Exclude<keyof DialogWords, ListField>;

/** One list's words in every language. */
export function wordsOf(field: ListField): ReadonlySet<string> {
  return new Set(Object.values(DIALOG_WORDS).flatMap((words) => words[field]));
}

/** One map's entries in every language. */
export function entriesOf<F extends MapField>(field: F): DialogWords[F] {
  return Object.assign({}, ...Object.values(DIALOG_WORDS).map((words) => words[field])) as DialogWords[F];
}

/** One frequency list's words in every language. */
export function frequencyWords(field: keyof DialogWords['frequency']): string[] {
  return [...new Set(Object.values(DIALOG_WORDS).flatMap((words) => words.frequency[field]))];
}

/** One pause or date list's words in every language. */
export function pauseWords(field: keyof DialogWords['pause']): string[] {
  return [...new Set(Object.values(DIALOG_WORDS).flatMap((words) => words.pause[field]))];
}

export function dateWords(field: keyof DialogWords['dates']): string[] {
  return [...new Set(Object.values(DIALOG_WORDS).flatMap((words) => words.dates[field]))];
}

/** Words as a regex alternation, longest first, each escaped ("a cada|cada|x"). */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** The language a typed answer names ("espanol" -> es), or null. */
export function languageNamed(answer: string): Locale | null {
  const found = Object.entries(DIALOG_WORDS).find(([, words]) => words.languageNames.includes(answer));
  return found ? (found[0] as Locale) : null;
}
