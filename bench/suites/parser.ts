// Issue 16 figure: the time to parse one message for a person with 50 habits, p50 and p99
// (goal: p99 under 1 ms). Pure CPU, no servers. With BENCH_PARSER_BASELINE set to another
// copy of the parser's index.ts (e.g. `git archive <commit> src/core | tar -x -C /tmp/old`), the
// same messages are timed on that copy too, interleaved, so "before" and "after" share one run.
import { pathToFileURL } from 'node:url';
import { parseMessage } from '../../src/core/parser/index.js';
import type { ParseContext, ParserHabit } from '../../src/core/parser/types.js';
import type { BenchContext } from '../run.js';

type Parse = (text: string, context: ParseContext) => unknown;

const NAMES_EN: [string, string | null, ParserHabit['kind']][] = [
  ['Pushups', 'reps', 'build'], ['Run', 'km', 'build'], ['Read', 'pages', 'build'], ['Meditate', 'min', 'build'],
  ['Drink water', 'glasses', 'build'], ['Journal', null, 'build'], ['Floss', null, 'build'], ['Gym', null, 'build'],
  ['No smoking', 'cigarettes', 'break'], ['No sugar', null, 'break'], ['Study Spanish', 'min', 'build'], ['Walk the dog', null, 'build'],
  ['Vitamins', null, 'build'], ['Yoga', null, 'build'], ['Guitar practice', 'min', 'build'], ['Sleep by 11', null, 'build'],
  ['No social media', null, 'break'], ['Squats', 'reps', 'build'], ['Plank', 'min', 'build'], ['Stretch', null, 'build'],
  ['Swim', 'm', 'build'], ['Bike', 'km', 'build'], ['Call mom', null, 'build'], ['Water the plants', null, 'build'],
  ['Make the bed', null, 'build'], ['Cold shower', null, 'build'], ['Sunlight', 'min', 'build'], ['Pray', null, 'build'],
  ['Gratitude list', null, 'build'], ['Clean the kitchen', null, 'build'], ['Cook dinner', null, 'build'], ['Leetcode', 'problems', 'build'],
  ['Duolingo', 'min', 'build'], ['Piano', 'min', 'build'], ['Steps', 'steps', 'build'], ['Write', 'words', 'build'],
  ['No alcohol', null, 'break'], ['No takeout', null, 'break'], ['Less coffee', 'cups', 'break'], ['No snooze', null, 'break'],
  ['Nail biting', null, 'break'], ['No energy drinks', null, 'break'], ['Screen time', 'h', 'break'], ['Budget', '$', 'build'],
  ['Save money', '$', 'build'], ['Situps', 'reps', 'build'], ['Pullups', 'reps', 'build'], ['Rowing', 'min', 'build'],
  ['Hike', 'km', 'build'], ['Bible study', 'chapters', 'build'],
];

function habits(): ParserHabit[] {
  return NAMES_EN.map(([name, unit, kind], i) => ({
    id: `h${i}`,
    name,
    emoji: null,
    synonyms: [],
    kind,
    target: unit === null ? null : { quantity: kind === 'break' ? 0 : 10, unit, direction: kind === 'break' ? 'at_most' : 'at_least' },
  }));
}

// Logs, skips, slips, plans, negations, questions and chatter, as people type them.
const MESSAGES = [
  'did 20 pushups', 'ran 5k this morning', 'read 30 pages yesterday', 'meditated 15 min', 'drank 8 glasses of water',
  'journaled and flossed', 'hit the gym', 'smoked 2 cigarettes', 'had some cake at the party', 'skipping yoga today, sick',
  'gonna run tomorrow', "didn't meditate today", 'how am I doing?', 'hello', 'thanks!', 'did 10 squats yesterday and 15 today',
  'almost bailed on yoga but went', 'another glass of water', 'rang my mom', 'change my water target to 10 glasses',
  'spent 50 from savings', 'no pushups today, too tired', 'did -5 pushups', 'did 1000 pushups', 'did 20 pushups on monday',
  'walked the dog 💪 then did a 10 min plank and stretched', 'undo', 'actually it was 30', 'piano 45 min, duolingo 10 min',
  'no alcohol this week 🎉', 'my wife ran 10k', 'wrote 800 words', '10k steps', 'cold shower ✅', 'skip leetcode',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

interface Samples { wall: number[]; cpu: number[] }

/**
 * Microseconds per parse, one sample per message per round: wall time, and the process's CPU time,
 * which a busy shared machine (other processes taking the cores) does not inflate.
 */
function sample(parse: Parse, context: ParseContext, rounds: number, into: Samples): void {
  for (let r = 0; r < rounds; r++) {
    for (const text of MESSAGES) {
      const cpu = process.cpuUsage();
      const started = process.hrtime.bigint();
      parse(text, context);
      into.wall.push(Number(process.hrtime.bigint() - started) / 1e3);
      const used = process.cpuUsage(cpu);
      into.cpu.push(used.user + used.system);
    }
  }
}

export default async function parserSuite(context: BenchContext): Promise<void> {
  const parseContext: ParseContext = { habits: habits(), goals: [], today: '2026-03-16', locale: 'en' };
  const variants: { label: string; parse: Parse }[] = [{ label: 'current', parse: parseMessage }];
  const baseline = process.env.BENCH_PARSER_BASELINE;
  if (baseline) {
    const module = (await import(pathToFileURL(baseline).href)) as { parseMessage: Parse };
    variants.push({ label: 'baseline', parse: module.parseMessage });
  }
  const samples = new Map(variants.map((v) => [v.label, { wall: [], cpu: [] }]));
  // Warm up (JIT, the profile and word caches), then interleave the variants so both see the same machine.
  for (const v of variants) sample(v.parse, parseContext, 30, { wall: [], cpu: [] });
  for (let round = 0; round < 100; round++) for (const v of variants) sample(v.parse, parseContext, 1, samples.get(v.label) ?? { wall: [], cpu: [] });
  for (const v of variants) {
    const taken = samples.get(v.label) ?? { wall: [], cpu: [] };
    for (const [clock, values] of [['wall', taken.wall], ['cpu', taken.cpu]] as const) {
      const sorted = [...values].sort((a, b) => a - b);
      for (const p of [50, 99]) {
        const name = `parse_message_50_habits${clock === 'cpu' ? '_cpu' : ''}_p${p}`;
        context.report({ name, value: Math.round(percentile(sorted, p)), unit: 'µs', code: v.label, samples: sorted.length, ...(p === 99 ? { goal: 'p99 < 1000 µs' } : {}) });
      }
    }
    // On a shared machine p99 is mostly other processes and GC: the slowest message's median says
    // whether any message is slow in itself (samples are taken message by message, round by round).
    const perMessage = MESSAGES.map((_, m) => taken.wall.filter((__, k) => k % MESSAGES.length === m).sort((a, b) => a - b));
    const worst = Math.max(...perMessage.map((values) => percentile(values, 50)));
    context.report({ name: 'parse_message_50_habits_slowest_message_median', value: Math.round(worst), unit: 'µs', code: v.label, messages: MESSAGES.length });
  }
}
