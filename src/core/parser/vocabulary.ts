// The small words that decide what a message means (not which habit): negation, plans,
// skips, slips, questions, reasons. Normalized: lower case, no accents, contractions
// written out ("didn't" -> "did not").

const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter((w) => w.length > 0));

export const NEGATIONS = set(`
  not no never nope nah without zero forgot forget forgetting missed miss failed fail neither
  nao nem nunca sem esqueci esqueceu faltei deixei nada nenhum nenhuma none nothing except exceto
  ❌ ✖ 🚫 👎 ⛔`);

/** Marks that negate only what comes right before them: "gym ✅ read ❌". */
export const TRAILING_ONLY_NEGATIONS = set('❌ ✖ 🚫 👎 ⛔');

/** What may stand beside a negation that says nothing more: "not yet", "nope, not now". */
export const BARE_NEGATION_COMPANIONS = set('yet ainda now way really chance thanks obrigado obrigada again more mais i eu did do it that isso n');

/** "stayed off my phone", "fiquei longe do celular": a verb of staying, then a word of distance. */
export const KEPT_CLEAR_OF = set('off away clear longe');
export const KEPT_CLEAR_VERBS = set('stayed stay staying kept keep keeping steered fiquei fico ficar ficando fiquei mantive');

/** Negation words that only negate in Portuguese shorthand ("n corri hj"). */
export const SHORT_NEGATIONS = set('n');

// "not bad", "no problem": a negative word that negates nothing.
export const NEGATION_IDIOMS: string[][] = [
  ['not', 'bad'], ['no', 'problem'], ['no', 'problems'], ['no', 'pain'], ['no', 'excuses'], ['no', 'excuse'],
  ['no', 'joke'], ['no', 'doubt'], ['not', 'easy'], ['not', 'only'], ['no', 'matter'], ['no', 'breaks'],
  ['not', 'going', 'to', 'lie'], ['no', 'stopping'], ['nada', 'mal'], ['sem', 'problemas'], ['sem', 'problema'],
  ['sem', 'dor'], ['sem', 'desculpas'], ['sem', 'parar'], ['sem', 'pausa'], ['nao', 'foi', 'facil'], ['nao', 'so'],
  ['never', 'felt'], ['never', 'been'], ['no', 'sweat'], ['nao', 'deixei', 'de'], ['did', 'not', 'skip'],
  ['nao', 'pulei'], ['not', 'skip'], ['esqueci', 'de', 'marcar'], ['esqueci', 'de', 'registrar'], ['esqueci', 'de', 'anotar'], ['forgot', 'to', 'log'], ['forgot', 'to', 'track'], ['never', 'skip'], ['sem', 'falta'], ['sem', 'falhar'], ['without', 'fail'],
];

/** Words that make a clause about the future: a plan, not a log. */
export const FUTURE_MARKERS = set(`
  will shall going plan planning plans planned intend intending want wants need needs must should gotta hope
  hoping trying try heading about remind let lets vou vamos irei iremos vai pretendo quero queria preciso
  precisamos devo deveria planejo planejando bora partiu indo tentar tentarei pensando tenho temos have has got
  might may maybe talvez goal meta objetivo wish tomara oxala espero supposed
  would seria gostaria someday algum`);

/** "going to" is future; "going" alone ("going well") is not. Words that need a follower. */
export const FUTURE_NEEDS_NEXT: Record<string, string[]> = {
  going: ['to', 'for'],
  about: ['to'],
  heading: ['to', 'out', 'off'],
  need: ['to'],
  needs: ['to'],
  want: ['to'],
  wants: ['to'],
  // "hope to", "hope i sleep 8 hours", "wish i had": a wish, not a report.
  hope: ['to', 'i', 'we', 'that', 'it', 'my'],
  hoping: ['to', 'i', 'we', 'that', 'it', 'my'],
  wish: ['to', 'i', 'we', 'that', 'my'],
  trying: ['to'],
  try: ['to'],
  remind: ['me'],
  let: ['us'],
  indo: ['pra', 'para', 'pro', 'na', 'no', 'a', 'ao', 'correr', 'caminhar', 'treinar', 'malhar', 'meditar', 'ler', 'estudar', 'dormir'],
  vai: ['ser', 'ter', 'dar', 'rolar'],
  plan: ['to', 'on', 'is'],
  goal: ['is'],
  meta: ['e', 'eh'],
  objetivo: ['e', 'eh'],
  may: ['i', 'go', 'do', 'run', 'read'],
  maybe: ['i', 'later', 'tomorrow', 'tonight'],
  tenho: ['que', 'de'],
  temos: ['que', 'de'],
  have: ['to'],
  has: ['to'],
  got: ['to'],
  planned: ['to'],
  // "i was supposed to do deep work": it did not happen.
  supposed: ['to'],
  // "would be nice to run 10k", "seria bom fazer 100 flexões", "algum dia": a wish.
  would: ['be', 'love', 'like', 'have', 'rather'],
  seria: ['bom', 'legal', 'otimo', 'ideal', 'bacana', 'melhor', 'massa', 'top', 'incrivel', 'perfeito'],
  algum: ['dia'],
};

