// Units in English and Portuguese, and conversion into a habit's own target unit
// ("3 miles" on a km habit, "2 litros" on a glasses-of-water habit).
import { normalizeWord } from './normalize.js';
import { roundQuantity } from './numbers.js';
import { extraWords } from './words/index.js';

export type Dimension = 'distance' | 'time' | 'volume' | 'count' | 'money' | 'mass' | 'meters_or_minutes' | 'kilo';

export interface UnitDef {
  id: string;
  dimension: Dimension;
  /** Size in the dimension's base unit: metres, minutes, millilitres, kilograms, 1 for counts and money. */
  factor: number;
  /** For counts: what is counted (pages and reps never convert into each other). */
  countKey?: string;
}

const unit = (id: string, dimension: Dimension, factor: number, countKey?: string): UnitDef =>
  countKey === undefined ? { id, dimension, factor } : { id, dimension, factor, countKey };
const count = (key: string): UnitDef => unit(key, 'count', 1, key);

const DEFINITIONS: [UnitDef, string][] = [
  [unit('km', 'distance', 1000), 'km kms kilometer kilometers kilometre kilometres quilometro quilometros kilometro kilometros klm'],
  [unit('mi', 'distance', 1609.344), 'mi mile miles milha milhas'],
  [unit('m', 'distance', 1), 'meter meters metre metres metro metros mts mt'],
  [unit('yd', 'distance', 0.9144), 'yard yards yd yds'],
  [unit('marathon', 'distance', 42195), 'marathon marathons maratona maratonas'],
  [unit('min', 'time', 1), 'min mins minute minutes minuto minutos mn minutinhos minutinho'],
  [unit('h', 'time', 60), 'h hr hrs hour hours hora horas horinha horinhas hs'],
  [unit('s', 'time', 1 / 60), 's sec secs second seconds segundo segundos seg'],
  [unit('ml', 'volume', 1), 'ml mls milliliter milliliters millilitre millilitres mililitro mililitros'],
  [unit('l', 'volume', 1000), 'l lt lts liter liters litre litres litro litros'],
  [unit('glass', 'volume', 250), 'glass glasses copo copos copao cup cups xicara xicaras caneca canecas mug mugs'],
  [unit('bottle', 'volume', 500), 'bottle bottles garrafa garrafas garrafinha garrafinhas'],
  [unit('oz', 'volume', 29.5735), 'oz ounce ounces'],
  [count('page'), 'page pages pg pgs pp pag pags pagina paginas p'],
  [count('chapter'), 'chapter chapters chap ch capitulo capitulos cap caps'],
  [count('book'), 'book books livro livros'],
  [count('word'), 'word words palavra palavras'],
  [count('rep'), 'rep reps repetition repetitions repeticao repeticoes repeticoes'],
  [count('set'), 'set sets serie series'],
  [count('step'), 'step steps passo passos'],
  [unit('pack', 'count', 20, 'cigarette'), 'pack packs maco macos carteira carteiras'],
  [count('cigarette'), 'cigarette cigarettes cig cigs ciggie ciggies ciggy cigarro cigarros cigarrinho cigarrinhos'],
  [count('lesson'), 'lesson lessons licao licoes aula aulas'],
  [count('session'), 'session sessions sessao sessoes'],
  [count('time'), 'time times vez vezes x'],
  [unit('money', 'money', 1), '$ r$ usd dollar dollars buck bucks real reais brl € eur euro euros £ gbp conto contos pila'],
  [unit('kg', 'mass', 1), 'kg kgs kilo kilos quilo quilos kilogram kilograms quilograma quilogramas'],
  [unit('lb', 'mass', 0.45359), 'lb lbs pound pounds libra libras'],
  [unit('g', 'mass', 0.001), 'g gram grams grama gramas'],
  [unit('m?', 'meters_or_minutes', 1), 'm'],
  [unit('k', 'kilo', 1000), 'k'],
];

