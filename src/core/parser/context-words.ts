// Words whose meaning depends on the words around them: "had a drink" is alcohol, "a bit tired"
// is no biting, "drank on friday" (nothing drunk named) is alcohol for someone quitting it.
import { ownValue } from '../own.js';
import type { Evidence } from './habit-matcher.js';
import type { Token } from './normalize.js';
import * as V from './words/index.js';
import { ruleWords } from './words/rules.js';

// Words that name an activity only after certain words: "had a drink" is alcohol ("drink water"
// is a verb, "a drink of water" is water); "fui a pé" (on foot) is a walk.
const IN_CONTEXT: Record<string, { after: Set<string>; notBefore?: string; means: string }> = {
  drink: { after: new Set(['a', 'one', 'another', 'um', 'uma', 'first', 'second', 'quick', 'few', 'couple']), notBefore: 'of', means: 'drinks' },
  pe: { after: new Set(['a']), means: 'caminhada' },
};

// Words that are something else beside certain words: "a bit tired", "bit of reading" are not biting.
const NOT_BESIDE: Record<string, { after: Set<string>; before: Set<string> }> = {
  bit: { after: new Set(['a', 'little', 'tiny', 'quite', 'wee', 'lil']), before: new Set(['of', 'more', 'less', 'too', 'late', 'much', 'longer', 'better', 'tired', 'sore']) },
};

export interface WordContext {
  /** Last token of the clause. */
  to: number;
  /** False for tokens that belong to a date. */
  usable: (i: number) => boolean;
  /** The person is quitting alcohol: drinking with nothing drunk means it. */
  drinkingIsAlcohol: boolean;
}

// Drinking verbs that mean alcohol when nothing drunk follows ("drank on friday", "bebi demais").
const DRINKING = new Set(ruleWords('drinkingVerbs'));
// "tomei umas", "had a few": having some of nothing named is drinks.
const HAVING = new Set(ruleWords('havingVerbs'));
const SOME = new Set(ruleWords('someWords'));
// What may follow drinking with nothing drunk: when, with whom, how much.
const DRINKING_COMPANY = new Set(ruleWords('drinkingCompany'));

// "no churrasco", "at the bbq": where it was drunk, not what.
const PLACE_LEADS = new Set(ruleWords('drinkPlaceLeads'));
const ARTICLES = new Set(ruleWords('drinkArticles'));

/** "drank on friday", "bebi na sexta", "tomei umas ontem", "bebi umas no churrasco": drinking, or having some, with nothing drunk named after. */
function drinksWithNothingDrunk(tokens: Token[], i: number, context: WordContext): boolean {
  const word = tokens[i]?.norm ?? '';
  let k = i + 1;
  if (tokens[k]?.norm === 'a' && tokens[k + 1]?.norm === 'few') k++;
  const some = SOME.has(tokens[k]?.norm ?? '');
  if (some) k++;
  if (HAVING.has(word) ? !some : !DRINKING.has(word)) return false;
  for (; k <= context.to; k++) {
    const t = tokens[k];
    if (!t || !context.usable(k) || t.kind === 'punct' || t.kind === 'emoji') continue;
    // A place after it names no drink: skip its article and its noun.
    if (PLACE_LEADS.has(t.norm) && tokens[k + 1]?.kind === 'word') {
      k += ARTICLES.has(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.kind === 'word' ? 2 : 1;
      continue;
    }
    if (t.kind !== 'word' || (!DRINKING_COMPANY.has(t.norm) && !V.FILLERS.has(t.norm))) return false;
  }
  return true;
}

/** What the word at i means here: itself, another lexicon word, or nothing (''). */
export function wordInContext(tokens: Token[], i: number, context: WordContext): string {
  const norm = tokens[i]?.norm ?? '';
  if (context.drinkingIsAlcohol && drinksWithNothingDrunk(tokens, i, context)) return 'drinks';
  const beside = ownValue(NOT_BESIDE, norm);
  if (beside && (beside.after.has(tokens[i - 1]?.norm ?? '') || beside.before.has(tokens[i + 1]?.norm ?? ''))) return '';
  const rule = ownValue(IN_CONTEXT, norm);
  if (!rule || !rule.after.has(tokens[i - 1]?.norm ?? '') || (rule.notBefore !== undefined && tokens[i + 1]?.norm === rule.notBefore)) return norm;
  return rule.means;
}

// "before bed", "antes de dormir", "depois de acordar", "ao acordar": sleep and waking up as a time of day.
const TIME_LEADS = new Set(ruleWords('timeOfDayActivityLeads'));
const TIME_LINKS = new Set(ruleWords('timeOfDayActivityLinks'));
const TIME_CONCEPTS = new Set(['sleep', 'wake']);

// "youtube yoga", "phone meditation": a screen right before another activity is how it was done.
const MEDIUM_CONCEPTS = new Set(['screen']);

const only = (e: Evidence, concepts: Set<string>): boolean => e.concepts.length > 0 && e.concepts.every((c) => concepts.has(c));

/**
 * Words that only say when or how another activity was done: "orei antes de dormir", "read 10 pages
 * before sleeping" (sleep after "before" is a time of day), "did youtube yoga" (a screen as the means).
 */
export function dropCircumstances(evidences: Evidence[], tokens: Token[]): Evidence[] {
  return evidences.filter((e, index) => {
    if (only(e, MEDIUM_CONCEPTS) && evidences[index + 1]?.start === e.end + 1) return false;
    if (!only(e, TIME_CONCEPTS)) return true;
    let k = e.start - 1;
    while (k >= e.start - 3 && TIME_LINKS.has(tokens[k]?.norm ?? '')) k--;
    return !TIME_LEADS.has(tokens[k]?.norm ?? '');
  });
}
