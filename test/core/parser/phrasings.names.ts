// The same phrasings against habits named another way ("Running", "Quit smoking",
// "Correr", "Parar de fumar"): the parser must not depend on one way of naming.
import type { ParseContext, ParserHabit } from '../../../src/core/parser/types.js';
import { TODAY } from './fixtures.js';
import { done, kept, log, skip, slip, type Phrasing } from './phrasing.js';

const habit = (id: string, name: string, unit: string | null = null, kind: ParserHabit['kind'] = 'build'): ParserHabit => ({
  id, name, emoji: null, synonyms: [], kind, target: unit ? { quantity: 1, unit, direction: kind === 'break' ? 'at_most' : 'at_least' } : null,
});

export const RENAMED_EN: ParseContext = {
  habits: [
    habit('push', 'Push-ups', 'push-ups'), habit('run', 'Running', 'kilometers'), habit('read', 'Reading', 'pages'),
    habit('med', 'Meditation', 'minutes'), habit('water', 'Drink 8 glasses of water', 'glasses'), habit('journal', 'Journaling'),
    habit('floss', 'Flossing'), habit('gym', 'Workout'), habit('smoke', 'Quit smoking', null, 'break'),
    habit('sugar', 'No sweets', null, 'break'), habit('study', 'Study Spanish', 'minutes'), habit('walk', 'Evening walk', 'steps'),
  ],
  goals: [],
  today: TODAY,
  locale: 'en',
};

export const RENAMED_PT: ParseContext = {
  habits: [
    habit('push', 'Fazer flexões', 'flexões'), habit('run', 'Correr', 'km'), habit('read', 'Ler', 'páginas'), habit('med', 'Meditar', 'min'),
    habit('water', 'Água', 'copos'), habit('journal', 'Escrever no diário'), habit('floss', 'Passar fio dental'), habit('gym', 'Treino'),
    habit('smoke', 'Parar de fumar', null, 'break'), habit('sugar', 'Sem doces', null, 'break'), habit('study', 'Estudo', 'horas'),
    habit('walk', 'Caminhar', 'passos'),
  ],
  goals: [],
  today: TODAY,
  locale: 'pt-BR',
};

export const RENAMED_PHRASINGS_EN: Phrasing[] = [
  log('did 20 pushups', done('push', { quantity: 20 })),
  log('ran 3 miles', done('run', { quantity: 4.83 })),
  log('read 30 pages', done('read', { quantity: 30 })),
  log('meditated 15 min', done('med', { quantity: 15 })),
  log('drank 6 glasses', done('water', { quantity: 6 })),
  log('journaled and flossed', done('journal'), done('floss')),
  log('worked out', done('gym')),
  log('went to the gym', done('gym')),
  log('smoked a cigarette', slip('smoke', { quantity: 1 })),
  log('ate sweets', slip('sugar')),
  log('studied for an hour', done('study', { quantity: 60 })),
  log('walked 8000 steps', done('walk', { quantity: 8000 })),
  log('skip the workout today, sick', skip('gym', { reason: 'sick' })),
  kept("didn't smoke today", 'smoke'),
];

export const RENAMED_PHRASINGS_PT: Phrasing[] = [
  log('fiz 20 flexões', done('push', { quantity: 20 })),
  log('corri 5km', done('run', { quantity: 5 })),
  log('li 10 páginas', done('read', { quantity: 10 })),
  log('meditei 10 min', done('med', { quantity: 10 })),
  log('bebi 3 copos', done('water', { quantity: 3 })),
  log('escrevi no diário', done('journal')),
  log('passei fio dental', done('floss')),
  log('treinei', done('gym')),
  log('fui na academia', done('gym')),
  log('fumei 2 cigarros', slip('smoke', { quantity: 2 })),
  log('comi doce', slip('sugar')),
  log('estudei 90 minutos', done('study', { quantity: 1.5 })),
  log('caminhei 5000 passos', done('walk', { quantity: 5000 })),
  kept('não fumei hoje', 'smoke'),
];
