// Reply -> Discord messages: text passes through (Discord reads the same markdown), and
// Discord's limits are respected so a long or button-heavy reply is never refused.
import { readAll, textFile } from '../../support/files.js';
import { describe, expect, test } from 'vitest';
import { CONTENT_LIMIT, buttonRows, renderReply, splitText } from '../../../src/adapters/discord/render.js';
import { encodeButton } from '../../../src/dialog/buttons.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (value: unknown): any => JSON.parse(JSON.stringify(value));

describe('renderReply', () => {
  test('given light formatting, then it reaches Discord unchanged, and nobody can be pinged', () => {
    const [message] = renderReply({ text: '✅ **Read** done: _today_ `30 min` @everyone' });
    expect(message!.content).toBe('✅ **Read** done: _today_ `30 min` @everyone');
    expect(message!.allowedMentions).toEqual({ parse: [] });
    expect(message!.components).toEqual([]);
  });

  test('given buttons, then each becomes a Discord button whose custom id is the button data', () => {
    const done = encodeButton({ action: 'log', habitId: 'h1', kind: 'done', date: '2026-03-04', quantity: null });
    const skip = encodeButton({ action: 'log', habitId: 'h1', kind: 'skip', date: '2026-03-04', quantity: null });
    const undo = encodeButton({ action: 'undo', entryId: 'e1' });
    const [message] = renderReply({ text: 'Read?', buttons: [[{ label: 'Done', data: done }, { label: 'Skip', data: skip }], [{ label: 'Undo', data: undo }]] });
    expect(json(message!.components)).toEqual([
      { type: 1, components: [
        { type: 2, custom_id: done, label: 'Done', style: 3 }, // Success
        { type: 2, custom_id: skip, label: 'Skip', style: 2 }, // Secondary
      ] },
      { type: 1, components: [{ type: 2, custom_id: undo, label: 'Undo', style: 2 }] },
    ]);
  });

  test('given more than five buttons in a row, then the row wraps; past five rows the rest is left out', () => {
    const row = Array.from({ length: 12 }, (_, index) => ({ label: `h${index}`, data: `1:c:h${index}` }));
    expect(buttonRows([row]).map((built) => built.components.length)).toEqual([5, 5, 2]);
    const many = Array.from({ length: 8 }, (_, index) => [{ label: `r${index}`, data: `1:c:r${index}` }]);
    expect(buttonRows(many)).toHaveLength(5);
  });

  test('given the same button data twice, then it appears once (Discord refuses duplicate custom ids)', () => {
    const rows = buttonRows([[{ label: 'A', data: '1:c:x' }, { label: 'B', data: '1:c:x' }]]);
    expect(json(rows)[0].components).toEqual([{ type: 2, custom_id: '1:c:x', label: 'A', style: 2 }]);
  });

  test('given a label longer than Discord allows, then it is shortened', () => {
    const [row] = buttonRows([[{ label: 'x'.repeat(120), data: '1:c:x' }]]);
    expect(json(row).components[0].label).toHaveLength(80);
  });

  test('given text over 2000 characters, then it is split at line breaks, with the buttons on the last piece', () => {
    const text = Array.from({ length: 90 }, (_, index) => `line ${index} ${'·'.repeat(30)}`).join('\n');
    const messages = renderReply({ text, buttons: [[{ label: 'OK', data: '1:c:ok' }]] });
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(message.content.length).toBeLessThanOrEqual(CONTENT_LIMIT);
    expect(messages.map((message) => message.content).join('\n')).toBe(text);
    expect(messages.at(-1)!.components).toHaveLength(1);
    expect(messages[0]!.components).toHaveLength(0);
  });

  test('given one very long line, then it is cut at the limit', () => {
    expect(splitText('a'.repeat(4500)).map((piece) => piece.length)).toEqual([2000, 2000, 500]);
  });

  test('given a file (the /export), then it is attached under its name, with the text', async () => {
    const content = '{\n  "habits": []\n}\n';
    const [message, ...rest] = renderReply({ text: 'Your data:', file: textFile('habit-coach-export.json', 'application/json', content) });
    expect(rest).toEqual([]);
    expect(message!.content).toBe('Your data:');
    expect(message!.files.map((file) => file.name)).toEqual(['habit-coach-export.json']);
    expect(await readAll(message!.files[0]!.attachment)).toBe(content);
  });

  test('given an image, then it is attached as a PNG with its alt text', () => {
    const [message] = renderReply({ text: 'Your week', image: { png: new Uint8Array([137, 80, 78, 71]), alt: 'A chart of your week' } });
    expect(message!.files).toHaveLength(1);
    expect(message!.files[0]!.name).toBe('habit-coach.png');
    expect(message!.files[0]!.description).toBe('A chart of your week');
  });
});
