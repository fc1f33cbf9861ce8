// A second world for the held-out style tables: other habits (and other units to convert
// into), so the parser is not only measured on the habits it was tuned on.
import type { Locale } from '../../../src/core/types.js';
import type { ParseContext, ParserGoal, ParserHabit } from '../../../src/core/parser/types.js';
import { habit, HELDOUT_TODAY } from './heldout.fixture.js';

const HABITS_EN: ParserHabit[] = [
  habit('shower', 'Cold shower', '🚿'),
  habit('stretch', 'Stretching', null),
  habit('gratitude', 'Gratitude', null),
  habit('piano', 'Piano', '🎹', [20, 'min']),
  habit('steps', 'Steps', null, [10000, 'steps']),
  habit('cycling', 'Cycling', '🚴', [10, 'km']),
  habit('swim', 'Swim', '🏊', [20, 'laps']),
  habit('pray', 'Pray', null),
  habit('sugar', 'No sugar', null, undefined, 'break'),
  habit('coffee', 'Coffee', '☕', [2, 'cups', 'at_most'], 'break'),
  habit('cook', 'Cook at home', null),
  habit('tidy', 'Tidy up', null),
  habit('write', 'Write', null, [500, 'words']),
  habit('duo', 'Duolingo', '🦉', [1, 'lessons']),
  habit('wake', 'Wake up at 6', null),
  habit('mom', 'Call mom', null),
  habit('plank', 'Plank', null, [60, 'seconds']),
  habit('water', 'Water', '💧', [2, 'liters']),
];

const HABITS_PT: ParserHabit[] = [
  habit('shower', 'Banho gelado', '🚿'),
  habit('stretch', 'Alongamento', null),
  habit('gratitude', 'Gratidão', null),
  habit('piano', 'Piano', '🎹', [20, 'min']),
  habit('steps', 'Passos', null, [10000, 'passos']),
  habit('cycling', 'Pedalar', '🚴', [10, 'km']),
  habit('swim', 'Natação', '🏊', [20, 'voltas']),
  habit('pray', 'Orar', null),
  habit('sugar', 'Sem açúcar', null, undefined, 'break'),
  habit('coffee', 'Café', '☕', [2, 'xícaras', 'at_most'], 'break'),
  habit('cook', 'Cozinhar em casa', null),
  habit('tidy', 'Arrumar a casa', null),
  habit('write', 'Escrever', null, [500, 'palavras']),
  habit('duo', 'Duolingo', '🦉', [1, 'lições']),
  habit('wake', 'Acordar às 6', null),
  habit('mom', 'Ligar pra mãe', null),
  habit('plank', 'Prancha', null, [60, 'segundos']),
  habit('water', 'Água', '💧', [2, 'litros']),
];

const GOALS_EN: ParserGoal[] = [
  { id: 'fund', title: 'Emergency fund', unit: '$', kind: 'target' },
  { id: 'lose', title: 'Lose 5kg', unit: 'kg', kind: 'target' },
];
const GOALS_PT: ParserGoal[] = [
  { id: 'fund', title: 'Reserva de emergência', unit: 'R$', kind: 'target' },
  { id: 'lose', title: 'Perder 5kg', unit: 'kg', kind: 'target' },
];

export function worldBContext(locale: Locale): ParseContext {
  return locale === 'en'
    ? { habits: HABITS_EN, goals: GOALS_EN, today: HELDOUT_TODAY, locale, weekStart: 7 }
    : { habits: HABITS_PT, goals: GOALS_PT, today: HELDOUT_TODAY, locale, weekStart: 7 };
}
