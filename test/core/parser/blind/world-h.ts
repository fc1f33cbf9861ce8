// World H for blind phrasing tables: seventeen habits per language that differ from world G's
// (walking in steps or km, swimming in laps or meters, yoga minutes, studying a language in
// minutes, journaling, vitamins, floss, sleep by a time, water in glasses or ml, a gym habit with
// taught synonyms, squats in reps, watering the plants, meal prep / cooking at home, a monthly
// budget review), every frequency kind, and break habits: two or more named with a negation word
// ("No alcohol" / "Sem álcool" / "Sin alcohol", "No sweets" / "Sem doce", "No fumar") and one
// at-most habit (coffee, at most 2 cups). One money goal per language ($, R$, MXN).
// Written blind, without reading the parser or its tables, on 2026-12-08.
import type { Frequency, Locale } from '../../../../src/core/types.js';
import type { ParseContext, ParserGoal, ParserHabit } from '../../../../src/core/parser/types.js';
import { habit } from '../heldout.fixture.js';

/**
 * Thursday 21 May 2026. Wed = yesterday = -1, Tue = -2, Mon = -3, Sun = -4, Sat = -5, Fri = -6;
 * "2 days ago" / "anteontem" / "anteayer" / "antier" = -2, "3 days ago" / "há 3 dias" /
 * "hace 3 días" = -3; "last night" / "ontem à noite" / "anoche" = -1. "On thursday" / "na quinta" /
 * "el jueves", said today, is today (0). Dates: the 20th = -1, the 19th (5/19, 19/5) = -2,
 * the 18th = -3, the 17th = -4, the 16th = -5, the 15th = -6.
 */
export const WORLD_H_TODAY = '2026-05-21';

/**
 * How often each habit is due (the parser's habit view carries no frequency; this documents the
 * world so that every frequency kind is represented). Ids are shared across the three languages
 * except the language habit (french / spanish / english) and the third break habit
 * (sweets in en and pt-BR, smoking in es).
 */
export const WORLD_H_FREQUENCY: Record<string, Frequency> = {
  walk: { kind: 'daily' },
  swim: { kind: 'per_week', times: 2 },
  yoga: { kind: 'weekdays', days: [1, 3, 5] },
  french: { kind: 'daily' },
  spanish: { kind: 'daily' },
  english: { kind: 'daily' },
  journal: { kind: 'daily' },
  vitamins: { kind: 'daily' },
  floss: { kind: 'daily' },
  sleep: { kind: 'weekdays', days: [7, 1, 2, 3, 4] },
  water: { kind: 'daily' },
  gym: { kind: 'per_week', times: 3 },
  squats: { kind: 'every_n_days', n: 2 },
  plants: { kind: 'every_n_days', n: 3 },
  mealprep: { kind: 'per_week', times: 1 },
  budget: { kind: 'per_month', times: 1 },
  alcohol: { kind: 'daily' },
  sweets: { kind: 'daily' },
  smoking: { kind: 'daily' },
  coffee: { kind: 'daily' },
};

const HABITS_EN: ParserHabit[] = [
  habit('walk', 'Walking', '🚶', [8000, 'steps']),
  habit('swim', 'Swimming', '🏊', [20, 'laps']),
  habit('yoga', 'Yoga', '🧘', [20, 'min']),
  habit('french', 'Study French', '🇫🇷', [15, 'min']),
  habit('journal', 'Journaling', '✍️'),
  habit('vitamins', 'Vitamins', '💊'),
  habit('floss', 'Floss', '🦷'),
  habit('sleep', 'Sleep by 11pm', '😴'),
  habit('water', 'Water', '💧', [8, 'glasses']),
  habit('gym', 'Gym', '🏋️', undefined, 'build', ['workout', 'lifting']),
  habit('squats', 'Squats', null, [50, 'reps']),
  habit('plants', 'Water the plants', '🪴'),
  habit('mealprep', 'Meal prep', '🥗'),
  habit('budget', 'Budget review', '📊'),
  habit('alcohol', 'No alcohol', '🍺', undefined, 'break'),
  habit('sweets', 'No sweets', '🍭', undefined, 'break'),
  habit('coffee', 'Coffee', '☕', [2, 'cups', 'at_most'], 'break'),
];

