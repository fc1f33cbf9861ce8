// Realistic habit lists, one per language, shared by the parser specifications.
import type { ParseContext, ParserGoal, ParserHabit } from '../../../src/core/parser/types.js';
import type { Locale } from '../../../src/core/types.js';

const build = (id: string, name: string, emoji: string | null, target: ParserHabit['target'] = null, synonyms: string[] = []): ParserHabit => ({
  id, name, emoji, synonyms, kind: 'build', target,
});
const quit = (id: string, name: string, emoji: string | null, target: ParserHabit['target'] = null, synonyms: string[] = []): ParserHabit => ({
  id, name, emoji, synonyms, kind: 'break', target,
});

export const HABITS_EN: ParserHabit[] = [
  build('pushups', 'Pushups', '💪', { quantity: 20, unit: 'reps', direction: 'at_least' }),
  build('run', 'Run', '🏃', { quantity: 5, unit: 'km', direction: 'at_least' }),
  build('read', 'Read', '📚', { quantity: 20, unit: 'pages', direction: 'at_least' }),
  build('meditate', 'Meditate', '🧘', { quantity: 10, unit: 'min', direction: 'at_least' }),
  build('water', 'Drink water', '💧', { quantity: 8, unit: 'glasses', direction: 'at_least' }),
  build('journal', 'Journal', '📓'),
  build('floss', 'Floss', '🦷'),
  build('gym', 'Gym', '🏋️', null, ['leg day']),
  quit('smoking', 'Smoking', '🚬', { quantity: 0, unit: 'cigarettes', direction: 'at_most' }),
  quit('sugar', 'No sugar', '🍩'),
  build('study', 'Study', '🎓', { quantity: 30, unit: 'min', direction: 'at_least' }),
  build('walk', 'Walk', '🚶'),
];

export const HABITS_PT: ParserHabit[] = [
  build('pushups', 'Flexões', '💪', { quantity: 20, unit: 'repetições', direction: 'at_least' }),
  build('run', 'Corrida', '🏃', { quantity: 5, unit: 'km', direction: 'at_least' }),
  build('read', 'Leitura', '📚', { quantity: 20, unit: 'páginas', direction: 'at_least' }),
  build('meditate', 'Meditação', '🧘', { quantity: 10, unit: 'minutos', direction: 'at_least' }),
  build('water', 'Beber água', '💧', { quantity: 8, unit: 'copos', direction: 'at_least' }),
  build('journal', 'Diário', '📓'),
  build('floss', 'Fio dental', '🦷'),
  build('gym', 'Academia', '🏋️', null, ['treino de perna']),
  quit('smoking', 'Fumar', '🚬', { quantity: 0, unit: 'cigarros', direction: 'at_most' }),
  quit('sugar', 'Açúcar', '🍩'),
  build('study', 'Estudar', '🎓', { quantity: 30, unit: 'min', direction: 'at_least' }),
  build('walk', 'Caminhada', '🚶'),
];

export const GOALS_EN: ParserGoal[] = [
  { id: 'fund', title: 'Emergency fund', unit: '$', kind: 'target' },
  { id: 'weight', title: 'Lose weight', unit: 'kg', kind: 'target' },
  { id: 'nosoda', title: 'Days without soda', unit: null, kind: 'counter' },
];

export const GOALS_PT: ParserGoal[] = [
  { id: 'fund', title: 'Reserva de emergência', unit: 'R$', kind: 'target' },
  { id: 'weight', title: 'Emagrecer', unit: 'kg', kind: 'target' },
  { id: 'nosoda', title: 'Dias sem refrigerante', unit: null, kind: 'counter' },
];

/** Wednesday 2026-03-18: yesterday is 03-17, "on monday" is 03-16, "last friday" 03-13. */
export const TODAY = '2026-03-18';

export function contextFor(locale: Locale): ParseContext {
  return locale === 'en'
    ? { habits: HABITS_EN, goals: GOALS_EN, today: TODAY, locale }
    : { habits: HABITS_PT, goals: GOALS_PT, today: TODAY, locale };
}
