// Given a quantity in one unit and a habit's target unit, then the quantity in the habit's unit.
import { describe, expect, it } from 'vitest';
import { convertQuantity, parseUnitText, unitOfWord } from '../../../src/core/parser/units.js';

const unit = (text: string) => parseUnitText(text);

describe('units', () => {
  it.each([
    [3, 'miles', 'km', 4.83], [5, 'km', 'mi', 3.11], [800, 'metros', 'km', 0.8], [1.5, 'h', 'min', 90],
    [90, 'minutos', 'horas', 1.5], [2, 'litros', 'copos', 8], [500, 'ml', 'glasses', 2], [3, 'cups', 'glasses', 3],
    [20, 'pushups', 'reps', 20], [30, 'páginas', 'pages', 30], [1, 'pack', 'cigarettes', 20], [1, 'marathon', 'km', 42.2],
  ])('given %d %s on a %s habit, then %d', (value, from, to, expected) => {
    expect(convertQuantity(value, unitOfWord(from) ?? unit(from), unit(to))).toBe(expected);
  });

  it('given a number without a unit, then it is already in the habit unit', () => {
    expect(convertQuantity(5, null, unit('km'))).toBe(5);
  });

  it('given units that measure different things, then no quantity', () => {
    expect(convertQuantity(30, unitOfWord('min'), unit('km'))).toBeNull();
    expect(convertQuantity(2, unitOfWord('chapters'), unit('pages'))).toBeNull();
  });

  it('given "5k", then 5 km on a distance habit and 5000 on a steps habit', () => {
    expect(convertQuantity(5, unitOfWord('k'), unit('km'))).toBe(5);
    expect(convertQuantity(10, unitOfWord('k'), unit('steps'))).toBe(10000);
  });

  it('given "m", then metres on a distance habit and minutes on a time habit', () => {
    expect(convertQuantity(800, unitOfWord('m'), unit('km'))).toBe(0.8);
    expect(convertQuantity(30, unitOfWord('m'), unit('min'))).toBe(30);
  });

  it('given a habit without a target, then time in minutes and distance in km', () => {
    expect(convertQuantity(2, unitOfWord('hours'), null)).toBe(120);
    expect(convertQuantity(3, unitOfWord('miles'), null)).toBe(4.83);
    expect(convertQuantity(3, unitOfWord('glasses'), null)).toBe(3);
  });

  it('given a custom target unit, then it counts itself', () => {
    expect(unit('sessions')).toMatchObject({ dimension: 'count', countKey: 'session' });
    expect(unit('laps')).toMatchObject({ dimension: 'count', countKey: 'lap' });
  });
});
