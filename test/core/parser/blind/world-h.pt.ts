// World H, Brazilian Portuguese. Written BLIND on 2026-12-08: without reading the parser
// (src/core/parser/, apart from its result types) or its phrasing and regression tables, and
// committed before being run. Expectations are what a careful human assistant would do.
// Hoje é quinta-feira 2026-05-21: ontem/quarta = -1, terça = -2, segunda = -3, domingo = -4,
// sábado = -5, sexta = -6; "anteontem" = -2; "ontem à noite" = -1; dia 19 (19/05) = -2.
// Hábitos: ver world-h.ts (Caminhada em passos, Natação em metros, Yoga min, Estudar espanhol
// min, Diário, Vitaminas, Fio dental, Dormir até as 23h, Beber água em ml, Academia [treino,
// musculação], Agachamento repetições, Regar as plantas, Marmitas da semana, Revisar orçamento;
// break: Sem álcool, Sem doce, Café no máximo 2 xícaras). Meta: Viagem pro Nordeste (R$).
import type { HeldoutRow } from '../heldout.fixture.js';
import { ANY, AMBIGUOUS, done, fix, goal, log, NOT_LOG, query, skip, slip, UNDO } from '../heldout.fixture.js';

/** A remark or detail that may or may not be kept as a note: the note is not checked. */
const anyNote = { note: undefined };
/** A slip "uma cerveja", "um brigadeiro": one, or no count. */
const one = [1, null];

