// The units, which no language owns: what each measures, its size in its dimension's base unit
// (metres, minutes, millilitres, kilograms, 1 for counts and money), and its symbols ("km", "$").
// Each language's words for them are in words/<language>/units.ts.
const w = (words: string): string[] => words.split(/\s+/).filter((word) => word.length > 0);

export type Dimension = 'distance' | 'time' | 'volume' | 'count' | 'money' | 'mass' | 'meters_or_minutes' | 'kilo';

export interface UnitSpec {
  id: string;
  dimension: Dimension;
  factor: number;
  /** For counts: what is counted (pages and reps never convert into each other). */
  countKey?: string;
  symbols: string[];
}

const unit = (id: string, dimension: Dimension, factor: number, symbols: string[], countKey?: string): UnitSpec =>
  countKey === undefined ? { id, dimension, factor, symbols } : { id, dimension, factor, countKey, symbols };
const count = (key: string, symbols: string[] = []): UnitSpec => unit(key, 'count', 1, symbols, key);

export const UNITS: UnitSpec[] = [
  unit('km', 'distance', 1000, w('km kms klm')),
  unit('mi', 'distance', 1609.344, w('mi')),
  unit('m', 'distance', 1, w('mts mt')),
  unit('yd', 'distance', 0.9144, w('yd yds')),
  unit('marathon', 'distance', 42195, []),
  unit('min', 'time', 1, w('min mins mn')),
  unit('h', 'time', 60, w('h hr hrs hs')),
  unit('s', 'time', 1 / 60, w('s sec secs')),
  unit('ml', 'volume', 1, w('ml mls')),
  unit('l', 'volume', 1000, w('l lt lts')),
  unit('glass', 'volume', 250, []),
  unit('bottle', 'volume', 500, []),
  unit('oz', 'volume', 29.5735, w('oz')),
  count('page', w('pg pgs pp p')),
  count('chapter', w('ch')),
  count('book'),
  count('word'),
  count('rep'),
  count('set'),
  count('step'),
  unit('pack', 'count', 20, [], 'cigarette'),
  count('cigarette'),
  count('lesson'),
  count('session'),
  count('time', w('x')),
  unit('money', 'money', 1, w('$ r$ usd brl € eur £ gbp')),
  unit('kg', 'mass', 1, w('kg kgs')),
  unit('lb', 'mass', 0.45359, w('lb lbs')),
  unit('g', 'mass', 0.001, w('g')),
  // A bare "m" is metres or minutes, and a bare "k" a thousand: the habit's own unit decides.
  unit('m?', 'meters_or_minutes', 1, w('m')),
  unit('k', 'kilo', 1000, w('k')),
];
