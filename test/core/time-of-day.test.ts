// Given what a person types when asked for a time or a span of quiet hours, then 'HH:mm' (or why not).
import { describe, expect, it } from 'vitest';
import { resolveTimeOfDay, resolveTimeRange } from '../../src/core/time-of-day.js';

describe('resolveTimeOfDay', () => {
  it.each([
    ['20:00', '20:00'],
    ['8:30', '08:30'],
    ['07:05', '07:05'],
    ['20h', '20:00'],
    ['20h30', '20:30'],
    ['20 horas', '20:00'],
    ['20', '20:00'],
    ['8pm', '20:00'],
    ['8 PM', '20:00'],
    ['8:30pm', '20:30'],
    ['8 p.m.', '20:00'],
    ['7am', '07:00'],
    ['12am', '00:00'],
    ['12pm', '12:00'],
    ['noon', '12:00'],
    ['midnight', '00:00'],
    ['meia-noite', '00:00'],
    ['meio-dia', '12:00'],
    ['  21.15 ', '21:15'],
  ])('given "%s", then %s', (text, time) => {
    expect(resolveTimeOfDay(text)).toEqual({ ok: true, time });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['soon', 'unrecognized'],
    ['8 in the evening', 'unrecognized'],
    ['25:00', 'out_of_range'],
    ['24h', 'out_of_range'],
    ['20:60', 'out_of_range'],
    ['13pm', 'out_of_range'],
    ['0am', 'out_of_range'],
  ])('given "%s", then the error is %s', (text, error) => {
    expect(resolveTimeOfDay(text)).toEqual({ ok: false, error });
  });
});

describe('resolveTimeRange', () => {
  it.each([
    ['22:00-07:00', '22:00', '07:00'],
    ['22h-7h', '22:00', '07:00'],
    ['10pm-7am', '22:00', '07:00'],
    ['10pm - 7am', '22:00', '07:00'],
    ['22:30–06:45', '22:30', '06:45'],
    ['22h to 7h', '22:00', '07:00'],
    ['das 22h até 7h', '22:00', '07:00'],
    ['from 11pm until 6am', '23:00', '06:00'],
    ['13:00-14:00', '13:00', '14:00'],
  ])('given "%s", then quiet from %s to %s', (text, start, end) => {
    expect(resolveTimeRange(text)).toEqual({ ok: true, start, end });
  });

  it.each([
    ['', 'empty'],
    ['22:00', 'unrecognized'],
    ['late-early', 'unrecognized'],
    ['22:00-25:00', 'out_of_range'],
    ['22h-22h', 'same_start_and_end'],
  ])('given "%s", then the error is %s', (text, error) => {
    expect(resolveTimeRange(text)).toEqual({ ok: false, error });
  });
});
