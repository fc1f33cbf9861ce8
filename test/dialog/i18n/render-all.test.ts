// Every message of both catalogs, rendered with count 0, 1 and 2: none throws (ICU quoting and
// braces), none leaves a placeholder unfilled, and pt-BR and es say nothing in English.
import { describe, expect, it } from 'vitest';
import { catalogs, createTranslator, placeholdersOf, type MessageKey } from '../../../src/dialog/i18n/index.js';
import { LOCALES, type Locale } from '../../../src/core/languages.js';

/** English words that are not also Portuguese or Spanish: one of them in a pt-BR or es reply is a leftover. */
const ENGLISH = /(?<!\p{L})(the|and|your|you|with|this|that|done|skip|skipped|today|yesterday|habit|habits|streak|streaks|week|weeks|day|days|month|is|are|of|to|not|yes|settings|help|from|will|what|when|which|every|times|once|logged|saved|undo|goal|goals|pause|paused|review|reminder|nothing|here|please|back|off|on|it|at|by|or|coach)(?!\p{L})/iu;
/** Names that stay as they are in any language. */
const NAMES = /(?<!\p{L})(Yoda|General|Mentor|English|UTC|CSV|JSON|Telegram|Discord|Loop|ok)(?!\p{L})/gu;

function varsFor(names: string[], count: number): Record<string, string | number> {
  return Object.fromEntries(names.map((name) => [name, name === 'count' ? count : 'X']));
}

describe('every message renders', () => {
  for (const locale of LOCALES) {
    it(`given every ${locale} key with count 0, 1 and 2, then each renders fully, without a leftover brace`, () => {
      const t = createTranslator(locale);
      for (const key of Object.keys(catalogs[locale]) as MessageKey[]) {
        const names = placeholdersOf(catalogs[locale][key]);
        for (const count of [0, 1, 2]) {
          const text = t(key, varsFor(names, count));
          expect({ key, count, text }).toEqual({ key, count, text: expect.not.stringMatching(/[{}]/) as unknown });
          expect(text.trim()).not.toBe('');
        }
      }
    });
  }

  for (const locale of ['pt-BR', 'es'] as Locale[]) it(`given every ${locale} message, then none has English words left (commands and names aside)`, () => {
    const t = createTranslator(locale);
    const english: string[] = [];
    for (const key of Object.keys(catalogs[locale]) as MessageKey[]) {
      const text = t(key, varsFor(placeholdersOf(catalogs[locale][key]), 2))
        .replace(/\/\w+/g, ' ')
        .replace(/`[^`]*`/g, ' ')
        .replace(NAMES, ' ');
      if (ENGLISH.test(text)) english.push(`${key}: ${text}`);
    }
    expect(english).toEqual([]);
  });
});
