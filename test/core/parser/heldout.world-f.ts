// World F for the held-out style tables: mainstream habits as a habit-app user would name them
// plainly (running in miles, squats, water in ounces, 10k steps, no vaping, social media...),
// with its own "today" so that weekday names land on other offsets than the default fixture.
import type { Locale } from '../../../src/core/types.js';
import type { ParseContext, ParserGoal, ParserHabit } from '../../../src/core/parser/types.js';
import { habit } from './heldout.fixture.js';

/**
 * Friday 14 November 2025. Thu = yesterday = -1, Wed = -2, Tue = -3, Mon = -4, Sun = -5,
 * (last) Sat = -6; "2 days ago" / "anteontem" = -2.
 */
export const WORLD_F_TODAY = '2025-11-14';

const HABITS_EN: ParserHabit[] = [
  habit('run', 'Running', '🏃', [3, 'miles']),
  habit('squats', 'Squats', null, [50, 'reps']),
  habit('read', 'Reading', '📖', [20, 'pages']),
  habit('meditate', 'Meditate', '🧘', [10, 'minutes']),
  habit('water', 'Drink water', '💧', [64, 'oz']),
  habit('journal', 'Journaling', null),
  habit('skincare', 'Skincare', '🧴'),
  habit('gym', 'Gym', '🏋️'),
  habit('steps', 'Steps', '👟', [10000, 'steps']),
  habit('sleep', 'Sleep', '😴', [8, 'hours']),
  habit('french', 'French', '🇫🇷', [15, 'min']),
  habit('vitamins', 'Vitamins', '💊'),
  habit('vape', 'No vaping', null, undefined, 'break'),
  habit('alcohol', 'No alcohol', '🍷', undefined, 'break'),
  habit('social', 'Social media', '📱', [30, 'min', 'at_most'], 'break'),
];

const HABITS_PT: ParserHabit[] = [
  habit('run', 'Correr', '🏃', [5, 'km']),
  habit('abs', 'Abdominais', null, [50, 'repetições']),
  habit('read', 'Leitura', '📖', [15, 'páginas']),
  habit('meditate', 'Meditação', '🧘', [10, 'min']),
  habit('water', 'Beber água', '💧', [2000, 'ml']),
  habit('journal', 'Escrever no diário', null),
  habit('skincare', 'Skincare', '🧴'),
  habit('gym', 'Academia', '🏋️'),
  habit('walk', 'Caminhada', '🚶', [30, 'min']),
  habit('sleep', 'Dormir bem', '😴', [8, 'horas']),
  habit('english', 'Inglês', '🇺🇸', [20, 'min']),
  habit('creatine', 'Creatina', '💊'),
  habit('smoke', 'Parar de fumar', '🚭', undefined, 'break'),
  habit('alcohol', 'Sem álcool', null, undefined, 'break'),
  habit('sugar', 'Sem doce', '🍫', undefined, 'break'),
];

const GOALS_EN: ParserGoal[] = [{ id: 'card', title: 'Pay off credit card', unit: '$', kind: 'target' }];
const GOALS_PT: ParserGoal[] = [{ id: 'moto', title: 'Comprar a moto', unit: 'R$', kind: 'target' }];

export function worldFContext(locale: Locale): ParseContext {
  return locale === 'en'
    ? { habits: HABITS_EN, goals: GOALS_EN, today: WORLD_F_TODAY, locale, weekStart: 1 }
    : { habits: HABITS_PT, goals: GOALS_PT, today: WORLD_F_TODAY, locale, weekStart: 7 };
}
