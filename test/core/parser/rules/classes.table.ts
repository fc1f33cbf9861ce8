// Classes of messages added after blind batch H (training data, written with the parser open): a
// setting commanded in words, money that is not progress, someone else introduced by an article, a
// bedtime later than a sleep habit's deadline, questions about a goal or a count of days, refusing
// a vice, an intention in the past before turning away, the verb of a verb-named habit, an
// alternative question, and Spanish "más" (no clause break).
import { done, editHabit, goal, kept, log, none, query, skip, sure } from '../phrasing.js';
import type { RuleTable } from './rule.js';

const R = (rule: string, locale: RuleTable['locale'], mustMatch: RuleTable['mustMatch'], mustNotMatch: RuleTable['mustNotMatch'], world?: RuleTable['world']): RuleTable =>
  ({ rule, locale, mustMatch, mustNotMatch, ...(world ? { world } : {}) });

export const CLASSES: RuleTable[] = [
  R('a setting commanded in words', 'en', [editHabit('set yoga to 30 min', 'yoga', 30), editHabit('make squats 60 reps', 'squats', 60)], [sure('did squats 60 reps', done('squats', { quantity: 60 })), sure('set a new record, 60 squats', done('squats', { quantity: 60 }))]),
  R('a setting commanded in words', 'pt-BR', [editHabit('coloca a yoga pra 30 min', 'yoga', 30), editHabit('muda agachamentos pra 60', 'squats', 60)], [sure('fiz 60 agachamentos', done('squats', { quantity: 60 }))]),
  R('a setting commanded in words', 'es', [editHabit('pon el yoga en 30 minutos', 'yoga', 30), editHabit('sube las sentadillas a 60', 'squats', 60)], [sure('hice 60 sentadillas', done('squats', { quantity: 60 }))]),

  R('money paid for something else, or a goal\'s price moving, is no progress', 'en', [none('paid $60 for my gym membership'), none('laptop prices went up $100 ugh')], [goal('saved $100 for the laptop', 'goal', 100)], 'withSleepAndGoal'),
  R('money paid for something else, or a goal\'s price moving, is no progress', 'pt-BR', [none('paguei 200 reais da mensalidade da academia'), none('a passagem subiu 300 reais')], [goal('guardei 300 pra viagem', 'goal', 300)], 'withSleepAndGoal'),
  R('money paid for something else, or a goal\'s price moving, is no progress', 'es', [none('pagué 500 de la mensualidad del gym'), none('la moto subió 2000 pesos')], [goal('ahorré 500 para la moto', 'goal', 500)], 'withSleepAndGoal'),

  R('someone else introduced by an article', 'en', [none('the wife ran 5k')], [sure('ran 5k', done('run', { quantity: 5 }))]),
  R('someone else introduced by an article', 'pt-BR', [none('o marido bebeu 5 cervejas ontem'), none('a amiga correu 5 km')], [sure('corri 5 km', done('run', { quantity: 5 }))]),
  R('someone else introduced by an article', 'es', [none('el vecino corrió 5 km'), none('la novia corrió 5 km')], [sure('corrí 5 km', done('run', { quantity: 5 }))]),

  R('a bedtime later than the sleep habit\'s deadline', 'en', [none('went to bed at 1am again lol'), none('went to bed at 11:30pm')], [log('lights out at 10:45', done('sleep')), log('in bed by 10:30', done('sleep'))], 'withSleepAndGoal'),
  R('a bedtime later than the sleep habit\'s deadline', 'pt-BR', [none('dormi 2 da manhã de novo kkk'), none('dormi à 1 da madrugada')], [log('dormi às 22h30', done('sleep'))], 'withSleepAndGoal'),
  R('a bedtime later than the sleep habit\'s deadline', 'es', [none('me dormí a las 2 otra vez jaja'), none('me dormí a la 1 de la madrugada')], [log('me dormí a las 10:30', done('sleep'))], 'withSleepAndGoal'),

  R('a question naming a goal, or counting days, is a query', 'en', [query('how close am I to the laptop?', 'goals'), query('how many days without smoking?', 'streaks')], [none('how was your day?')], 'withSleepAndGoal'),
  R('a question naming a goal, or counting days, is a query', 'pt-BR', [query('quanto falta pra viagem?', 'goals'), query('quantos dias sem fumar?', 'streaks')], [none('como foi seu dia?')], 'withSleepAndGoal'),
  R('a question naming a goal, or counting days, is a query', 'es', [query('¿cuánto llevo para la moto?', 'goals'), query('¿cuántos días llevo sin fumar?', 'streaks'), query('¿cuál es mi racha?', 'streaks'), query('como voy?', 'how_am_i')], [none('¿qué tal tu día?')], 'withSleepAndGoal'),

  R('refusing a vice keeps the day', 'en', [kept('refused dessert', 'sweets')], [sure('had dessert', { habit: 'sweets', kind: 'slip' })], 'withSleepAndGoal'),
  R('refusing a vice keeps the day', 'pt-BR', [kept('recusei a sobremesa 😇', 'sweets')], [sure('comi sobremesa', { habit: 'sweets', kind: 'slip' })], 'withSleepAndGoal'),
  R('refusing a vice keeps the day', 'es', [kept('rechacé el postre', 'sweets')], [sure('comí postre', { habit: 'sweets', kind: 'slip' })], 'withSleepAndGoal'),

  R('an intention in the past, then done', 'en', [sure('was gonna skip yoga but did 15 min', done('yoga', { quantity: 15 }))], [sure('skipped yoga', skip('yoga'))]),
  R('an intention in the past, then done', 'pt-BR', [sure('ia pular a yoga mas fiz 15 min', done('yoga', { quantity: 15 }))], [sure('pulei a yoga', skip('yoga'))]),
  R('an intention in the past, then done', 'es', [sure('iba a saltarme el yoga pero hice 15 min', done('yoga', { quantity: 15 }))], [sure('me salté el yoga', skip('yoga'))]),

  R('the verb of a verb-named habit beside its object', 'en', [sure('plants watered', done('plants'))], [sure('drank water', done('water'))]),
  R('the verb of a verb-named habit beside its object', 'pt-BR', [sure('plantas regadas', done('plants'))], [sure('bebi água', done('water'))]),
  R('the verb of a verb-named habit beside its object', 'es', [sure('regué las plantas', done('plants'))], [sure('tomé agua', done('water'))]),

  R('an alternative question is asked whole', 'en', [none('yoga in the morning or at night?')], []),
  R('an alternative question is asked whole', 'pt-BR', [none('yoga de manhã ou de noite?')], []),
  R('an alternative question is asked whole', 'es', [none('¿yoga en la mañana o en la noche?')], []),

  R('a short weekday listed after another weekday', 'en', [log('yoga mon and wed', done('yoga', { date: -2 }), done('yoga', { date: 0 }))], [log('yoga on mon', done('yoga', { date: -2 }))]),
  R('a short weekday listed after another weekday', 'pt-BR', [log('yoga seg e qua', done('yoga', { date: -2 }), done('yoga', { date: 0 }))], [log('yoga na seg', done('yoga', { date: -2 }))]),
  R('a short weekday listed after another weekday', 'es', [log('yoga el lunes y mie', done('yoga', { date: -2 }), done('yoga', { date: 0 }))], [log('yoga el lunes', done('yoga', { date: -2 }))]),

  R('Spanish dates, corrections and undo', 'es', [
    log('medité anoche', done('meditate', { date: -1 })), log('corrí 5 km en la mañana', done('run', { quantity: 5 })),
    { text: 'bórralo', expect: { kind: 'undo' } }, { text: 'no, fueron 30', expect: { kind: 'correction', quantity: 30 } },
    { text: 'quise decir 25', expect: { kind: 'correction', quantity: 25 } }, { text: 'perdón, fue ayer', expect: { kind: 'correction', date: -1 } },
  ], [none('tengo que tomar más agua', 'plan'), none('mañana en la mañana corro', 'plan')]),
];
