// What people call common habits, in English and Brazilian Portuguese, with the verb
// forms they log them with ("ran", "corri", "meditei"). A habit belongs to a concept when
// its name uses one of these words, so "corri 5 km" finds a habit called "Run" or "Corrida".
// Words are normalized (lower case, no accents); multi-word forms are glued ("fio dental" ->
// "fiodental") because the matcher also tries adjacent words glued together.

import { addedWords, extraWords } from './words/index.js';

export type Tense = 'past' | 'base' | 'ger' | 'noun';

interface ConceptSpec {
  id: string;
  past?: string;
  base?: string;
  ger?: string;
  noun?: string;
  emoji?: string;
  /** Concepts this one stands in for when the person has no habit of its own kind. */
  related?: string[];
  /** Something people try to do less of: logging it is a slip. */
  vice?: boolean;
}

const SPECS: ConceptSpec[] = [
  { id: 'run', past: 'ran runned jogged sprinted corri correu corremos corrido runned', base: 'run runs jog jogs correr corro corre', ger: 'running jogging correndo runnin', noun: 'run runs corrida corridas jog cooper longao', emoji: '🏃 👟' },
  { id: 'walk', past: 'walked hiked strolled caminhei caminhou andei passeei trilhei', base: 'walk walks hike stroll caminhar andar passear', ger: 'walking hiking caminhando andando passeando', noun: 'walk walks hike caminhada caminhadas passeio trilha steps passos volta voltinha', emoji: '🚶 🥾', related: ['run'] },
  { id: 'pushups', noun: 'pushup pushups pressup pressups flexao flexoes flexaodebraco flexoesdebraco', emoji: '' },
  { id: 'situps', noun: 'situp situps crunch crunches abdominal abdominais abs', related: ['workout'] },
  { id: 'squats', noun: 'squat squats agachamento agachamentos', related: ['workout'] },
  { id: 'pullups', noun: 'pullup pullups chinup chinups barrafixa barras', related: ['workout'] },
  { id: 'plank', noun: 'plank planks prancha pranchas', related: ['workout'] },
  { id: 'workout', past: 'workedout trained exercised lifted treinei treinou malhei malhou exercitei levantei', base: 'workout exercise lift treinar malhar exercitar', ger: 'workingout training exercising lifting treinando malhando', noun: 'gym workout workouts academia treino treinos musculacao weights exercise exercises exercicio exercicios crossfit legday puxeiferro puxarferro puxandoferro pumpediron pumpingiron', emoji: '🏋 💪' },
  { id: 'yoga', noun: 'yoga ioga', emoji: '🧘', related: ['stretch'] },
  { id: 'stretch', past: 'stretched alonguei alongou', base: 'stretch alongar', ger: 'stretching alongando', noun: 'stretches alongamento alongamentos', emoji: '🤸', related: ['yoga'] },
  { id: 'swim', past: 'swam nadei nadou', base: 'swim nadar', ger: 'swimming nadando', noun: 'natacao swim', emoji: '🏊' },
  { id: 'row', past: 'rowed remei remou', base: 'remar', ger: 'rowing remando', noun: 'rower rowers erg ergs ergometer rowingmachine remo', emoji: '🚣', related: ['workout'] },
  { id: 'bike', past: 'biked cycled rode pedalei pedalou', base: 'bike cycle pedalar', ger: 'biking cycling pedalando', noun: 'bike bicicleta bicycle pedal ride', emoji: '🚴 🚲' },
  { id: 'read', past: 'read li leu lemos lido lida lidos lidas', base: 'read reads ler leio', ger: 'reading lendo', noun: 'reading leitura leituras book books livro livros chapter chapters capitulo capitulos audiobook', emoji: '📚 📖 📕 📗 📘' },
  { id: 'study', past: 'studied estudei estudou estudamos revised revisei', base: 'study studies estudar estudo estuda', ger: 'studying estudando', noun: 'study estudos', emoji: '🎓 🧑‍🎓' },
  { id: 'meditate', past: 'meditated meditei meditou meditamos', base: 'meditate meditates meditar medito medita', ger: 'meditating meditando', noun: 'meditation meditations meditacao meditacoes mindfulness breathwork', emoji: '🧘 🪷 🕉' },
  { id: 'water', past: 'hydrated hidratei', base: 'hydrate hidratar', noun: 'water agua dagua h2o hydration hidratacao', emoji: '💧 🚰 💦' },
  { id: 'journal', past: 'journaled journalled', base: 'journal', ger: 'journaling journalling', noun: 'journal diary diario journaling', emoji: '📓 📔', related: ['write'] },
  { id: 'write', past: 'wrote escrevi escreveu', base: 'write writes escrever escrevo', ger: 'writing escrevendo', noun: 'writing escrita', emoji: '✍ 📝', related: ['journal'] },
  { id: 'floss', past: 'flossed', base: 'floss flosses', ger: 'flossing', noun: 'floss fiodental fio', emoji: '🦷' },
  { id: 'teeth', past: 'brushed escovei', base: 'brush escovar', noun: 'teeth dentes', related: ['floss'] },
  { id: 'smoking', vice: true, past: 'smoked fumei fumou', base: 'smoke smokes fumar fumo fuma', ger: 'smoking fumando', noun: 'cigarette cigarettes cig cigs ciggie ciggies ciggy cigarro cigarros cigarrinho tobacco tabaco fumada fumadinha tragada tragadas', emoji: '🚬', related: ['vape'] },
  { id: 'vape', vice: true, past: 'vaped vapei', base: 'vape', ger: 'vaping', noun: 'vape vapes pod pods juul puff puffs', related: ['smoking'] },
  { id: 'sugar', vice: true, noun: 'sugar sugary sweets candy candies dessert desserts chocolate chocolates cake cakes cookie cookies donut donuts doughnut doughnuts icecream soda sodas brownie brownies pastry candybar acucar doce doces docinho docinhos sobremesa sobremesas bolo bolos brigadeiro brigadeiros sorvete sorvetes refrigerante refri coke coca cocacola pepsi sprite fanta guarana biscoito biscoitos bolacha bolachas pudim torta', emoji: '🍫 🍰 🍩 🍪 🍬 🍭 🎂 🍦 🧁 🍨' },
  { id: 'alcohol', vice: true, noun: 'alcohol booze beer beers wine wines cocktail cocktails vodka whisky whiskey gin tequila rum champagne drinks cerveja cervejas breja brejas cervejinha cervejinhas chopp chope chopinho vinho vinhos alcool caipirinha cachaca pinga birita bebida bebidas drinque drinques espumante', emoji: '🍺 🍻 🍷 🍸 🥃 🍹' },
  { id: 'junkfood', vice: true, noun: 'junkfood fastfood junk burger burgers fries mcdonalds pizza besteira besteiras porcaria porcarias fritura frituras', emoji: '🍔 🍟 🍕', related: ['takeout'] },
  { id: 'takeout', vice: true, noun: 'takeout takeouts takeaway takeaways delivery deliveries ifood ubereats doordash grubhub deliveroo rappi aiqfome', emoji: '🛵 🥡', related: ['junkfood'] },
  { id: 'socialmedia', vice: true, past: 'scrolled doomscrolled', ger: 'scrolling doomscrolling', noun: 'socialmedia instagram insta tiktok twitter facebook reels redessociais redesocial', emoji: '📱', related: ['screen'] },
  // Time on a phone or a screen, which people count in hours: "3h on my phone", "5h de tela".
  { id: 'screen', vice: true, noun: 'screen screens screentime phone phones smartphone celular celulares cel tela telas youtube netflix', emoji: '📱', related: ['socialmedia'] },
  { id: 'nailbiting', vice: true, past: 'bit roi roeu', base: 'bite bites roer roo', ger: 'biting roendo', noun: 'nailbiting onychophagia' },
  { id: 'energydrink', vice: true, noun: 'energydrink energydrinks monster monsters redbull redbulls celsius celsiuses rockstar bangenergy preworkout energetico energeticos', emoji: '⚡', related: ['coffee', 'sugar'] },
  { id: 'shopping', vice: true, past: 'ordered bought shopped comprei comprou compramos', base: 'shop buy comprar', ger: 'shopping buying comprando', noun: 'amazon temu shein shopee aliexpress ebay etsy mercadolivre magalu haul compras comprinhas impulsebuy', emoji: '🛍 🛒' },
  { id: 'snooze', vice: true, past: 'snoozed', base: 'snooze', ger: 'snoozing', noun: 'snooze snoozes snoozebutton soneca sonecas', emoji: '⏰' },
  { id: 'coffee', vice: true, noun: 'coffee coffees cafe cafes cafezinho espresso', emoji: '☕' },
  { id: 'sleep', past: 'slept dormi dormiu', base: 'sleep dormir durmo', ger: 'sleeping dormindo', noun: 'sleep sono bedtime inbed tobed asleep', emoji: '😴 🛌' },
  // "waking up" is its own verb, not a typo of "walking".
  { id: 'wake', past: 'wokeup woke acordei', base: 'wakeup wake acordar', ger: 'wakingup waking acordando', noun: 'earlyrise', emoji: '⏰' },
  { id: 'sun', past: 'sunbathed', noun: 'sun sunlight sunshine sunbath sunbathing sol solzinho solzao banhodesol', emoji: '☀ 🌞 🌅' },
  { id: 'coldshower', noun: 'coldshower coldshowers banhogelado banhofrio banhosgelados', emoji: '🚿' },
  { id: 'vitamins', noun: 'vitamin vitamins vitamina vitaminas supplement supplements suplemento suplementos pills pill remedio remedios medication meds creatina creatine', emoji: '💊' },
  { id: 'language', noun: 'duolingo spanish english french german italian japanese ingles espanhol frances alemao italiano japones language languages idioma idiomas', emoji: '🗣' },
  { id: 'music', past: 'practiced practised pratiquei', noun: 'piano guitar violao guitarra ukulele violin violino drums bateria', emoji: '🎹 🎸 🎻 🥁 🎵' },
  { id: 'code', past: 'coded programei codei', base: 'code program programar', ger: 'coding programming programando', noun: 'leetcode programacao', emoji: '💻' },
  { id: 'pray', past: 'prayed rezei orei', base: 'pray rezar orar', ger: 'praying rezando orando', noun: 'prayer prayers oracao oracoes terco bible biblia devotional devocional scripture scriptures psalm psalms proverbs genesis exodus salmo salmos proverbios genesis evangelho gospel gospels' },
  { id: 'gratitude', noun: 'gratitude gratidao grateful thankful grato grata' },
  {
    id: 'clean',
    past: 'cleaned tidied vacuumed hoovered mopped swept scrubbed limpei arrumei faxinei aspirei varri esfreguei',
    base: 'clean tidy vacuum hoover mop limpar arrumar aspirar varrer',
    ger: 'cleaning tidying vacuuming hoovering mopping sweeping limpando arrumando aspirando varrendo',
    noun: 'faxina limpeza chores housework aspirador passeipano',
  },
  { id: 'sport', past: 'dancei surfei escalei', ger: 'dancing surfing climbing dancando', noun: 'futebol soccer football tennis tenis basketball basquete volei volleyball padel beachtennis golf boxe boxing jiujitsu judo karate surf escalada danca dance', emoji: '⚽ 🎾 🏀 🏐 🥊 🏄', related: ['workout'] },
  { id: 'cook', past: 'cooked cozinhei', base: 'cook cozinhar', ger: 'cooking cozinhando', noun: 'mealprep' , emoji: '🍳' },
];

