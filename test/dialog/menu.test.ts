import { describe, expect, it } from 'vitest';
import { labelsAreNumbers, pickOption } from '../../src/dialog/menu.js';

const days = ['2', '3', '7', '14'].map((label) => ({ label, data: `nn.${label}` }));
const kinds = ['Every day', 'On some weekdays', '✅ Done'].map((label, index) => ({ label, data: `k.${index}` }));

describe('typed choices', () => {
  it('given options whose labels are numbers, then a typed number is the label, a letter is the key, and they are shown as letters', () => {
    expect(labelsAreNumbers(days)).toBe(true);
    expect(pickOption('2', days)).toEqual({ option: days[0] });
    expect(pickOption('b', days)).toEqual({ option: days[1] });
    expect(pickOption('9', days)).toBeNull(); // a free answer the question may accept
    expect(pickOption('z', days)).toEqual({ noSuchOption: 'a–d' });
  });

  it('given options with words, then a number is the key, a label (emoji and case aside) presses it, and a key out of range names no option', () => {
    expect(labelsAreNumbers(kinds)).toBe(false);
    expect(pickOption('2', kinds)).toEqual({ option: kinds[1] });
    expect(pickOption('done', kinds)).toEqual({ option: kinds[2] });
    expect(pickOption('6', kinds)).toEqual({ noSuchOption: '1–3' });
    expect(pickOption('every day please', kinds)).toBeNull();
  });
});
