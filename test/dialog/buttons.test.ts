import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton, MAX_BUTTON_DATA_BYTES, packId, unpackId, type ButtonAction } from '../../src/dialog/buttons.js';

const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('button data', () => {
  it('given a UUID, then it packs to 23 characters and back', () => {
    expect(packId(uuid)).toHaveLength(23);
    expect(unpackId(packId(uuid))).toBe(uuid);
    expect(unpackId(packId('not-a-uuid'))).toBe('not-a-uuid');
  });

  it('given every kind of action, then it round-trips within 64 bytes', () => {
    const actions: ButtonAction[] = [
      { action: 'log', habitId: uuid, kind: 'done', date: '2026-11-23', quantity: 12.5 },
      { action: 'log', habitId: uuid, kind: 'slip', date: '2026-01-01', quantity: null },
      { action: 'undo', entryId: uuid },
      { action: 'undo_progress', progressId: uuid },
      { action: 'undo_correction', correctionId: uuid },
      { action: 'confirm', answer: 'yes' },
      { action: 'confirm', answer: 'yes', flow: '0f8fad5b' },
      { action: 'choose', value: 'ob.language.pt-BR', flow: 'a165ffff' },
      { action: 'confirm', answer: 'no' },
      { action: 'choose', value: 'ob.language.pt-BR' },
      { action: 'pick', command: 'archive', habitId: uuid },
      { action: 'pick', command: 'pause', habitId: '*' },
      { action: 'pick', command: 'reset', habitId: uuid, inPlace: true },
      { action: 'log', habitId: uuid, kind: 'skip', date: '2026-11-23', quantity: 3, inPlace: true },
    ];
    for (const action of actions) {
      const data = encodeButton(action);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(MAX_BUTTON_DATA_BYTES);
      expect(decodeButton(data)).toEqual(action);
    }
  });

  it('given data of another version, a forged layout or garbage, then it is refused (null), never thrown', () => {
    expect(decodeButton('2:u:abc')).toBeNull();
    expect(decodeButton('1:l:abc:q:20261123')).toBeNull();
    expect(decodeButton('1:l:abc:d:2026112')).toBeNull();
    expect(decodeButton('1:l:abc:d:20261123:-4')).toBeNull();
    expect(decodeButton('1:y:maybe')).toBeNull();
    expect(decodeButton('1:c:has space')).toBeNull();
    expect(decodeButton('x'.repeat(65))).toBeNull();
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (data) => {
      expect(() => decodeButton(data)).not.toThrow();
    }));
  });
});