export interface ConceptHit {
  concept: string;
  tense: Tense;
}

/** Every word of the lexicon, with the concepts it names and how (verb tense or noun). */
export function buildConceptIndex(): Map<string, ConceptHit[]> {
  const index = new Map<string, ConceptHit[]>();
  const add = (word: string, hit: ConceptHit): void => {
    if (word.length === 0) return;
    const hits = index.get(word) ?? [];
    if (!hits.some((h) => h.concept === hit.concept)) hits.push(hit);
    index.set(word, hits);
  };
  for (const spec of SPECS) {
    for (const tense of ['past', 'base', 'ger', 'noun'] as const) {
      for (const word of (spec[tense] ?? '').split(' ')) add(word, { concept: spec.id, tense });
    }
    for (const emoji of (spec.emoji ?? '').split(' ')) add(firstCodePoint(emoji), { concept: spec.id, tense: 'noun' });
  }
  for (const language of extraWords()) {
    for (const [concept, tenses] of Object.entries(language.concepts ?? {})) {
      for (const tense of ['past', 'base', 'ger', 'noun'] as const) for (const word of tenses[tense] ?? []) add(word, { concept, tense });
    }
  }
  return index;
}

export function isVice(concept: string): boolean {
  return SPECS.find((s) => s.id === concept)?.vice === true;
}

