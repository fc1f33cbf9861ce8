import { describe, expect, it } from 'vitest';
import { splitText, truncateText } from '../../src/dialog/split-text.js';

const LONE_SURROGATE = /\p{Cs}/u;
const wellFormed = (pieces: string[]) => pieces.every((piece) => !LONE_SURROGATE.test(piece));

describe('splitting long text between graphemes', () => {
  it('given /edit x followed by 1,990 💪, then no piece ends in half an emoji and nothing is lost', () => {
    const text = `I don't know the habit x${'💪'.repeat(1990)}.`;
    const pieces = splitText(text, 2000);
    expect(pieces.length).toBeGreaterThan(1);
    expect(wellFormed(pieces)).toBe(true);
    expect(pieces.every((piece) => piece.length <= 2000)).toBe(true);
    expect(pieces.join('')).toBe(text);
  });

  it('given flags, skin tones and joined emoji, then none is cut apart', () => {
    const family = '👩‍👩‍👧‍👦';
    const text = `${'🇧🇷👍🏽'.repeat(300)}${family.repeat(200)}`;
    for (const limit of [12, 100, 1999]) {
      const pieces = splitText(text, limit);
      expect(pieces.join('')).toBe(text);
      for (const piece of pieces) {
        expect(piece.length).toBeLessThanOrEqual(limit);
        expect([...new Intl.Segmenter().segment(piece)].every(({ segment }) => text.includes(segment))).toBe(true);
        expect(piece.replaceAll('🇧🇷', '').replaceAll('👍🏽', '').replaceAll(family, '')).toBe('');
      }
    }
  });

  it('given a list of 1,000 habits, then pieces end at line breaks and every line arrives whole', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `${i + 1}. 💪 Habit number ${i + 1} — every day, streak ${i} 🔥`);
    const pieces = splitText(lines.join('\n'), 4000);
    expect(pieces.every((piece) => piece.length <= 4000)).toBe(true);
    expect(wellFormed(pieces)).toBe(true);
    expect(pieces.flatMap((piece) => piece.split('\n'))).toEqual(lines);
  });

  it('given one grapheme longer than a piece (endless accents), then it is cut between code points', () => {
    const text = `e${'\u0301'.repeat(50)}`;
    const pieces = splitText(text, 20);
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((piece) => piece.length <= 20)).toBe(true);
  });

  it('truncates at a grapheme boundary', () => {
    expect(truncateText('ab💪c', 3)).toBe('ab');
    expect(truncateText('🇧🇷🇧🇷', 7)).toBe('🇧🇷');
    expect(truncateText('short', 10)).toBe('short');
  });
});
