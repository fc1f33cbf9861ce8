// World G, Brazilian Portuguese: typical chat messages to a habit bot (abbreviations, accents
// sometimes dropped), written blind (before reading the parser or its other tables) and committed
// before being run. Hoje é terça, 2026-03-10: ontem/segunda = -1, anteontem/domingo = -2,
// sábado = -3, sexta = -4, quinta = -5, quarta = -6; "na terça", dito hoje, é hoje (0).
// Habits: see heldout.world-g.ts (corrida em km, flexões, leitura em páginas, meditar em min,
// beber água em litros, pedalar em km, prancha em min, violão em min, faxina, ligar pra mãe,
// alongamento, and the break habits Não fumar, Sem açúcar, Café no máximo 2 xícaras).
import type { HeldoutRow } from './heldout.fixture.js';
import { ANY, AMBIGUOUS, done, fix, goal, log, NOT_LOG, query, skip, slip, UNDO } from './heldout.fixture.js';

/** A remark or detail that may or may not be kept as a note: the note is not checked. */
const anyNote = { note: undefined };

export const HELDOUT_WORLDG_PT: HeldoutRow[] = [
  // --- corrida (meta 5 km)
  ['corri 5km', log(done('run', 5))],
  ['hj corri 6 km', log(done('run', 6))],
  ['fiz uma corrida de 3,5km', log(done('run', 3.5))],
  ['corrida ✅', log(done('run'))],
  ['corri 8km ontem', log(done('run', 8, { day: -1 }))],
  ['corri 4 km no sábado', log(done('run', 4, { day: -3 }))],
  ['corri 10k domingo de manhã', log(done('run', 10, { day: -2 }))],
  ['corri 5 km anteontem', log(done('run', 5, { day: -2 }))],
  ['corri 7km, to morto', log(done('run', 7, { note: true }))],
  ['corri 40 min', log(done('run', ANY))],
  ['corri cinco km', log(done('run', 5))],
  ['corri 5 kms hj cedo', log(done('run', 5))],
  ['corri 5km há 3 dias', log(done('run', 5, { day: -3 }))],

  // --- flexões (meta 40 repetições)
  ['fiz 40 flexões', log(done('pushups', 40))],
  ['fiz 40 flexoes', log(done('pushups', 40))],
  ['flexão: 30', log(done('pushups', 30))],
  ['4 séries de 15 flexões', log(done('pushups', 60))],
  ['fiz cinquenta flexões', log(done('pushups', 50))],
  ['fiz as flexões ontem', log(done('pushups', null, { day: -1 }))],
  ['25 flexões na sexta', log(done('pushups', 25, { day: -4 }))],
  ['mais 20 flexões', log(done('pushups', 20))],
  ['fiz 40 flexões na terça', log(done('pushups', 40, { day: 0 }))],
  ['fiz 100 flexao 💪', log(done('pushups', 100))],
  ['fiz 40 flexçoes', log(done('pushups', 40))],

  // --- leitura (meta 30 páginas)
  ['li 30 páginas', log(done('read', 30))],
  ['li 45 pag ontem a noite', log(done('read', 45, { day: -1 }))],
  ['terminei dois capítulos do livro', log(done('read', ANY))],
  ['li por 1 hora', log(done('read', ANY))],
  ['leitura feita 📚', log(done('read'))],
  ['li 20 paginas no onibus', log(done('read', 20, anyNote))],
  ['li 12 páginas na quinta', log(done('read', 12, { day: -5 }))],
  ['li 50 páginas, não consegui largar o livro', log(done('read', 50, { note: true }))],
  ['li 30 pagnas', log(done('read', 30))],

  // --- meditar (meta 15 min)
  ['meditei 15 minutos', log(done('meditate', 15))],
  ['meditei 20 min', log(done('meditate', 20))],
  ['10 min de meditação antes de dormir', log(done('meditate', 10, anyNote))],
  ['meditação ✅', log(done('meditate'))],
  ['meditei meia hora na quarta', log(done('meditate', 30, { day: -6 }))],
  ['meditei 15min', log(done('meditate', 15))],
  ['fiz uma meditação guiada de 12 minutos', log(done('meditate', 12, anyNote))],

  // --- beber água (meta 2 litros); ml may be kept as ml or turned into liters
  ['bebi 2 litros de água', log(done('water', [2, 2000]))],
  ['bebi 500ml de agua', log(done('water', [0.5, 500]))],
  ['tomei 4 copos de água', log(done('water', ANY))],
  ['água: 1,5L', log(done('water', [1.5, 1500]))],
  ['bati a meta de água 💧', log(done('water', ANY))],
  ['bebi 1 litro de água ontem', log(done('water', [1, 1000], { day: -1 }))],
  ['bebi 2l de agua hj', log(done('water', [2, 2000]))],
  ['mais um litro de água', log(done('water', [1, 1000]))],

  // --- pedalar (meta 20 km)
  ['pedalei 20 km', log(done('cycle', 20))],
  ['andei de bike 15km', log(done('cycle', 15))],
  ['pedalei 32 km no domingo', log(done('cycle', 32, { day: -2 }))],
  ['fui andar de bicicleta', log(done('cycle'))],
  ['pedal ✅ 25km', log(done('cycle', 25))],
  ['pedalei 1 hora ontem', log(done('cycle', ANY, { day: -1 }))],

  // --- prancha (meta 3 min)
  ['fiz 2 minutos de prancha', log(done('plank', 2))],
  ['prancha 3 min', log(done('plank', 3))],
  ['prancha de 90 segundos', log(done('plank', [1.5, 90]))],
  ['prancha feita', log(done('plank'))],
  ['fiz prancha na sexta, 4 min', log(done('plank', 4, { day: -4 }))],

  // --- violão (meta 20 min)
  ['toquei violão 30 minutos', log(done('guitar', 30))],
  ['violão 20 min', log(done('guitar', 20))],
  ['toquei violao 1h ontem', log(done('guitar', 60, { day: -1 }))],
  ['treino de violão feito 🎸', log(done('guitar'))],
  ['toquei violão 25 min anteontem', log(done('guitar', 25, { day: -2 }))],
  ['toquei violao 20 mim', log(done('guitar', 20))],

  // --- faxina, ligar pra mãe, alongamento (sem meta)
  ['fiz faxina', log(done('clean'))],
  ['faxina pesada no apê no sábado', log(done('clean', null, { day: -3, note: undefined }))],
  ['faxina feita 🧹', log(done('clean'))],
  ['limpei a casa toda', log(done('clean', null, anyNote))],
  ['passei aspirador e pano na casa', log(done('clean', null, anyNote))],
  ['liguei pra minha mãe', log(done('call'))],
  ['falei com a mãe no telefone por 1 hora', log(done('call', ANY, anyNote))],
  ['fiz chamada de vídeo com minha mãe ontem', log(done('call', null, { day: -1 }))],
  ['liguei pra mae domingo', log(done('call', null, { day: -2 }))],
  ['alonguei 10 minutos', log(done('stretch', ANY))],
  ['fiz meu alongamento', log(done('stretch'))],
  ['alongamento feito antes de dormir', log(done('stretch', null, anyNote))],
  ['alonguei ontem a noite', log(done('stretch', null, { day: -1 }))],

  // --- several habits in one message
  ['corri 5km e fiz 40 flexões', log(done('run', 5), done('pushups', 40))],
  ['li 30 pág e meditei 15 min', log(done('read', 30), done('meditate', 15))],
  ['alongamento ✅ prancha ✅ flexões ✅', log(done('stretch'), done('plank'), done('pushups'))],
  ['ontem pedalei 20km e toquei violão 20 minutos', log(done('cycle', 20, { day: -1 }), done('guitar', 20, { day: -1 }))],
  ['liguei pra minha mãe e fiz faxina', log(done('call'), done('clean'))],
  ['meditação 15 min, 2L de água, li 30 páginas', log(done('meditate', 15), done('water', [2, 2000]), done('read', 30))],
  ['corri 6km e depois alonguei', log(done('run', 6), done('stretch'))],
  ['segunda fiz 3 min de prancha e 50 flexões', log(done('plank', 3, { day: -1 }), done('pushups', 50, { day: -1 }))],
  ['violão e leitura feitos', log(done('guitar'), done('read'))],
  ['fui de bike pro trabalho, 15 km, e bebi 1 litro de água', log(done('cycle', 15, anyNote), done('water', [1, 1000]))],

  // --- one habit on two days in one message
  ['fiz 20 flexões ontem e 30 hoje', log(done('pushups', 20, { day: -1 }), done('pushups', 30))],
  ['li 15 páginas no domingo e 25 na segunda', log(done('read', 15, { day: -2 }), done('read', 25, { day: -1 }))],
  ['meditei ontem e hoje', log(done('meditate', null, { day: -1 }), done('meditate'))],
  ['corri 5km sábado e 8km domingo', log(done('run', 5, { day: -3 }), done('run', 8, { day: -2 }))],

  // --- almost gave up, but did it
  ['quase desisti do violão mas toquei 20 min', log(done('guitar', 20))],
  ['quase não fui correr mas fui, 5km', log(done('run', 5))],

  // --- skips with a reason (a refusal with a reason is a skip the bot asks about), and one without
  ['hj vou pular a corrida, joelho doendo', log(skip('run', { reason: true }))],
  ['pula violão hoje', log(skip('guitar', { reason: false }))],
  ['pulei a meditação ontem, tava doente', log(skip('meditate', { day: -1, reason: true }))],
  ['folga do pedal hoje, pernas doloridas', log(skip('cycle', { reason: true }))],
  ['sem corrida hj, to mto cansado', log(skip('run', { reason: true }))],
  ['hoje sem flexão, ombro doendo', log(skip('pushups', { reason: true }))],
  ['pulei a prancha na sexta pq tava viajando', log(skip('plank', { day: -4, reason: true }))],
  ['não dá pra tocar violão hoje, casamento o dia todo', log(skip('guitar', { reason: true }))],
  ['não li ontem, tive enxaqueca', log(skip('read', { day: -1, reason: true }))],

  // --- slips on break habits
  ['fumei 2 cigarros', log(slip('smoking', 2))],
  ['fumei um cigarro depois do almoço', log(slip('smoking', [1, null], anyNote))],
  ['fumei ontem no bar 😞', log(slip('smoking', ANY, { day: -1, note: undefined }))],
  ['tive uma recaída e fumei no sábado', log(slip('smoking', ANY, { day: -3 }))],
  ['comi uma fatia de bolo', log(slip('sugar', ANY))],
  ['tomei sorvete ontem a noite', log(slip('sugar', ANY, { day: -1 }))],
  ['comi doce hoje', log(slip('sugar', ANY))],
  ['comi 3 brigadeiros na festa', log(slip('sugar', ANY, anyNote))],
  ['tomei 3 cafés hj', log(slip('coffee', 3))],
  ['4 xícaras de café ontem 😬', log(slip('coffee', 4, { day: -1 }))],
  ['tomei mais um café', log(slip('coffee', 1))],

  // --- clean days on break habits: nothing to write
  ['hj não fumei nenhum 💪', NOT_LOG],
  ['ontem não fumei', NOT_LOG],
  ['zero açúcar hoje', NOT_LOG],
  ['hoje sem café', NOT_LOG],
  ['uma semana sem fumar!', NOT_LOG],

  // --- undo
  ['desfaz', UNDO],
  ['apaga o último', UNDO],
  ['cancela isso', UNDO],
  ['ops, hábito errado, desfaz aí', UNDO],

  // --- corrections of the last log
  ['na verdade foram 6 km', fix(6)],
  ['quis dizer 35 páginas', fix(35)],
  ['corrige pra 25', fix(25)],
  ['foi no domingo, não hoje', fix(undefined, -2)],
  ['errei, são 45 flexões', fix(45)],

  // --- goal progress (Reserva de emergência, R$)
  ['guardei 100 reais na reserva de emergência', goal('fund', 100)],
  ['coloquei R$50 na reserva ontem', goal('fund', 50, -1)],
  ['mais 200 pra reserva de emergência', goal('fund', 200)],
  ['depositei R$ 75 na reserva', goal('fund', 75)],

  // --- queries
  ['como estou essa semana?', query()],
  ['mostra minhas sequências', query()],
  ['o que falta fazer hj?', query()],
  ['quantos km eu corri esse mês?', query()],

  // --- could be several habits (minutes: meditar, prancha, violão; km: corrida, pedalar)
  ['fiz 20 minutos', AMBIGUOUS],
  ['fiz 10 km', AMBIGUOUS],

  // --- writes nothing: negations of other habits (with "Não fumar" / "Sem açúcar" around)
  ['não corri hoje', NOT_LOG],
  ['hj nao fiz flexão', NOT_LOG],
  ['ainda não meditei', NOT_LOG],
  ['não li nada ontem', NOT_LOG],
  ['hoje nem toquei violão', NOT_LOG],
  ['não liguei pra minha mãe essa semana', NOT_LOG],
  ['não alonguei hj 😕', NOT_LOG],
  ['não pedalei no fds', NOT_LOG],

  // --- writes nothing: target and setting changes
  ['muda a meta de água pra 3 litros', NOT_LOG],
  ['coloca a meta de flexões em 50', NOT_LOG],
  ['quero correr 4 vezes por semana agora', NOT_LOG],
  ['renomeia violão pra aula de violão', NOT_LOG],
  ['minha meta de leitura agora é 40 páginas', NOT_LOG],
  ['pausa o pedal por duas semanas', NOT_LOG],

  // --- writes nothing: money that is not the goal
  ['gastei 40 reais num tapete de yoga', NOT_LOG],
  ['paguei 60 conto na aula de violão', NOT_LOG],
  ['a academia custa 100 reais por mês', NOT_LOG],
  ['tirei 50 da poupança', NOT_LOG],

  // --- writes nothing: plans and wishes
  ['amanhã vou correr 10k', NOT_LOG],
  ['depois faço as flexões', NOT_LOG],
  ['sábado quero pedalar 50 km', NOT_LOG],
  ['amanhã vou ler 40 páginas', NOT_LOG],
  ['queria conseguir meditar todo dia', NOT_LOG],
  ['quero voltar a tocar violão', NOT_LOG],
  ['preciso beber mais água', NOT_LOG],

  // --- writes nothing: other people, or someone else than mom
  ['minha irmã correu 10km hoje', NOT_LOG],
  ['meu marido fumou 3 cigarros na varanda', NOT_LOG],
  ['meu amigo fez 100 flexões kkkk', NOT_LOG],
  ['liguei pro meu pai', NOT_LOG],

  // --- writes nothing: questions
  ['5km por dia é muito?', NOT_LOG],
  ['alongar antes ou depois de correr?', NOT_LOG],
  ['quantas flexões um iniciante deve fazer?', NOT_LOG],
  ['como adiciono um hábito novo?', NOT_LOG],
  ['café quebra o jejum?', NOT_LOG],

  // --- writes nothing: small talk, opinions, hypotheticals, the past
  ['oi', NOT_LOG],
  ['boa noite!', NOT_LOG],
  ['valeu 🙏', NOT_LOG],
  ['kkkkkk', NOT_LOG],
  ['correr na chuva é muito bom', NOT_LOG],
  ['amo doce demais kkk', NOT_LOG],
  ['faxina é muito chato', NOT_LOG],
  ['se eu correr 5km amanhã ganho medalha?', NOT_LOG],
  ['eu fumava um maço por dia', NOT_LOG],
];