export function relatedConcepts(concept: string): string[] {
  return SPECS.find((s) => s.id === concept)?.related ?? [];
}

function firstCodePoint(text: string): string {
  const cp = text.codePointAt(0);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** Verbs that say something was done without naming what ("did", "fiz", "finished"). */
export const GENERIC_PAST_VERBS = new Set([
  'did', 'done', 'finished', 'completed', 'complete', 'went', 'had', 'got', 'took', 'made', 'ate', 'drank',
  'practiced', 'practised', 'played', 'managed', 'hit', 'crushed', 'smashed', 'knocked', 'nailed', 'logged',
  'fiz', 'fez', 'feito', 'feita', 'fui', 'tive', 'tomei', 'dei', 'passei', 'terminei', 'completei', 'conclui',
  'concluido', 'concluida', 'consegui', 'acabei', 'comi', 'bebi', 'joguei', 'bati', 'mandei', 'cumpri', 'check',
  'checked', 'tick', 'ticked', 'tomado', 'tomada', 'tomados', 'tomadas', 'escrito', 'put', 'pedi', 'pediu', 'pedimos',
  ...addedWords('genericPastVerbs'),
]);

/** Words for drinking and eating: they point at water or at a food habit only through what follows. */
export const INTAKE_VERBS = new Set(['drank', 'drink', 'drinking', 'bebi', 'beber', 'bebendo', 'tomei', 'tomar', 'had', 'ate', 'eat', 'comi', 'comer']);
