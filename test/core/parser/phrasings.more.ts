// Phrasings against a third pair of habit lists, for rules the usual fixtures cannot show: habits
// named by a short word ("Ab roller", "Pod"), by a number ("8k steps"), by a verb and its object
// ("Wear night guard"), or by a word like "tomorrow" ("Prep tomorrow").
import type { ParseContext, ParserHabit } from '../../../src/core/parser/types.js';
import { TODAY } from './fixtures.js';
import { done, kept, log, slip, type Phrasing } from './phrasing.js';

const habit = (id: string, name: string, unit: string | null = null, kind: ParserHabit['kind'] = 'build'): ParserHabit => ({
  id, name, emoji: null, synonyms: [], kind, target: unit ? { quantity: 1, unit, direction: kind === 'break' ? 'at_most' : 'at_least' } : null,
});

export const MORE_EN: ParseContext = {
  habits: [
    habit('row', 'Rowing', 'km'), habit('steps', '8k steps', 'steps'), habit('ab', 'Ab roller', 'sets'),
    habit('lang', 'Learn Italian', 'min'), habit('sun', 'Get sunlight', 'min'),
    habit('caff', 'Energy drinks', 'cans', 'break'), habit('buy', 'Impulse buying', null, 'break'), habit('snz', 'Hitting snooze', null, 'break'),
    habit('prep', 'Prep tomorrow'), habit('guard', 'Wear night guard'), habit('bib', 'Bible reading', 'chapters'), habit('kin', 'Read on Kindle', 'pages'),
    habit('scr', 'Limit screens', 'hours', 'break'), habit('booze', 'Quit drinking', null, 'break'),
    habit('zz', 'Sleep 8 hours', 'hours'),
  ],
  goals: [],
  today: TODAY,
  locale: 'en',
};

export const MORE_PT: ParseContext = {
  habits: [
    habit('remo', 'Remo', 'km'), habit('passos', '8 mil passos', 'passos'), habit('abd', 'Abdominal', 'séries'),
    habit('refri', 'Refrigerante', 'latas', 'break'), habit('compra', 'Compras por impulso', null, 'break'),
    habit('tela', 'Tempo de tela', 'horas', 'break'), habit('beber', 'Parar de beber', null, 'break'),
    habit('sono', 'Dormir cedo'),
  ],
  goals: [],
  today: TODAY,
  locale: 'pt-BR',
};

export const MORE_PHRASINGS_EN: Phrasing[] = [
  // A rowing verb or machine names a rowing habit; "4k" on a km habit is 4 km, not 4000 steps
  log('erg 4k before breakfast', done('row', { quantity: 4 })),
  log('rowed 3k', done('row', { quantity: 3 })),
  // A short name word in the plural still names it
  log('did abs after lunch', done('ab')),
  // A break habit named by a brand or an object, counted or bought, is a slip; "had 2 cans" counts it
  log('one rockstar after lunch', slip('caff', { quantity: 1 })),
  log('bought a lamp on etsy', slip('buy')),
  log('caved on energy drinks, had 2 cans', slip('caff', { quantity: 2 })),
  log('snooze won again', slip('snz')),
  // "tomorrow" in a habit's name, or what a done thing was for, is no plan
  log('prepped tomorrow 👍', done('prep')),
  log('did the prep for tomorrow', done('prep')),
  // Sun words name a sunlight habit
  log('sat in the sunshine 15 min', done('sun', { quantity: 15 })),
  // An irregular past names a name's verb; among tied habits a word that speaks of one decides
  log('wore the night guard', done('guard')),
  log('read proverbs this morning', done('bib')),
  // Hours on a phone or a screen are a slip of a screen-time habit
  log('4 hrs on the phone yesterday', slip('scr', { quantity: 4, date: -1 })),
  // ...but a screen right before another activity is how it was done
  log('30 min of youtube italian', done('lang', { quantity: 30 })),
  // ...and staying away from it keeps the day
  kept('kept away from screens all evening', 'scr'),
  // Drinking with nothing drunk named, or having "a few", is alcohol for someone quitting it
  log('drank too much last night', slip('booze', { date: -1 })),
  log('had a few with friends', slip('booze')),
  // A place after drinking ("at the bbq") names no drink
  log('drank a few at the bbq', slip('booze')),
  // Sleep or waking up after "before", "after" is a time of day, not a sleep log
  log('rowed 2k before sleeping', done('row', { quantity: 2 })),
];

export const MORE_PHRASINGS_PT: Phrasing[] = [
  log('remei 4 km', done('remo', { quantity: 4 })),
  // Séries x repetições num hábito contado em séries: conta as séries
  log('abdominal 3x20', done('abd', { quantity: 3 })),
  log('uma fanta no lanche', slip('refri')),
  log('comprei uma capinha na shein', slip('compra')),
  log('fiquei 3h no celular', slip('tela', { quantity: 3 })),
  kept('fiquei longe da tela hoje', 'tela'),
  log('bebi com a galera ontem', slip('beber', { date: -1 })),
  // Beber "umas" sem dizer o quê é álcool, e o lugar depois ("no aniversário") não diz o que foi bebido
  log('bebi umas no aniversário', slip('beber')),
  log('remei 3 km depois de acordar', done('remo', { quantity: 3 })),
];
