// The former held-out tables, now TRAINING DATA (every one was fixed against; see heldout.run.ts):
// the parser keeps reading at least 95% of each right. Blind scores are measured elsewhere.
// `npx tsx test/core/parser/heldout.report.ts` lists every miss.
import { afterAll, describe, expect, it } from 'vitest';
import { describeTally, HELDOUT_TABLES, runHeldout, type HeldoutTally } from './heldout.run.js';

const tallies: HeldoutTally[] = [];

describe('given the training tables that began as held-out sets', () => {
  it.for(HELDOUT_TABLES.map((table) => ({ label: table.label, table })))('then $label is read right at least 95 percent of the time', ({ table }) => {
    const tally = runHeldout(table);
    tallies.push(tally);
    expect(tally.right / tally.total, tally.misses.map((m) => `${m.text}: ${m.problems.join('; ')}`).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

afterAll(() => {
  console.log(['training tables (formerly held-out), accuracy:', ...tallies.map((t) => `  ${describeTally(t)}`)].join('\n'));
});
