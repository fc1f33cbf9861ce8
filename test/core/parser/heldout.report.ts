// `npx tsx test/core/parser/heldout.report.ts`: accuracy per training table (the former held-out
// tables, all fixed against: training data) and every miss, without the test servers.
import { describeTally, HELDOUT_TABLES, runHeldout } from './heldout.run.js';

for (const table of HELDOUT_TABLES) {
  const tally = runHeldout(table);
  console.log(describeTally(tally));
  for (const miss of tally.misses) console.log(`  ✗ ${JSON.stringify(miss.text)}  ${miss.problems.join('; ')}\n      ${miss.got}`);
}
