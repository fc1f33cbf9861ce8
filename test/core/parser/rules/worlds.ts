// The habits the rule tables are read against, one world per language: builds with and without
// a target, a counted drink, and a break habit named with its language's negation word.
import type { ParseContext, ParserHabit } from '../../../../src/core/parser/types.js';
import type { Locale } from '../../../../src/core/types.js';
import { TODAY } from '../fixtures.js';

const habit = (id: string, name: string, kind: 'build' | 'break', target: ParserHabit['target'] = null): ParserHabit => ({
  id, name, emoji: null, synonyms: [], kind, target,
});
const atLeast = (quantity: number, unit: string): ParserHabit['target'] => ({ quantity, unit, direction: 'at_least' });

const HABITS: Record<Locale, ParserHabit[]> = {
  en: [
    habit('run', 'Run', 'build', atLeast(5, 'km')), habit('pushups', 'Pushups', 'build', atLeast(20, 'reps')),
    habit('squats', 'Squats', 'build', atLeast(20, 'reps')), habit('meditate', 'Meditate', 'build'),
    habit('water', 'Drink water', 'build', atLeast(8, 'glasses')), habit('yoga', 'Yoga', 'build'),
    habit('plants', 'Water the plants', 'build'), habit('mom', 'Call mom', 'build'), habit('plank', 'Plank', 'build'),
    habit('smoking', 'No smoking', 'break', { quantity: 0, unit: 'cigarettes', direction: 'at_most' }),
  ],
  'pt-BR': [
    habit('run', 'Corrida', 'build', atLeast(5, 'km')), habit('pushups', 'Flexões', 'build', atLeast(20, 'repetições')),
    habit('squats', 'Agachamentos', 'build', atLeast(20, 'repetições')), habit('meditate', 'Meditar', 'build'),
    habit('water', 'Beber água', 'build', atLeast(8, 'copos')), habit('yoga', 'Yoga', 'build'),
    habit('plants', 'Regar as plantas', 'build'), habit('mom', 'Ligar pra mãe', 'build'), habit('plank', 'Prancha', 'build'),
    habit('smoking', 'Não fumar', 'break', { quantity: 0, unit: 'cigarros', direction: 'at_most' }),
  ],
  es: [
    habit('run', 'Correr', 'build', atLeast(5, 'km')), habit('pushups', 'Flexiones', 'build', atLeast(20, 'repeticiones')),
    habit('squats', 'Sentadillas', 'build', atLeast(20, 'repeticiones')), habit('meditate', 'Meditar', 'build'),
    habit('water', 'Tomar agua', 'build', atLeast(8, 'vasos')), habit('yoga', 'Yoga', 'build'),
    habit('plants', 'Regar las plantas', 'build'), habit('mom', 'Llamar a mamá', 'build'), habit('plank', 'Plancha', 'build'),
    habit('smoking', 'No fumar', 'break', { quantity: 0, unit: 'cigarros', direction: 'at_most' }),
  ],
};

/** The rule tables' world for a language (today is TODAY, a Wednesday). */
export function worldFor(locale: Locale): ParseContext {
  return { habits: HABITS[locale], goals: [], today: TODAY, locale };
}

/** A sleep habit with a deadline in its name, a sweets break habit and a money goal, beside the plain world's habits. */
const SLEEP_AND_GOAL: Record<Locale, { habits: ParserHabit[]; goal: string; unit: string }> = {
  en: { habits: [habit('sleep', 'Sleep by 11pm', 'build'), habit('sweets', 'No sweets', 'break')], goal: 'New laptop', unit: '$' },
  'pt-BR': { habits: [habit('sleep', 'Dormir até as 23h', 'build'), habit('sweets', 'Sem doce', 'break')], goal: 'Viagem pro Nordeste', unit: 'R$' },
  es: { habits: [habit('sleep', 'Dormir antes de las 11', 'build'), habit('sweets', 'Sin dulces', 'break')], goal: 'Ahorro para la moto', unit: 'MXN' },
};

export function worldWithSleepAndGoal(locale: Locale): ParseContext {
  const extra = SLEEP_AND_GOAL[locale];
  return { ...worldFor(locale), habits: [...HABITS[locale], ...extra.habits], goals: [{ id: 'goal', title: extra.goal, unit: extra.unit, kind: 'target' }] };
}
