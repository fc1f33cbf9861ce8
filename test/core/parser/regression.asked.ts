// REGRESSION TABLE — TRAINING DATA (see regression.table.ts). Wrong writes fixed as classes: what
// the parser now asks about instead of writing silently.
// - a loose match from a related concept or a generic word only ("treino feito" with Plank and no
//   workout habit, "a call with the team" with "Call mom") is asked; a distinctive part of a name
//   ("bed" for "Make the bed") still writes;
// - the person's language first: a habit named only by another language's words ("corri" from an
//   English speaker, "workout" from a Portuguese one) is read as a fallback and asked.
import type { ParseContext } from '../../../src/core/parser/types.js';
import type { Locale } from '../../../src/core/types.js';
import { TODAY } from './fixtures.js';
import { worldGContext } from './heldout.world-g.js';
import { done, none, sure, unsure, type Phrasing } from './phrasing.js';

const worldG = (locale: Locale): ParseContext => ({ ...worldGContext(locale), today: TODAY });

/** World G has Plank and Stretching but no workout habit, and "Call mom". */
export const LOOSE_ASKED_EN: Phrasing[] = [
  unsure('trained today', done('plank')),
  unsure('quick call with the team', done('call')),
  none('had a call with my boss'),
  sure('called mom', done('call')),
  sure('did a 3 min plank', done('plank', { quantity: 3 })),
];
export const LOOSE_ASKED_PT: Phrasing[] = [
  unsure('treino feito', done('plank')),
  unsure('treinei hoje', done('plank')),
  sure('fiz 3 min de prancha', done('plank', { quantity: 3 })),
];
export const OTHER_LANGUAGE_EN: Phrasing[] = [
  unsure('corri 5 km', done('run', { quantity: 5 })),
  sure('ran 5 km', done('run', { quantity: 5 })),
];
export const OTHER_LANGUAGE_PT: Phrasing[] = [
  sure('corri 5 km', done('run', { quantity: 5 })),
  // Words every language uses are the person's own: "bike", "yoga", "pizza".
  sure('andei de bike 15km', done('cycle', { quantity: 15 })),
];

/** A Portuguese speaker with a workout habit ("Academia"): "fiz meu workout" still logs it, asked. */
const GYM_PT: ParseContext = {
  habits: [
    { id: 'gym', name: 'Academia', emoji: null, synonyms: [], kind: 'build', target: null },
    { id: 'run', name: 'Corrida', emoji: null, synonyms: [], kind: 'build', target: { quantity: 5, unit: 'km', direction: 'at_least' } },
  ],
  goals: [],
  today: TODAY,
  locale: 'pt-BR',
};
export const WORKOUT_PT: Phrasing[] = [unsure('fiz meu workout', done('gym')), sure('fiz meu treino', done('gym')), sure('treinei', done('gym'))];

export const ASKED_TABLES: { label: string; context: ParseContext; rows: Phrasing[] }[] = [
  { label: 'en: a loose match on a generic word is asked', context: worldG('en'), rows: LOOSE_ASKED_EN },
  { label: 'pt-BR: a loose match on a related concept is asked', context: worldG('pt-BR'), rows: LOOSE_ASKED_PT },
  { label: "en: another language's words are a fallback, asked", context: worldG('en'), rows: OTHER_LANGUAGE_EN },
  { label: "pt-BR: the person's own words and shared words write", context: worldG('pt-BR'), rows: OTHER_LANGUAGE_PT },
  { label: "pt-BR: another language's word for the workout is a fallback, asked", context: GYM_PT, rows: WORKOUT_PT },
];
