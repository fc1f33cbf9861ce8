// A fourth world for the held-out style tables, written blind (without reading the parser or its
// tables): a person who rows, lifts, studies Korean (pt-BR: Korean and the bar exam) and reads the
// Bible. Traps built into the names: a number in a name ("10k steps", "10 mil passos", "Tomar 2L
// de água"), two habits sharing a word ("Study Korean" / "Bible study"; "Estudar coreano" /
// "Estudar pra OAB"; "Tomar sol" / "Tomar 2L de água"), a habit whose name says "tomorrow" ("Plan
// tomorrow"), a habit named "Rowing" beside chat that says "in a row", synonyms, four break habits
// (one capped at one can a day), units to convert into (ml, hours, sets, chapters) and one goal.
import type { Locale } from '../../../src/core/types.js';
import type { ParseContext, ParserGoal, ParserHabit } from '../../../src/core/parser/types.js';
import { habit } from './heldout.fixture.js';

/**
 * Tuesday 18 November 2025. Mon = -1, Sun = -2, Sat = -3, Fri = -4, Thu = -5, Wed = -6,
 * last Tue = -7; "the 15th" / "dia 15" = -3; "2 days ago" / "anteontem" = -2.
 */
export const WORLD_D_TODAY = '2025-11-18';

const HABITS_EN: ParserHabit[] = [
  habit('row', 'Rowing', '🚣', [5, 'km']),
  habit('steps', '10k steps', '👣', [10000, 'steps']),
  habit('bible', 'Bible study', '📖', [1, 'chapters']),
  habit('korean', 'Study Korean', '🇰🇷', [30, 'min']),
  habit('lift', 'Strength training', '🏋️', undefined, 'build', ['lifting', 'weights']),
  habit('abs', 'Ab circuit', null, [3, 'sets']),
  habit('hydrate', 'Hydrate', '💧', [2000, 'ml']),
  habit('deep', 'Deep work', '💻', [4, 'hours']),
  habit('kindle', 'Kindle', '📚', [20, 'pages']),
  habit('retainer', 'Wear retainer', '🦷'),
  habit('dishes', 'Dishes before bed', '🍽️'),
  habit('plan', 'Plan tomorrow', '📝'),
  habit('sunlight', 'Morning sunlight', '☀️', [10, 'min']),
  habit('energy', 'Energy drinks', '⚡', [1, 'cans', 'at_most'], 'break'),
  habit('vape', 'Vape', '💨', undefined, 'break'),
  habit('shopping', 'Online shopping', '🛍️', undefined, 'break'),
  habit('snooze', 'Snooze button', '⏰', undefined, 'break'),
];

const HABITS_PT: ParserHabit[] = [
  habit('beach', 'Beach tennis', '🎾'),
  habit('passos', '10 mil passos', '👣', [10000, 'passos']),
  habit('biblia', 'Leitura bíblica', '📖', [1, 'capítulos'], 'build', ['devocional']),
  habit('coreano', 'Estudar coreano', '🇰🇷', [30, 'min']),
  habit('oab', 'Estudar pra OAB', '⚖️', [2, 'horas']),
  habit('muscu', 'Musculação', '🏋️', undefined, 'build', ['academia', 'treino']),
  habit('abdominal', 'Abdominais', null, [3, 'séries']),
  habit('agua', 'Tomar 2L de água', '💧', [2000, 'ml']),
  habit('kindle', 'Ler no Kindle', '📚', [20, 'páginas']),
  habit('sol', 'Tomar sol', '☀️', [15, 'min']),
  habit('contencao', 'Usar a contenção', '🦷'),
  habit('louca', 'Lavar a louça', '🍽️'),
  habit('planejar', 'Planejar o dia', '📝'),
  habit('refri', 'Refrigerante', '🥤', [1, 'latas', 'at_most'], 'break'),
  habit('pod', 'Pod', '💨', undefined, 'break'),
  habit('compras', 'Compras online', '🛍️', undefined, 'break'),
  habit('soneca', 'Soneca', '⏰', undefined, 'break'),
];

const GOALS_EN: ParserGoal[] = [{ id: 'card', title: 'Credit card payoff', unit: '$', kind: 'target' }];
const GOALS_PT: ParserGoal[] = [{ id: 'moto', title: 'Moto nova', unit: 'R$', kind: 'target' }];

export function worldDContext(locale: Locale): ParseContext {
  return locale === 'en'
    ? { habits: HABITS_EN, goals: GOALS_EN, today: WORLD_D_TODAY, locale, weekStart: 7 }
    : { habits: HABITS_PT, goals: GOALS_PT, today: WORLD_D_TODAY, locale, weekStart: 7 };
}
