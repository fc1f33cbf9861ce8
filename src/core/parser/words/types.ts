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