export const TOTAL_LEADS = set('in no em');

/** Words before a future day that make it what a done thing was for: "plan for tomorrow", "planejamento de amanhã". */
export const FOR_DAY_LEADS = set('for de da do pra para pro');

/** "later", "tonight": future only when nothing in the clause is past tense. */
export const SOFT_FUTURE = set('later tonight soon tarde noite logo depois daqui');

/** Time words that "passado" / "passada" follow as "last" ("mês passado", "sábado passado"). */
export const TIME_NOUNS = set(`
  mes ano semana fim dia vez sabado domingo segunda terca quarta quinta sexta feira noite manha tarde hora horas`);

/** Parts of the day, which may label a clause ("morning: run 5k. evening: pushups"). */
export const DAY_PART_LABELS = set('morning afternoon evening night manha tarde noite madrugada');
/** Words before "noite" / "tarde" that make them "later" ("à noite", "mais tarde", "hoje à noite"). */
export const LATER_LEADS = set('a mais de hoje esta essa nesta nessa pela logo la');

/** Words that say something already happened ("went for a run", "já fiz"). */
export const PAST_MARKERS = set(`
  did went had got took made finished completed done just already managed was were
  fiz fez fui foi tive tomei dei passei terminei completei consegui acabei ja fizemos fomos`);

/** Words that make a skip a doubt ("maybe skip?"), not a decision. */
export const HEDGES = set('if whether should maybe might perhaps wondering talvez devo deveria sera se');
export const HEDGE_PHRASES: string[][] = [['not', 'sure'], ['nao', 'sei'], ['no', 'idea'], ['sem', 'certeza']];

export const SKIP_WORDS = set(`
  skip skipping skipped skips skiping skipp pular pulei pulo pulando pula pulamos pulou pulada pulado folga rest resting rested
  descanso descansar descansando descansei`);

/** Two-word skips: "day off", "rest day", "taking a break". */
export const SKIP_PHRASES: string[][] = [
  ['day', 'off'], ['off', 'day'], ['rest', 'day'], ['take', 'a', 'break'], ['taking', 'a', 'break'], ['pass', 'on'],
  ['passing', 'on'], ['sit', 'out'], ['sitting', 'out'], ['dia', 'de', 'folga'], ['dia', 'de', 'descanso'],
  ['vou', 'passar'], ['nao', 'vai', 'dar'], ['nao', 'vai', 'rolar'], ['today', 'off'], ['taking', 'off'], ['take', 'off'],
  ['a', 'break', 'from'], ['break', 'from'], ['dar', 'uma', 'pausa'], ['dia', 'off'], ['hoje', 'off'], ['put', 'off'], ['putting', 'off'],
];

export const SKIP_PHRASE_WORDS = new Set(SKIP_PHRASES.flat());

/** What may stand beside a skip that names no habit: "skipping everything today", "vou pular hoje". */
export const SKIP_COMPANIONS = set(`
  it this that everything all tudo todos todas isso from de do da to pra para am is will vou going gonna gotta let us
  me going just so think acho`);

export const SLIP_WORDS = set(`
  slipped relapsed relapse caved cheated recai recaida recaidas vacilei escorreguei cedi furei deslizei cai lapsed
  oops ops whoops yikes 😬 slip slips slipup`);

/**
 * Words around a break habit's name that say it happened: counted ("one celsius", "2ª coca",
 * "a few puffs") or winning ("snooze button won", "a soneca ganhou").
 */
export const COUNT_LEADS = set('one another um uma outra outro few couple');
export const WON_WORDS = set('won wins ganhou ganha venceu');

