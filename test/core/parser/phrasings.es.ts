// Frases en español (primero el uso latinoamericano), como la gente le escribe a un bot de hábitos.
// TRAINING DATA: written by the engineer who wrote the Spanish lexicon, while reading the parser;
// not a blind set. Fixture: HABITS_ES below; today is Wednesday 2026-03-18 (see fixtures.ts).
import type { ParseContext, ParserGoal, ParserHabit } from '../../../src/core/parser/types.js';
import { TODAY } from './fixtures.js';
import { done, log, none, query, skip, slip, undo, type Phrasing } from './phrasing.js';

const habit = (id: string, name: string, emoji: string | null, kind: 'build' | 'break', target: ParserHabit['target'] = null): ParserHabit => ({
  id, name, emoji, synonyms: [], kind, target,
});

export const HABITS_ES: ParserHabit[] = [
  habit('pushups', 'Flexiones', '💪', 'build', { quantity: 20, unit: 'repeticiones', direction: 'at_least' }),
  habit('run', 'Correr', '🏃', 'build', { quantity: 5, unit: 'km', direction: 'at_least' }),
  habit('read', 'Lectura', '📚', 'build', { quantity: 20, unit: 'páginas', direction: 'at_least' }),
  habit('meditate', 'Meditación', '🧘', 'build', { quantity: 10, unit: 'minutos', direction: 'at_least' }),
  habit('water', 'Tomar agua', '💧', 'build', { quantity: 8, unit: 'vasos', direction: 'at_least' }),
  habit('journal', 'Diario', '📓', 'build'),
  habit('floss', 'Hilo dental', '🦷', 'build'),
  habit('gym', 'Gimnasio', '🏋️', 'build'),
  habit('smoking', 'No fumar', '🚬', 'break', { quantity: 0, unit: 'cigarros', direction: 'at_most' }),
  habit('sugar', 'Sin azúcar', '🍩', 'break'),
  habit('study', 'Estudiar', '🎓', 'build', { quantity: 30, unit: 'min', direction: 'at_least' }),
  habit('walk', 'Caminata', '🚶', 'build'),
];

const GOALS_ES: ParserGoal[] = [{ id: 'fund', title: 'Fondo de emergencia', unit: '$', kind: 'target' }];

export const CONTEXT_ES: ParseContext = { habits: HABITS_ES, goals: GOALS_ES, today: TODAY, locale: 'es' };

