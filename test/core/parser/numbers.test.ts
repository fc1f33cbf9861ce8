// Given numbers as people type them, then their value.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/parser/normalize.js';
import { parseDigits, readNumberAt } from '../../../src/core/parser/numbers.js';

const read = (text: string, locale: 'en' | 'pt-BR' = 'en') => readNumberAt(tokenize(text).tokens, 0, locale);

describe('numbers', () => {
  it.each([
    ['20', 'en', 20], ['1.5', 'en', 1.5], ['1,5', 'en', 1.5], ['1,000', 'en', 1000], ['1,5', 'pt-BR', 1.5],
    ['1.500', 'pt-BR', 1500], ['1.5', 'pt-BR', 1.5], ['1.234,5', 'pt-BR', 1234.5], ['1,234.5', 'en', 1234.5],
  ] as const)('given the digits %j in %s, then %d', (text, locale, value) => {
    expect(parseDigits(text, locale)).toBe(value);
  });

  it.each([
    ['twenty', 20], ['twenty five', 25], ['twenty-five', 25], ['a hundred', 100], ['one hundred and five', 105],
    ['vinte', 20], ['vinte e cinco', 25], ['cento e vinte', 120], ['dois mil', 2000], ['mil', 1000], ['duas', 2],
    ['half', 0.5], ['meia', 0.5], ['a couple of', 2], ['10 mil', 10000], ['a dozen', 12],
  ])('given the words %j, then %d', (text, value) => {
    expect(read(text)?.value).toBe(value);
  });

  it('given "a" or "um" alone, then a weak 1 that only counts before a unit', () => {
    expect(read('a glass')).toEqual({ value: 1, length: 1, weak: true });
    expect(read('uma hora')).toEqual({ value: 1, length: 1, weak: true });
    expect(read('three')?.weak).toBe(false);
  });

  it('given a word that is no number, then nothing', () => {
    expect(read('pushups')).toBeNull();
    expect(read('6:30')).toBeNull();
  });
});