export const SLIP_PHRASES: string[][] = [
  ['gave', 'in'], ['fell', 'off'], ['pisei', 'na', 'bola'], ['chutei', 'o', 'balde'], ['broke', 'my', 'streak'],
];

/** "done", "✅": a log that names no habit. */
export const DONE_WORDS = set(`
  done did finished completed complete check checked feito feita feitos feitas fiz pronto pronta prontos concluido concluida
  concluidos concluidas terminei completei
  cumpri consegui pago paga ✅ ✔ ☑ ✓ 💯`);

export const REASON_MARKERS = set('because since due porque pois devido pq');

/** Words that split a message into clauses. */
export const CONJUNCTIONS = set('and then also plus but mas porem though although e depois tambem or ou nor nem while enquanto afterwards');

/** Conjunctions after which the next clause does not inherit negation or skipping. */
export const CONTRASTS = set('but mas porem though although instead however');

export const SEPARATOR_PUNCT = set(', ; . ! ? : + & / ( ) — – - = ~ *');

export const QUESTION_STARTERS = set(`
  what why how when where who which whats hows should can could would is are do does shall may
  qual quais quando onde quem quanto quantos quantas quanta devo posso sera`);

/** Words that carry no content: a clause made only of these is not a note. */
export const FILLERS = set(`
  lol lmao haha hahaha hehe kk kkk rs rsrs yay woohoo woo yes yeah yep yup ok okay okk nice great awesome cool
  amazing good boa bom otimo top show massa done feito feita pronto finally finalmente today hoje just again too also
  tambem de novo mais uma vez ufa phew boom easy yess ya uhul eba oba aee ae enfim bora vamos ai agora now and e
  the a an so tao muito very really mesmo ja already well bem yay ✅ ✔ ☑ ✓ 🎉 🔥 💪 😅 😄 😊 🙌 👏 👍 😎 🥳 💯 ⭐ 🌟
  😁 😀 ❤ 💚 🏆 🤩 ✨ 😍 !!! hey hi oi ola hello only about like almost nearly approximately around roughly apenas so quase
  cerca uns umas tipo somente exactly exatamente total overall altogether`);

/** Words a terse log may carry besides the habit: "my morning run", "quick meditation session". */
export const TERSE_ALLOWED = set(`
  my the a an some of meu minha o a os as um uma de da do morning evening night afternoon manha tarde noite matinal
  quick long short little good great nice solid quick easy hard rapida rapido longa longo curta curto leve pesado pesada
  session sessao time hora daily diaria diario todays first another more mais outra outro extra again pro
  with com i eu drank drink bebi tomei had for por in em today hoje of d class classes aula aulas lesson lessons
  primeira primeiro year ano week semana month mes on`);

/** "almost done", "quase terminando", "quase fiz": not done yet (a past verb after these did not happen). */
export const UNFINISHED_LEADS = set('almost nearly halfway quase');
export const FINISH_WORDS = set(`
  done finished finishing through complete completed there terminando terminei terminado terminada acabando acabei
  acabado acabada pronto pronta feito feita concluindo concluido concluida`);

/** "100 squats a day", "3x por semana": a rate describes a habit, it does not log one. */
export const RATE_LEADS = set('a an per por each every ao');
export const RATE_PERIODS = set('day dia week semana month mes night noite');
/** "first time in a week", "on a day off", "em uma semana": a period placed in time, not a rate. */
export const NOT_RATE_BEFORE = set('in on for within than em numa num de');
export const NOT_RATE_AFTER = set('ago after later before off atras depois antes');

/** Words after which an "-ed" word is an adjective ("is so overrated", "too tired"), not a past verb. */
export const ADJECTIVE_LEADS = set('is are am be being so too very really kinda quite pretty eh sao ta tao');

/** After a break habit's "-ing" word, words that place it in a moment: "nail biting during the meeting", "roendo unha na reunião". */
export const IN_THE_ACT = set('during at in on while again rn now from with durante na no em enquanto agora dnv de por com');

/** "nail biting: clean today", "cigarro: limpo": a day kept on a break habit, not a slip. */
export const CLEAN_DAY = set('clean sober free limpo limpa sobrio sobria livre');

/** "I read every day": describing a habit, not logging it. */
export const HABITUAL = set('every everyday always usually often normally sempre normalmente geralmente costumo todo todos');
