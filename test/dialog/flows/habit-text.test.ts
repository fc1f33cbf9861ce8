import { describe, expect, it } from 'vitest';
import { looksLikeBreakHabit, readFrequency, readTarget, readTimes, readWeekdays, splitEmoji } from '../../../src/dialog/flows/habit-text.js';

describe('typed habit details', () => {
  it.each([
    ['daily', { kind: 'daily' }],
    ['todo dia', { kind: 'daily' }],
    ['3 times a week', { kind: 'per_week', times: 3 }],
    ['3x per week', { kind: 'per_week', times: 3 }],
    ['twice a week', { kind: 'per_week', times: 2 }],
    ['duas vezes por semana', { kind: 'per_week', times: 2 }],
    ['every 2 days', { kind: 'every_n_days', n: 2 }],
    ['a cada 3 dias', { kind: 'every_n_days', n: 3 }],
    ['4 times a month', { kind: 'per_month', times: 4 }],
    ['mon wed fri', { kind: 'weekdays', days: [1, 3, 5] }],
    ['seg, qua e sex', { kind: 'weekdays', days: [1, 3, 5] }],
    ['weekends', { kind: 'weekdays', days: [6, 7] }],
    ['todos los días', { kind: 'daily' }],
    ['3 veces por semana', { kind: 'per_week', times: 3 }],
    ['dos veces a la semana', { kind: 'per_week', times: 2 }],
    ['cada 2 días', { kind: 'every_n_days', n: 2 }],
    ['día por medio', { kind: 'every_n_days', n: 2 }],
    ['una vez al mes', { kind: 'per_month', times: 1 }],
    ['4 veces al mes', { kind: 'per_month', times: 4 }],
    ['lun, mié y vie', { kind: 'weekdays', days: [1, 3, 5] }],
    ['los martes y jueves', { kind: 'weekdays', days: [2, 4] }],
    ['de lunes a viernes', { kind: 'weekdays', days: [1, 2, 3, 4, 5] }],
    ['fines de semana', { kind: 'weekdays', days: [6, 7] }],
  ])('given "%s", then the frequency is read', (text, expected) => {
    expect(readFrequency(text)).toEqual(expected);
  });

  it('given words that are not a frequency, then nothing is read', () => {
    expect(readFrequency('whenever I feel like it')).toBeNull();
    expect(readWeekdays('someday')).toBeNull();
  });

  it('given targets, then quantity, unit and direction are read', () => {
    expect(readTarget('20 pushups')).toEqual({ quantity: 20, unit: 'pushups', direction: 'at_least' });
    expect(readTarget('at most 2 coffees')).toEqual({ quantity: 2, unit: 'coffees', direction: 'at_most' });
    expect(readTarget('no máximo 2 cafés')).toEqual({ quantity: 2, unit: 'cafés', direction: 'at_most' });
    expect(readTarget('2,5 km')).toEqual({ quantity: 2.5, unit: 'km', direction: 'at_least' });
    expect(readTarget('como máximo 2 cafés')).toEqual({ quantity: 2, unit: 'cafés', direction: 'at_most' });
    expect(readTarget('al menos 8 vasos')).toEqual({ quantity: 8, unit: 'vasos', direction: 'at_least' });
    expect(readTarget('about 20 pushups')).toBeNull();
    expect(readTarget('lots')).toBeNull();
  });

  it('given reminder times, then they become sorted HH:mm', () => {
    expect(readTimes('7:30')).toEqual(['07:30']);
    expect(readTimes('9pm, 7am')).toEqual(['07:00', '21:00']);
    expect(readTimes('19h30 e 7h')).toEqual(['07:00', '19:30']);
    expect(readTimes('25:00')).toBeNull();
  });

  it('given a leading emoji or a "no ..." name, then emoji and break kind are recognised', () => {
    expect(splitEmoji('📚 Read')).toEqual({ emoji: '📚', name: 'Read' });
    expect(splitEmoji('Read')).toEqual({ emoji: null, name: 'Read' });
    expect(looksLikeBreakHabit('No smoking')).toBe(true);
    expect(looksLikeBreakHabit('Parar de fumar')).toBe(true);
    expect(looksLikeBreakHabit('Dejar de fumar')).toBe(true);
    expect(looksLikeBreakHabit('Sin alcohol')).toBe(true);
    expect(looksLikeBreakHabit('Read')).toBe(false);
  });
});
