// What looks like a log and is not: a setting or target changed in words, money, someone else's
// activity, a plan or a wish. Nothing is written.
import { done, editHabit, log, none, sure } from '../phrasing.js';
import type { RuleTable } from './rule.js';

export const SETTINGS: RuleTable[] = [
  {
    rule: 'settings and target changes',
    locale: 'en',
    mustMatch: [editHabit('change my water target to 10 glasses', 'water', 10), editHabit('my pushups target is now 40', 'pushups', 40)],
    mustNotMatch: [sure('drank 10 glasses of water', done('water', { quantity: 10 })), sure('did 40 pushups', done('pushups', { quantity: 40 }))],
  },
  {
    rule: 'settings and target changes',
    locale: 'pt-BR',
    mustMatch: [editHabit('muda a meta de água para 10 copos', 'water', 10), editHabit('minha meta de flexões agora é 40', 'pushups', 40)],
    mustNotMatch: [sure('bebi 10 copos de água', done('water', { quantity: 10 })), sure('fiz 40 flexões', done('pushups', { quantity: 40 }))],
  },
  {
    rule: 'settings and target changes',
    locale: 'es',
    mustMatch: [editHabit('cambia la meta de agua a 10 vasos', 'water', 10)],
    mustNotMatch: [sure('tomé 10 vasos de agua', done('water', { quantity: 10 }))],
  },
];

export const MONEY: RuleTable[] = [
  {
    rule: 'money',
    locale: 'en',
    mustMatch: [none('spent 50 from savings'), none('paid 60 bucks for my yoga class')],
    mustNotMatch: [sure('did 50 pushups', done('pushups', { quantity: 50 }))],
  },
  {
    rule: 'money',
    locale: 'pt-BR',
    mustMatch: [none('gastei 50 reais da poupança'), none('paguei 60 reais na aula de yoga')],
    mustNotMatch: [sure('fiz 50 flexões', done('pushups', { quantity: 50 }))],
  },
  {
    rule: 'money',
    locale: 'es',
    mustMatch: [none('gasté 50 pesos de mis ahorros'), none('pagué 60 pesos por la clase de yoga')],
    mustNotMatch: [sure('hice 50 flexiones', done('pushups', { quantity: 50 }))],
  },
];

export const OTHER_PEOPLE: RuleTable[] = [
  {
    rule: "other people's activity",
    locale: 'en',
    mustMatch: [none('my wife ran 10k'), none('she did 100 squats')],
    mustNotMatch: [sure('I ran 10k', done('run', { quantity: 10 })), log('my wife and I ran 10k', done('run', { quantity: 10 }))],
  },
  {
    rule: "other people's activity",
    locale: 'pt-BR',
    mustMatch: [none('meu namorado correu 10km'), none('ela fez 100 agachamentos')],
    mustNotMatch: [sure('corri 10km', done('run', { quantity: 10 }))],
  },
  {
    rule: "other people's activity",
    locale: 'es',
    mustMatch: [none('mi esposa corrió 10 km')],
    mustNotMatch: [sure('corrí 10 km', done('run', { quantity: 10 }))],
  },
];

export const PLANS: RuleTable[] = [
  {
    rule: 'plans and wishes',
    locale: 'en',
    mustMatch: [none('gonna run tomorrow', 'plan'), none('I want to meditate tonight', 'plan'), none('hope to do yoga later', 'plan')],
    mustNotMatch: [sure('ran this morning', done('run')), log("let's go! did yoga", done('yoga'))],
  },
  {
    rule: 'plans and wishes',
    locale: 'pt-BR',
    mustMatch: [none('vou correr amanhã', 'plan'), none('quero meditar hoje à noite', 'plan')],
    mustNotMatch: [sure('corri hoje de manhã', done('run')), log('bora! fiz yoga', done('yoga'))],
  },
  {
    rule: 'plans and wishes',
    locale: 'es',
    mustMatch: [none('voy a correr mañana', 'plan'), none('quiero meditar esta noche', 'plan')],
    mustNotMatch: [sure('corrí esta mañana', done('run'))],
  },
];
