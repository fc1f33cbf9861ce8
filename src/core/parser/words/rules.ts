// The words of the parser's rules (words/<language>/rules.ts), every language's in one list, for
// the logic files.
import { EN_WORDS } from './en.js';
import { ES_WORDS } from './es.js';
import { PT_BR_WORDS } from './pt-BR.js';
import type { RuleWords } from './types.js';

type ListKey = { [K in keyof RuleWords]-?: RuleWords[K] extends string[] ? K : never }[keyof RuleWords];
type PhraseKey = { [K in keyof RuleWords]-?: RuleWords[K] extends string[][] ? K : never }[keyof RuleWords];

const LANGUAGES = [EN_WORDS, PT_BR_WORDS, ES_WORDS];

/** Every language's words of one rule, in order. */
export function ruleWords(key: ListKey): string[] {
  return LANGUAGES.flatMap((language) => language.rules?.[key] ?? []);
}

/** Every language's phrases of one rule. */
export function rulePhrases(key: PhraseKey): string[][] {
  return LANGUAGES.flatMap((language) => language.rules?.[key] ?? []);
}
