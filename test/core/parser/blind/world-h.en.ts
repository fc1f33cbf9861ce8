// World H, English. Written BLIND on 2026-12-08: without reading the parser (src/core/parser/,
// apart from its result types) or its phrasing and regression tables, and committed before
// being run. Expectations are what a careful human assistant would do.
// Today is Thursday 2026-05-21: yesterday/Wed = -1, Tue = -2, Mon = -3, Sun = -4, Sat = -5,
// Fri = -6; "last night" = -1; 5/19 = -2; the 18th = -3.
// Habits: see world-h.ts (walking in steps, swimming laps, yoga min, Study French min,
// journaling, vitamins, floss, sleep by 11pm, water glasses, gym [workout, lifting], squats reps,
// water the plants, meal prep, budget review; break: No alcohol, No sweets, Coffee at most 2 cups).
// Goal: New laptop ($).
import type { HeldoutRow } from '../heldout.fixture.js';
import { ANY, AMBIGUOUS, done, fix, goal, log, NOT_LOG, query, skip, slip, UNDO } from '../heldout.fixture.js';

/** A remark or detail that may or may not be kept as a note: the note is not checked. */
const anyNote = { note: undefined };
/** A slip "a beer", "a donut": one, or no count. */
const one = [1, null];

export const BLIND_WORLD_H_EN: HeldoutRow[] = [
  // --- walking (target 8000 steps)
  ['walked 9000 steps', log(done('walk', 9000))],
  ['10k steps today 🚶', log(done('walk', 10000))],
  ['walked 12,500 steps yesterday', log(done('walk', 12500, { day: -1 }))],
  ['went for a walk after dinner', log(done('walk', null, anyNote))],
  ['took a long walk on the beach', log(done('walk', null, anyNote))],
  ['walkd 7500 steps', log(done('walk', 7500, anyNote))],
  ['8k steps on monday', log(done('walk', 8000, { day: -3 }))],
  ['walked ten thousand steps', log(done('walk', 10000))],
  ['walked 4 miles', log(done('walk', ANY))],
  ['hit my step goal ✅', log(done('walk', ANY, anyNote))],
  ['walked 6000 steps on 5/19', log(done('walk', 6000, { day: -2 }))],

  // --- swimming (target 20 laps)
  ['swam 20 laps', log(done('swim', 20))],
  ['🏊 24 laps this morning', log(done('swim', 24))],
  ['swam 30 laps yesterday', log(done('swim', 30, { day: -1 }))],
  ['did laps at the pool', log(done('swim', null, anyNote))],
  ['swim done', log(done('swim'))],
  ['swam 1 km', log(done('swim', ANY))],
  ['swam for 45 min on sunday', log(done('swim', ANY, { day: -4 }))],
  ['16 lapz at the Y', log(done('swim', 16, anyNote))],
  ['swam yesterday and today', log(done('swim', null, { day: -1 }), done('swim', null, { day: 0 }))],
  ['nearly bailed on swimming but got in the pool', log(done('swim', null, anyNote))],

  // --- yoga (target 20 min)
  ['did 30 min of yoga', log(done('yoga', 30))],
  ['yoga ✅', log(done('yoga'))],
  ['yoga for an hour', log(done('yoga', 60))],
  ['half an hour of yoga on tuesday', log(done('yoga', 30, { day: -2 }))],
  ['did a 20 minute yoga flow', log(done('yoga', 20, anyNote))],
  ['yoga mon and wed', log(done('yoga', null, { day: -3 }), done('yoga', null, { day: -1 }))],
  ['did yoga 2 days ago', log(done('yoga', null, { day: -2 }))],
  ['yoga class 60 min 🧘‍♀️', log(done('yoga', 60, anyNote))],
  ['was gonna skip yoga but did 15 min', log(done('yoga', 15, anyNote))],

  // --- Study French (target 15 min)
  ['studied french for 20 min', log(done('french', 20))],
  ['duolingo french 15 min', log(done('french', 15, anyNote))],
  ['did my french lesson', log(done('french', null, anyNote))],
  ['practiced french yesterday for half an hour', log(done('french', 30, { day: -1 }))],
  ['french ✅', log(done('french'))],
  ['french vocab 10 mins', log(done('french', 10, anyNote))],

  // --- journaling
  ['journaled', log(done('journal'))],
  ['wrote in my journal', log(done('journal'))],
  ['wrote in my diary last night', log(done('journal', null, { day: -1 }))],
  ['journaling done ✍️', log(done('journal'))],
  ['jounraled before bed', log(done('journal', null, anyNote))],

  // --- vitamins
  ['took my vitamins', log(done('vitamins'))],
  ['vitamins ✅', log(done('vitamins'))],
  ['took my multivitamin this morning', log(done('vitamins', null, anyNote))],
  ['took my vitamns yesterday', log(done('vitamins', null, { day: -1, ...anyNote }))],

  // --- floss
  ['flossed', log(done('floss'))],
  ['flossed last night', log(done('floss', null, { day: -1 }))],
  ['floss done 🦷', log(done('floss'))],
  ['flosed', log(done('floss', null, anyNote))],

  // --- sleep by 11pm (a time is not a quantity to check)
  ['in bed by 10:30', log(done('sleep', ANY, anyNote))],
  ['slept before 11 last night', log(done('sleep', ANY, { day: -1, ...anyNote }))],
  ['lights out at 10:45 😴', log(done('sleep', ANY, anyNote))],

  // --- water (target 8 glasses)
  ['drank 8 glasses of water', log(done('water', 8))],
  ['6 glasses of water', log(done('water', 6))],
  ['another glass of water', log(done('water', 1))],
  ['water ✅', log(done('water'))],
  ['had 3 glasses of water yesterday', log(done('water', 3, { day: -1 }))],
  ['drank 2 liters of water', log(done('water', ANY))],
  ['chugged a bottle of water', log(done('water', ANY, anyNote))],

  // --- water the plants
  ['watered the plants', log(done('plants'))],
  ['watered my plants yesterday', log(done('plants', null, { day: -1 }))],
  ['plants watered 🪴', log(done('plants'))],

  // --- gym (taught synonyms: workout, lifting)
  ['hit the gym', log(done('gym'))],
  ['gym ✅', log(done('gym'))],
  ['worked out', log(done('gym'))],
  ['did my workout yesterday', log(done('gym', null, { day: -1 }))],
  ['leg day done 🦵', log(done('gym', null, anyNote))],
  ['lifted for an hour', log(done('gym', ANY))],
  ['went to the gym on saturday', log(done('gym', null, { day: -5 }))],
  ['pumped some iron after work', log(done('gym', null, anyNote))],
  ['did a 45 min workout', log(done('gym', ANY))],
  ['almost skipped the gym but went anyway 💪', log(done('gym', null, anyNote))],

  // --- squats (target 50 reps)
  ['did 50 squats', log(done('squats', 50))],
  ['squats: 60', log(done('squats', 60))],
  ['3 sets of 20 squats', log(done('squats', 60))],
  ['another 20 squats', log(done('squats', 20))],
  ['did 40 squats yesterday and 50 today', log(done('squats', 40, { day: -1 }), done('squats', 50, { day: 0 }))],
  ['did fourty squats', log(done('squats', 40, anyNote))],
  ['30 squats on friday', log(done('squats', 30, { day: -6 }))],

  // --- meal prep, budget review
  ['meal prepped for the week', log(done('mealprep', null, anyNote))],
  ['prepped my lunches for the week', log(done('mealprep', null, anyNote))],
  ['did meal prep on sunday', log(done('mealprep', null, { day: -4 }))],
  ['did my budget review', log(done('budget'))],
  ['went through my budget for the month', log(done('budget', null, anyNote))],

  // --- several habits in one message
  ['yoga, flossed and took vitamins', log(done('yoga'), done('floss'), done('vitamins'))],
  ['walked 9k steps, drank 6 glasses of water and journaled', log(done('walk', 9000), done('water', 6), done('journal'))],
  ['gym + 50 squats', log(done('gym'), done('squats', 50))],
  ['swam 20 laps and did 15 min of french', log(done('swim', 20), done('french', 15))],
  ['vitamins and floss ✅✅', log(done('vitamins'), done('floss'))],
  ['yesterday: yoga 20 min, 10k steps', log(done('yoga', 20, { day: -1 }), done('walk', 10000, { day: -1 }))],
  ['watered the plants and drank 8 glasses', log(done('plants'), done('water', 8))],

  // --- skips with reasons
  ['skip swimming today, pool is closed', log(skip('swim', { reason: true }))],
  ["skipping the gym, I'm sick", log(skip('gym', { reason: true }))],
  ['skip yoga today', log(skip('yoga'))],
  ['skipped french yesterday, too busy with work', log(skip('french', { day: -1, reason: true }))],
  ['skip meal prep this week, eating at my parents', log(skip('mealprep', { reason: true }))],
  ['skip floss tonight', log(skip('floss'))],
  ['no squats today, knee is acting up', log(skip('squats', { reason: true }))],

  // --- slips on break habits and the at-most habit
  ['had a beer', log(slip('alcohol', one))],
  ['had 2 beers at the game', log(slip('alcohol', 2, anyNote))],
  ['drank 2 glasses of wine', log(slip('alcohol', 2))],
  ['had a couple drinks last night', log(slip('alcohol', ANY, { day: -1 }))],
  ['had a glass of wine with dinner on saturday', log(slip('alcohol', one, { day: -5, ...anyNote }))],
  ['caved and had ice cream 🍦', log(slip('sweets', ANY, anyNote))],
  ['ate a donut at work', log(slip('sweets', one, anyNote))],
  ['had some chocolate yesterday', log(slip('sweets', ANY, { day: -1 }))],
  ['3 coffees today 😬', log(slip('coffee', 3))],
  ['another coffee', log(slip('coffee', 1))],
  ['only had 1 coffee today', log(slip('coffee', 1))],
  ['drank 4 cups of coffee yesterday', log(slip('coffee', 4, { day: -1 }))],
  ['slipped', AMBIGUOUS],

  // --- undo and corrections
  ['undo', UNDO],
  ['oops undo that', UNDO],
  ['delete the last one', UNDO],
  ['wrong habit, remove it', UNDO],
  ['no wait, it was 25', fix(25)],
  ['actually that was yesterday', fix(undefined, -1)],
  ['sorry, 12 laps not 20', fix(12)],
  ['I meant 7000 steps', fix(7000)],

  // --- goal progress (New laptop, $)
  ['saved $200 for the laptop', goal('laptop', 200)],
  ['put 50 bucks in the laptop fund', goal('laptop', 50)],
  ['saved 120 yesterday', goal('laptop', 120, -1)],
  ['+$75 laptop', goal('laptop', 75)],
  ['added $300 to laptop savings on monday', goal('laptop', 300, -3)],

  // --- questions about stats and streaks
  ["what's my streak?", query('streaks')],
  ['how am I doing', query('how_am_i')],
  ["what's left for today", query('today')],
  ['how was my week?', query('week')],
  ['show me my stats', query('stats')],
  ['how close am I to the laptop?', query('goals')],
  ['how many days without alcohol?', query()],

  // --- NOT_LOG: negations of build habits (must not become a slip on No alcohol / No sweets)
  ["didn't swim today", NOT_LOG],
  ["didn't go to the gym today", NOT_LOG],
  ["didn't floss last night", NOT_LOG],
  ["haven't done yoga yet", NOT_LOG],
  ['didnt take my vitamins 🙄', NOT_LOG],
  ["I didn't journal yesterday", NOT_LOG],
  ['forgot to water the plants', NOT_LOG],
  ["didn't drink enough water today", NOT_LOG],
  ['never made it to the pool', NOT_LOG],
  ["couldn't do my squats", NOT_LOG],
  ["haven't walked at all today", NOT_LOG],
  ['went to bed at 1am again lol', NOT_LOG],

  // --- NOT_LOG: a break habit kept
  ['no alcohol today 💪', NOT_LOG],
  ['no sweets all week!', NOT_LOG],
  ["didn't drink last night", NOT_LOG],
  ['zero coffee today', NOT_LOG],
  ['said no to dessert 😇', NOT_LOG],

  // --- NOT_LOG: plans and wishes
  ['going to swim later', NOT_LOG],
  ['gonna hit the gym after work', NOT_LOG],
  ["I'll do yoga tonight", NOT_LOG],
  ['planning to meal prep on sunday', NOT_LOG],
  ["tomorrow I'll walk 10k steps", NOT_LOG],
  ['I want to read more this year', NOT_LOG],
  ['should probably floss more lol', NOT_LOG],
  ['need to drink more water', NOT_LOG],
  ['hoping to swim 30 laps this week', NOT_LOG],

  // --- NOT_LOG: other people's activity
  ['my wife walked 15k steps today', NOT_LOG],
  ['my roommate did 100 squats lol', NOT_LOG],
  ['my husband had 3 beers', NOT_LOG],
  ['my son went swimming with his class', NOT_LOG],

  // --- NOT_LOG: money that is not the goal
  ['spent $40 on groceries', NOT_LOG],
  ['paid $60 for my gym membership', NOT_LOG],
  ['laptop prices went up $100 ugh', NOT_LOG],
  ['bought a $30 yoga mat', NOT_LOG],

  // --- NOT_LOG: settings and target changes
  ['change my water target to 10 glasses', NOT_LOG],
  ['set yoga to 30 min', NOT_LOG],
  ['make squats 60 reps', NOT_LOG],
  ['move swimming to tuesdays and thursdays', NOT_LOG],
  ['remind me to take vitamins at 8am', NOT_LOG],
  ['pause the gym habit for 2 weeks', NOT_LOG],
  ['rename floss to flossing', NOT_LOG],

  // --- NOT_LOG: chit-chat and questions to the coach
  ['hi', NOT_LOG],
  ['good morning!', NOT_LOG],
  ['thanks 🙏', NOT_LOG],
  ['lol', NOT_LOG],
  ["you're awesome", NOT_LOG],
  ['ok', NOT_LOG],
  ['what can you do?', NOT_LOG],
  ['is it bad to have coffee after 4pm?', NOT_LOG],
  ['how do I stop craving sweets at night?', NOT_LOG],
  ['should I do yoga before or after the gym?', NOT_LOG],
  ['any tips for swimming more laps?', NOT_LOG],
  ['how many glasses of water should I drink?', NOT_LOG],

  // --- a careful human would ask
  ['did 20', AMBIGUOUS],
  ['done ✅', AMBIGUOUS],
  ['drank 3', AMBIGUOUS],
];
