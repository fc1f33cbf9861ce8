// English words for the units (words/units.ts lists them), and exercises counted in reps ("20 pushups").
import type { UnitWords } from '../types.js';

const w = (words: string): string[] => words.split(/\s+/).filter((word) => word.length > 0);

export const EN_UNITS: UnitWords = {
  km: w('kilometer kilometers kilometre kilometres'),
  mi: w('mile miles'),
  m: w('meter meters metre metres'),
  yd: w('yard yards'),
  marathon: w('marathon marathons'),
  min: w('minute minutes'),
  h: w('hour hours'),
  s: w('second seconds'),
  ml: w('milliliter milliliters millilitre millilitres'),
  l: w('liter liters litre litres'),
  glass: w('glass glasses cup cups mug mugs'),
  bottle: w('bottle bottles'),
  oz: w('ounce ounces'),
  page: w('page pages'),
  chapter: w('chapter chapters chap'),
  book: w('book books'),
  word: w('word words'),
  rep: w('rep reps repetition repetitions'),
  set: w('set sets'),
  step: w('step steps'),
  pack: w('pack packs'),
  cigarette: w('cigarette cigarettes cig cigs ciggie ciggies ciggy'),
  lesson: w('lesson lessons'),
  session: w('session sessions'),
  time: w('time times'),
  money: w('dollar dollars buck bucks euro euros'),
  kg: w('kilo kilos kilogram kilograms'),
  lb: w('pound pounds'),
  g: w('gram grams'),
};

export const EN_REP_NOUNS = w('pushup pushups pressup pressups situp situps squat squats burpee burpees pullup pullups crunch crunches lunge lunges dip dips');
