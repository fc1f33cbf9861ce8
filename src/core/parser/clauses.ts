// Splits a message into clauses at punctuation and conjunctions ("ran 5k, felt great",
// "meditei e li 10 páginas", "skip gym because I'm sick"), keeping number phrases
// ("vinte e cinco", "an hour and a half") whole.
import type { Token } from './normalize.js';
import { readNumberAt } from './numbers.js';
import { CONJUNCTIONS, CONTRASTS, isWordFor, NUMBER_JOINERS, REASON_MARKERS, SEPARATOR_PUNCT } from './words/index.js';
import type { ParserLanguage } from './types.js';
import { ruleWords } from './words/rules.js';

export interface Clause {
  /** First and last token of the clause (inclusive); `to < from` for an empty clause. */
  from: number;
  to: number;
  /** The word or mark that started it ("and", ",", "but"), null for the first. */
  opener: string | null;
  /** Started with "because", "porque": a reason or a note. */
  reason: boolean;
  /** Started with "but", "mas": does not inherit the previous clause's negation or skip. */
  contrast: boolean;
  /** Ended with a question mark. */
  question: boolean;
}

const KEEP_IN_CLAUSE = new Set(ruleWords('keepInClause'));

function isNumberWordAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return false;
  const n = readNumberAt(tokens, i, 'en');
  return n !== null && !n.weak;
}

/** "because", "due to", "por causa da", "já que": how many tokens the reason marker takes. */
export function reasonMarkerLength(tokens: Token[], i: number): number {
  const word = tokens[i]?.norm ?? '';
  const next = tokens[i + 1]?.norm ?? '';
  if (word === 'por' && next === 'causa') return ['de', 'da', 'do', 'das', 'dos'].includes(tokens[i + 2]?.norm ?? '') ? 3 : 2;
  if (word === 'ja' && next === 'que') return 2;
  if (word === 'due' && next === 'to') return 2;
  if (word === 'devido' && ['a', 'ao', 'as', 'aos'].includes(next)) return 2;
  if (word === 'because' && next === 'of') return 2;
  return REASON_MARKERS.has(word) && word !== 'due' ? 1 : 0;
}

function splitsHere(tokens: Token[], i: number, locale: ParserLanguage): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.kind === 'punct') {
    if (!SEPARATOR_PUNCT.has(t.norm)) return false;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    // "+250", "-5", "3/4", "2024-03-05": signs and separators inside numbers.
    if ((t.norm === '+' || t.norm === '-') && next?.kind === 'number' && next.start === t.end && prev?.kind !== 'number') return false;
    if ((t.norm === '/' || t.norm === '-') && prev?.kind === 'number' && next?.kind === 'number' && prev.end === t.start && next.start === t.end) return false;
    if (t.norm === '*' && prev?.kind === 'number') return false;
    // "10-minute", "push-up": a hyphen inside a word joins.
    if (t.norm === '-' && prev && next && prev.end === t.start && next.start === t.end) return false;
    return true;
  }
  if (t.kind !== 'word') return false;
  if (reasonMarkerLength(tokens, i) > 0) return true;
  // The person's language first: Portuguese "mas" is "but", Spanish "más" is "more".
  if (!isWordFor('conjunctions', t.norm, locale, CONJUNCTIONS)) return false;
  // "depois do almoço" is "after lunch", not "and then".
  if (t.norm === 'depois' && ['de', 'do', 'da', 'dos', 'das'].includes(tokens[i + 1]?.norm ?? '')) return false;
  if (NUMBER_JOINERS.has(t.norm)) {
    const next = tokens[i + 1]?.norm ?? '';
    if (['meia', 'meio', 'half'].includes(next) || (next === 'a' && tokens[i + 2]?.norm === 'half')) return false;
    if (isNumberWordAt(tokens, i - 1) && isNumberWordAt(tokens, i + 1)) return false;
    // "1 hora e 20 minutos", "an hour and 15 minutes".
    if (['hour', 'hours', 'hora', 'horas', 'h', 'hr', 'hrs'].includes(tokens[i - 1]?.norm ?? '') && tokens[i + 1]?.kind === 'number') return false;
  }
  return true;
}

export function splitClauses(tokens: Token[], locale: ParserLanguage): Clause[] {
  const clauses: Clause[] = [];
  let current: Clause = { from: 0, to: -1, opener: null, reason: false, contrast: false, question: false };
  const close = (end: number): void => {
    current.to = end;
    clauses.push(current);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !splitsHere(tokens, i, locale)) continue;
    close(i - 1);
    if (t.norm === '?') current.question = true;
    const keep = KEEP_IN_CLAUSE.has(t.norm);
    const reasonLength = reasonMarkerLength(tokens, i);
    const skip = Math.max(reasonLength - 1, 0);
    current = {
      from: keep ? i : i + 1 + skip,
      to: -1,
      opener: t.norm,
      reason: reasonLength > 0,
      contrast: CONTRASTS.has(t.norm),
      question: false,
    };
    i += skip;
  }
  close(tokens.length - 1);
  return clauses.filter((c) => c.to >= c.from);
}
