// REGRESSION ROWS — TRAINING DATA, NOT A HELD-OUT SET. The phrasings of blind batch H
// (test/core/parser/blind/) that the parser missed on its first run and that were then fixed as
// classes, with the answer each must keep giving. Read against world H's habits and goals
// (today 2026-05-21). The blind tables themselves are never edited; these rows are copies.
import type { ParseContext } from '../../../src/core/parser/types.js';
import { WORLD_H_TODAY, worldHContext } from './blind/world-h.js';
import { done, editHabit, kept, log, none, query, skip, slip, sure, type Phrasing } from './phrasing.js';

const YESTERDAY = '2026-05-20';
const correction = (text: string, quantity?: number, date?: string): Phrasing => ({ text, expect: { kind: 'correction', ...(quantity === undefined ? {} : { quantity }), ...(date ? { date } : {}) } });

const FIXED_EN: Phrasing[] = [
  none('went to bed at 1am again lol'), none('paid $60 for my gym membership'), none('laptop prices went up $100 ugh'),
  editHabit('set yoga to 30 min', 'yoga', 30), editHabit('make squats 60 reps', 'squats', 60),
  sure('was gonna skip yoga but did 15 min', done('yoga', { quantity: 15 })), log('took my multivitamin this morning', done('vitamins')),
  log('lights out at 10:45 😴', done('sleep')), sure('plants watered 🪴', done('plants')), log('did laps at the pool', done('swim')),
  log('yoga mon and wed', done('yoga', { date: '2026-05-18' }), done('yoga', { date: '2026-05-20' })),
  query('how close am I to the laptop?', 'goals'), query('how many days without alcohol?', 'streaks'),
];

const FIXED_PT: Phrasing[] = [
  none('dormi 2 da manhã de novo kkk'), kept('recusei a sobremesa 😇', 'sweets'), none('o marido bebeu 5 cervejas ontem'),
  none('a passagem subiu 300 reais 😤'), editHabit('coloca a yoga pra 30 min', 'yoga', 30), log('tomei o polivitaminico', done('vitamins')),
  log('deitei antes das 23h ontem', done('sleep', { quantity: 1380, date: YESTERDAY })), query('quanto falta pra viagem?', 'goals'), query('quantos dias sem álcool?', 'streaks'),
];

const FIXED_ES: Phrasing[] = [
  none('ni caminé hoy'), none('me dormí a las 2 otra vez jaja'), none('tengo que tomar más agua', 'plan'), none('pagué 500 de la mensualidad del gym'),
  none('la moto subió 2000 pesos 😤'), editHabit('pon el yoga en 30 minutos', 'yoga', 30), none('recuérdame tomar vitaminas a las 8'),
  none('¿yoga en la mañana o en la noche?'),
  sure('caminé 4,5 km en la mañana', done('walk', { quantity: 4.5 })), sure('caminé 7 km el 19/5', done('walk', { quantity: 7, date: '2026-05-19' })),
  log('casi me salto el yoga pero lo hice', done('yoga')), log('escribí en el diario anoche', done('journal', { date: YESTERDAY })),
  log('me tomé las vitaminas', done('vitamins')), log('me pasé el hilo dental anoche', done('floss', { date: YESTERDAY })),
  log('regué las plantas', done('plants')), log('ya regué las plantitas 🪴', done('plants')), log('regué las plantas el sábado', done('plants', { date: '2026-05-16' })),
  log('me eché una rutina de brazo', done('gym')), log('me eché unas chelas', slip('alcohol')), log('ya revisé el presupuesto del mes', done('budget')),
  log('regué las plantas y tomé 8 vasos de agua', done('plants'), done('water', { quantity: 8 })),
  log('me salto el hilo dental hoy, se me acabó', skip('floss', { reason: 'se me acabó' })),
  { text: 'bórralo', expect: { kind: 'undo' } }, correction('no, fueron 30', 30), correction('perdón, fue ayer', undefined, YESTERDAY),
  correction('me equivoqué, eran 6 vasos', 6), correction('quise decir 25', 25),
  query('¿cuál es mi racha?', 'streaks'), query('como voy?', 'how_am_i'), query('mis estadísticas', 'stats'),
  query('cuanto llevo para la moto?', 'goals'), query('cuantos dias llevo sin fumar?', 'streaks'),
];

/** A log row with no date is today in world H (the phrasing tables' own today is another day). */
const onWorldHToday = (rows: Phrasing[]): Phrasing[] =>
  rows.map((row) => (row.expect.kind === 'log' ? { ...row, expect: { ...row.expect, logs: row.expect.logs.map((l) => ({ date: WORLD_H_TODAY, ...l })) } } : row));

export const WORLD_H_TABLES: { label: string; context: ParseContext; rows: Phrasing[] }[] = [
  { label: 'en: blind batch H misses, fixed (training)', context: worldHContext('en'), rows: onWorldHToday(FIXED_EN) },
  { label: 'pt-BR: blind batch H misses, fixed (training)', context: worldHContext('pt-BR'), rows: onWorldHToday(FIXED_PT) },
  { label: 'es: blind batch H misses, fixed (training)', context: worldHContext('es'), rows: onWorldHToday(FIXED_ES) },
];
