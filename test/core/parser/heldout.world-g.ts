// World G for the held-out style tables: fourteen mainstream habits with targets in several units
// (km, reps, pages, minutes, liters, cups), every frequency kind, and three break habits, two of
// them named with a negation word ("No smoking" / "Não fumar", "No sugar" / "Sem açúcar") so that
// the negation of another habit ("didn't run today", "não corri hoje") must not land on them.
// Written blind: before reading the parser or its own tables.
import type { Frequency, Locale } from '../../../src/core/types.js';
import type { ParseContext, ParserGoal, ParserHabit } from '../../../src/core/parser/types.js';
import { habit } from './heldout.fixture.js';

/**
 * Tuesday 10 March 2026. Mon = yesterday = -1, Sun = -2, Sat = -3, Fri = -4, Thu = -5, Wed = -6;
 * "2 days ago" / "the day before yesterday" / "anteontem" = -2, "3 days ago" / "há 3 dias" = -3;
 * "on tuesday" / "na terça", said today, is today (0).
 */
export const WORLD_G_TODAY = '2026-03-10';

/**
 * How often each habit is due (the parser's habit view carries no frequency; this documents the
 * world so that every frequency kind is represented).
 */
export const WORLD_G_FREQUENCY: Record<string, Frequency> = {
  run: { kind: 'per_week', times: 3 },
  pushups: { kind: 'daily' },
  read: { kind: 'daily' },
  meditate: { kind: 'daily' },
  water: { kind: 'daily' },
  cycle: { kind: 'per_week', times: 2 },
  plank: { kind: 'weekdays', days: [1, 3, 5] },
  piano: { kind: 'every_n_days', n: 2 },
  guitar: { kind: 'every_n_days', n: 2 },
  clean: { kind: 'per_month', times: 4 },
  call: { kind: 'per_week', times: 1 },
  stretch: { kind: 'daily' },
  smoking: { kind: 'daily' },
  sugar: { kind: 'daily' },
  coffee: { kind: 'daily' },
};

const HABITS_EN: ParserHabit[] = [
  habit('run', 'Running', '🏃', [5, 'km']),
  habit('pushups', 'Push-ups', '💪', [40, 'reps']),
  habit('read', 'Read', '📚', [30, 'pages']),
  habit('meditate', 'Meditation', '🧘', [15, 'min']),
  habit('water', 'Water', '💧', [2, 'liters']),
  habit('cycle', 'Cycling', '🚴', [20, 'km']),
  habit('plank', 'Plank', null, [3, 'min']),
  habit('piano', 'Piano', '🎹', [20, 'min']),
  habit('clean', 'Clean the house', '🧹'),
  habit('call', 'Call mom', '📞'),
  habit('stretch', 'Stretching', null),
  habit('smoking', 'No smoking', '🚭', undefined, 'break'),
  habit('sugar', 'No sugar', '🍬', undefined, 'break'),
  habit('coffee', 'Coffee', '☕', [2, 'cups', 'at_most'], 'break'),
];

const HABITS_PT: ParserHabit[] = [
  habit('run', 'Corrida', '🏃', [5, 'km']),
  habit('pushups', 'Flexões', '💪', [40, 'repetições']),
  habit('read', 'Leitura', '📚', [30, 'páginas']),
  habit('meditate', 'Meditar', '🧘', [15, 'min']),
  habit('water', 'Beber água', '💧', [2, 'litros']),
  habit('cycle', 'Pedalar', '🚴', [20, 'km']),
  habit('plank', 'Prancha', null, [3, 'min']),
  habit('guitar', 'Violão', '🎸', [20, 'min']),
  habit('clean', 'Faxina', '🧹'),
  habit('call', 'Ligar pra mãe', '📞'),
  habit('stretch', 'Alongamento', null),
  habit('smoking', 'Não fumar', '🚭', undefined, 'break'),
  habit('sugar', 'Sem açúcar', '🍬', undefined, 'break'),
  habit('coffee', 'Café', '☕', [2, 'xícaras', 'at_most'], 'break'),
];

const GOALS_EN: ParserGoal[] = [{ id: 'fund', title: 'Emergency fund', unit: '$', kind: 'target' }];
const GOALS_PT: ParserGoal[] = [{ id: 'fund', title: 'Reserva de emergência', unit: 'R$', kind: 'target' }];

export function worldGContext(locale: Locale): ParseContext {
  return locale === 'en'
    ? { habits: HABITS_EN, goals: GOALS_EN, today: WORLD_G_TODAY, locale, weekStart: 1 }
    : { habits: HABITS_PT, goals: GOALS_PT, today: WORLD_G_TODAY, locale, weekStart: 7 };
}
