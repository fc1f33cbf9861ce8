// World E for the held-out style tables: the mainstream habits most habit-app users keep, named
// plainly (run, pushups, reading, water, floss, gym, no smoking, screen time...), with targets and
// emoji of its own. Written blind (without reading the parser or its other tables), to estimate
// how the parser does on ordinary users' habits it was not tuned on.
import type { Locale } from '../../../src/core/types.js';
import type { ParseContext, ParserGoal, ParserHabit } from '../../../src/core/parser/types.js';
import { habit } from './heldout.fixture.js';

/**
 * Saturday 18 October 2025; weeks start on Monday (weekStart 1).
 * Fri = -1, Thu = -2, Wed = -3 ("the 15th" / "dia 15"), Tue = -4, Mon = -5, Sun = -6.
 */
export const WORLDE_TODAY = '2025-10-18';

const HABITS_EN: ParserHabit[] = [
  habit('run', 'Run', '🏃', [5, 'km']),
  habit('pushups', 'Pushups', '💪', [30, 'reps']),
  habit('read', 'Reading', '📖', [20, 'pages']),
  habit('meditate', 'Meditate', '🧘', [15, 'min']),
  habit('water', 'Drink water', '💧', [8, 'glasses']),
  habit('journal', 'Journal', '📓'),
  habit('floss', 'Floss', '🦷'),
  habit('gym', 'Gym', '🏋️'),
  habit('walk', 'Walk', '🚶', [8000, 'steps']),
  habit('spanish', 'Learn Spanish', '🇪🇸', [15, 'min'], 'build', ['duolingo']),
  habit('vitamins', 'Vitamins', '💊'),
  habit('yoga', 'Yoga', null),
  habit('smoking', 'No smoking', '🚭', [3, 'cigarettes', 'at_most'], 'break'),
  habit('alcohol', 'No alcohol', null, undefined, 'break'),
  habit('sugar', 'No sugar', '🍬', undefined, 'break'),
  habit('phone', 'Less screen time', '📱', [2, 'hours', 'at_most'], 'break'),
];

const HABITS_PT: ParserHabit[] = [
  habit('run', 'Correr', '🏃', [3, 'km']),
  habit('pushups', 'Flexões', '💪', [20, 'repetições']),
  habit('read', 'Leitura', '📚', [10, 'páginas']),
  habit('meditate', 'Meditar', '🧘', [10, 'min']),
  habit('water', 'Beber água', '💧', [2, 'litros']),
  habit('journal', 'Diário', '📓'),
  habit('floss', 'Fio dental', '🦷'),
  habit('gym', 'Academia', '🏋️'),
  habit('walk', 'Caminhada', '🚶', [30, 'min']),
  habit('english', 'Estudar inglês', '🇺🇸', [30, 'min']),
  habit('sleep', 'Dormir 8h', '😴', [8, 'horas']),
  habit('pray', 'Orar', '🙏'),
  habit('guitar', 'Tocar violão', '🎸', [20, 'min']),
  habit('smoking', 'Cigarro', '🚬', [5, 'cigarros', 'at_most'], 'break'),
  habit('alcohol', 'Sem álcool', null, undefined, 'break'),
  habit('phone', 'Menos celular', '📱', [3, 'horas', 'at_most'], 'break'),
];

const GOALS_EN: ParserGoal[] = [{ id: 'vacation', title: 'Vacation fund', unit: '$', kind: 'target' }];
const GOALS_PT: ParserGoal[] = [{ id: 'weight', title: 'Emagrecer 8kg', unit: 'kg', kind: 'target' }];

export function worldEContext(locale: Locale): ParseContext {
  return locale === 'en'
    ? { habits: HABITS_EN, goals: GOALS_EN, today: WORLDE_TODAY, locale, weekStart: 1 }
    : { habits: HABITS_PT, goals: GOALS_PT, today: WORLDE_TODAY, locale, weekStart: 1 };
}
