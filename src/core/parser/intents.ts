// Whole-message intents that are not logs: undo, the start of a correction, queries
// about one's own data, greetings and thanks.
import type { Token } from './normalize.js';
import type { ParseResult } from './types.js';
import { addedWords } from './words/index.js';
import { rulePhrases, ruleWords } from './words/rules.js';

type QueryTopic = Extract<ParseResult, { kind: 'query' }>['topic'];

const UNDO_VERBS = new Set(addedWords('undoVerbs'));
const UNDO_COMPANIONS = new Set(addedWords('undoCompanions'));
const UNDO_PHRASES = rulePhrases('undoPhrases');

const UNDO_PHRASE_WORDS = new Set(UNDO_PHRASES.flat());

const words = (tokens: Token[]): string[] => tokens.filter((t) => t.kind !== 'punct').map((t) => t.norm);

function containsPhrase(list: string[], phrase: string[]): boolean {
  return list.some((_, i) => phrase.every((p, k) => list[i + k] === p));
}

/** "undo", "desfaz", "cancel that", "apaga o último", "oops wrong habit". */
export function isUndo(tokens: Token[]): boolean {
  const list = words(tokens);
  if (list.length === 0 || list.length > 8) return false;
  if (list.some((w) => UNDO_VERBS.has(w)) && list.every((w) => UNDO_VERBS.has(w) || UNDO_COMPANIONS.has(w))) return true;
  // Every word must belong to the undo vocabulary: most messages fail on their first word.
  if (!list.every((w) => UNDO_PHRASE_WORDS.has(w) || UNDO_COMPANIONS.has(w) || UNDO_VERBS.has(w))) return false;
  return UNDO_PHRASES.some((p) => containsPhrase(list, p));
}

// Words that may come before a correction ("no, 30", "oops, it was 30", "ops, foram 30").
const CORRECTION_LEADS = new Set(ruleWords('correctionLeads'));

const WRONG_THINGS = new Set(ruleWords('wrongThings'));

/** Markers that open a correction on their own. */
const STRONG_MARKERS = rulePhrases('correctionMarkers');

/** Markers that open a correction only when a number or a date follows ("it was 30"). */
const WEAK_MARKERS = rulePhrases('weakCorrectionMarkers');

export interface CorrectionStart {
  /** First token after the marker. */
  contentFrom: number;
  strong: boolean;
}

function markerAt(tokens: Token[], i: number, markers: string[][]): number {
  let best = 0;
  for (const marker of markers) {
    if (marker.every((w, k) => tokens[i + k]?.norm === w)) best = Math.max(best, marker.length);
  }
  return best;
}

/** Where a correction's content starts, if the message opens like one. */
export function correctionStart(tokens: Token[]): CorrectionStart | null {
  let i = 0;
  let leads = 0;
  // "número errado, foram 20": the wrong thing may come before the word that says it was wrong.
  const wrongThingFirst = (k: number): boolean => WRONG_THINGS.has(tokens[k]?.norm ?? '') && CORRECTION_LEADS.has(tokens[k + 1]?.norm ?? '');
  while (tokens[i] && (tokens[i]?.kind === 'punct' || CORRECTION_LEADS.has(tokens[i]?.norm ?? '') || wrongThingFirst(i))) {
    if (tokens[i]?.kind !== 'punct') leads++;
    i++;
    // "wrong number", "errei o número", "wrong date": what was wrong belongs to the lead.
    const article = ['the', 'o', 'a'].includes(tokens[i]?.norm ?? '') ? 1 : 0;
    if (leads > 0 && WRONG_THINGS.has(tokens[i + article]?.norm ?? '')) i += article + 1;
  }
  const strong = markerAt(tokens, i, STRONG_MARKERS);
  if (strong > 0) return { contentFrom: i + strong, strong: true };
  const weak = markerAt(tokens, i, WEAK_MARKERS);
  if (weak > 0) return { contentFrom: i + weak, strong: false };
  // "no, 30" / "não, foram 30": a bare lead word then a number.
  if (leads > 0 && tokens[i]?.kind === 'number') return { contentFrom: i, strong: false };
  return null;
}

const HOW_AM_I = rulePhrases('howAmIPhrases');
const STREAK_QUESTIONS = rulePhrases('streakQuestions');

const TOPICS: [QueryTopic, Set<string>][] = [
  ['streaks', new Set(ruleWords('topicStreaks'))],
  ['goals', new Set(ruleWords('topicGoals'))],
  ['week', new Set(ruleWords('topicWeek'))],
  // "quantos km eu corri esse mês?": a month is only seen in the stats.
  ['stats', new Set(ruleWords('topicStats'))],
  ['today', new Set(ruleWords('topicToday'))],
];

const ASKING = new Set(ruleWords('askingWords'));

const BARE_TOPIC_COMPANIONS = new Set(ruleWords('bareTopicCompanions'));

/** "how am I doing?", "stats", "minhas metas", "o que falta hoje?". */
export function queryTopic(tokens: Token[], asked: boolean): QueryTopic | null {
  const list = words(tokens);
  if (HOW_AM_I.some((p) => containsPhrase(list, p))) return 'how_am_i';
  // "o que falta hoje": "o que" opens a question even without its question mark.
  const askedHere = asked || list.some((w) => ASKING.has(w)) || (list[0] === 'o' && list[1] === 'que');
  // "how many days without alcohol?", "cuántos días llevo sin fumar?": a count of days is a streak.
  if (asked && STREAK_QUESTIONS.some((p) => containsPhrase(list, p))) return 'streaks';
  const topicOf = (w: string): QueryTopic | null => TOPICS.find(([, topicWords]) => topicWords.has(w))?.[0] ?? null;
  // Unasked, only a bare topic counts: "stats", "my streaks", "minhas metas".
  if (!askedHere && !list.every((w) => topicOf(w) !== null || BARE_TOPIC_COMPANIONS.has(w))) return null;
  for (const [topic, topicWords] of TOPICS) if (list.some((w) => topicWords.has(w))) return topic;
  return null;
}

const GREETING_WORDS = new Set(ruleWords('greetingWords'));
const GREETING_HEADS = new Set(ruleWords('greetingHeads'));

export function isGreeting(tokens: Token[]): boolean {
  const list = words(tokens);
  return list.length > 0 && list.length <= 8 && GREETING_HEADS.has(list[0] ?? '') && list.every((w) => GREETING_WORDS.has(w) || w === 'e');
}

const THANKS_WORDS = new Set(ruleWords('thanksWords'));
const THANKS_HEADS = new Set(ruleWords('thanksHeads'));

export function isThanks(tokens: Token[]): boolean {
  const list = words(tokens);
  return list.length > 0 && list.length <= 8 && list.some((w) => THANKS_HEADS.has(w)) && list.every((w) => THANKS_WORDS.has(w));
}
