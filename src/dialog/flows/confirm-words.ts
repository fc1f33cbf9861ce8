// Typed answers to a yes/no question, in every language (accents already removed).
import { wordsOf } from '../i18n/words/index.js';

export const YES_WORDS = wordsOf('yes');
export const NO_WORDS = wordsOf('no');
