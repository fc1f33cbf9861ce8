// The parser's words, per language (en.ts, pt-BR.ts, es.ts), merged for the logic files. Logic
// files read words only from here. Every language's words are active for everyone (a person may
// mix languages: "fiz meu workout"); where a word means something else in the person's own
// language, wordSetOf / vocabularyFor give the person's language the word (see conflicts below).
import { EN_WORDS } from './en.js';
import { PT_BR_WORDS } from './pt-BR.js';
import { ES_WORDS } from './es.js';
import { MARKS } from './marks.js';
import type { ParserLanguage as Locale } from '../types.js';
import type { LanguageWords, ParserWords } from './types.js';

export { SEPARATOR_PUNCT, SHORT_NEGATIONS, TRAILING_ONLY_NEGATIONS } from './marks.js';

// English and Portuguese were merged from the start and stay merged as equals. Spanish came later:
// a Spanish word that English or Portuguese uses in another role ("o" is "the" in Portuguese, "or"
// in Spanish; "que" leads plans in Portuguese) is left out of the merged tables, so adding Spanish
// changes nothing for the others. A Spanish speaker gets Spanish first through wordSetOf.
const PRIMARY: LanguageWords[] = [EN_WORDS, PT_BR_WORDS];
const LANGUAGES: LanguageWords[] = [...PRIMARY, ES_WORDS];

// Lists that are not roles of a word's meaning (concept, unit and goal verbs, undo words): they
// neither keep another language's word out of a role nor take one from the person's own language.
const NOT_ROLES = new Set(['genericPastVerbs', 'intakeVerbs', 'undoVerbs', 'undoCompanions', 'goalProgressVerbs', 'goalMoneyVerbs', 'goalMassVerbs', 'repNouns']);

let primaryRoles: Map<string, Set<string>> | undefined;
/** Word -> the roles English or Portuguese give it (built on first use). */
function rolesInPrimary(): Map<string, Set<string>> {
  if (primaryRoles) return primaryRoles;
  primaryRoles = new Map();
  for (const language of PRIMARY) {
    for (const [key, value] of Object.entries(language)) {
      if (!Array.isArray(value) || NOT_ROLES.has(key)) continue;
      for (const word of (value as unknown[]).flat()) {
        if (typeof word !== 'string') continue;
        const roles = primaryRoles.get(word) ?? new Set<string>();
        primaryRoles.set(word, roles.add(key));
      }
    }
  }
  return primaryRoles;
}

/** A Spanish word joins the merged table of a role unless English or Portuguese use it only in other roles. */
function secondaryFits(word: string, key: string): boolean {
  const roles = rolesInPrimary().get(word);
  return roles === undefined || roles.has(key);
}

type ListKey = { [K in keyof LanguageWords]-?: LanguageWords[K] extends string[] ? K : never }[keyof LanguageWords];
type PhraseKey = { [K in keyof LanguageWords]-?: LanguageWords[K] extends string[][] ? K : never }[keyof LanguageWords];

/** Every language's words of one role, as a set. */
export function wordSet(key: ListKey): Set<string> {
  const secondary = ES_WORDS[key].filter((word) => secondaryFits(word, key));
  return new Set([...PRIMARY.flatMap((language) => language[key]), ...secondary, ...(MARKS[key as keyof typeof MARKS] ?? [])]);
}

const phrases = (key: PhraseKey): string[][] => LANGUAGES.flatMap((language) => language[key]);
const merged = <T>(key: 'futureNeedsNext' | 'numberUnits' | 'numberTens' | 'numberHundreds' | 'numberMultipliers'): Record<string, T> =>
  Object.assign(
    {},
    ...PRIMARY.map((language) => language[key]),
    Object.fromEntries(Object.entries(ES_WORDS[key]).filter(([word]) => secondaryFits(word, key))),
    ...PRIMARY.map((language) => language[key]),
  ) as Record<string, T>;

const BY_LOCALE: Record<Locale, LanguageWords> = { en: EN_WORDS, 'pt-BR': PT_BR_WORDS, es: ES_WORDS };
// Built on first use (nothing runs at import time) and kept: the word tables never change.
const LOCALE_SETS = new Map<string, Set<string>>();

/** One language's words of one role: for words that mean something else in the other language ("no" is "in the" in Portuguese). */
export function wordSetOf(key: ListKey, locale: Locale): Set<string> {
  const cacheKey = `${locale}:${key}`;
  let set = LOCALE_SETS.get(cacheKey);
  if (!set) LOCALE_SETS.set(cacheKey, (set = new Set(BY_LOCALE[locale][key])));
  return set;
}

const OWN_ROLES = new Map<Locale, Map<string, Set<string>>>();
/** Word -> the roles the person's own language gives it (built on first use per language). */
function ownRoles(locale: Locale): Map<string, Set<string>> {
  let roles = OWN_ROLES.get(locale);
  if (roles) return roles;
  OWN_ROLES.set(locale, (roles = new Map<string, Set<string>>()));
  for (const [key, value] of Object.entries(BY_LOCALE[locale])) {
    if (!Array.isArray(value) || NOT_ROLES.has(key)) continue;
    for (const word of (value as unknown[]).flat()) if (typeof word === 'string') roles.set(word, (roles.get(word) ?? new Set()).add(key));
  }
  return roles;
}

