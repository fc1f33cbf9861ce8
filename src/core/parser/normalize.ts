// Turns free text into tokens that keep their place in the original text, so a
// note or a skip reason can be cut out of what the person actually typed.
import { ownValue } from '../own.js';
import { memoized } from './memo.js';
import { ruleRecord, ruleWords } from './words/rules.js';

export type TokenKind = 'word' | 'number' | 'emoji' | 'punct';

export interface Token {
  kind: TokenKind;
  /** The slice of the source text this token came from. */
  text: string;
  /** Lower case, no accents, no apostrophes or hyphens; emoji reduced to their base. */
  norm: string;
  start: number;
  end: number;
}

export interface TokenizedText {
  source: string;
  tokens: Token[];
}

const TOKEN_PATTERN = new RegExp(
  [
    // "b4", "2day": chat words that mix digits and letters are words, not a number and a word.
    String.raw`(?<chat>(?<![\p{L}\d])(?:b4|2day|2nite|l8r|gr8)(?![\p{L}\d]))`,
    String.raw`(?<number>\d+(?:[.,:]\d+)*)`,
    String.raw`(?<word>[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*)`,
    String.raw`(?<emoji>\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u2640|\u2642)*)`,
    String.raw`(?<punct>[.,;:!?+&/\-—–()…$€£%#=<>*~])`,
  ].join('|'),
  'gu',
);

/** Lower case, accents removed, apostrophes and hyphens dropped, long letter runs shortened. */
export const normalizeWord = memoized((word: string): string =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’-]/g, '')
    .replace(/(\p{L})\1{2,}/gu, '$1$1'),
);

/** Case- and accent-free form of a whole phrase, words separated by single spaces. */
export function normalizePhrase(text: string): string {
  return tokenize(text)
    .tokens.map((t) => t.norm)
    .join(' ');
}

function emojiBase(emoji: string): string {
  const first = emoji.codePointAt(0);
  return first === undefined ? emoji : String.fromCodePoint(first);
}

// Contractions and chat shorthand, written out so the rules see one spelling.
const EXPANSIONS: Record<string, string[]> = ruleRecord('expansions');

// "I'll", "we'll": the apostrophe form is unambiguous, the bare one ("ill", "well") is not.
const APOSTROPHE_ONLY: Record<string, string[]> = ruleRecord('apostropheExpansions');

export function tokenize(input: string): TokenizedText {
  const source = input.normalize('NFC');
  const tokens: Token[] = [];
  for (const match of source.matchAll(TOKEN_PATTERN)) {
    const text = match[0];
    const start = match.index;
    const end = start + text.length;
    const groups = match.groups ?? {};
    if (groups.number !== undefined) {
      tokens.push({ kind: 'number', text, norm: text, start, end });
    } else if (groups.word !== undefined || groups.chat !== undefined) {
      pushWord(tokens, text, start, end);
    } else if (groups.emoji !== undefined) {
      tokens.push({ kind: 'emoji', text, norm: emojiBase(text), start, end });
    } else {
      tokens.push({ kind: 'punct', text, norm: text === '…' ? '.' : text, start, end });
    }
  }
  chatDigits(tokens);
  return { source, tokens };
}

// "went 4 the gym", "back 2 my routine": a lone 4 or 2 before a determiner is "for" or "to".
const CHAT_DIGITS: Record<string, string> = { '4': 'for', '2': 'to' };
const CHAT_DIGIT_NEXT = new Set(ruleWords('chatDigitNext'));
// ...but "4 a day", "2 an hour" count: a period or unit after the article keeps the number.
const COUNTED_AFTER_ARTICLE = new Set(ruleWords('countedAfterArticle'));

function chatDigits(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    const meaning = t.kind === 'number' ? ownValue(CHAT_DIGITS, t.norm) : undefined;
    const next = tokens[i + 1]?.norm ?? '';
    if (!meaning || tokens[i - 1]?.kind !== 'word' || !CHAT_DIGIT_NEXT.has(next)) return;
    if ((next === 'a' || next === 'an') && COUNTED_AFTER_ARTICLE.has(tokens[i + 2]?.norm ?? '')) return;
    tokens[i] = { ...t, kind: 'word', norm: meaning };
  });
}

function pushWord(tokens: Token[], text: string, start: number, end: number): void {
  // "correr é difícil": "é" (is) must not read as "e" (and), which splits clauses.
  const norm = text === 'é' || text === 'É' ? 'eh' : normalizeWord(text);
  const hasApostrophe = /['’]/.test(text);
  const expansion = hasApostrophe ? (ownValue(APOSTROPHE_ONLY, norm) ?? ownValue(EXPANSIONS, norm)) : ownValue(EXPANSIONS, norm);
  if (expansion) {
    for (const part of expansion) tokens.push({ kind: 'word', text, norm: part, start, end });
    return;
  }
  tokens.push({ kind: 'word', text, norm, start, end });
}

/** The original text between two token positions (inclusive), trimmed of edge punctuation. */
export function sliceSource(text: TokenizedText, from: number, to: number): string {
  const first = text.tokens[from];
  const last = text.tokens[to];
  if (!first || !last || to < from) return '';
  return text.source
    .slice(first.start, last.end)
    .replace(/^[\s,.;:!?\-—–+&]+|[\s,;:\-—–+&]+$/gu, '')
    .trim();
}
