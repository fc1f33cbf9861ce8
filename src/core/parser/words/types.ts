// The shape of one language's parser word tables (normalized: lower case, no accents). Words
// only: the rules that use them live in the logic files.
export interface ParserWords {
  /** Words that make a break habit's name a "not doing" ("No smoking", "Não fumar"): not words of what it is. */
  nameNegations: string[];
  /** What a person changes about a habit ("target", "meta"): a clause about them is a setting, not a log. */
  settingNouns: string[];
  /** Verbs that change a setting ("change", "set", "muda"). */
  changeVerbs: string[];
  /** Words that state a setting's value right before it: "my reading target is now 40", "minha meta agora é 40". */
  settingCopulas: string[];
  /** Words that make a number an amount of money ("bucks", "reais", "savings"). */
  moneyWords: string[];
  /** Verbs of spending money ("spent", "gastei"): spending is nobody's progress. */
  spendingVerbs: string[];
  /** Verbs of paying for something ("paid", "comprei"): with a money word, what is paid for is not done. */
  paymentVerbs: string[];
  /** People a habit's name may be about ("Call mom"): calling another one is not that habit. */
  personWords: string[];
  /** "almost", "quase": what follows nearly happened. */
  almost: string[];
  /** Verbs of turning away from something ("bailed", "desisti"), which "almost" before them undoes. */
  turnAwayVerbs: string[];
  /**
   * Phrases of running out of something, space-separated ("ran out of", "acabou o"): a clause with
   * one says a thing was lacking (a skip's reason), not that what it names was done.
   */
  runningOut: string[];
  /** Words that may stand between a habit word and its bare number ("did my 20 pushups", "flexões: 20"). */
  quantityLinks: string[];
  /** "another", "outra": one more of a counted thing, like "a". */
  anotherOne: string[];
  /** "more", "mais": before "a"/"um" ("mais um café"), one more of a counted thing. */
  moreWords: string[];
  /** "no apê", "at the park": a place after the habit is a detail of it (read in the person's language only). */
  placeLeads: string[];
  /** Articles and possessives between a place word and its place ("at the park", "no meu apê"). */
  articles: string[];
  /** Words joining a kind word to what it is of: "treino de violão", "session of yoga". */
  modifierLinks: string[];
  /** "last", "passada": a weekday that is today, said with these, is a week back. */
  lastWeekdayWords: string[];
  /** Words that stand for each other in a habit's name, one group per concept: "rang" or "phoned" for "call". */
  nameWordSynonyms: string[][];
  /** Narrower words that count for a wider name word: "mom" or "dad" for "parents" (not the other way). */
  nameWordCovers: Record<string, string[]>;
}

/**
 * The small words that decide what a message means (not which habit): negation, plans, skips,
 * slips, questions, reasons, fillers. One language's share of each; vocabulary.ts merges them.
 */
export interface MeaningWords {
  negations: string[];
  /** What may stand beside a negation that says nothing more: "not yet". */
  bareNegationCompanions: string[];
  /** "stayed off my phone": a verb of staying, then a word of distance. */
  keptClearOf: string[];
  keptClearVerbs: string[];
  /** "not bad", "no problem": a negative word that negates nothing. */
  negationIdioms: string[][];
  /** Words that make a clause about the future: a plan, not a log. */
  futureMarkers: string[];
  /** Future markers that need one of these next ("going to", not "going well"). */
  futureNeedsNext: Record<string, string[]>;
  totalLeads: string[];
  forDayLeads: string[];
  softFuture: string[];
  timeNouns: string[];
  dayPartLabels: string[];
  laterLeads: string[];
  pastMarkers: string[];
  hedges: string[];
  hedgePhrases: string[][];
  skipWords: string[];
  skipPhrases: string[][];
  skipCompanions: string[];
  slipWords: string[];
  countLeads: string[];
  wonWords: string[];
  slipPhrases: string[][];
  doneWords: string[];
  reasonMarkers: string[];
  conjunctions: string[];
  contrasts: string[];
  questionStarters: string[];
  fillers: string[];
  terseAllowed: string[];
  unfinishedLeads: string[];
  finishWords: string[];
  rateLeads: string[];
  ratePeriods: string[];
  notRateBefore: string[];
  notRateAfter: string[];
  adjectiveLeads: string[];
  inTheAct: string[];
  cleanDay: string[];
  habitual: string[];
}

/** Number words: composed as units, tens, hundreds and multipliers ("vinte e cinco", "two hundred"). */
export interface NumberWords {
  numberUnits: Record<string, number>;
  numberTens: Record<string, number>;
  numberHundreds: Record<string, number>;
  numberMultipliers: Record<string, number>;
  /** "half", "meia": a half, alone or after a number. */
  halfWords: string[];
  /** "a", "um": one only when a unit follows. */
  weakOne: string[];
  /** "twenty and five", "vinte e cinco", "treinta y cinco": the word joining number words. */
  numberJoiners: string[];
}

/** Date words. Weekdays and months are listed in order (Monday first, January first). */
export interface DateWords {
  weekdays: string[][];
  /** Short forms that are also common words: read only after a weekday prefix. */
  weekdayAbbreviations: string[][];
  /** Short forms that are no other word: read anywhere. */
  unmistakableWeekdayShort: string[];
  months: string[][];
  monthAbbreviations: string[][];
  weekdayPrefixes: string[];
  yesterday: string[];
  today: string[];
  tomorrow: string[];
  dayBeforeYesterday: string[];
  /** "há 2 dias", "hace 2 días": the word before an amount of days back. */
  agoLeads: string[];
  /** "2 days ago", "2 dias atrás": the word after it. */
  agoTails: string[];
  /** After a weekday: "segunda passada", "el lunes pasado". */
  lastAfterWeekday: string[];
}

export type Tense = 'past' | 'base' | 'ger' | 'noun';

/** Concept id (words/concepts.ts) -> a language's words for it by tense ("run": { past: ['corri'] }). */
export type ConceptWords = Record<string, Partial<Record<Tense, string[]>>>;

/** Unit id (words/units.ts) -> a language's words for it ("glass": ['vaso', 'vasos']). */
export type UnitWords = Record<string, string[]>;

/** A language's words for habit concepts and units, and the verbs around them. */
export interface ExtraWords {
  concepts: ConceptWords;
  /** Words for drinking and eating: they point at water or at a food habit only through what follows. */
  intakeVerbs?: string[];
  units: UnitWords;
  /** Exercises counted in reps ("flexiones"). */
  repNouns: string[];
  /** Verbs that say something was done without naming what ("hice", "usé"). */
  genericPastVerbs?: string[];
  /** "undo", "deshacer", and the words that may stand beside it ("deshaz eso"). */
  undoVerbs?: string[];
  undoCompanions?: string[];
  /** Verbs of progress towards a goal ("ahorré 250"), and those of them that move money or mass. */
  goalProgressVerbs?: string[];
  goalMoneyVerbs?: string[];
  goalMassVerbs?: string[];
}

export type LanguageWords = ParserWords & MeaningWords & NumberWords & DateWords & ExtraWords;
