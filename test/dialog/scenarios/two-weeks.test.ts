// Two weeks of one person, in English and in Portuguese, logged day by day in conversation on a
// real PostgreSQL. Every /stats number is worked out by hand below from the days as lived: the
// streaks, successes and done counts by counting, the strength by Loop's formula written out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHabit } from '../../../src/app/habits.js';
import type { Locale } from '../../../src/core/types.js';
import { onboarded, startChat, type ChatHarness } from '../support/chat.js';

// Day 0 is Monday 2026-11-23; the run ends on day 13, Sunday 2026-12-06, at noon.
const DAYS = 14;

/** Loop's score, by hand: m = 0.5^(1/13) for a daily habit, one step per decided day. */
function strength(values: (number | null)[]): number {
  const m = Math.pow(0.5, 1 / 13);
  let score = 0;
  for (const value of values) if (value !== null) score = score * m + value * (1 - m);
  return score;
}

const percent = (locale: Locale, ratio: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);

// What was lived, per day. Reading: missed day 5, skipped day 6. Pushups (at least 20): 15 on
// day 3 and 10 on day 10, 20 otherwise. No smoking: one slip on day 2, two on day 9.
const reading = (day: number) => (day === 5 ? 'miss' : day === 6 ? 'skip' : 'done');
const pushups = (day: number) => (day === 3 ? 15 : day === 10 ? 10 : 20);
const slips = (day: number) => (day === 2 ? 1 : day === 9 ? 2 : 0);

// By hand. Reading: met days 0-4 and 7-13 (12), one miss (5); the skip (6) bridges, so the run 7-13 is the longest.
const READ = { streak: 7, best: 7, done: 12, success: 12 / 13, formation: 12,
  score: strength(Array.from({ length: DAYS }, (_, d) => (d === 5 ? 0 : d === 6 ? null : 1))) };
// Pushups: partial days 3 and 10 are not met; runs 0-2, 4-9 (6), 11-13 (3).
const PUSH = { streak: 3, best: 6, done: 12, success: 12 / 14, formation: 12,
  score: strength(Array.from({ length: DAYS }, (_, d) => Math.min(1, pushups(d) / 20))) };
// No smoking: clean days all but 2 and 9; runs 3-8 (6), 10-13 (4).
const SMOKE = { streak: 4, best: 6, done: 12, success: 12 / 14, formation: 12,
  score: strength(Array.from({ length: DAYS }, (_, d) => (slips(d) > 0 ? 0 : 1))) };

const WORDS = {
  en: {
    habits: ['Reading', 'Pushups', 'No smoking'],
    unit: 'pushups',
    read: 'read 20 pages', skip: 'skip reading today', push: (n: number) => `did ${n} pushups`, slip: 'smoked a cigarette',
    line: (s: typeof READ, locale: Locale) =>
      `🔥 ${s.streak} days (best ${s.best} days) · strength ${percent(locale, s.score)} · success ${percent(locale, s.success)} · 66-day formation ${s.formation}/66 · ${s.done} done`,
    overall: (score: string, rate: string) => `Overall, 3 habits: strength ${score}, success ${rate}, 36 done.`,
    best: 'Longest current streak: Reading, 7 days.',
  },
  'pt-BR': {
    habits: ['Leitura', 'Flexões', 'Não fumar'],
    unit: 'flexões',
    read: 'li 20 páginas', skip: 'pula leitura hoje', push: (n: number) => `fiz ${n} flexões`, slip: 'fumei um cigarro',
    line: (s: typeof READ, locale: Locale) =>
      `🔥 ${s.streak} dias (recorde ${s.best} dias) · força ${percent(locale, s.score)} · sucesso ${percent(locale, s.success)} · formação de 66 dias ${s.formation}/66 · feitos: ${s.done}`,
    overall: (score: string, rate: string) => `No geral, 3 hábitos: força ${score}, sucesso ${rate}, feitos: 36.`,
    best: null,
  },
} as const;

describe('two weeks of one person, every /stats number checked by hand', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  it.each(['en', 'pt-BR'] as const)('given two weeks lived in %s, then /stats shows exactly the numbers worked out by hand', async (locale) => {
    const words = WORDS[locale];
    const person = await onboarded(chat, 'ana', locale);
    const user = (await chat.db.repos.users.findByIdentity('console', 'ana'))!;
    const deps = { repos: chat.db.repos, clock: chat.clock };
    const [readName, pushName, smokeName] = words.habits;
    expect((await createHabit(deps, user, { name: readName })).ok).toBe(true);
    expect((await createHabit(deps, user, { name: pushName, target: { quantity: 20, unit: words.unit, direction: 'at_least' } })).ok).toBe(true);
    expect((await createHabit(deps, user, { name: smokeName, kind: 'break' })).ok).toBe(true);

    for (let day = 0; day < DAYS; day += 1) {
      if (day > 0) chat.clock.advanceDays(1);
      if (reading(day) === 'done') await person.say(words.read);
      if (reading(day) === 'skip') await person.say(words.skip);
      await person.say(words.push(pushups(day)));
      for (let slip = 0; slip < slips(day); slip += 1) await person.say(words.slip);
    }

    await person.say('/stats');
    const text = person.last();
    expect(text).toContain(`**${readName}**\n${words.line(READ, locale)}`);
    expect(text).toContain(`**${pushName}**\n${words.line(PUSH, locale)}`);
    expect(text).toContain(`**${smokeName}**\n${words.line(SMOKE, locale)}`);
    const averageScore = (READ.score + PUSH.score + SMOKE.score) / 3;
    const averageSuccess = (READ.success + PUSH.success + SMOKE.success) / 3;
    expect(text).toContain(words.overall(percent(locale, averageScore), percent(locale, averageSuccess)));
    if (words.best) expect(text).toContain(words.best);
  });
});
