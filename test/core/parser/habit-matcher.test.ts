// Given a message and the person's habits, then which habit it names: forgiving about case,
// accents, plurals, verb forms, typos, emoji and taught synonyms.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/core/parser/index.js';
import type { ParseContext, ParserHabit } from '../../../src/core/parser/types.js';

const habit = (id: string, name: string, extra: Partial<ParserHabit> = {}): ParserHabit => ({
  id, name, emoji: null, synonyms: [], kind: 'build', target: null, ...extra,
});
const context = (habits: ParserHabit[]): ParseContext => ({ habits, goals: [], today: '2026-03-18', locale: 'en' });
const habitsOf = (text: string, habits: ParserHabit[]): string[] | string => {
  const result = parseMessage(text, context(habits));
  if (result.kind === 'log') return result.logs.map((l) => l.habitId);
  if (result.kind === 'ambiguous') return `ambiguous:${[...result.candidates].sort().join(',')}`;
  return result.kind;
};

describe('habit matching', () => {
  it('given a habit named in either language, then verbs of both languages find it', () => {
    for (const name of ['Run', 'Running', 'Corrida', 'Correr', 'Morning run']) {
      expect(habitsOf('ran 5k', [habit('h', name)])).toEqual(['h']);
      expect(habitsOf('corri 5 km', [habit('h', name)])).toEqual(['h']);
    }
  });

  it('given plurals, accents and case, then the same habit', () => {
    const habits = [habit('p', 'Flexões')];
    for (const text of ['fiz 20 flexoes', 'FIZ 20 FLEXÕES', 'fiz 1 flexão', 'did 20 pushups']) expect(habitsOf(text, habits)).toEqual(['p']);
  });

  it('given a habit the lexicon does not know, then its own name, stemmed or with a typo, finds it', () => {
    const habits = [habit('piano', 'Practice piano'), habit('stretch', 'Alongamento'), habit('duo', 'Duolingo')];
    expect(habitsOf('practiced piano for 20 min', habits)).toEqual(['piano']);
    expect(habitsOf('alonguei hoje', habits)).toEqual(['stretch']);
    expect(habitsOf('did my duolingoo lesson', habits)).toEqual(['duo']);
  });

  it('given a synonym the person taught, then it names the habit', () => {
    const habits = [habit('gym', 'Gym', { synonyms: ['leg day', 'crossfit'] }), habit('run', 'Run')];
    expect(habitsOf('leg day done', habits)).toEqual(['gym']);
    expect(habitsOf('crossfit ✅', habits)).toEqual(['gym']);
  });

  it('given the habit emoji alone, then it names the habit; beside words it is decoration', () => {
    const habits = [habit('push', 'Pushups', { emoji: '💪' }), habit('gym', 'Gym')];
    expect(habitsOf('💪', habits)).toEqual(['push']);
    expect(habitsOf('hit the gym 💪', habits)).toEqual(['gym']);
  });

  it('given two habits the words fit equally, then ambiguous with both as candidates', () => {
    const habits = [habit('gym', 'Gym'), habit('workout', 'Workout'), habit('read', 'Read')];
    expect(habitsOf('exercised', habits)).toBe('ambiguous:gym,workout');
  });

  it('given a closer name, then the closer habit wins over a looser one', () => {
    const habits = [habit('read', 'Read'), habit('bible', 'Read the Bible')];
    expect(habitsOf('read 20 pages', habits)).toEqual(['read']);
    expect(habitsOf('read the bible', habits)).toEqual(['bible']);
  });

  it('given a name made of a verb and its object, then the verb alone does not name it', () => {
    const habits = [habit('garden', 'Water the garden'), habit('read', 'Read')];
    expect(habitsOf('watered the garden', habits)).toEqual(['garden']);
    expect(habitsOf('had a glass of water', habits)).not.toEqual(['garden']);
  });

  it('given a unit word in a name, then it names the habit unless it measures a number in another unit', () => {
    const words = { quantity: 500, unit: 'words', direction: 'at_least' } as const;
    const pages = { quantity: 20, unit: 'pages', direction: 'at_least' } as const;
    const habits = [habit('diary', 'Evening pages', { target: words }), habit('book', 'Book club', { target: pages })];
    expect(habitsOf('finished 40 pages of the book', habits)).toEqual(['book']);
    expect(habitsOf('pages done', habits)).toEqual(['diary']);
  });

  it('given an activity with no habit, measured in a unit none of the habits uses, then nothing is asked', () => {
    const habits = [habit('read', 'Read', { target: { quantity: 20, unit: 'pages', direction: 'at_least' } }), habit('floss', 'Floss')];
    expect(habitsOf('bebi 3 litros de suco', habits)).toBe('none');
    expect(habitsOf('swam 2 km', habits)).toBe('none');
  });

  it('given a Portuguese name with a short verb, then its participle after the object names it', () => {
    expect(habitsOf('louça lavada ✅', [habit('dishes', 'Lavar a louça'), habit('read', 'Ler')])).toEqual(['dishes']);
  });

  it('given a nail-biting habit in either language, then its verb in any tense is a slip, and "a bit" is not', () => {
    const habits = [habit('nails', 'Stop biting nails', { kind: 'break' }), habit('read', 'Read')];
    expect(habitsOf('bit my nails in class', habits)).toEqual(['nails']);
    expect(habitsOf('roí a unha', habits)).toEqual(['nails']);
    expect(habitsOf('read a bit before bed', habits)).toEqual(['read']);
    expect(habitsOf('bit of reading at lunch', habits)).toEqual(['read']);
    expect(habitsOf('nailed my reading today', habits)).toEqual(['read']);
  });

  it('given an activity with no habit, counted in what only one habit counts, then that habit', () => {
    const habits = [habit('novel', 'Novel', { target: { quantity: 500, unit: 'words', direction: 'at_least' } }), habit('run', 'Run')];
    expect(habitsOf('wrote 600 words', habits)).toEqual(['novel']);
  });

  it('given a takeout habit, then the delivery apps people name find it', () => {
    const habits = [habit('food', 'Takeaway', { kind: 'break' }), habit('read', 'Read')];
    expect(habitsOf('got ubereats again', habits)).toEqual(['food']);
    expect(habitsOf('ordered deliveroo last night', habits)).toEqual(['food']);
    expect(habitsOf('takeaway free this week 💪', habits)).toBe('none');
  });

  it('given a habit word used as a place, then only the activity is logged', () => {
    expect(habitsOf('ran on the treadmill at the gym', [habit('gym', 'Gym'), habit('run', 'Run')])).toEqual(['run']);
  });
});
