// REGRESSION TABLE — TRAINING DATA, NOT A HELD-OUT SET.
// Every phrasing fixed in the parser goes here, with the answer it must keep giving. These rows
// were written while fixing them, so a score on them says nothing about unseen text; blind
// batches are measured elsewhere and never edited after their first run.
// Today is Wednesday 2026-03-18 (fixtures.ts): "on wednesday" is today, "on monday" 03-16.
import type { ParseContext, ParserHabit } from '../../../src/core/parser/types.js';
import type { Locale } from '../../../src/core/types.js';
import { TODAY } from './fixtures.js';
import { worldGContext } from './heldout.world-g.js';
import { ASKED_TABLES } from './regression.asked.js';
import { WORLD_H_TABLES } from './regression.world-h.js';
import { done, editHabit, kept, log, none, skip, slip, sure, unsure, type Phrasing } from './phrasing.js';

const habit = (id: string, name: string, kind: ParserHabit['kind'] = 'build', target: [number, string] | null = null): ParserHabit => ({
  id, name, emoji: null, synonyms: [], kind,
  target: target ? { quantity: target[0], unit: target[1], direction: kind === 'break' ? 'at_most' : 'at_least' } : null,
});

const HABITS_EN: ParserHabit[] = [
  habit('smoking', 'No smoking', 'break'), habit('run', 'Run', 'build', [5, 'km']), habit('pushups', 'Pushups', 'build', [20, 'reps']),
  habit('plants', 'Water the plants'), habit('water', 'Drink water', 'build', [8, 'glasses']), habit('yoga', 'Yoga'),
  habit('squats', 'Squats', 'build', [20, 'reps']), habit('mom', 'Call mom'), habit('gym', 'Workout'),
];
const HABITS_PT: ParserHabit[] = [
  habit('smoking', 'Não fumar', 'break'), habit('run', 'Correr', 'build', [5, 'km']), habit('pushups', 'Flexões', 'build', [20, 'repetições']),
  habit('plants', 'Regar as plantas'), habit('water', 'Beber água', 'build', [8, 'copos']), habit('yoga', 'Yoga'),
  habit('squats', 'Agachamentos', 'build', [20, 'repetições']), habit('mom', 'Ligar para a mãe'), habit('gym', 'Academia'),
];
/** Wider habit names: a call to either parent counts for "Call my parents". */
const HABITS_PARENTS_EN: ParserHabit[] = [habit('parents', 'Call my parents'), habit('gym', 'Exercise')];
const HABITS_PARENTS_PT: ParserHabit[] = [habit('parents', 'Ligar pros pais'), habit('gym', 'Treinar')];
/** A break habit named the Spanish way ("No fumar") in a Portuguese speaker's list. */
const HABITS_MIXED: ParserHabit[] = [habit('smoking', 'No fumar', 'break'), habit('run', 'Correr'), habit('pushups', 'Flexões')];

export function regressionContext(locale: Locale, habits: 'own' | 'mixed' | 'parents' = 'own'): ParseContext {
  const parents = locale === 'en' ? HABITS_PARENTS_EN : HABITS_PARENTS_PT;
  const list = habits === 'mixed' ? HABITS_MIXED : habits === 'parents' ? parents : locale === 'en' ? HABITS_EN : HABITS_PT;
  return { habits: list, goals: [], today: TODAY, locale };
}

/** (a) A break habit named with a negation word is about its concept: it never takes another habit's negation. */
export const BREAK_NAMES_EN: Phrasing[] = [
  none("didn't run today", 'negation'),
  none('no pushups today', 'negation'),
  none("didn't water the plants today", 'negation'),
  none('had some cake today', 'unknown'),
  kept('no smoking today', 'smoking'),
  kept("didn't smoke today", 'smoking'),
  sure('smoked 2 cigarettes', slip('smoking', { quantity: 2 })),
];
export const BREAK_NAMES_PT: Phrasing[] = [
  none('não corri hoje', 'negation'),
  none('não fiz flexões hoje', 'negation'),
  none('hoje não reguei as plantas', 'negation'),
  none('comi doce hoje', 'unknown'),
  kept('não fumei hoje', 'smoking'),
  kept('sem cigarro hoje', 'smoking'),
  sure('fumei 2 cigarros', slip('smoking', { quantity: 2 })),
];
export const BREAK_NAMES_MIXED: Phrasing[] = [
  none('não corri hoje', 'negation'),
  none('no fiz flexões', 'negation'),
  kept('não fumei hoje', 'smoking'),
  sure('fumei um cigarro', slip('smoking', { quantity: 1 })),
];

