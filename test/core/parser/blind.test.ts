// Given the blind batches (written without reading the parser, committed before their first
// run), then no table reads fewer rows right than on its first run. The scores to quote are the
// first runs recorded in blind/tables.ts; the log below gives today's.
import { afterAll, describe, expect, it } from 'vitest';
import { describeBlind, runBlind, type BlindTally } from './blind/run.js';
import { BLIND_TABLES } from './blind/tables.js';

const tallies: BlindTally[] = [];

describe('given the blind batches', () => {
  it.for(BLIND_TABLES.map((table) => ({ label: table.label, table })))('then $label reads at least as many rows right as on its first run', ({ table }) => {
    const tally = runBlind(table);
    tallies.push(tally);
    expect(tally.right, tally.misses.map((m) => `${m.text}: ${m.problems.join('; ')}`).join('\n')).toBeGreaterThanOrEqual(table.firstRun ?? 0);
  });
});

afterAll(() => {
  console.log(['blind batches (first runs in blind/tables.ts):', ...tallies.map((t) => `  ${describeBlind(t)}`)].join('\n'));
});