// Exercise counts named by the exercise itself: "20 pushups" is 20 reps.
const REP_NOUNS = 'pushup pushups pressup pressups flexao flexoes situp situps squat squats agachamento agachamentos abdominal abdominais burpee burpees pullup pullups barra barras crunch crunches lunge lunges dip dips polichinelo polichinelos';

const LEXICON = new Map<string, UnitDef>();
for (const [def, words] of DEFINITIONS) for (const word of words.split(' ')) LEXICON.set(word, def);
for (const word of REP_NOUNS.split(' ')) LEXICON.set(word, count('rep'));
const BY_ID = new Map(DEFINITIONS.map(([def]) => [def.id, def]));
for (const language of extraWords()) {
  for (const [id, words] of Object.entries(language.units ?? {})) {
    const def = BY_ID.get(id);
    if (def) for (const word of words) if (!LEXICON.has(word)) LEXICON.set(word, def);
  }
  for (const word of language.repNouns ?? []) if (!LEXICON.has(word)) LEXICON.set(word, count('rep'));
}

/** The unit a single normalized word names, if any. */
export function unitOfWord(norm: string): UnitDef | null {
  return LEXICON.get(norm) ?? null;
}

/** Reads a habit's target unit as typed ("pages", "min", "copos", "km"); unknown words count themselves. */
export function parseUnitText(text: string): UnitDef | null {
  const words = text.trim().split(/\s+/).map(normalizeWord).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  for (const word of words) {
    const def = LEXICON.get(word) ?? (text.trim() === '$' ? LEXICON.get('$') : undefined);
    if (def && def.dimension !== 'meters_or_minutes' && def.dimension !== 'kilo') return def;
  }
  if (words[0] === 'm') return LEXICON.get('meter') ?? null;
  return count(singular(words[0] ?? ''));
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Whether a custom word in a message names the same thing as a custom target unit ("sessions" / "session"). */
export function sameCustomUnit(messageWord: string, target: UnitDef): boolean {
  return target.dimension === 'count' && target.countKey === singular(messageWord);
}

/**
 * Converts `value` measured in `from` into `to`. A bare number (`from` null) is taken to be
 * in the target unit already; a habit without a target keeps the number as typed.
 * Returns null when the two cannot be compared (minutes on a km habit).
 */
export function convertQuantity(value: number, from: UnitDef | null, to: UnitDef | null): number | null {
  if (from === null) return value;
  // Without a target, time is kept in minutes and distance in kilometres.
  if (to === null) {
    if (from.dimension === 'time') return roundQuantity(value * from.factor);
    if (from.dimension === 'distance') return roundQuantity((value * from.factor) / 1000);
    return value;
  }
  if (from.dimension === 'meters_or_minutes') {
    if (to.dimension === 'distance') return roundQuantity(value / to.factor);
    if (to.dimension === 'time') return roundQuantity(value / to.factor);
    return null;
  }
  if (from.dimension === 'kilo') {
    if (to.dimension === 'distance') return roundQuantity((value * 1000) / to.factor);
    if (to.dimension === 'count' || to.dimension === 'money') return value * 1000;
    return null;
  }
  // "water x3", "3 vezes": a count of times fits anything counted, glasses included.
  if (from.countKey === 'time' && (to.dimension === 'count' || to.id === 'glass' || to.id === 'bottle')) return value;
  if (from.dimension !== to.dimension) return null;
  if (from.dimension === 'count') {
    if (from.countKey === to.countKey) return roundQuantity((value * from.factor) / to.factor);
    if (from.countKey === 'time' || to.countKey === 'time') return value;
    if (from.countKey === 'rep' && to.countKey !== 'page' && to.countKey !== 'chapter') return value;
    return null;
  }
  return roundQuantity((value * from.factor) / to.factor);
}

/** Whether a quantity in `from` could be expressed in `to` at all. */
export function compatible(from: UnitDef | null, to: UnitDef | null): boolean {
  return from === null || to === null || convertQuantity(1, from, to) !== null;
}