/** (b) Target changes in words route to editing the habit; (c) money is no habit's quantity; (d) negation is not a skip. */
export const NOT_LOGS_EN: Phrasing[] = [
  editHabit('change my water target to 10 glasses', 'water', 10),
  editHabit('set my pushups goal to 30', 'pushups', 30),
  editHabit('can you change the target to 10?', null, 10),
  none('spent 50 from savings'),
  none('spent $20 on lunch'),
  unsure('no pushups today, too tired', skip('pushups', { reason: 'too tired' })),
  log('skipping pushups today, too tired', skip('pushups', { reason: 'too tired' })),
];
export const NOT_LOGS_PT: Phrasing[] = [
  editHabit('muda a meta de água para 10 copos', 'water', 10),
  editHabit('altera a meta de flexões pra 30', 'pushups', 30),
  none('gastei 50 reais da poupança'),
  unsure('sem flexões hoje, muito cansado', skip('pushups', { reason: 'muito cansado' })),
  log('vou pular as flexões hoje, muito cansado', skip('pushups', { reason: 'muito cansado' })),
];

/** (e) Out-of-range amounts are asked about; (f) a weekday that is today means today. */
export const AMOUNTS_AND_DAYS_EN: Phrasing[] = [
  unsure('did -5 pushups', done('pushups', { quantity: 5 })),
  unsure('did 1000 pushups', done('pushups', { quantity: 1000 })),
  sure('did 100 pushups', done('pushups', { quantity: 100 })),
  sure('did 20 pushups', done('pushups', { quantity: 20 })),
  sure('did 20 pushups on wednesday', done('pushups', { quantity: 20 })),
  sure('did 20 pushups on monday', done('pushups', { quantity: 20, date: -2 })),
  sure('did 20 pushups last wednesday', done('pushups', { quantity: 20, date: -7 })),
];
export const AMOUNTS_AND_DAYS_PT: Phrasing[] = [
  unsure('fiz 500 flexões', done('pushups', { quantity: 500 })),
  sure('fiz 20 flexões na quarta', done('pushups', { quantity: 20 })),
  sure('fiz 20 flexões quarta passada', done('pushups', { quantity: 20, date: -7 })),
];

/** Item 5: several dates for one habit, "almost ... but did", "another", synonyms of a concept. */
export const MISSES_EN: Phrasing[] = [
  log('did 10 squats yesterday and 15 today', done('squats', { quantity: 10, date: -1 }), done('squats', { quantity: 15 })),
  log('ran 5k on monday and 3k today', done('run', { quantity: 5, date: -2 }), done('run', { quantity: 3 })),
  log('almost bailed on yoga but went', done('yoga')),
  log('I nearly skipped yoga but made it', done('yoga')),
  none('almost skipped yoga'),
  log('another glass of water', done('water', { quantity: 1 })),
  log('drank another glass of water', done('water', { quantity: 1 })),
  log('rang my mom', done('mom')),
  log('phoned mom yesterday', done('mom', { date: -1 })),
  log('hit the gym', done('gym')),
  log('trained today', done('gym')),
  log('worked out', done('gym')),
];
export const MISSES_PT: Phrasing[] = [
  log('fiz 10 agachamentos ontem e 15 hoje', done('squats', { quantity: 10, date: -1 }), done('squats', { quantity: 15 })),
  log('quase desisti da yoga mas fui', done('yoga')),
  log('quase pulei a yoga mas fui', done('yoga')),
  log('mais um copo de água', done('water', { quantity: 1 })),
  log('tomei outro copo de água', done('water', { quantity: 1 })),
  log('liguei pra minha mãe', done('mom')),
  log('telefonei pra mãe ontem', done('mom', { date: -1 })),
  log('treinei', done('gym')),
  log('malhei hoje', done('gym')),
  log('fiz flexões outra vez', done('pushups')),
];
export const SYNONYMS_EN: Phrasing[] = [
  log('rang my mom', done('parents')),
  log('phoned my dad yesterday', done('parents', { date: -1 })),
  log('called my folks', done('parents')),
  log('hit the gym', done('gym')),
  log('pumped iron', done('gym')),
];
export const SYNONYMS_PT: Phrasing[] = [
  log('liguei pra minha mãe', done('parents')),
  log('telefonei pro meu pai', done('parents')),
  log('malhei', done('gym')),
  log('fui pra academia', done('gym')),
];

