// English parser words added for issue 16 (wrong writes and misses). Normalized spellings.
import type { ParserWords } from './types.js';

export const EN_WORDS: ParserWords = {
  nameNegations: ['no', 'not', 'never', 'zero', 'without', 'quit', 'stop', 'avoid'],
  settingNouns: ['target', 'targets', 'goal', 'goals', 'reminder', 'reminders', 'frequency', 'schedule', 'name', 'unit'],
  changeVerbs: ['change', 'set', 'update', 'raise', 'lower', 'increase', 'decrease', 'bump', 'make', 'adjust', 'edit', 'rename', 'move', 'reduce'],
  settingCopulas: ['be', 'is', 'now', 'becomes', 'become', 'stays', 'remains'],
  moneyWords: ['dollar', 'dollars', 'buck', 'bucks', 'usd', 'eur', 'euro', 'euros', 'pound', 'pounds', 'savings', 'budget', 'money', 'cash', 'bank', 'account'],
  spendingVerbs: ['spent', 'spend', 'spending', 'withdrew', 'withdraw', 'cost', 'costs', 'wasted', 'blew'],
  paymentVerbs: ['paid', 'pay', 'paying', 'pays', 'bought', 'buy', 'tipped'],
  personWords: [
    'mom', 'mum', 'mother', 'mama', 'mommy', 'momma', 'dad', 'father', 'papa', 'daddy', 'pops', 'parents', 'folks', 'family',
    'grandma', 'grandpa', 'granny', 'nana', 'grandmother', 'grandfather', 'sister', 'sis', 'brother', 'bro', 'wife', 'husband',
    'son', 'daughter', 'aunt', 'uncle', 'cousin', 'friend', 'boss', 'girlfriend', 'boyfriend', 'partner', 'kids',
  ],
  almost: ['almost', 'nearly'],
  turnAwayVerbs: ['bailed', 'bail', 'skipped', 'skip', 'quit', 'gave', 'ditched', 'flaked', 'missed', 'canceled', 'cancelled', 'blew'],
  runningOut: ['ran out', 'run out', 'running out', 'runs out', 'used up', 'all out of', 'fresh out of'],
  quantityLinks: ['of', 'my', 'the', 'a', 'more', 'another', 'extra', 'total', 'in', 'reps', 'rep', 'for', 'on'],
  anotherOne: ['another'],
  moreWords: ['more'],
  placeLeads: ['at', 'in'],
  articles: ['the', 'a', 'an', 'my', 'our'],
  modifierLinks: ['of'],
  lastWeekdayWords: ['last', 'past'],
  nameWordSynonyms: [
    ['call', 'called', 'rang', 'ring', 'phoned', 'phone', 'facetimed', 'facetime', 'videocalled'],
    ['mom', 'mum', 'mother', 'mama', 'mommy', 'momma'],
    ['dad', 'father', 'papa', 'daddy', 'pops'],
    ['parents', 'folks'],
    ['gym', 'workout', 'exercise', 'training', 'trained', 'lifted', 'lifting'],
  ],
  nameWordCovers: { parents: ['mom', 'mum', 'mother', 'mama', 'mommy', 'dad', 'father', 'papa', 'daddy'], family: ['mom', 'mum', 'mother', 'dad', 'father', 'parents'] },
};