const HABITS_PT: ParserHabit[] = [
  habit('walk', 'Caminhada', '🚶', [8000, 'passos']),
  habit('swim', 'Natação', '🏊', [1000, 'metros']),
  habit('yoga', 'Yoga', '🧘', [20, 'min']),
  habit('spanish', 'Estudar espanhol', '🇪🇸', [15, 'min']),
  habit('journal', 'Diário', '✍️'),
  habit('vitamins', 'Vitaminas', '💊'),
  habit('floss', 'Fio dental', '🦷'),
  habit('sleep', 'Dormir até as 23h', '😴'),
  habit('water', 'Beber água', '💧', [2000, 'ml']),
  habit('gym', 'Academia', '🏋️', undefined, 'build', ['treino', 'musculação']),
  habit('squats', 'Agachamento', null, [50, 'repetições']),
  habit('plants', 'Regar as plantas', '🪴'),
  habit('mealprep', 'Marmitas da semana', '🥗'),
  habit('budget', 'Revisar orçamento', '📊'),
  habit('alcohol', 'Sem álcool', '🍺', undefined, 'break'),
  habit('sweets', 'Sem doce', '🍭', undefined, 'break'),
  habit('coffee', 'Café', '☕', [2, 'xícaras', 'at_most'], 'break'),
];

const HABITS_ES: ParserHabit[] = [
  habit('walk', 'Caminar', '🚶', [5, 'km']),
  habit('swim', 'Natación', '🏊', [20, 'vueltas']),
  habit('yoga', 'Yoga', '🧘', [20, 'min']),
  habit('english', 'Estudiar inglés', '🇺🇸', [15, 'min']),
  habit('journal', 'Escribir en el diario', '✍️'),
  habit('vitamins', 'Vitaminas', '💊'),
  habit('floss', 'Hilo dental', '🦷'),
  habit('sleep', 'Dormir antes de las 11', '😴'),
  habit('water', 'Tomar agua', '💧', [8, 'vasos']),
  habit('gym', 'Gimnasio', '🏋️', undefined, 'build', ['gym', 'pesas']),
  habit('squats', 'Sentadillas', null, [50, 'repeticiones']),
  habit('plants', 'Regar las plantas', '🪴'),
  habit('mealprep', 'Cocinar en casa', '🍳'),
  habit('budget', 'Revisar presupuesto', '📊'),
  habit('alcohol', 'Sin alcohol', '🍺', undefined, 'break'),
  habit('smoking', 'No fumar', '🚭', undefined, 'break'),
  habit('coffee', 'Café', '☕', [2, 'tazas', 'at_most'], 'break'),
];

const GOALS_EN: ParserGoal[] = [{ id: 'laptop', title: 'New laptop', unit: '$', kind: 'target' }];
const GOALS_PT: ParserGoal[] = [{ id: 'trip', title: 'Viagem pro Nordeste', unit: 'R$', kind: 'target' }];
const GOALS_ES: ParserGoal[] = [{ id: 'moto', title: 'Ahorro para la moto', unit: 'MXN', kind: 'target' }];

export function worldHContext(locale: Locale): ParseContext {
  switch (locale) {
    case 'en':
      return { habits: HABITS_EN, goals: GOALS_EN, today: WORLD_H_TODAY, locale, weekStart: 7 };
    case 'pt-BR':
      return { habits: HABITS_PT, goals: GOALS_PT, today: WORLD_H_TODAY, locale, weekStart: 7 };
    case 'es':
      return { habits: HABITS_ES, goals: GOALS_ES, today: WORLD_H_TODAY, locale, weekStart: 1 };
  }
}
