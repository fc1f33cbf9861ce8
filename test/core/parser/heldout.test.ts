// Given phrasings written independently of the parser's own tables (different habit names,
// casual style, traps), then the parser reads at least 95% of each language right.
// `npx tsx test/core/parser/heldout.report.ts` lists every miss.
import { afterAll, describe, expect, it } from 'vitest';
import { describeTally, HELDOUT_TABLES, runHeldout, type HeldoutTally } from './heldout.run.js';

const tallies: HeldoutTally[] = [];

describe('given held-out style phrasings', () => {
  it.each(HELDOUT_TABLES)('then %s is read right at least 95%% of the time', (locale, rows) => {
    const tally = runHeldout(locale, rows);
    tallies.push(tally);
    expect(tally.right / tally.total, tally.misses.map((m) => `${m.text}: ${m.problems.join('; ')}`).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

afterAll(() => {
  console.log(['held-out style accuracy:', ...tallies.map((t) => `  ${describeTally(t)}`)].join('\n'));
});
