// World G, English: typical messages to a habit bot, written blind (before reading the parser
// or its other tables) and committed before being run. Today is Tuesday 2026-03-10:
// yesterday/Mon = -1, Sun = -2, Sat = -3, Fri = -4, Thu = -5, Wed = -6; "on tuesday" = today.
// Habits: see heldout.world-g.ts (running in km, push-ups, reading pages, meditation minutes,
// water in liters, cycling km, plank minutes, piano minutes, clean the house, call mom,
// stretching, and the break habits No smoking, No sugar, Coffee at most 2 cups).
import type { HeldoutRow } from './heldout.fixture.js';
import { ANY, AMBIGUOUS, done, fix, goal, log, NOT_LOG, query, skip, slip, UNDO } from './heldout.fixture.js';

/** A remark or detail that may or may not be kept as a note: the note is not checked. */
const anyNote = { note: undefined };

export const HELDOUT_WORLDG_EN: HeldoutRow[] = [
  // --- running (target 5 km)
  ['ran 5k', log(done('run', 5))],
  ['ran 6 km this morning', log(done('run', 6))],
  ['went for a 3.5 km run', log(done('run', 3.5))],
  ['run ✅', log(done('run'))],
  ['ran 8km yesterday', log(done('run', 8, { day: -1 }))],
  ['ran 4 km on saturday', log(done('run', 4, { day: -3 }))],
  ['did a 10k run on sunday morning', log(done('run', 10, { day: -2 }))],
  ['ran 5 kilometers 3 days ago', log(done('run', 5, { day: -3 }))],
  ['ran 7km, legs are dead', log(done('run', 7, { note: true }))],
  ['jogged for 40 minutes', log(done('run', ANY))],
  ['went running after work', log(done('run', null, anyNote))],
  ['ran five km', log(done('run', 5))],
  ['ran 5km this mornign', log(done('run', 5, anyNote))],

  // --- push-ups (target 40 reps)
  ['did 40 pushups', log(done('pushups', 40))],
  ['push-ups: 30', log(done('pushups', 30))],
  ['4 sets of 15 push ups', log(done('pushups', 60))],
  ['did fifty pushups', log(done('pushups', 50))],
  ['did my pushups yesterday', log(done('pushups', null, { day: -1 }))],
  ['25 pushups on friday', log(done('pushups', 25, { day: -4 }))],
  ['did 40 pushps', log(done('pushups', 40))],
  ['another 20 pushups', log(done('pushups', 20))],
  ['did 40 pushups on tuesday', log(done('pushups', 40, { day: 0 }))],
  ['knocked out 100 push-ups 💪', log(done('pushups', 100))],

  // --- reading (target 30 pages)
  ['read 30 pages', log(done('read', 30))],
  ['read 45 pages last night', log(done('read', 45, { day: -1 }))],
  ['finished two chapters of my book', log(done('read', ANY))],
  ['read for an hour', log(done('read', ANY))],
  ['reading done 📚', log(done('read'))],
  ['read 20 pages on the bus', log(done('read', 20, anyNote))],
  ['red 30 pages', log(done('read', 30))],
  ['read 12 pages on thursday', log(done('read', 12, { day: -5 }))],
  ["read 50 pages, couldn't put it down", log(done('read', 50, { note: true }))],

  // --- meditation (target 15 min)
  ['meditated 15 minutes', log(done('meditate', 15))],
  ['meditated for 20 min', log(done('meditate', 20))],
  ['10 min meditation before bed', log(done('meditate', 10, anyNote))],
  ['meditation ✅', log(done('meditate'))],
  ['meditated half an hour on wednesday', log(done('meditate', 30, { day: -6 }))],
  ['meditaed 15 min', log(done('meditate', 15))],
  ['did a 12-minute guided meditation', log(done('meditate', 12, anyNote))],

  // --- water (target 2 liters); milliliters may be kept as ml or turned into liters
  ['drank 2 liters of water', log(done('water', [2, 2000]))],
  ['drank 500ml of water', log(done('water', [0.5, 500]))],
  ['had 4 glasses of water', log(done('water', ANY))],
  ['water: 1.5L', log(done('water', [1.5, 1500]))],
  ['hit my water goal 💧', log(done('water', ANY))],
  ['drank a liter of water yesterday', log(done('water', [1, 1000], { day: -1 }))],
  ['drnk 2L water', log(done('water', [2, 2000]))],
  ['another liter of water', log(done('water', [1, 1000]))],

  // --- cycling (target 20 km)
  ['cycled 20 km', log(done('cycle', 20))],
  ['rode my bike 15km', log(done('cycle', 15))],
  ['biked 32 km on sunday', log(done('cycle', 32, { day: -2 }))],
  ['went for a bike ride', log(done('cycle'))],
  ['cycling ✅ 25 km', log(done('cycle', 25))],
  ['bike ride for an hour yesterday', log(done('cycle', ANY, { day: -1 }))],

  // --- plank (target 3 min)
  ['held a plank for 2 minutes', log(done('plank', 2))],
  ['3 min plank', log(done('plank', 3))],
  ['planked 90 seconds', log(done('plank', [1.5, 90]))],
  ['plank done', log(done('plank'))],
  ['did my plank on friday, 4 minutes', log(done('plank', 4, { day: -4 }))],

  // --- piano (target 20 min)
  ['practiced piano for 30 minutes', log(done('piano', 30))],
  ['piano 20 min', log(done('piano', 20))],
  ['played piano for an hour yesterday', log(done('piano', 60, { day: -1 }))],
  ['piano practice done 🎹', log(done('piano'))],
  ['practised piano 25 mins the day before yesterday', log(done('piano', 25, { day: -2 }))],
  ['pianno 20 min', log(done('piano', 20))],

  // --- clean the house, call mom, stretching (no target)
  ['cleaned the house', log(done('clean'))],
  ['deep cleaned the apartment on saturday', log(done('clean', null, { day: -3, note: undefined }))],
  ['house cleaning done 🧹', log(done('clean'))],
  ['vacuumed and mopped the whole place', log(done('clean', null, anyNote))],
  ['called mom', log(done('call'))],
  ['talked to my mom on the phone for an hour', log(done('call', ANY, anyNote))],
  ['facetimed my mother yesterday', log(done('call', null, { day: -1 }))],
  ['called my mum on sunday', log(done('call', null, { day: -2 }))],
  ['stretched for 10 minutes', log(done('stretch', ANY))],
  ['did my stretches', log(done('stretch'))],
  ['stretching done before bed', log(done('stretch', null, anyNote))],
  ['streched last night', log(done('stretch', null, { day: -1 }))],

  // --- several habits in one message
  ['ran 5k and did 40 pushups', log(done('run', 5), done('pushups', 40))],
  ['read 30 pages and meditated 15 min', log(done('read', 30), done('meditate', 15))],
  ['stretching ✅ plank ✅ pushups ✅', log(done('stretch'), done('plank'), done('pushups'))],
  ['yesterday I cycled 20km and practiced piano for 20 minutes', log(done('cycle', 20, { day: -1 }), done('piano', 20, { day: -1 }))],
  ['called mom and cleaned the house', log(done('call'), done('clean'))],
  ['meditation 15 min, 2L water, read 30 pages', log(done('meditate', 15), done('water', [2, 2000]), done('read', 30))],
  ['ran 6km then stretched', log(done('run', 6), done('stretch'))],
  ['did 3 min plank and 50 push-ups on monday', log(done('plank', 3, { day: -1 }), done('pushups', 50, { day: -1 }))],
  ['piano and reading done', log(done('piano'), done('read'))],
  ['biked 15 km to work and drank a liter of water', log(done('cycle', 15, anyNote), done('water', [1, 1000]))],

  // --- one habit on two days in one message
  ['did 20 pushups yesterday and 30 today', log(done('pushups', 20, { day: -1 }), done('pushups', 30))],
  ['read 15 pages on sunday and 25 on monday', log(done('read', 15, { day: -2 }), done('read', 25, { day: -1 }))],
  ['meditated yesterday and today', log(done('meditate', null, { day: -1 }), done('meditate'))],
  ['ran 5km saturday and 8km sunday', log(done('run', 5, { day: -3 }), done('run', 8, { day: -2 }))],

  // --- almost gave up, but did it
  ['almost skipped piano but practiced 20 min', log(done('piano', 20))],
  ['nearly bailed on my run but went, 5k', log(done('run', 5))],

  // --- skips with a reason (a refusal with a reason is a skip the bot asks about), and one without
  ['skipping the run today, my knee hurts', log(skip('run', { reason: true }))],
  ['skip piano today', log(skip('piano', { reason: false }))],
  ['skipped meditation yesterday, was sick', log(skip('meditate', { day: -1, reason: true }))],
  ['taking a rest day from cycling, legs are sore', log(skip('cycle', { reason: true }))],
  ['no run today, too tired', log(skip('run', { reason: true }))],
  ['no pushups today, shoulder is hurting', log(skip('pushups', { reason: true }))],
  ['skipped plank on friday because I was traveling', log(skip('plank', { day: -4, reason: true }))],
  ["can't do piano today, at a wedding all day", log(skip('piano', { reason: true }))],
  ["didn't read yesterday, had a migraine", log(skip('read', { day: -1, reason: true }))],

  // --- slips on break habits
  ['smoked 2 cigarettes', log(slip('smoking', 2))],
  ['had a cigarette after lunch', log(slip('smoking', [1, null], anyNote))],
  ['smoked last night at the bar 😞', log(slip('smoking', ANY, { day: -1, note: undefined }))],
  ['caved and smoked on saturday', log(slip('smoking', ANY, { day: -3 }))],
  ['ate a slice of cake', log(slip('sugar', ANY))],
  ['had ice cream last night', log(slip('sugar', ANY, { day: -1 }))],
  ['ate 3 cookies at work', log(slip('sugar', ANY, anyNote))],
  ['slipped on sugar today, a whole chocolate bar', log(slip('sugar', ANY, anyNote))],
  ['had 3 coffees today', log(slip('coffee', 3))],
  ['4 cups of coffee yesterday 😬', log(slip('coffee', 4, { day: -1 }))],
  ['had another coffee', log(slip('coffee', 1))],

  // --- clean days on break habits: nothing to write
  ['no cigarettes today 💪', NOT_LOG],
  ["didn't smoke yesterday", NOT_LOG],
  ['zero sugar today', NOT_LOG],
  ['no coffee today', NOT_LOG],
  ['a whole week smoke free!', NOT_LOG],

  // --- undo
  ['undo', UNDO],
  ['scratch that', UNDO],
  ['delete the last entry', UNDO],
  ['oops wrong habit, undo that', UNDO],

  // --- corrections of the last log
  ['actually it was 6 km', fix(6)],
  ['I meant 35 pages', fix(35)],
  ['make that 25', fix(25)],
  ['sorry, that was on sunday not today', fix(undefined, -2)],
  ['correction: 45 pushups', fix(45)],

  // --- goal progress (Emergency fund, $)
  ['put $100 into my emergency fund', goal('fund', 100)],
  ['saved 50 bucks for the emergency fund yesterday', goal('fund', 50, -1)],
  ['added another $200 to the emergency fund', goal('fund', 200)],
  ['emergency fund +75', goal('fund', 75)],

  // --- queries
  ['how am I doing this week?', query()],
  ['show my streaks', query()],
  ['what do I still have to do today?', query()],
  ['how many km did I run this month?', query()],

  // --- could be several habits (minutes: meditation, plank, piano; km: running, cycling)
  ['did 20 minutes', AMBIGUOUS],
  ['did 10 km', AMBIGUOUS],

  // --- writes nothing: negations of other habits (with "No smoking" / "No sugar" around)
  ["didn't run today", NOT_LOG],
  ["didn't do my pushups today", NOT_LOG],
  ["haven't meditated yet", NOT_LOG],
  ["didn't read at all yesterday", NOT_LOG],
  ['never made it to piano practice today', NOT_LOG],
  ["I didn't call mom this week", NOT_LOG],
  ["didn't stretch today 😕", NOT_LOG],

  // --- writes nothing: target and setting changes
  ['change my water target to 3 liters', NOT_LOG],
  ['set my pushups goal to 50 reps', NOT_LOG],
  ['make running 4 times a week', NOT_LOG],
  ['rename piano to piano practice', NOT_LOG],
  ['I want my reading target to be 40 pages', NOT_LOG],
  ['pause cycling for two weeks', NOT_LOG],

  // --- writes nothing: money that is not the goal
  ['spent $40 on a new yoga mat', NOT_LOG],
  ['paid 60 bucks for my piano lesson', NOT_LOG],
  ['the gym costs 30 a month', NOT_LOG],
  ['spent 50 from savings', NOT_LOG],

  // --- writes nothing: plans and wishes
  ['gonna run 10k tomorrow', NOT_LOG],
  ["I'll do my pushups later", NOT_LOG],
  ['planning to cycle 50 km on saturday', NOT_LOG],
  ['tomorrow I will read 40 pages', NOT_LOG],
  ['I wish I could meditate every day', NOT_LOG],
  ['want to start playing piano again', NOT_LOG],
  ['I should really drink more water', NOT_LOG],

  // --- writes nothing: other people, or someone else than mom
  ['my sister ran 10k today', NOT_LOG],
  ['my husband smoked 3 cigarettes on the balcony', NOT_LOG],
  ['my friend did 100 pushups lol', NOT_LOG],
  ['called my dad', NOT_LOG],

  // --- writes nothing: questions
  ['is 5k a day too much?', NOT_LOG],
  ['should I stretch before or after running?', NOT_LOG],
  ['how many pushups should a beginner do?', NOT_LOG],
  ['how do I add a new habit?', NOT_LOG],
  ['does coffee break a fast?', NOT_LOG],

  // --- writes nothing: small talk, opinions, hypotheticals, the past
  ['hey', NOT_LOG],
  ['good night!', NOT_LOG],
  ['thank you 🙏', NOT_LOG],
  ['lol', NOT_LOG],
  ['running in the rain is the best', NOT_LOG],
  ['I love sugar so much haha', NOT_LOG],
  ['cleaning is so boring', NOT_LOG],
  ['if I run 5k tomorrow do I get a badge?', NOT_LOG],
  ['I used to smoke a pack a day', NOT_LOG],
];
