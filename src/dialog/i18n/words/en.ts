import type { DialogWords } from './types.js';

export const wordsEn: DialogWords = {
  yes: ['yes', 'y', 'yep', 'yeah', 'sure', 'ok', 'confirm'],
  no: ['no', 'n', 'nope', 'nah', 'cancel'],
  cancel: ['cancel', 'stop', 'quit', 'exit'],
  skip: ['skip', 'next', "don't know", 'dont know', '-'],
  done: ['done', "that's all", 'thats all', 'no', 'nope', 'finish', 'ok'],
  off: ['off', 'none', 'no', 'nope', 'disable', 'turn off'],
  noDeadline: ['none', 'no deadline'],
  languageNames: ['en', 'english', 'en-us', 'en-gb'],
  personalities: { sergeant: 'general', master: 'yoda' },
  midnight: ['midnight'],
  weekdays: {
    mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3, thu: 4, thur: 4, thurs: 4, thursday: 4,
    fri: 5, friday: 5, sat: 6, saturday: 6, sun: 7, sunday: 7,
  },
  counts: { once: 1, one: 1, twice: 2, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 },
  commands: {},
};
