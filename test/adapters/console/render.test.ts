import { textFile } from '../../support/files.js';
import { describe, expect, it } from 'vitest';
import { pressedButton } from '../../../src/adapters/console/console-chat.js';
import { renderFormatting, renderReply } from '../../../src/adapters/console/render.js';

describe('console rendering', () => {
  it('given light formatting, then a pipe gets plain text and a terminal gets ANSI styles', () => {
    expect(renderFormatting('**Read** done, _today_ `/undo`', { color: false })).toBe('Read done, today /undo');
    expect(renderFormatting('**Read**', { color: true })).toBe('\u001b[1mRead\u001b[22m');
    expect(renderFormatting('snake_case_name stays', { color: false })).toBe('snake_case_name stays');
  });

  it('given buttons, then they print as numbered choices continuing across replies', () => {
    const text = renderReply({ text: 'Pick', buttons: [[{ label: 'Yes', data: 'y' }, { label: 'No', data: 'n' }], [{ label: 'Later', data: 'l' }]] }, { color: false }, 3);
    expect(text).toBe('Pick\n  3) Yes  4) No\n  5) Later');
  });

  it('given a file, then where it was saved is printed, not its contents', () => {
    expect(renderReply({ text: 'Here', file: textFile('a.json', 'application/json', '{}\n') }, { color: false }, 1, false, '/tmp/a.json')).toBe('Here\n📎 /tmp/a.json');
  });

  it('given a typed number or label, then the matching button is pressed', () => {
    const buttons = [{ label: '🧙 Yoda', data: 'a' }, { label: 'Português', data: 'b' }];
    expect(pressedButton('2', buttons)?.data).toBe('b');
    expect(pressedButton('yoda', buttons)?.data).toBe('a');
    expect(pressedButton('portugues', buttons)?.data).toBe('b');
    expect(pressedButton('3', buttons)).toBeUndefined();
    expect(pressedButton('did 20 pushups', buttons)).toBeUndefined();
  });
});