/**
 * The person's language first: is `word` a word of role `key` for someone writing in `locale`? Their
 * own language's words are; another language's word is only when their language gives it no other
 * role (Portuguese "no" is "in the", so English "no" does not negate for a Portuguese speaker, while
 * "fiz meu workout" still finds the workout).
 */
export function isWordFor(key: ListKey, word: string, locale: Locale, merged: Set<string>): boolean {
  if (wordSetOf(key, locale).has(word)) return true;
  if (!merged.has(word)) return false;
  const roles = ownRoles(locale).get(word);
  return roles === undefined || roles.has(key);
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

/** Every language's words in one role, in order (weekdays Monday first, months January first). */
export function orderedWords(key: 'weekdays' | 'weekdayAbbreviations' | 'months' | 'monthAbbreviations'): string[][] {
  return LANGUAGES[0]![key].map((_, index) => LANGUAGES.flatMap((language) => language[key][index] ?? []));
}

/** Each language's words, by its locale. */
export function wordsByLocale(): [Locale, LanguageWords][] {
  return Object.entries(BY_LOCALE) as [Locale, LanguageWords][];
}

/** Concept words, unit words and rep nouns that languages add to the shared tables (English and Portuguese ones still live in lexicon.ts and units.ts). */
export function extraWords(): LanguageWords[] {
  return LANGUAGES;
}

export type { ParserWords };

// The meaning words, merged across languages (see MeaningWords in types.ts for what each is).
export const NEGATIONS = wordSet('negations');
export const BARE_NEGATION_COMPANIONS = wordSet('bareNegationCompanions');
export const KEPT_CLEAR_OF = wordSet('keptClearOf');
export const KEPT_CLEAR_VERBS = wordSet('keptClearVerbs');
export const NEGATION_IDIOMS = phrases('negationIdioms');
export const FUTURE_MARKERS = wordSet('futureMarkers');
export const FUTURE_NEEDS_NEXT = merged<string[]>('futureNeedsNext');
export const TOTAL_LEADS = wordSet('totalLeads');
export const FOR_DAY_LEADS = wordSet('forDayLeads');
export const SOFT_FUTURE = wordSet('softFuture');
export const TIME_NOUNS = wordSet('timeNouns');
export const DAY_PART_LABELS = wordSet('dayPartLabels');
export const LATER_LEADS = wordSet('laterLeads');
export const PAST_MARKERS = wordSet('pastMarkers');
export const HEDGES = wordSet('hedges');
export const HEDGE_PHRASES = phrases('hedgePhrases');
export const SKIP_WORDS = wordSet('skipWords');
export const SKIP_PHRASES = phrases('skipPhrases');
export const SKIP_PHRASE_WORDS = new Set(SKIP_PHRASES.flat());
export const SKIP_COMPANIONS = wordSet('skipCompanions');
export const SLIP_WORDS = wordSet('slipWords');
export const COUNT_LEADS = wordSet('countLeads');
export const WON_WORDS = wordSet('wonWords');
export const SLIP_PHRASES = phrases('slipPhrases');
export const DONE_WORDS = wordSet('doneWords');
export const REASON_MARKERS = wordSet('reasonMarkers');
export const CONJUNCTIONS = wordSet('conjunctions');
export const CONTRASTS = wordSet('contrasts');
export const QUESTION_STARTERS = wordSet('questionStarters');
export const FILLERS = wordSet('fillers');
export const TERSE_ALLOWED = wordSet('terseAllowed');
export const UNFINISHED_LEADS = wordSet('unfinishedLeads');
export const FINISH_WORDS = wordSet('finishWords');
export const RATE_LEADS = wordSet('rateLeads');
export const RATE_PERIODS = wordSet('ratePeriods');
export const NOT_RATE_BEFORE = wordSet('notRateBefore');
export const NOT_RATE_AFTER = wordSet('notRateAfter');
export const ADJECTIVE_LEADS = wordSet('adjectiveLeads');
export const IN_THE_ACT = wordSet('inTheAct');
export const CLEAN_DAY = wordSet('cleanDay');
export const HABITUAL = wordSet('habitual');
// Number words.
export const NUMBER_UNITS = merged<number>('numberUnits');
export const NUMBER_TENS = merged<number>('numberTens');
export const NUMBER_HUNDREDS = merged<number>('numberHundreds');
export const NUMBER_MULTIPLIERS = merged<number>('numberMultipliers');
export const NUMBER_JOINERS = wordSet('numberJoiners');
/** Words a language adds to a list that still lives in a logic file (lexicon.ts, intents.ts). */
export function addedWords(key: 'genericPastVerbs' | 'intakeVerbs' | 'undoVerbs' | 'undoCompanions' | 'goalProgressVerbs' | 'goalMoneyVerbs' | 'goalMassVerbs'): string[] {
  return LANGUAGES.flatMap((language) => language[key] ?? []);
}
// Date words.
export const WEEKDAY_PREFIXES = wordSet('weekdayPrefixes');
export const UNMISTAKABLE_WEEKDAY_SHORT = wordSet('unmistakableWeekdayShort');
export const YESTERDAY = wordSet('yesterday');
export const TODAY_WORDS = wordSet('today');
export const TOMORROW = wordSet('tomorrow');
export const DAY_BEFORE_YESTERDAY = wordSet('dayBeforeYesterday');
export const AGO_LEADS = wordSet('agoLeads');
export const AGO_TAILS = wordSet('agoTails');
export const LAST_AFTER_WEEKDAY = wordSet('lastAfterWeekday');
