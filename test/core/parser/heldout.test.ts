// Given phrasings written independently of the parser's own tables (other habit names,
// casual style, traps), then the parser reads at least 95% of each table right.
// `npx tsx test/core/parser/heldout.report.ts` lists every miss.
import { afterAll, describe, expect, it } from 'vitest';
import { describeTally, HELDOUT_TABLES, runHeldout, type HeldoutTally } from './heldout.run.js';

const tallies: HeldoutTally[] = [];

describe('given held-out style phrasings', () => {
  it.for(HELDOUT_TABLES.map((table) => ({ label: table.label, table })))('then $label is read right at least 95 percent of the time', ({ table }) => {
    const tally = runHeldout(table);
    tallies.push(tally);
    expect(tally.right / tally.total, tally.misses.map((m) => `${m.text}: ${m.problems.join('; ')}`).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

afterAll(() => {
  console.log(['held-out style accuracy:', ...tallies.map((t) => `  ${describeTally(t)}`)].join('\n'));
});
