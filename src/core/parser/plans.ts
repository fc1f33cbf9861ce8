// Words that put a clause in the future (a plan, a wish) and the cheers that only look like
// them: "let's go!", "bora", "vamo" after a log hope for nothing, they celebrate.
import { ownValue } from '../own.js';
import type { Token } from './normalize.js';
import * as V from './words/index.js';
import { ruleWords } from './words/rules.js';

// "let's gooo", "bora!", "vamo que vamo", "partiu": cheers when nothing they could lead to follows.
const CHEER_HEADS = new Set(ruleWords('cheerHeads'));
const CHEER_WORDS = new Set(ruleWords('cheerWords'));

/** "let's go!!" (tokens "let us go"), "bora 💪": the rest of the clause only cheers. */
function isCheer(tokens: Token[], i: number, to: number): boolean {
  const word = tokens[i]?.norm ?? '';
  if (word === 'let' && !['go', 'goo'].includes(tokens[i + 2]?.norm ?? '')) return false;
  if (word !== 'let' && !CHEER_HEADS.has(word)) return false;
  for (let k = i + 1; k <= to; k++) {
    const t = tokens[k];
    if (t && t.kind === 'word' && !CHEER_WORDS.has(t.norm) && !V.FILLERS.has(t.norm)) return false;
  }
  return true;
}

export function hasFutureMarker(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const word = tokens[i]?.norm ?? '';
    if (!V.FUTURE_MARKERS.has(word) || isCheer(tokens, i, to)) continue;
    const needs = ownValue(V.FUTURE_NEEDS_NEXT, word);
    if (needs && !needs.includes(tokens[i + 1]?.norm ?? '')) continue;
    // "going to the gym" is a plan; "instead of going to the gym" is not.
    if (word === 'going' && i > from && !['am', 'is', 'are', 'i', 'we', 'not', 'still', 'just', 'now', 'so'].includes(tokens[i - 1]?.norm ?? '')) continue;
    return true;
  }
  return false;
}
