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

/**
 * The words of the parser's rules (intents, quantities, habit names, other people, dates), read by the
 * logic files through words/rules.ts. Kept apart from the tables above so that adding them changes
 * no word's roles there (index.ts gives a later language's word a role only where the first ones do).
 */
export interface RuleWords {
  /** Contractions and chat shorthand, written out ("didnt" -> "did not", "hj" -> "hoje"). */
  expansions: Record<string, string[]>;
  /** Expansions only when typed with an apostrophe ("I'll", not "ill"). */
  apostropheExpansions: Record<string, string[]>;
  /** Irregular past -> base verb ("wore" -> "wear"). */
  irregularPasts: Record<string, string>;
  /** Word endings, longest first: what stemming strips. */
  suffixes: string[];
  /** Words that name many things, so that one alone is no sure sign of a habit whose name it is only part of ("call" for "Call mom"). */
  genericNameWords: string[];
  /** Query topics ("streaks", "metas"), one list per topic. */
  topicStreaks: string[];
  topicGoals: string[];
  topicWeek: string[];
  topicStats: string[];
  topicToday: string[];
  /** Phrases that take the last entry back ("wrong habit", "foi engano"). */
  undoPhrases: string[][];
  /** Words before a correction ("no, 30", "oops, it was 30"). */
  correctionLeads: string[];
  /** What a correction says was wrong ("wrong number"). */
  wrongThings: string[];
  /** Markers that open a correction on their own ("actually", "quis dizer"). */
  correctionMarkers: string[][];
  /** Markers that open a correction only when a number or a date follows ("it was 30"). */
  weakCorrectionMarkers: string[][];
  /** "how many days without alcohol?", "quantos dias sem álcool?": asking for a count of days is asking for a streak. */
  streakQuestions: string[][];
  /** "how am I doing?", "como estou?". */
  howAmIPhrases: string[][];
  /** Words that ask to see something ("show", "mostra"). */
  askingWords: string[];
  /** Words that may stand beside a bare query topic ("my streaks", "minhas metas"). */
  bareTopicCompanions: string[];
  /** Words a greeting is made of. */
  greetingWords: string[];
  /** Words a greeting starts with. */
  greetingHeads: string[];
  /** Words a thanks is made of. */
  thanksWords: string[];
  /** Words that make a message a thanks. */
  thanksHeads: string[];
  /** Drinking verbs that mean alcohol when nothing drunk follows ("drank on friday", "bebi demais"). */
  drinkingVerbs: string[];
  /** "tomei umas", "had a few": having some of nothing named is drinks. */
  havingVerbs: string[];
  /** "some", "umas": how much of nothing named. */
  someWords: string[];
  /** What may follow drinking with nothing drunk: when, with whom, how much. */
  drinkingCompany: string[];
  /** "no churrasco", "at the bbq": where it was drunk, not what. */
  drinkPlaceLeads: string[];
  /** Articles and possessives after such a place lead. */
  drinkArticles: string[];
  /** "before bed", "antes de dormir": sleep and waking up as a time of day. */
  timeOfDayActivityLeads: string[];
  /** Words that may stand between such a lead and the activity. */
  timeOfDayActivityLinks: string[];
  /** Cheers that look like plans: "bora", "let's go". */
  cheerHeads: string[];
  /** Words a cheer is made of. */
  cheerWords: string[];
  /** Words before a time of day, which is not an amount ("at 7"). */
  timeOfDayLeads: string[];
  /** "around 20", "umas 20". */
  approximateLeads: string[];
  /** Words that make a number a counter, not an amount ("day 12", "lesson 5"). */
  counterLeads: string[];
  /** Words after a number that make it no amount ("3 days", "7 am"). */
  counterUnits: string[];
  /** Words between a number and what it counts ("20 more pushups"). */
  amountFillers: string[];
  /** Sets and rounds ("3 sets of 10"). */
  setWords: string[];
  /** "and a half", "e meia". */
  halfTail: string[];
  /** "only", "só" before an amount. */
  onlyWords: string[];
  /** Ordinary words one typo away from a habit word ("correio" is not "correu"). */
  fuzzyStopwords: string[];
  /** Words of a habit's name that do not say what it is ("daily", "my", "sem"). */
  nameStopwords: string[];
  /** Words of a name that neither say what it is nor tell habits apart. */
  nameFunctionWords: string[];
  /** "Quit drinking", "Parar de beber": a break habit named by drinking alone is about alcohol. */
  drinkingNames: string[];
  /** Adjectives that are also concept words when they come first ("Diário" is a journal). */
  trailingAdjectives: string[];
  /** Articles after a name's first word make that word a verb ("Water the plants"). */
  objectDeterminers: string[];
  /** Words of a goal's title that do not name it. */
  goalTitleStopwords: string[];
  /** Prepositions before a second habit word that make it a place or a time ("ran at the gym"). */
  locationWords: string[];
  /** "ran into", "running late": run idioms. */
  runIdiomNext: string[];
  /** "walked into", "walk me through": walk idioms. */
  walkIdiomNext: string[];
  /** "run app", "conta de água": the habit word names a thing. */
  thingNouns: string[];
  /** "ran to catch the bus": running to get somewhere is not a run. */
  errandWords: string[];
  /** "read your message": reading a message is not the reading habit. */
  messageWords: string[];
  /** Articles and possessives before what was read. */
  objectLeads: string[];
  /** Articles and possessives before a habit word. */
  determiners: string[];
  /** Verbs that carry another activity ("practiced 20 min of spanish"). */
  carrierVerbs: string[];
  /** Possessives that introduce someone else ("my wife"). */
  possessives: string[];
  /** People a possessive can introduce as the one who did it. */
  people: string[];
  /** "he", "ela". */
  thirdPerson: string[];
  /** "my trainer says": what someone else says, not a log. */
  speechVerbs: string[];
  /** Words before the one who speaks. */
  someoneLeads: string[];
  /** Articles that may introduce someone else as the one who did it: "o marido bebeu", "the wife ran". */
  personArticles: string[];
  /** "me and my wife", "eu e minha esposa": the speaker is one of them. */
  speakerAlone: string[];
  /** Negations that may close a clause ("gym? not"). */
  trailingNegations: string[];
  /** "or", "ou", "o": a question's alternatives are all asked ("yoga in the morning or at night?"). */
  alternatives: string[];
  /** "nor", "nem": negations that stay in their clause. */
  keepInClause: string[];
  /** Words that keep a weak correction marker a log ("foi hoje"). */
  logWordsForWeakCorrection: string[];
  /** Short month names that are also common words ("set", "out"). */
  riskyMonthShort: string[];
  /** Parts of a day ("morning", "manhã"). */
  dayParts: string[];
  /** "was gonna", "ia", "iba a": an intention in the past; before turning away, it nearly happened, like "almost". */
  pastIntentions: string[][];
  /** A price that changed ("went up", "subiu", "subió", "prices"): a goal's price moving is no progress towards it. */
  priceChangePhrases: string[][];
  /** After an hour: a morning one ("1am", "2 da manhã", "2 de la madrugada"), and an evening one ("11pm", "11 da noite"). */
  morningMarks: string[][];
  eveningMarks: string[][];
  /** Before an hour: a deadline met ("by 10:30", "antes das 23h", "antes de las 11"), not the hour it happened. */
  deadlineWords: string[];
  /** Imperatives that open a change of a habit's setting: "set yoga to 30 min", "coloca a yoga pra 30", "pon el yoga en 30". */
  settingImperatives: string[];
  /** Accented endings of a first-person or third-person past ("regué", "comí", "subió"), read in the person's own language only. */
  accentedPastEndings: string[];
  /** Words with such an ending that are no past ("café", "aquí"). */
  accentedNotPast: string[];
  /** Words before a numeric date without a year ("on 5/19", "em 19/5", "el 19/5"). */
  numericDateLeads: string[];
  /** "la mañana", "en la mañana": words before a word that is both tomorrow and a part of the day, making it today's part of the day. */
  dayPartArticles: string[];
  /** Words before a short weekday ("on mon"). */
  shortWeekdayPrefixes: string[];
  /** "4 the win": chat digits before these are words. */
  chatDigitNext: string[];
  /** "a day", "a set": an article that counts one. */
  countedAfterArticle: string[];
}

export type LanguageWords = ParserWords & MeaningWords & NumberWords & DateWords & ExtraWords & { rules?: Partial<RuleWords> };