export const PHRASINGS_ES: Phrasing[] = [
  // Hecho, con cantidad
  log('hice 20 flexiones', done('pushups', { quantity: 20 })),
  log('hice veinte flexiones', done('pushups', { quantity: 20 })),
  log('20 flexiones ✅', done('pushups', { quantity: 20 })),
  log('flexiones: 30', done('pushups', { quantity: 30 })),
  log('3 series de 15 flexiones', done('pushups', { quantity: 45 })),
  log('hice 25 lagartijas', done('pushups', { quantity: 25 })),
  log('leí 30 páginas', done('read', { quantity: 30 })),
  log('lei 30 paginas hoy', done('read', { quantity: 30 })),
  log('leí quince páginas', done('read', { quantity: 15 })),
  log('medité 10 minutos', done('meditate', { quantity: 10 })),
  log('medite 15 min', done('meditate', { quantity: 15 })),
  log('medité media hora', done('meditate', { quantity: 30 })),
  log('corrí 5 km', done('run', { quantity: 5 })),
  log('corri 5km hoy', done('run', { quantity: 5 })),
  log('corrí 2.5 km', done('run', { quantity: 2.5 })),
  log('salí a correr 5 km', done('run', { quantity: 5 })),
  log('tomé 3 vasos de agua', done('water', { quantity: 3 })),
  log('tome 8 vasos de agua', done('water', { quantity: 8 })),
  log('bebí 2 litros de agua', done('water', { quantity: 8 })),
  log('tomé un vaso de agua', done('water', { quantity: 1 })),
  log('estudié 40 minutos', done('study', { quantity: 40 })),
  log('estudie una hora', done('study', { quantity: 60 })),
  // Hecho, sin cantidad
  log('fui al gimnasio', done('gym')),
  log('gimnasio ✅', done('gym')),
  log('entrené hoy', done('gym')),
  log('usé hilo dental', done('floss')),
  log('escribí en mi diario', done('journal')),
  log('diario listo', done('journal')),
  log('caminata hecha', done('walk')),
  log('salí a caminar', done('walk')),
  log('medité', done('meditate')),
  // Fechas
  log('salí a correr 5 km ayer', done('run', { quantity: 5, date: -1 })),
  log('ayer corrí 3 km', done('run', { quantity: 3, date: -1 })),
  log('anteayer hice 20 flexiones', done('pushups', { quantity: 20, date: -2 })),
  log('antier medité 10 minutos', done('meditate', { quantity: 10, date: -2 })),
  log('hace 2 días corrí 5 km', done('run', { quantity: 5, date: -2 })),
  log('leí 20 páginas hace 3 días', done('read', { quantity: 20, date: -3 })),
  log('el lunes fui al gimnasio', done('gym', { date: '2026-03-16' })),
  log('el lunes pasado hice 30 flexiones', done('pushups', { quantity: 30, date: '2026-03-16' })),
  log('el viernes corrí 10 km', done('run', { quantity: 10, date: '2026-03-13' })),
  log('el domingo leí 40 páginas', done('read', { quantity: 40, date: '2026-03-15' })),
  log('hoy medité 20 minutos', done('meditate', { quantity: 20 })),
  // Varios hábitos
  log('corrí 5 km y medité 10 minutos', done('run', { quantity: 5 }), done('meditate', { quantity: 10 })),
  log('hice 20 flexiones y leí 10 páginas', done('pushups', { quantity: 20 }), done('read', { quantity: 10 })),
  log('gimnasio y caminata hoy', done('gym'), done('walk')),
  // Saltos (skip) con razón
  log('salté el gimnasio hoy, estoy enfermo', skip('gym', { reason: 'estoy enfermo' })),
  log('hoy me salto el gimnasio', skip('gym')),
  log('voy a saltar la lectura hoy', skip('read')),
  log('hoy descanso del gimnasio', skip('gym')),
  // Recaídas en hábitos para dejar
  log('me fumé un cigarro', slip('smoking', { quantity: 1 })),
  log('fumé 3 cigarros', slip('smoking', { quantity: 3 })),
  log('me fume dos cigarrillos ayer', slip('smoking', { quantity: 2, date: -1 })),
  log('recaí con el cigarro', slip('smoking')),
  log('comí un pastel', slip('sugar')),
  log('comí dulces hoy', slip('sugar')),
  // "No fumar" nunca se queda con la negación de otro hábito
  none('no corrí hoy'),
  none('no hice flexiones hoy'),
  none('hoy no medité'),
  none('no fui al gimnasio'),
  none('no leí nada hoy'),
  none('no'),
  none('todavía no'),
  // Deshacer
  undo('deshacer'),
  undo('deshaz eso'),
  // Preguntas
  query('¿cuántos km corrí esta semana?', 'week'),
  none('¿qué hago hoy?'),
  none('¿cómo funciona esto?'),
  // Planes y deseos
  none('mañana voy a correr', 'plan'),
  none('mañana corro 5 km', 'plan'),
  none('voy a meditar más tarde', 'plan'),
  none('quiero leer 30 páginas', 'plan'),
  none('tengo que ir al gimnasio', 'plan'),
  none('ojalá corra mañana', 'plan'),
  // Charla
  none('hola'),
  none('gracias'),
  none('buenos días'),
  // Números en palabras
  log('hice cincuenta flexiones', done('pushups', { quantity: 50 })),
  log('hice treinta y cinco flexiones', done('pushups', { quantity: 35 })),
  log('leí cien páginas', done('read', { quantity: 100 })),
  log('corrí diez km', done('run', { quantity: 10 })),
  log('medité cinco minutos', done('meditate', { quantity: 5 })),
  log('tomé dos vasos de agua', done('water', { quantity: 2 })),
  log('caminé 8000 pasos', done('walk', { quantity: 8000 })),
];