export const BLIND_WORLD_H_PT: HeldoutRow[] = [
  // --- caminhada (meta 8000 passos)
  ['caminhei 9000 passos', log(done('walk', 9000))],
  ['10 mil passos hj 🚶', log(done('walk', 10000))],
  ['andei 12.000 passos ontem', log(done('walk', 12000, { day: -1 }))],
  ['fiz uma caminhada depois do almoço', log(done('walk', null, anyNote))],
  ['dei uma caminhada no parque', log(done('walk', null, anyNote))],
  ['caminhada ✅', log(done('walk'))],
  ['caminhei 5 km', log(done('walk', ANY))],
  ['8 mil passos na segunda', log(done('walk', 8000, { day: -3 }))],
  ['caminhei 7500 passos no dia 19', log(done('walk', 7500, { day: -2 }))],
  ['bati a meta de passos', log(done('walk', ANY, anyNote))],
  ['caminhei oito mil passos', log(done('walk', 8000))],

  // --- natação (meta 1000 metros)
  ['nadei 1000 metros', log(done('swim', 1000))],
  ['nadei 1,5 km hoje', log(done('swim', 1500))],
  ['nadei 800m ontem', log(done('swim', 800, { day: -1 }))],
  ['natação ✅', log(done('swim'))],
  ['fui nadar', log(done('swim'))],
  ['nadei 40 piscinas', log(done('swim', ANY))],
  ['nadei 30 min no domingo', log(done('swim', ANY, { day: -4 }))],
  ['nadei ontem e hoje', log(done('swim', null, { day: -1 }), done('swim', null, { day: 0 }))],
  ['nadei 1200m, to morta', log(done('swim', 1200, anyNote))],
  ['quase desisti da natação mas fui', log(done('swim', null, anyNote))],

  // --- yoga (meta 20 min)
  ['fiz 30 min de yoga', log(done('yoga', 30))],
  ['yoga feita 🧘', log(done('yoga'))],
  ['fiz yoga por uma hora', log(done('yoga', 60))],
  ['meia hora de ioga na terça', log(done('yoga', 30, { day: -2 }))],
  ['yoga 20min', log(done('yoga', 20))],
  ['fiz yoga segunda e quarta', log(done('yoga', null, { day: -3 }), done('yoga', null, { day: -1 }))],
  ['quase pulei a yoga mas fiz', log(done('yoga', null, anyNote))],
  ['fiz yoga anteontem', log(done('yoga', null, { day: -2 }))],
  ['aula de yoga 1h 🧘‍♀️', log(done('yoga', 60, anyNote))],

  // --- estudar espanhol (meta 15 min)
  ['estudei espanhol 20 min', log(done('spanish', 20))],
  ['fiz duolingo de espanhol 15 min', log(done('spanish', 15, anyNote))],
  ['espanhol ✅', log(done('spanish'))],
  ['estudei espanhol ontem por meia hora', log(done('spanish', 30, { day: -1 }))],
  ['fiz minha aula de espanhol', log(done('spanish', null, anyNote))],
  ['estudei espanol 10 minutinhos', log(done('spanish', 10, anyNote))],

  // --- diário
  ['escrevi no diário', log(done('journal'))],
  ['diário feito', log(done('journal'))],
  ['escrevi no diario ontem a noite', log(done('journal', null, { day: -1 }))],
  ['fiz o journaling', log(done('journal'))],
  ['escrevi umas paginas no diario antes de dormir', log(done('journal', ANY, anyNote))],

  // --- vitaminas
  ['tomei as vitaminas', log(done('vitamins'))],
  ['tomei minha vitamina D', log(done('vitamins', null, anyNote))],
  ['vitaminas ok', log(done('vitamins'))],
  ['tomei as vitamina ontem', log(done('vitamins', null, { day: -1 }))],
  ['tomei o polivitaminico', log(done('vitamins', null, anyNote))],

  // --- fio dental
  ['passei fio dental', log(done('floss'))],
  ['passei fio ontem a noite', log(done('floss', null, { day: -1 }))],
  ['fio dental ✅', log(done('floss'))],

  // --- dormir até as 23h (a hora não é uma quantidade a conferir)
  ['dormi às 22h30', log(done('sleep', ANY, anyNote))],
  ['deitei antes das 23h ontem', log(done('sleep', ANY, { day: -1, ...anyNote }))],

  // --- beber água (meta 2000 ml)
  ['bebi 2 litros de água', log(done('water', 2000))],
  ['bebi 500ml de agua', log(done('water', 500))],
  ['mais um copo de água', log(done('water', ANY))],
  ['tomei 3 copos de água ontem', log(done('water', ANY, { day: -1 }))],
  ['água ✅', log(done('water'))],
  ['bebi 1,5L de água', log(done('water', 1500))],
  ['bebi uma garrafa de água', log(done('water', ANY))],

  // --- regar as plantas
  ['reguei as plantas', log(done('plants'))],
  ['plantas regadas 🪴', log(done('plants'))],
  ['reguei as plantinhas no sábado', log(done('plants', null, { day: -5 }))],

  // --- academia (sinônimos ensinados: treino, musculação)
  ['fui na academia', log(done('gym'))],
  ['malhei', log(done('gym'))],
  ['treinei perna hoje', log(done('gym', null, anyNote))],
  ['academia ✅', log(done('gym'))],
  ['treino feito 💪', log(done('gym'))],
  ['fiz musculação ontem', log(done('gym', null, { day: -1 }))],
  ['malhei 1h', log(done('gym', ANY))],
  ['quase não fui na academia mas fui', log(done('gym', null, anyNote))],
  ['treinei na sexta', log(done('gym', null, { day: -6 }))],
  ['puxei ferro depois do trampo', log(done('gym', null, anyNote))],

  // --- agachamento (meta 50 repetições)
  ['fiz 50 agachamentos', log(done('squats', 50))],
  ['agachamento: 60', log(done('squats', 60))],
  ['3 séries de 20 agachamentos', log(done('squats', 60))],
  ['mais 20 agachamentos', log(done('squats', 20))],
  ['fiz 40 agachamentos ontem e 50 hoje', log(done('squats', 40, { day: -1 }), done('squats', 50, { day: 0 }))],
  ['fiz cinquenta agachamentos', log(done('squats', 50))],
  ['30 agachamento na sexta', log(done('squats', 30, { day: -6 }))],

  // --- marmitas, orçamento
  ['fiz as marmitas da semana', log(done('mealprep'))],
  ['preparei as marmitas no domingo', log(done('mealprep', null, { day: -4 }))],
  ['cozinhei as marmitas', log(done('mealprep'))],
  ['revisei o orçamento', log(done('budget'))],
  ['fiz a revisão do orçamento do mês', log(done('budget', null, anyNote))],

  // --- vários hábitos numa mensagem
  ['yoga, fio dental e vitaminas', log(done('yoga'), done('floss'), done('vitamins'))],
  ['caminhei 9 mil passos, bebi 2 litros de água e escrevi no diário', log(done('walk', 9000), done('water', 2000), done('journal'))],
  ['academia + 50 agachamentos', log(done('gym'), done('squats', 50))],
  ['ontem: yoga 20 min e 10 mil passos', log(done('yoga', 20, { day: -1 }), done('walk', 10000, { day: -1 }))],
  ['nadei 1km e estudei espanhol 15 min', log(done('swim', 1000), done('spanish', 15))],
  ['reguei as plantas e bebi 2 litros de água', log(done('plants'), done('water', 2000))],

  // --- pular, com motivo
  ['pula a natação hoje, piscina fechada', log(skip('swim', { reason: true }))],
  ['hoje não vou na academia, to gripado', log(skip('gym', { reason: true }))],
  ['pular yoga hoje', log(skip('yoga'))],
  ['pulei o espanhol ontem, muito trabalho', log(skip('spanish', { day: -1, reason: true }))],
  ['pula as marmitas essa semana, vou comer na minha mãe', log(skip('mealprep', { reason: true }))],
  ['sem fio dental hoje, acabou o fio', log(skip('floss', { reason: true }))],

  // --- recaídas nos hábitos a largar e no café (no máximo 2)
  ['tomei uma cerveja', log(slip('alcohol', one))],
  ['bebi 2 cervejas no jogo', log(slip('alcohol', 2, anyNote))],
  ['tomei 2 taças de vinho', log(slip('alcohol', 2))],
  ['bebi umas cervejas ontem', log(slip('alcohol', ANY, { day: -1 }))],
  ['tomei um vinho no sábado', log(slip('alcohol', one, { day: -5 }))],
  ['comi um brigadeiro', log(slip('sweets', one))],
  ['comi doce hoje 😩', log(slip('sweets', ANY))],
  ['chutei o balde e comi sorvete', log(slip('sweets', ANY, anyNote))],
  ['comi bolo no aniversário da firma', log(slip('sweets', ANY, anyNote))],
  ['3 cafés hoje 😬', log(slip('coffee', 3))],
  ['mais um café', log(slip('coffee', 1))],
  ['tomei só 1 café hoje', log(slip('coffee', 1))],
  ['tomei 4 xícaras de café ontem', log(slip('coffee', 4, { day: -1 }))],
  ['escorreguei', AMBIGUOUS],

  // --- desfazer e correções
  ['desfaz', UNDO],
  ['desfazer', UNDO],
  ['apaga o último', UNDO],
  ['ops, errei, desfaz isso', UNDO],
  ['na verdade foram 30', fix(30)],
  ['não, foram 15 minutos', fix(15)],
  ['errei, foi ontem', fix(undefined, -1)],
  ['quis dizer 7000 passos', fix(7000)],

  // --- meta (Viagem pro Nordeste, R$)
  ['guardei 200 reais pra viagem', goal('trip', 200)],
  ['depositei R$ 150 na viagem ontem', goal('trip', 150, -1)],
  ['+100 pra viagem', goal('trip', 100)],
  ['juntei 50 conto pra viagem', goal('trip', 50)],
  ['coloquei R$300 na poupança da viagem na segunda', goal('trip', 300, -3)],

  // --- perguntas sobre números e sequências
  ['qual minha sequência?', query('streaks')],
  ['como estou indo?', query('how_am_i')],
  ['o que falta hoje?', query('today')],
  ['como foi minha semana', query('week')],
  ['minhas estatísticas', query('stats')],
  ['quanto falta pra viagem?', query('goals')],
  ['quantos dias sem álcool?', query()],

  // --- NOT_LOG: negações de hábitos a construir (não podem virar recaída em Sem álcool / Sem doce)
  ['não nadei hoje', NOT_LOG],
  ['não fui na academia hoje', NOT_LOG],
  ['nao passei fio dental ontem', NOT_LOG],
  ['ainda não fiz yoga', NOT_LOG],
  ['esqueci de tomar as vitaminas', NOT_LOG],
  ['não escrevi no diário', NOT_LOG],
  ['esqueci de regar as plantas', NOT_LOG],
  ['não bebi água suficiente hoje', NOT_LOG],
  ['hoje não treinei', NOT_LOG],
  ['não consegui fazer os agachamentos', NOT_LOG],
  ['nem caminhei hoje', NOT_LOG],
  ['dormi 2 da manhã de novo kkk', NOT_LOG],

  // --- NOT_LOG: hábito a largar mantido
  ['sem álcool hoje 💪', NOT_LOG],
  ['zero doce essa semana!', NOT_LOG],
  ['não bebi nada ontem', NOT_LOG],
  ['nenhum café hoje', NOT_LOG],
  ['recusei a sobremesa 😇', NOT_LOG],

  // --- NOT_LOG: planos e desejos
  ['vou nadar mais tarde', NOT_LOG],
  ['amanhã vou na academia', NOT_LOG],
  ['quero ler mais esse ano', NOT_LOG],
  ['preciso beber mais água', NOT_LOG],
  ['vou fazer yoga à noite', NOT_LOG],
  ['pretendo fazer as marmitas domingo', NOT_LOG],
  ['tô pensando em voltar a nadar', NOT_LOG],
  ['amanha quero caminhar 10 mil passos', NOT_LOG],

  // --- NOT_LOG: o que os outros fizeram
  ['minha esposa nadou 2km hoje', NOT_LOG],
  ['meu filho fez 50 agachamentos kkkk', NOT_LOG],
  ['o marido bebeu 5 cervejas ontem', NOT_LOG],
  ['minha mãe foi na academia pela primeira vez', NOT_LOG],

  // --- NOT_LOG: dinheiro que não é a meta
  ['gastei 80 reais no mercado', NOT_LOG],
  ['paguei 150 na mensalidade da academia', NOT_LOG],
  ['a passagem subiu 300 reais 😤', NOT_LOG],
  ['comprei um tapete de yoga de 90 reais', NOT_LOG],

  // --- NOT_LOG: configurações e metas dos hábitos
  ['muda a meta de água pra 2500ml', NOT_LOG],
  ['coloca a yoga pra 30 min', NOT_LOG],
  ['quero mudar agachamento pra 60 repetições', NOT_LOG],
  ['muda a natação pra terça e quinta', NOT_LOG],
  ['me lembra de tomar vitamina às 8h', NOT_LOG],
  ['pausa a academia por 2 semanas', NOT_LOG],

  // --- NOT_LOG: conversa e perguntas ao coach
  ['oi', NOT_LOG],
  ['bom dia!', NOT_LOG],
  ['valeu 🙏', NOT_LOG],
  ['kkkkk', NOT_LOG],
  ['vc é demais', NOT_LOG],
  ['blz', NOT_LOG],
  ['o que vc sabe fazer?', NOT_LOG],
  ['café depois das 16h faz mal?', NOT_LOG],
  ['como parar de comer doce à noite?', NOT_LOG],
  ['yoga é melhor de manhã ou de noite?', NOT_LOG],
  ['quantos copos de água devo beber por dia?', NOT_LOG],

  // --- um humano cuidadoso perguntaria
  ['fiz 20', AMBIGUOUS],
  ['feito ✅', AMBIGUOUS],
];
