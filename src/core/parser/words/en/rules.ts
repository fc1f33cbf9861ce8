// English words of the parser's rules, by the logic file that reads them (words/types.ts says
// what each list is). Normalized spellings.
import type { RuleWords } from '../types.js';

const w = (words: string): string[] => words.split(/\s+/).filter((word) => word.length > 0);

export const EN_RULES: RuleWords = {
  // intents.ts
  topicStreaks: w('streak streaks chain row'),
  topicGoals: w('goal goals'),
  topicWeek: w('week weekly'),
  topicStats: w('stats stat statistics score numbers progress summary report month monthly'),
  topicToday: w('today left pending due todo'),
  undoPhrases: [['that', 'was', 'a', 'mistake'], ['take', 'that', 'back'], ['take', 'it', 'back'], ['wrong', 'habit'], ['wrong', 'one'], ['wrong', 'entry'], ['wrong', 'button'], ['my', 'bad'], ['not', 'what', 'i', 'meant'], ['logged', 'by', 'mistake'], ['by', 'mistake'], ['mistake']],
  correctionLeads: w('no nope nah oops sorry wait hmm ah oh my bad wrong typo'),
  wrongThings: w('number amount quantity count date day'),
  correctionMarkers: [['actually'], ['correction'], ['i', 'meant'], ['meant'], ['make', 'that'], ['make', 'it'], ['change', 'that', 'to'], ['change', 'it', 'to'], ['change', 'to'], ['should', 'be'], ['should', 'have', 'been'], ['that', 'should', 'be'], ['it', 'should', 'be'], ['fix', 'it', 'to'], ['fix', 'that', 'to'], ['not', 'that'], ['it', 'was', 'actually'], ['was', 'actually'], ['correct', 'that', 'to']],
  weakCorrectionMarkers: [['it', 'was'], ['it', 'is'], ['that', 'was'], ['that', 'is'], ['was']],
  howAmIPhrases: [['how', 'am', 'i'], ['how', 'i', 'am', 'doing'], ['how', 'is', 'it', 'going', 'with', 'my'], ['how', 'did', 'i', 'do'], ['how', 'have', 'i', 'been'], ['how', 'are', 'my', 'habits'], ['how', 'is', 'my', 'progress'], ['my', 'progress'], ['how', 'are', 'my'], ['progress', 'report'], ['how', 'am', 'i', 'doing'], ['am', 'i', 'doing', 'well'], ['am', 'i', 'on', 'track'], ['how', 'we', 'doing'], ['how', 'are', 'we', 'doing'], ['overall', 'progress']],
  askingWords: w('see check list give tell what how which my'),
  bareTopicCompanions: w('my the a o as all current this'),
  greetingWords: w('hi hello hey heya hiya hola yo sup howdy morning gm gn good afternoon evening night day there coach bot everyone friend buddy e ai bye ate see you cya later whats what up wassup how are doing is it going ciao hallo hii hai welcome back 👋 🙂 😊 ☀'),
  greetingHeads: w('what how e hi hello hey heya hiya hola yo sup howdy morning gm gn good bye whats wassup hii hai ciao 👋'),
  thanksWords: w('thanks thank you thx ty tysm tks cheers appreciate it much so a lot very many 🙏 ❤ ok great awesome man coach bot thankyou'),
  thanksHeads: w('thanks thank thx ty tysm tks cheers appreciate thankyou 🙏'),
  // context-words.ts
  drinkingVerbs: w('drank drinking'),
  havingVerbs: w('had'),
  someWords: w('few some'),
  drinkingCompany: w('on at last with friends too much lot again party night after work as no'),
  drinkPlaceLeads: w('no at in'),
  drinkArticles: w('the a an my o as'),
  timeOfDayActivityLeads: w('before after'),
  timeOfDayActivityLinks: w('i going go to me of the a you'),
  // plans.ts
  cheerHeads: w('lets'),
  cheerWords: w('go goo us let lets come on time baby lesgo letsgo'),
  // quantities.ts
  timeOfDayLeads: w('at as around by til till until before after since'),
  approximateLeads: w('around'),
  counterLeads: w('day week # number level lesson chapter page'),
  counterUnits: w('day days week weeks month months year years am pm oclock %'),
  amountFillers: w('more extra full whole straight'),
  setWords: w('set sets round rounds'),
  halfTail: w('half'),
  onlyWords: w('so just only more another'),
  // habit-profile.ts
  fuzzyStopwords: w('walker started really reader leader smoker coffee booked ledger studio running readed reeled liters litres others better letter matter water waiter wanted walled rested tested treated trained drained sugary cooker cooler studios ready readers runner runners walkers flossy drink'),
  nameStopwords: w('daily every each day days morning evening night nightly my the a an to of for and in at on with from no not quit stop less more go get take have do drink eat avoid cut reduce habit dos das o as e minutes by before until till ate early time'),
  nameFunctionWords: w('the a an my to of for and in at no not quit stop less more do go get take have dos das o as e drink eat habit'),
  drinkingNames: w('drink drinking drinks'),
  trailingAdjectives: w(''),
  objectDeterminers: w('the a an my your o as'),
  // goals.ts
  goalTitleStopwords: w('the a an my for of to o fund goal'),
  // mentions.ts
  locationWords: w('at in to from after before during no with the my a o'),
  runIdiomNext: w('into out late errands away'),
  walkIdiomNext: w('into away out through me you'),
  thingNouns: w('app apps shoes shoe sneakers watch tracker playlist gear clothes teacher bill instructor mat membership professor'),
  errandWords: w('catch get grab bus train subway metro uber'),
  messageWords: w('message messages msg msgs text texts email emails reply comment comments dm dms chat whatsapp'),
  objectLeads: w('your the my his her their that this all a o as'),
  determiners: w('my the a an some o as'),
  carrierVerbs: w('wrote write writing practiced practised practice studied study'),
  // subject.ts
  possessives: w('my our his her their your'),
  people: w('wife husband bf gf boyfriend girlfriend partner fiance fiancee spouse hubby roommate roomie flatmate housemate friend friends buddy bestie bff sister brother sis bro mom mum mother dad father parents son daughter kid kids baby cousin aunt uncle grandma grandpa coworker colleague coworkers colleagues boss neighbor neighbour teammate crush'),
  thirdPerson: w('he she they'),
  speechVerbs: w('says said thinks thought told tells recommends recommended suggests suggested'),
  someoneLeads: w('my the our his her their o a'),
  speakerAlone: w('me i'),
  // analyze.ts
  trailingNegations: w('not no nope nah'),
  // clauses.ts
  keepInClause: w('nor'),
  // correction.ts
  logWordsForWeakCorrection: w('today'),
  // dates.ts
  riskyMonthShort: w('set mar ago may out jun jul'),
  dayParts: w('morning afternoon evening night'),
  shortWeekdayPrefixes: w('on last past this next no'),
  // normalize.ts
  chatDigitNext: w('the my ur your a an me'),
  countedAfterArticle: w('day week month night time hour minute second set rep round'),
};
