// Given a date expression inside a log, then the local date it means; never in the future.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/parser/dates.js';
import { tokenize } from '../../../src/core/parser/normalize.js';

const TODAY = '2026-03-18'; // a Wednesday
const dateIn = (text: string, locale: 'en' | 'pt-BR' = 'en') => findDates(tokenize(text).tokens, TODAY, locale)[0] ?? null;

describe('dates in a log', () => {
  it.each([
    ['ran yesterday', '2026-03-17'], ['ran today', '2026-03-18'], ['ran 2 days ago', '2026-03-16'],
    ['ran a week ago', '2026-03-11'], ['ran on monday', '2026-03-16'], ['ran last friday', '2026-03-13'],
    ['ran on wednesday', '2026-03-18'], ['ran last wednesday', '2026-03-11'], ['ran the day before yesterday', '2026-03-16'], ['read last night', '2026-03-17'],
    ['ran on March 10', '2026-03-10'], ['ran on 3/15', '2026-03-15'], ['ran 2026-03-01', '2026-03-01'],
    ['ran on the 5th', '2026-03-05'], ['ran on the 25th', '2026-02-25'], ['ran on December 25', '2025-12-25'],
  ])('given %j, then %s', (text, date) => {
    expect(dateIn(text)).toMatchObject({ date, future: false });
  });

  it.each([
    ['corri ontem', '2026-03-17'], ['corri anteontem', '2026-03-16'], ['corri na segunda', '2026-03-16'],
    ['corri há 2 dias', '2026-03-16'], ['corri 3 dias atrás', '2026-03-15'], ['corri faz 2 dias', '2026-03-16'],
    ['corri sexta passada', '2026-03-13'], ['corri no domingo', '2026-03-15'], ['corri dia 15', '2026-03-15'],
    ['corri 5 de março', '2026-03-05'], ['corri em 15/03', '2026-03-15'], ['ontem à noite', '2026-03-17'],
  ])('given %j, then %s', (text, date) => {
    expect(dateIn(text, 'pt-BR')).toMatchObject({ date, future: false });
  });

  it.each(['run tomorrow', 'vou correr amanhã', 'next monday', 'semana que vem'])('given %j, then a future date (a plan)', (text) => {
    expect(dateIn(text, 'pt-BR')?.future).toBe(true);
  });

  it.each(['did 1 set of pushups', 'fiz a segunda série', '8/8 glasses', '10 days in a row', 'sat for 10 minutes'])(
    'given %j, then no date',
    (text) => {
      expect(dateIn(text)).toBeNull();
    },
  );
});
