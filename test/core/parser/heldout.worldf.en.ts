// World F, English: typical messages to a habit bot, written blind (before reading the parser
// or its other tables) and committed before being run. Today is Friday 2025-11-14:
// yesterday/Thu = -1, Wed = -2, Tue = -3, Mon = -4, Sun = -5, last Sat = -6.
// Habits: see heldout.world-f.ts (run in miles, squats, reading pages, meditate minutes,
// water in oz, journaling, skincare, gym, steps, sleep hours, French, vitamins, and the break
// habits no vaping, no alcohol, social media).
import type { HeldoutRow } from './heldout.fixture.js';
import { ANY, AMBIGUOUS, done, fix, goal, log, NOT_LOG, query, skip, slip, UNDO } from './heldout.fixture.js';

/** A remark or detail that may or may not be kept as a note: the note is not checked. */
const anyNote = { note: undefined };

export const HELDOUT_WORLDF_EN: HeldoutRow[] = [
  // --- single logs: running (target 3 miles)
  ['ran 3 miles', log(done('run', 3))],
  ['Ran 5k this morning', log(done('run', [3.11, 5]))],
  ['just got back from a 2.5 mile run', log(done('run', 2.5))],
  ['run done 🏃', log(done('run'))],
  ['went for a run last night, about 4 miles', log(done('run', 4, { day: -1 }))],
  ['ran two miles on tuesday', log(done('run', 2, { day: -3 }))],
  ['jogged for 30 min', log(done('run', ANY))],
  ['ran 3 miles 2 days ago', log(done('run', 3, { day: -2 }))],
  ['ran 6.2 miles!! new PR', log(done('run', 6.2, anyNote))],
  ['ran 4 miles, felt amazing', log(done('run', 4, { note: true }))],
  ['went running', log(done('run'))],
  ['ran 3mi 🥵', log(done('run', 3))],

  // --- squats (target 50 reps)
  ['did 50 squats', log(done('squats', 50))],
  ['squats x 40', log(done('squats', 40))],
  ['3 sets of 20 squats', log(done('squats', 60))],
  ['a hundred squats done!', log(done('squats', 100))],
  ['did my squats yesterday', log(done('squats', null, { day: -1 }))],
  ['did 60 squats the day before yesterday', log(done('squats', 60, { day: -2 }))],
  ['did forty squats', log(done('squats', 40))],
  ['knocked out 75 squats', log(done('squats', 75))],
  ['squats: 30', log(done('squats', 30))],
  ['did my 50 sqauts', log(done('squats', 50))],

  // --- reading (target 20 pages)
  ['read 25 pages', log(done('read', 25))],
  ['Read thirty pages last night', log(done('read', 30, { day: -1 }))],
  ['finished a chapter of my book', log(done('read', ANY))],
  ['read for 20 minutes before bed', log(done('read', ANY))],
  ['reading ✅', log(done('read'))],
  ['got through 15 pages on the train', log(done('read', 15, anyNote))],
  ['read 10 pages on sunday', log(done('read', 10, { day: -5 }))],
  ['read 12 pages during lunch', log(done('read', 12, anyNote))],
  ['read 20 pages, really good book', log(done('read', 20, anyNote))],

  // --- meditation (target 10 minutes)
  ['meditated 10 minutes', log(done('meditate', 10))],
  ['meditated for half an hour', log(done('meditate', 30))],
  ['20 min meditation this morning', log(done('meditate', 20))],
  ['did a 5-minute meditation on headspace', log(done('meditate', 5, anyNote))],
  ['meditation done', log(done('meditate'))],
  ['meditated 15 mins on monday', log(done('meditate', 15, { day: -4 }))],
  ['meditated for 10 min last saturday', log(done('meditate', 10, { day: -6 }))],
  ['Just meditated for ten minutes', log(done('meditate', 10))],
  ['meditated 10 min — mind was all over the place', log(done('meditate', 10, { note: true }))],
  ['meditated for an hour', log(done('meditate', 60))],

  // --- water (target 64 oz)
  ['drank 32 oz of water', log(done('water', 32))],
  ['had 3 glasses of water', log(done('water', ANY))],
  ['drank 2 bottles of water today', log(done('water', ANY))],
  ['water 💧 64oz', log(done('water', 64))],
  ['finished my water goal', log(done('water', ANY))],
  ['drank a liter of water', log(done('water', ANY))],
  ['drank 16oz water', log(done('water', 16))],
  ['water: 48 oz', log(done('water', 48))],

  // --- journaling, skincare, vitamins (no target)
  ['journaled', log(done('journal'))],
  ['wrote in my journal last night', log(done('journal', null, { day: -1 }))],
  ['journal entry done ✍️', log(done('journal'))],
  ['journaled for 10 minutes', log(done('journal', ANY))],
  ['did my skincare', log(done('skincare'))],
  ['AM skincare ✅', log(done('skincare', null, anyNote))],
  ['skincare done last night', log(done('skincare', null, { day: -1 }))],
  ['took my vitamins', log(done('vitamins'))],
  ['vitamins ✔️', log(done('vitamins'))],
  ['took vitamin D and magnesium this morning', log(done('vitamins', null, anyNote))],
  ['took my vitamins on wednesday', log(done('vitamins', null, { day: -2 }))],

  // --- gym (no target)
  ['hit the gym', log(done('gym'))],
  ['went to the gym this morning', log(done('gym'))],
  ['leg day done 💪', log(done('gym', null, anyNote))],
  ['worked out for an hour', log(done('gym', ANY))],
  ['gym yesterday', log(done('gym', null, { day: -1 }))],
  ['finally hit the gym after work', log(done('gym', null, anyNote))],

  // --- steps (target 10000)
  ['walked 12,000 steps', log(done('steps', 12000))],
  ['hit 10k steps', log(done('steps', 10000))],
  ['8500 steps today', log(done('steps', 8500))],
  ['got 9.2k steps yesterday', log(done('steps', 9200, { day: -1 }))],
  ['steps done 👟', log(done('steps'))],
  ['Yesterday: 10,500 steps', log(done('steps', 10500, { day: -1 }))],
  ['walked 6000 steps this morning', log(done('steps', 6000))],

  // --- sleep (target 8 hours); the day of "last night" is debatable
  ['slept 7 hours', log(done('sleep', 7))],
  ['slept 7 and a half hours last night', log(done('sleep', 7.5, { day: undefined }))],
  ['got 8 hrs of sleep', log(done('sleep', 8))],
  ['only 6h sleep', log(done('sleep', 6, anyNote))],
  ['slept like 9 hours lol', log(done('sleep', 9, anyNote))],
  ['slept 6 hours, kept waking up', log(done('sleep', 6, { note: true }))],
  ['Slept 8h', log(done('sleep', 8))],

  // --- French (target 15 min)
  ['did 15 min of french', log(done('french', 15))],
  ['duolingo done', log(done('french', ANY))],
  ['finished my french lesson', log(done('french', ANY))],
  ['20 minutes of French on Duolingo', log(done('french', 20, anyNote))],
  ['practiced french for half an hour yesterday', log(done('french', 30, { day: -1 }))],

  // --- several habits in one message
  ['ran 3 miles and did 50 squats', log(done('run', 3), done('squats', 50))],
  ['read 20 pages and meditated 10 min', log(done('read', 20), done('meditate', 10))],
  ['vitamins ✅ skincare ✅ water ✅', log(done('vitamins'), done('skincare'), done('water', ANY))],
  ['gym + 11k steps today', log(done('gym'), done('steps', 11000))],
  ['journaled and took my vitamins', log(done('journal'), done('vitamins'))],
  ['slept 7 hours, then did 15 min of french', log(done('sleep', 7, { day: undefined }), done('french', 15))],
  ['yesterday I ran 2 miles and read 30 pages', log(done('run', 2, { day: -1 }), done('read', 30, { day: -1 }))],
  ['meditation 10 min, journal done, 64 oz water', log(done('meditate', 10), done('journal'), done('water', 64))],
  ['hit the gym and did 100 squats after', log(done('gym'), done('squats', 100))],
  ['walked 9000 steps and drank 40 oz of water', log(done('steps', 9000), done('water', 40))],
  ['duolingo and reading done', log(done('french', ANY), done('read'))],

  // --- skips, mostly with a reason
  ['skipping the gym today, my back hurts', log(skip('gym', { reason: true }))],
  ["skip run today, it's pouring", log(skip('run', { reason: true }))],
  ['taking a rest day from running, knee is sore', log(skip('run', { reason: true }))],
  ['skipping meditation tonight, too tired', log(skip('meditate', { reason: true }))],
  ['skip reading today', log(skip('read', { reason: false }))],
  ['skipped squats yesterday, legs were sore', log(skip('squats', { day: -1, reason: true }))],
  ['day off from french today, traveling', log(skip('french', { reason: true }))],
  ['skipped the gym on wednesday because I was sick', log(skip('gym', { day: -2, reason: true }))],

  // --- slips on break habits
  ['had 2 beers', log(slip('alcohol', 2))],
  ['had a glass of wine with dinner', log(slip('alcohol', ANY))],
  ['drank last night at the party', log(slip('alcohol', ANY, { day: -1 }))],
  ['had a couple of cocktails on wednesday', log(slip('alcohol', ANY, { day: -2 }))],
  ['vaped today 😞', log(slip('vape', ANY))],
  ['slipped and hit the vape a few times', log(slip('vape', ANY))],
  ['caved and vaped on saturday', log(slip('vape', ANY, { day: -6 }))],
  ['spent 2 hours on tiktok', log(slip('social', [120, 2]))],
  ['scrolled instagram for 45 min', log(slip('social', 45))],
  ['doomscrolled for like an hour last night', log(slip('social', ANY, { day: -1 }))],

  // --- undo
  ['undo', UNDO],
  ['oops, delete that', UNDO],
  ['wrong habit, remove the last one', UNDO],
  ['cancel that last log', UNDO],

  // --- corrections of the last log
  ['actually it was 4 miles', fix(4)],
  ['sorry I meant 35 pages', fix(35)],
  ['no wait, it was 12 not 20', fix(12)],
  ['that was yesterday, not today', fix(undefined, -1)],
  ['correction: 45 squats', fix(45)],

  // --- goal progress (Pay off credit card, $)
  ['put $200 toward my credit card', goal('card', 200)],
  ['paid 150 on the card yesterday', goal('card', 150, -1)],
  ['another $75 to the credit card 💳', goal('card', 75)],
  ['made a $300 credit card payment', goal('card', 300)],

  // --- queries
  ['how am I doing this week?', query()],
  ['show my streaks', query()],
  ['stats', query()],
  ["what's left for today?", query()],

  // --- could be several habits
  ['did 20 min', AMBIGUOUS],
  ['got 30 minutes in', AMBIGUOUS],

  // --- writes nothing: plans, wishes, negations, questions, small talk, others, kept days
  ['gonna run tomorrow morning', NOT_LOG],
  ['I should read more', NOT_LOG],
  ["didn't make it to the gym today", NOT_LOG],
  ["didn't meditate yesterday 😕", NOT_LOG],
  ['how many squats should I do a day?', NOT_LOG],
  ['hi', NOT_LOG],
  ['good morning!', NOT_LOG],
  ['thanks!', NOT_LOG],
  ['my wife ran a half marathon today', NOT_LOG],
  ['running in the cold is the worst lol', NOT_LOG],
  ['I want to start meditating every day', NOT_LOG],
  ['no vape today 💪', NOT_LOG],
  ['stayed sober all weekend', NOT_LOG],
  ['zero social media yesterday, proud of myself', NOT_LOG],
  ['I usually drink 64 oz a day', NOT_LOG],
  ["if I sleep 8 hours tonight I'll be a new person", NOT_LOG],
  ['will do my skincare later', NOT_LOG],
  ['my buddy did 200 squats lol', NOT_LOG],
  ['is 3 miles a good distance for beginners?', NOT_LOG],
  ['ok', NOT_LOG],
  ['lol', NOT_LOG],
  ['what time should I go to bed?', NOT_LOG],
  ['I hate leg day', NOT_LOG],
  ['reading is my favorite part of the day', NOT_LOG],
  ['planning to hit 10k steps tomorrow', NOT_LOG],
  ["haven't had a drink in 30 days!", NOT_LOG],
  ['thinking about learning Spanish too', NOT_LOG],
  ['how do I delete a habit?', NOT_LOG],
  ["tomorrow I'll do 50 squats", NOT_LOG],
  ['would love to meditate but no time', NOT_LOG],
];
