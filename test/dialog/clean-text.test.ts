import { describe, expect, it } from 'vitest';
import { cleanInbound, cleanText } from '../../src/dialog/clean-text.js';

describe('cleaning inbound text', () => {
  it.each([
    ['a NUL byte goes', 'did 20\u0000 pushups', 'did 20 pushups'],
    ['control characters go (bell, escape, DEL, C1)', 'a\u0007b\u001b[1mc\u007fd\u0085e', 'ab[1mcde'],
    ['newline and tab stay', 'line one\n\tline two', 'line one\n\tline two'],
    ['a lone high surrogate goes', 'ran 5k \ud83d', 'ran 5k '],
    ['a lone low surrogate goes', '\udcaaran', 'ran'],
    ['a replacement character (a half decoded from a pipe) goes', 'ran\ufffd', 'ran'],
    ['whole emoji stay, joined ones too', '💪 👩‍👩‍👧 🇧🇷 é', '💪 👩‍👩‍👧 🇧🇷 é'],
  ])('%s', (_title, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('cleans the text, caption, display name and button data of a message, and marks a text left with nothing readable', () => {
    const base = { platform: 'telegram' as const, chat: { id: '1', kind: 'private' as const }, updateId: '1' };
    expect(cleanInbound({ ...base, user: { externalId: '1', displayName: 'A\u0000na' }, text: '\u0000' })).toEqual({
      ...base, user: { externalId: '1', displayName: 'Ana' }, text: '', unreadableText: true,
    });
    expect(cleanInbound({ ...base, user: { externalId: '1' }, button: { data: 'x\u0000' }, attachment: { kind: 'photo', fileRef: 'f', caption: 'c\ud800' } }))
      .toEqual({ ...base, user: { externalId: '1' }, button: { data: 'x' }, attachment: { kind: 'photo', fileRef: 'f', caption: 'c' } });
  });
});