/** World G's habits (reading in pages, piano/violão, "Call mom"/"Ligar pra mãe", coffee in cups), on the table's today. */
const worldG = (locale: Locale): ParseContext => ({ ...worldGContext(locale), today: TODAY });

/** World G misses, class A: a target stated as a sentence, money paid, another person called are not logs. */
export const WORLD_G_NOT_LOGS_EN: Phrasing[] = [
  editHabit('I want my reading target to be 40 pages', 'read', 40),
  editHabit('my reading goal is now 40 pages', 'read', 40),
  editHabit('the target for my pushups should be 50', 'pushups', 50),
  none('paid 60 bucks for my piano lesson'),
  none('paid $15 for the yoga class'),
  none('spent 40 dollars on new running shoes'),
  log('spent 30 min on piano', done('piano', { quantity: 30 })),
  none('called my dad'),
  none('facetimed my sister'),
  log('called my mom', done('call')),
];
export const WORLD_G_NOT_LOGS_PT: Phrasing[] = [
  editHabit('minha meta de leitura agora é 40 páginas', 'read', 40),
  editHabit('a meta de flexões passa a ser 50', 'pushups', 50),
  editHabit('minha meta de água é 3 litros', 'water', 3),
  none('paguei 60 conto na aula de violão'),
  none('paguei 50 pila na aula de violão ontem'),
  none('gastei 100 reais em livros'),
  none('liguei pro meu pai'),
  none('liguei pra minha irmã'),
  log('liguei pra mãe', done('call')),
];

/** World G, class B: "almost ... but did" with its own amount is one done log, no skip asked about. */
export const WORLD_G_NEAR_MISS_PT: Phrasing[] = [
  sure('quase desisti do violão mas toquei 20 min', done('guitar', { quantity: 20 })),
  sure('quase pulei a corrida mas corri 5 km', done('run', { quantity: 5 })),
  sure('quase larguei a leitura mas li 10 páginas', done('read', { quantity: 10 })),
  none('quase desisti do violão'),
];

/** World G, class C: not doing it on a day already over, with a reason, is a skip asked about; no reason, or today, is nothing. */
export const WORLD_G_PAST_REFUSALS_EN: Phrasing[] = [
  unsure("didn't read yesterday, had a migraine", skip('read', { date: -1, reason: 'had a migraine' })),
  unsure("didn't meditate on sunday, was traveling", skip('meditate', { date: -3, reason: 'was traveling' })),
  none("didn't meditate yesterday", 'negation'),
  none("didn't run, too tired", 'negation'),
  log("didn't read yesterday, but read 20 pages today", done('read', { quantity: 20 })),
];
export const WORLD_G_PAST_REFUSALS_PT: Phrasing[] = [
  unsure('não li ontem, tive enxaqueca', skip('read', { date: -1, reason: 'tive enxaqueca' })),
  unsure('não corri no sábado, tava chovendo', skip('run', { date: -4, reason: 'tava chovendo' })),
  none('não meditei ontem', 'negation'),
  none('não corri, muito cansado', 'negation'),
];

