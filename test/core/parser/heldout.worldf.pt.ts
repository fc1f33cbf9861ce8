// World F, Brazilian Portuguese: typical messages to a habit bot, written blind (before reading
// the parser or its other tables) and committed before being run. Hoje é sexta, 2025-11-14:
// ontem/quinta = -1, anteontem/quarta = -2, terça = -3, segunda = -4, domingo = -5, sábado = -6.
// Habits: see heldout.world-f.ts (correr em km, abdominais, leitura em páginas, meditação,
// água em ml, diário, skincare, academia, caminhada em minutos, dormir bem, inglês, creatina,
// and the break habits parar de fumar, sem álcool, sem doce).
import type { HeldoutRow } from './heldout.fixture.js';
import { ANY, AMBIGUOUS, done, fix, goal, log, NOT_LOG, query, skip, slip, UNDO } from './heldout.fixture.js';

/** A remark or detail that may or may not be kept as a note: the note is not checked. */
const anyNote = { note: undefined };

export const HELDOUT_WORLDF_PT: HeldoutRow[] = [
  // --- single logs: correr (meta 5 km)
  ['corri 5km', log(done('run', 5))],
  ['corri 7 km hoje cedo', log(done('run', 7))],
  ['fiz uma corrida de 3,5 km', log(done('run', 3.5))],
  ['corrida feita 🏃', log(done('run'))],
  ['corri ontem à noite, uns 6 km', log(done('run', 6, { day: -1 }))],
  ['corri 4km na terça', log(done('run', 4, { day: -3 }))],
  ['corri 30 minutos', log(done('run', ANY))],
  ['corri dez quilômetros anteontem', log(done('run', 10, { day: -2 }))],
  ['corri 5 km há 2 dias', log(done('run', 5, { day: -2 }))],
  ['corri 8km, tô morto', log(done('run', 8, { note: true }))],
  ['corri 5k', log(done('run', 5))],

  // --- abdominais (meta 50 repetições)
  ['fiz 50 abdominais', log(done('abs', 50))],
  ['abdominais: 40', log(done('abs', 40))],
  ['3 séries de 15 abdominais', log(done('abs', 45))],
  ['fiz cem abdominais', log(done('abs', 100))],
  ['fiz os abdominais ontem', log(done('abs', null, { day: -1 }))],
  ['fiz 60 abdominais no sábado', log(done('abs', 60, { day: -6 }))],
  ['abdominais feitos kkk', log(done('abs', null, anyNote))],
  ['fiz 30 abdominal', log(done('abs', 30))],

  // --- leitura (meta 15 páginas)
  ['li 20 páginas', log(done('read', 20))],
  ['li trinta páginas ontem à noite', log(done('read', 30, { day: -1 }))],
  ['terminei um capítulo do livro', log(done('read', ANY))],
  ['li 10 pág no ônibus', log(done('read', 10, anyNote))],
  ['leitura ✅', log(done('read'))],
  ['li por meia hora antes de dormir', log(done('read', ANY))],
  ['li 25 páginas na segunda', log(done('read', 25, { day: -4 }))],
  ['li 40 páginas, livro muito bom', log(done('read', 40, anyNote))],

  // --- meditação (meta 10 min)
  ['meditei 10 minutos', log(done('meditate', 10))],
  ['meditei meia hora', log(done('meditate', 30))],
  ['15 min de meditação hoje de manhã', log(done('meditate', 15))],
  ['meditação feita', log(done('meditate'))],
  ['meditei 5 min no domingo', log(done('meditate', 5, { day: -5 }))],
  ['meditei quinze minutos', log(done('meditate', 15))],
  ['hoje meditei 10 min', log(done('meditate', 10))],

  // --- água (meta 2000 ml); a quantity in liters may be kept as liters
  ['bebi 2 litros de água', log(done('water', [2000, 2]))],
  ['tomei 500ml de água', log(done('water', 500))],
  ['tomei 3 copos de água', log(done('water', ANY))],
  ['água: 1,5L', log(done('water', [1500, 1.5]))],
  ['bati a meta de água', log(done('water', ANY))],
  ['bebi 1 litro e meio de água', log(done('water', [1500, 1.5]))],
  ['tomei 2 garrafinhas de água', log(done('water', ANY))],

  // --- diário, skincare, creatina (sem meta)
  ['escrevi no diário', log(done('journal'))],
  ['escrevi no diário ontem à noite', log(done('journal', null, { day: -1 }))],
  ['diário ✍️ feito', log(done('journal'))],
  ['fiz meu skincare', log(done('skincare'))],
  ['skincare da noite feito', log(done('skincare', null, anyNote))],
  ['fiz skincare ontem', log(done('skincare', null, { day: -1 }))],
  ['tomei creatina', log(done('creatine'))],
  ['creatina ✅', log(done('creatine'))],
  ['tomei minha creatina hoje de manhã', log(done('creatine'))],
  ['tomei 5g de creatina', log(done('creatine', ANY))],

  // --- academia (sem meta)
  ['fui na academia', log(done('gym'))],
  ['academia hoje cedo ✅', log(done('gym'))],
  ['treinei perna hoje', log(done('gym', null, anyNote))],
  ['treino pago 💪', log(done('gym'))],
  ['malhei 1 hora', log(done('gym', ANY))],
  ['fui pra academia ontem', log(done('gym', null, { day: -1 }))],

  // --- caminhada (meta 30 min)
  ['caminhei 40 minutos', log(done('walk', 40))],
  ['fiz uma caminhada de meia hora', log(done('walk', 30))],
  ['caminhada de 1h hoje', log(done('walk', 60))],
  ['caminhei 3 km', log(done('walk', ANY))],
  ['caminhada feita ontem', log(done('walk', null, { day: -1 }))],
  ['caminhei uma hora sábado passado', log(done('walk', 60, { day: -6 }))],
  ['caminhei 25 min na quarta', log(done('walk', 25, { day: -2 }))],

  // --- dormir bem (meta 8 horas); the day of "essa noite" (last night) is debatable
  ['dormi 7 horas', log(done('sleep', 7))],
  ['dormi 8h essa noite', log(done('sleep', 8, { day: undefined }))],
  ['dormi 6 horas e meia', log(done('sleep', 6.5))],
  ['consegui dormir umas 9 horas', log(done('sleep', 9))],
  ['dormi 5 horas, acordei várias vezes', log(done('sleep', 5, { note: true }))],
  ['dormi 8 horas certinho', log(done('sleep', 8, anyNote))],

  // --- inglês (meta 20 min)
  ['estudei inglês 20 minutos', log(done('english', 20))],
  ['fiz duolingo', log(done('english', ANY))],
  ['meia hora de inglês ontem', log(done('english', 30, { day: -1 }))],
  ['aula de inglês feita', log(done('english', ANY))],
  ['fiz 20 min de inglês no app', log(done('english', 20, anyNote))],

  // --- several habits in one message
  ['corri 5km e fiz 50 abdominais', log(done('run', 5), done('abs', 50))],
  ['li 20 páginas e meditei 10 min', log(done('read', 20), done('meditate', 10))],
  ['creatina ✅ skincare ✅ água ✅', log(done('creatine'), done('skincare'), done('water', ANY))],
  ['academia e 30 min de caminhada hoje', log(done('gym'), done('walk', 30))],
  ['escrevi no diário e tomei a creatina', log(done('journal'), done('creatine'))],
  ['ontem corri 4km e li 15 páginas', log(done('run', 4, { day: -1 }), done('read', 15, { day: -1 }))],
  ['meditação 10 min, diário feito, 2L de água', log(done('meditate', 10), done('journal'), done('water', [2000, 2]))],
  ['fui na academia e depois fiz 100 abdominais', log(done('gym'), done('abs', 100))],
  ['caminhei 40 min e bebi 1 litro de água', log(done('walk', 40), done('water', [1000, 1]))],
  ['duolingo e leitura feitos', log(done('english', ANY), done('read'))],
  ['dormi 8h e fiz skincare', log(done('sleep', 8, { day: undefined }), done('skincare'))],

  // --- skips, mostly with a reason
  ['hoje vou pular a academia, tô gripado', log(skip('gym', { reason: true }))],
  ['pulei a corrida, tá chovendo muito', log(skip('run', { reason: true }))],
  ['pulando a meditação hoje, tô muito cansado', log(skip('meditate', { reason: true }))],
  ['folga da corrida hoje, joelho doendo', log(skip('run', { reason: true }))],
  ['pula leitura hoje', log(skip('read', { reason: false }))],
  ['pulei os abdominais ontem, tava com dor nas costas', log(skip('abs', { day: -1, reason: true }))],
  ['vou pular o inglês hoje, tô viajando', log(skip('english', { reason: true }))],
  ['pulei a academia na quarta porque fiquei doente', log(skip('gym', { day: -2, reason: true }))],

  // --- slips on break habits
  ['fumei 2 cigarros', log(slip('smoke', 2))],
  ['fumei um cigarro ontem à noite', log(slip('smoke', 1, { day: -1 }))],
  ['tive uma recaída e fumei', log(slip('smoke', ANY))],
  ['tomei 3 cervejas', log(slip('alcohol', 3))],
  ['bebi umas no churrasco ontem', log(slip('alcohol', ANY, { day: -1 }))],
  ['tomei uma taça de vinho no jantar', log(slip('alcohol', ANY))],
  ['comi um brigadeiro', log(slip('sugar', ANY))],
  ['comi chocolate hoje 😩', log(slip('sugar', ANY))],
  ['comi 2 pedaços de bolo no aniversário', log(slip('sugar', ANY))],
  ['comi doce no sábado', log(slip('sugar', ANY, { day: -6 }))],

  // --- undo
  ['desfaz', UNDO],
  ['apaga o último', UNDO],
  ['ops, errei, cancela isso', UNDO],
  ['desfazer o último registro', UNDO],

  // --- corrections of the last log
  ['na verdade foram 6 km', fix(6)],
  ['corrigindo: 25 páginas', fix(25)],
  ['errei, era 40 e não 30', fix(40)],
  ['foi ontem, não hoje', fix(undefined, -1)],
  ['quis dizer 15 minutos', fix(15)],

  // --- goal progress (Comprar a moto, R$)
  ['guardei 200 reais pra moto', goal('moto', 200)],
  ['juntei mais R$150 pra moto ontem', goal('moto', 150, -1)],
  ['mais 50 reais pra moto', goal('moto', 50)],
  ['depositei R$ 300 pra moto', goal('moto', 300)],

  // --- queries
  ['como estou essa semana?', query()],
  ['mostra minhas sequências', query()],
  ['minhas estatísticas', query()],
  ['o que falta hoje?', query()],

  // --- could be several habits
  ['fiz 20 minutos', AMBIGUOUS],
  ['fiz meia hora hoje', AMBIGUOUS],

  // --- writes nothing: plans, wishes, negations, questions, small talk, others, kept days
  ['amanhã vou correr', NOT_LOG],
  ['preciso ler mais', NOT_LOG],
  ['não fui na academia hoje', NOT_LOG],
  ['não meditei ontem 😕', NOT_LOG],
  ['quantos abdominais devo fazer por dia?', NOT_LOG],
  ['oi', NOT_LOG],
  ['bom dia!', NOT_LOG],
  ['valeu!', NOT_LOG],
  ['obrigado', NOT_LOG],
  ['minha esposa correu 10km hoje', NOT_LOG],
  ['correr no calor é horrível kkk', NOT_LOG],
  ['quero começar a meditar todo dia', NOT_LOG],
  ['hoje não fumei nenhum 💪', NOT_LOG],
  ['uma semana sem beber!', NOT_LOG],
  ['zero doce hoje', NOT_LOG],
  ['normalmente bebo 2 litros por dia', NOT_LOG],
  ['se eu dormir 8 horas hoje vou acordar outra pessoa', NOT_LOG],
  ['depois faço o skincare', NOT_LOG],
  ['meu amigo fez 200 abdominais kkkk', NOT_LOG],
  ['5km é uma boa distância pra iniciante?', NOT_LOG],
  ['ok', NOT_LOG],
  ['kkkkk', NOT_LOG],
  ['que horas devo dormir?', NOT_LOG],
  ['odeio dia de perna', NOT_LOG],
  ['ler é a melhor parte do meu dia', NOT_LOG],
  ['pretendo caminhar amanhã cedo', NOT_LOG],
  ['tô pensando em estudar espanhol também', NOT_LOG],
  ['como faço pra apagar um hábito?', NOT_LOG],
  ['amanhã faço 50 abdominais', NOT_LOG],
  ['seria bom correr hoje à noite', NOT_LOG],
];
