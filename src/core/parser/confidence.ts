// How sure the parser is of a log, and what it read it from. A log the person's own words do
// not clearly support is still read, but marked with its doubts, so the dialog asks before it
// writes: a slip breaks a streak, and an amount far out of range is more often a typo than a feat.
import { conceptLexicon, type HabitProfile } from './habit-profile.js';
import { isOtherLanguageConceptWord, isOwnConceptWord } from './lexicon.js';
import { ruleWords } from './words/rules.js';
import type { Mention } from './mentions.js';
import { sliceSource, type TokenizedText } from './normalize.js';
import type { QuantityHit } from './quantities.js';
import type { Confidence, Doubt, HabitMatch, LogEvidence, ParseContext, ParsedLog, ParseResult, ParserLanguage } from './types.js';

// Scores of the matcher (habit-matcher.ts): a name or taught synonym scores 9-10, a concept 7
// (a little less up to a typo), part of a multi-word name 4-5, a related concept 3.
const NAME_SCORE = 9;
const CONCEPT_SCORE = 6.5;
/** Below this a loose match came from a related concept only (the matcher gives those 3). */
const PART_OF_NAME_SCORE = 3.9;
const GENERIC_NAME_WORDS = new Set(ruleWords('genericNameWords'));

/** An amount more than this many times the target and the largest entry is asked about. */
const OUT_OF_RANGE_FACTOR = 5;

export type Judged = Omit<ParsedLog, 'evidence' | 'doubts'>;

/** How a mention named its habit. */
export function matchOf(mention: Mention | null): HabitMatch {
  if (!mention || mention.habitIds.length === 0) return 'nothing';
  if (mention.score >= NAME_SCORE) return 'name';
  return mention.score >= CONCEPT_SCORE ? 'concept' : 'loose';
}

export function evidenceOf(text: TokenizedText, match: HabitMatch, mention: Mention | null, quantity: QuantityHit | null, locale?: ParserLanguage): LogEvidence {
  const evidence: LogEvidence = {
    match,
    habitWords: mention ? sliceSource(text, mention.start, mention.end) : '',
    quantityWords: quantity ? sliceSource(text, quantity.start, quantity.end) : null,
  };
  if (locale && mention && (match === 'concept' || match === 'loose') && fromAnotherLanguage(text, mention, locale)) evidence.otherLanguage = true;
  if (match === 'loose' && mention && (mention.score < PART_OF_NAME_SCORE || onlyGenericWords(text, mention))) evidence.generic = true;
  return evidence;
}

/** Whether the words that named a habit are only words that name many things ("call", "make", "ligar"). */
function onlyGenericWords(text: TokenizedText, mention: Mention): boolean {
  const words = text.tokens.slice(mention.start, mention.end + 1).filter((t) => t.kind === 'word').map((t) => t.norm);
  return words.length > 0 && words.every((word) => GENERIC_NAME_WORDS.has(word));
}

/**
 * The person's language first: a habit named only by another language's concept words ("corri"
 * from an English speaker, "workout" from a Portuguese one) is still read, as a fallback the
 * person confirms. A word of their own language (or one every language shares) among them, or a
 * word of the habit's own name, makes it theirs.
 */
function fromAnotherLanguage(text: TokenizedText, mention: Mention, locale: ParserLanguage): boolean {
  const index = conceptLexicon().index;
  const words = text.tokens.slice(mention.start, mention.end + 1).filter((t) => t.kind === 'word').map((t) => t.norm);
  const glued = words.slice(1).map((word, k) => (words[k] ?? '') + word);
  const all = [...words, ...glued];
  return all.some((word) => isOtherLanguageConceptWord(word, locale)) && !all.some((word) => isOwnConceptWord(word, locale, index));
}

function doubtsOf(log: Judged, evidence: LogEvidence, negative: boolean, profile: HabitProfile | undefined, context: ParseContext, skipNotSaid: boolean): Doubt[] {
  const doubts: Doubt[] = [];
  if (skipNotSaid) doubts.push('skip_not_said');
  const named = evidence.match === 'name' || evidence.match === 'concept' || evidence.match === 'unit';
  // A slip breaks a streak, so it needs the habit's own words.
  if (log.kind === 'slip' && !named) doubts.push('slip_not_named');
  // A related concept only ("treino" for "Plank") or a generic part of a name ("call" for "Call mom"):
  // it may be about something else ("a call with the team"), so it is asked, not written. Other parts
  // of a name are written ("bed" for "Make the bed").
  else if (evidence.generic) doubts.push('loose_match');
  if (evidence.otherLanguage) doubts.push('other_language');
  if (negative) doubts.push('negative_amount');
  const target = profile?.habit.target?.quantity ?? 0;
  const reference = Math.max(target, context.largest?.[log.habitId] ?? 0);
  if (log.quantity !== null && reference > 0 && log.quantity > OUT_OF_RANGE_FACTOR * reference) doubts.push('large_amount');
  return doubts;
}

/** The log with its evidence and doubts. */
export function judge(log: Judged, evidence: LogEvidence, quantity: QuantityHit | null, profile: HabitProfile | undefined, context: ParseContext, skipNotSaid = false): ParsedLog {
  return { ...log, evidence, doubts: doubtsOf(log, evidence, quantity?.negative === true, profile, context, skipNotSaid) };
}

/** A log result: unsure when any of its logs has a doubt. */
export function logResult(logs: ParsedLog[]): Extract<ParseResult, { kind: 'log' }> {
  const confidence: Confidence = logs.some((l) => l.doubts.length > 0) ? 'unsure' : 'sure';
  return { kind: 'log', logs, confidence };
}
