// Logs that take a second look: "almost … but did" is done, "another" is one more, and one habit
// on several dates in one message is one log per date.
import { done, none, sure } from '../phrasing.js';
import type { RuleTable } from './rule.js';

export const ALMOST_BUT_DID: RuleTable[] = [
  {
    rule: 'almost … but did',
    locale: 'en',
    mustMatch: [sure('almost bailed on yoga but went', done('yoga')), sure('I nearly skipped yoga but made it', done('yoga'))],
    mustNotMatch: [none('almost went to yoga')],
  },
  {
    rule: 'almost … but did',
    locale: 'pt-BR',
    mustMatch: [sure('quase desisti da yoga mas fui', done('yoga'))],
    mustNotMatch: [none('quase fui na yoga')],
  },
  {
    rule: 'almost … but did',
    locale: 'es',
    mustMatch: [sure('casi falté a yoga pero fui', done('yoga'))],
    mustNotMatch: [],
  },
];

export const ANOTHER_ONE: RuleTable[] = [
  {
    rule: 'another / mais um / otro',
    locale: 'en',
    mustMatch: [sure('another glass of water', done('water', { quantity: 1 }))],
    mustNotMatch: [sure('3 glasses of water', done('water', { quantity: 3 }))],
  },
  {
    rule: 'another / mais um / otro',
    locale: 'pt-BR',
    mustMatch: [sure('mais um copo de água', done('water', { quantity: 1 })), sure('outro copo de água', done('water', { quantity: 1 }))],
    mustNotMatch: [sure('3 copos de água', done('water', { quantity: 3 }))],
  },
  {
    rule: 'another / mais um / otro',
    locale: 'es',
    mustMatch: [sure('otro vaso de agua', done('water', { quantity: 1 }))],
    mustNotMatch: [sure('3 vasos de agua', done('water', { quantity: 3 }))],
  },
];

export const SEVERAL_DATES: RuleTable[] = [
  {
    rule: 'several dates for one habit',
    locale: 'en',
    mustMatch: [sure('did 10 squats yesterday and 15 today', done('squats', { quantity: 10, date: -1 }), done('squats', { quantity: 15 }))],
    mustNotMatch: [sure('did 10 squats yesterday', done('squats', { quantity: 10, date: -1 }))],
  },
  {
    rule: 'several dates for one habit',
    locale: 'pt-BR',
    mustMatch: [sure('fiz 10 agachamentos ontem e 15 hoje', done('squats', { quantity: 10, date: -1 }), done('squats', { quantity: 15 }))],
    mustNotMatch: [sure('fiz 10 agachamentos ontem', done('squats', { quantity: 10, date: -1 }))],
  },
  {
    rule: 'several dates for one habit',
    locale: 'es',
    mustMatch: [sure('hice 10 sentadillas ayer y 15 hoy', done('squats', { quantity: 10, date: -1 }), done('squats', { quantity: 15 }))],
    mustNotMatch: [sure('hice 10 sentadillas ayer', done('squats', { quantity: 10, date: -1 }))],
  },
];