/** World G, class D: "another"/"mais um" with a thing counted in cups is one; with an activity measured in km it is no amount. */
export const WORLD_G_ONE_MORE_EN: Phrasing[] = [
  log('had another coffee', slip('coffee', { quantity: 1 })),
  log('one more coffee', slip('coffee', { quantity: 1 })),
  log('another coffee ☕', slip('coffee', { quantity: 1 })),
  log('went for another run', done('run')),
];
export const WORLD_G_ONE_MORE_PT: Phrasing[] = [
  log('tomei mais um café', slip('coffee', { quantity: 1 })),
  log('tomei outro café', slip('coffee', { quantity: 1 })),
  log('mais uma corrida hoje', done('run')),
];

/** World G, class E: the ways people say they cleaned; a place after a named habit is a detail ("no apê"), not another subject. */
export const WORLD_G_CLEANING_EN: Phrasing[] = [
  log('vacuumed and mopped the whole place', done('clean', { note: 'mopped the whole place' })),
  log('swept the kitchen', done('clean')),
  log('vacuuming done', done('clean')),
  none('running in the rain is the worst'),
];
export const WORLD_G_CLEANING_PT: Phrasing[] = [
  log('passei aspirador e pano na casa', done('clean', { note: 'pano na casa' })),
  log('passei pano na cozinha', done('clean')),
  log('aspirei o quarto ontem', done('clean', { date: -1 })),
  log('faxina pesada no apê no sábado', done('clean', { date: -4 })),
  log('faxina no meu apê', done('clean')),
  none('correr na chuva é horrível'),
];

/** World G, class F: a generic kind word ("treino", "workout") beside a named habit says what kind of it, no second habit. */
export const WORLD_G_KIND_WORDS_EN: Phrasing[] = [
  log('piano training done', done('piano')),
  log('piano workout yesterday', done('piano', { date: -1 })),
];
export const WORLD_G_KIND_WORDS_PT: Phrasing[] = [
  log('treino de violão feito 🎸', done('guitar')),
  log('treino de violão ontem', done('guitar', { date: -1 })),
  log('treino de violão: 30 min', done('guitar', { quantity: 30 })),
];

/** World G, class G: a negated remark about the logged habit's thing is its note ("não consegui largar o livro"). */
export const WORLD_G_NOTES_EN: Phrasing[] = [
  log("read 50 pages, couldn't put the book down", done('read', { quantity: 50, note: "couldn't put the book down" })),
  log("read 20 pages, didn't finish the book", done('read', { quantity: 20, note: "didn't finish the book" })),
  log('read 20 pages yesterday, no reading today', done('read', { quantity: 20, date: -1 })),
];
export const WORLD_G_NOTES_PT: Phrasing[] = [
  log('li 50 páginas, não consegui largar o livro', done('read', { quantity: 50, note: 'não consegui largar o livro' })),
  log('li 20 páginas, não terminei o livro', done('read', { quantity: 20, note: 'não terminei o livro' })),
];

/** A skip's reason that names the habit again with a verb of its own is the reason, not another mention. */
function withFloss(locale: Locale): ParseContext {
  const context = regressionContext(locale);
  return { ...context, habits: [...context.habits, habit('floss', locale === 'en' ? 'Floss' : 'Passar fio dental')] };
}
export const SKIP_REASONS_EN: Phrasing[] = [
  sure('skip flossing, ran out of floss', skip('floss', { reason: 'ran out of floss' })),
  sure('skipping floss today, I ran out of floss', skip('floss', { reason: 'I ran out of floss' })),
  sure('skip drinking water, we ran out of water', skip('water', { reason: 'we ran out of water' })),
  sure('skip the run today, ran out of time', skip('run', { reason: 'ran out of time' })),
];
export const SKIP_REASONS_PT: Phrasing[] = [
  sure('pular o fio dental, acabou o fio dental', skip('floss', { reason: 'acabou o fio dental' })),
  sure('pula o fio dental hoje, fiquei sem fio dental', skip('floss', { reason: 'fiquei sem fio dental' })),
  sure('vou pular a yoga hoje, to sem tapete de yoga', skip('yoga', { reason: 'to sem tapete de yoga' })),
  sure('pular a corrida, acabou meu tempo', skip('run', { reason: 'acabou meu tempo' })),
];

