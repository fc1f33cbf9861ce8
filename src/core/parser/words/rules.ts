// The words of the parser's rules (words/<language>/rules.ts), every language's in one list, for
// the logic files.
import { EN_WORDS } from './en.js';
import { ES_WORDS } from './es.js';
import { PT_BR_WORDS } from './pt-BR.js';
import type { ParserLanguage } from '../types.js';
import type { RuleWords } from './types.js';

type ListKey = { [K in keyof RuleWords]-?: RuleWords[K] extends string[] ? K : never }[keyof RuleWords];
type PhraseKey = { [K in keyof RuleWords]-?: RuleWords[K] extends string[][] ? K : never }[keyof RuleWords];

const LANGUAGES = [EN_WORDS, PT_BR_WORDS, ES_WORDS];
const BY_LOCALE: Record<ParserLanguage, Partial<RuleWords>> = { en: EN_WORDS.rules ?? {}, 'pt-BR': PT_BR_WORDS.rules ?? {}, es: ES_WORDS.rules ?? {} };

/** Every language's words of one rule, in order. */
export function ruleWords(key: ListKey): string[] {
  return LANGUAGES.flatMap((language) => language.rules?.[key] ?? []);
}

/** Every language's phrases of one rule. */
export function rulePhrases(key: PhraseKey): string[][] {
  return LANGUAGES.flatMap((language) => language.rules?.[key] ?? []);
}

/** Every language's entries of one table (a later language's entry does not replace an earlier one's). */
export function ruleRecord<K extends 'expansions' | 'apostropheExpansions' | 'irregularPasts'>(key: K): RuleWords[K] {
  return Object.assign({}, ...[...LANGUAGES].reverse().map((language) => language.rules?.[key] ?? {})) as RuleWords[K];
}

/** One language's rule words. */
export function rulesOf(locale: ParserLanguage): Partial<RuleWords> {
  return BY_LOCALE[locale];
}
