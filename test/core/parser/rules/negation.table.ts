// Negation, and the names of break habits: a negation says what was not done (nothing is written);
// a break habit's name ("No smoking", "Não fumar", "No fumar") is its concept, never a negation to absorb.
import { done, kept, log, none, slip, sure, type Phrasing } from '../phrasing.js';
import type { RuleTable } from './rule.js';

const notWritten = (text: string): Phrasing => none(text, 'negation');

export const NEGATION: RuleTable[] = [
  {
    rule: 'negation',
    locale: 'en',
    mustMatch: [notWritten("didn't meditate today"), notWritten('did not run today'), notWritten('no yoga today'), notWritten('never did my pushups')],
    mustNotMatch: [sure('meditated today', done('meditate')), log('not bad, ran 5k', done('run', { quantity: 5 })), sure('did 20 pushups, no problem', done('pushups', { quantity: 20 }))],
  },
  {
    rule: 'negation',
    locale: 'pt-BR',
    mustMatch: [notWritten('não meditei hoje'), notWritten('hoje não corri'), notWritten('n corri hj'), notWritten('não fiz flexões')],
    mustNotMatch: [sure('meditei hoje', done('meditate')), sure('corri 5 km no parque', done('run', { quantity: 5 })), log('fiz 20 flexões sem problema', done('pushups', { quantity: 20 }))],
  },
  {
    rule: 'negation',
    locale: 'es',
    mustMatch: [notWritten('no medité hoy'), notWritten('hoy no corrí'), notWritten('no hice flexiones')],
    mustNotMatch: [sure('medité hoy', done('meditate')), sure('hice 20 flexiones', done('pushups', { quantity: 20 }))],
  },
];

/** A break habit named with a negation word never takes another habit's negation as a slip. */
export const BREAK_HABIT_NAMES: RuleTable[] = [
  {
    rule: 'break habit names',
    locale: 'en',
    mustMatch: [sure('smoked a cigarette', slip('smoking', { quantity: 1 })), kept('no smoking today 💪', 'smoking')],
    mustNotMatch: [notWritten("didn't run today"), notWritten('no pushups today'), notWritten("didn't water the plants today"), notWritten('not meditating today')],
  },
  {
    rule: 'break habit names',
    locale: 'pt-BR',
    mustMatch: [sure('fumei um cigarro', slip('smoking', { quantity: 1 }))],
    mustNotMatch: [notWritten('não corri hoje'), notWritten('não fiz flexões hoje'), notWritten('hoje não reguei as plantas'), notWritten('não meditei')],
  },
  {
    rule: 'break habit names',
    locale: 'es',
    mustMatch: [sure('me fumé un cigarro', slip('smoking', { quantity: 1 }))],
    mustNotMatch: [notWritten('no corrí hoy'), notWritten('no hice flexiones hoy'), notWritten('hoy no regué las plantas'), notWritten('no medité')],
  },
];