export const REGRESSION_TABLES: { label: string; context: ParseContext; rows: Phrasing[] }[] = [
  { label: 'en: break habits named with a negation word', context: regressionContext('en'), rows: BREAK_NAMES_EN },
  { label: 'pt-BR: break habits named with a negation word', context: regressionContext('pt-BR'), rows: BREAK_NAMES_PT },
  { label: 'pt-BR: a break habit named "No fumar"', context: regressionContext('pt-BR', 'mixed'), rows: BREAK_NAMES_MIXED },
  { label: 'en: settings, money and negations are not logs', context: regressionContext('en'), rows: NOT_LOGS_EN },
  { label: 'pt-BR: settings, money and negations are not logs', context: regressionContext('pt-BR'), rows: NOT_LOGS_PT },
  { label: 'en: amounts out of range and weekdays', context: regressionContext('en'), rows: AMOUNTS_AND_DAYS_EN },
  { label: 'pt-BR: amounts out of range and weekdays', context: regressionContext('pt-BR'), rows: AMOUNTS_AND_DAYS_PT },
  { label: 'en: misses', context: regressionContext('en'), rows: MISSES_EN },
  { label: 'pt-BR: misses', context: regressionContext('pt-BR'), rows: MISSES_PT },
  { label: 'en: a concept said another way', context: regressionContext('en', 'parents'), rows: SYNONYMS_EN },
  { label: 'pt-BR: a concept said another way', context: regressionContext('pt-BR', 'parents'), rows: SYNONYMS_PT },
  { label: 'en: targets stated, money paid, other people called are not logs', context: worldG('en'), rows: WORLD_G_NOT_LOGS_EN },
  { label: 'pt-BR: targets stated, money paid, other people called are not logs', context: worldG('pt-BR'), rows: WORLD_G_NOT_LOGS_PT },
  { label: 'pt-BR: almost gave up but did, with an amount', context: worldG('pt-BR'), rows: WORLD_G_NEAR_MISS_PT },
  { label: 'en: a past day not done, with a reason', context: worldG('en'), rows: WORLD_G_PAST_REFUSALS_EN },
  { label: 'pt-BR: a past day not done, with a reason', context: worldG('pt-BR'), rows: WORLD_G_PAST_REFUSALS_PT },
  { label: 'en: one more of a counted thing', context: worldG('en'), rows: WORLD_G_ONE_MORE_EN },
  { label: 'pt-BR: one more of a counted thing', context: worldG('pt-BR'), rows: WORLD_G_ONE_MORE_PT },
  { label: 'en: cleaning said another way', context: worldG('en'), rows: WORLD_G_CLEANING_EN },
  { label: 'pt-BR: cleaning said another way, and where', context: worldG('pt-BR'), rows: WORLD_G_CLEANING_PT },
  { label: 'en: a kind word beside a named habit', context: worldG('en'), rows: WORLD_G_KIND_WORDS_EN },
  { label: 'pt-BR: a kind word beside a named habit', context: worldG('pt-BR'), rows: WORLD_G_KIND_WORDS_PT },
  { label: 'en: a negated remark on the logged habit is its note', context: worldG('en'), rows: WORLD_G_NOTES_EN },
  { label: 'pt-BR: a negated remark on the logged habit is its note', context: worldG('pt-BR'), rows: WORLD_G_NOTES_PT },
  { label: 'en: a skip whose reason names the habit again', context: withFloss('en'), rows: SKIP_REASONS_EN },
  { label: 'pt-BR: a skip whose reason names the habit again', context: withFloss('pt-BR'), rows: SKIP_REASONS_PT },
  ...ASKED_TABLES,
  ...WORLD_H_TABLES,
];
