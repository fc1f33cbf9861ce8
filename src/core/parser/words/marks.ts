// Marks that mean the same in every language: emoji and punctuation. Merged into each language's lists.
import type { MeaningWords } from './types.js';

const w = (words: string): string[] => words.split(/\s+/).filter((word) => word.length > 0);

export const MARKS: Partial<Record<keyof MeaningWords, string[]>> = {
  negations: w('❌ ✖ 🚫 👎 ⛔'),
  slipWords: ['😬'],
  doneWords: w('✅ ✔ ☑ ✓ 💯'),
  fillers: w('✅ ✔ ☑ ✓ 🎉 🔥 💪 😅 😄 😊 🙌 👏 👍 😎 🥳 💯 ⭐ 🌟 😁 😀 ❤ 💚 🏆 🤩 ✨ 😍 !!!'),
};

/** Marks that negate only what comes right before them: "gym ✅ read ❌". */
export const TRAILING_ONLY_NEGATIONS = new Set(MARKS.negations);

/** Negation words that only negate in Portuguese shorthand ("n corri hj"). */
export const SHORT_NEGATIONS = new Set(['n']);

export const SEPARATOR_PUNCT = new Set(w(', ; . ! ? : + & / ( ) — – - = ~ *'));
