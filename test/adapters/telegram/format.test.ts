import { describe, expect, it } from 'vitest';
import { escapeHtml, splitForTelegram, stripFormatting, toTelegramHtml } from '../../../src/adapters/telegram/format.js';

describe('light formatting as Telegram HTML', () => {
  it.each([
    ['**Pushups** logged', '<b>Pushups</b> logged'],
    ['a _gentle_ nudge', 'a <i>gentle</i> nudge'],
    ['type `/undo` to take it back', 'type <code>/undo</code> to take it back'],
    ['**bold** and _italic_ and `code`', '<b>bold</b> and <i>italic</i> and <code>code</code>'],
  ])('given %j then it renders %j', (input, html) => {
    expect(toTelegramHtml(input)).toBe(html);
  });

  it('given text a person typed with <, > and & then it arrives exactly as typed', () => {
    expect(toTelegramHtml('**R&D <b>** 3 > 2')).toBe('<b>R&amp;D &lt;b&gt;</b> 3 &gt; 2');
  });

  it('given markers inside code then they stay literal', () => {
    expect(toTelegramHtml('`**not bold** _nor italic_`')).toBe('<code>**not bold** _nor italic_</code>');
  });

  it('given snake_case words or URLs then underscores are not read as italic', () => {
    expect(toTelegramHtml('see my_habit_name at https://x.io/a_b_c')).toBe('see my_habit_name at https://x.io/a_b_c');
  });

  it('given an unmatched marker then the text passes through escaped', () => {
    expect(toTelegramHtml('2 ** 3 and a_ lone')).toBe('2 ** 3 and a_ lone');
    expect(escapeHtml('<&>')).toBe('&lt;&amp;&gt;');
  });

  it('strips markers for places without formatting', () => {
    expect(stripFormatting('**Streak** of _7_ days: `🔥`')).toBe('Streak of 7 days: 🔥');
  });
});

describe('splitting long text', () => {
  it('given short text then it is one piece', () => {
    expect(splitForTelegram('hello')).toEqual(['hello']);
  });

  it('given text past the limit then it splits at line breaks and loses nothing', () => {
    const lines = Array.from({ length: 300 }, (_, index) => `line ${index} ${'x'.repeat(20)}`);
    const pieces = splitForTelegram(lines.join('\n'), 1000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(1000);
    expect(pieces.join('\n')).toBe(lines.join('\n'));
  });
});
