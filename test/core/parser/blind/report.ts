// `npx tsx test/core/parser/blind/report.ts`: each blind table's score, its silent wrong writes and its misses.
import { describeBlind, runBlind } from './run.js';
import { BLIND_TABLES } from './tables.js';

for (const table of BLIND_TABLES) {
  const tally = runBlind(table);
  console.log(`${describeBlind(tally)}${table.firstRun === null ? '' : ` (first run ${table.firstRun}/${tally.total})`}`);
  for (const text of tally.silentWrongWrites) console.log(`  ! writes unasked: ${JSON.stringify(text)}`);
  for (const miss of tally.misses) console.log(`  ✗ ${JSON.stringify(miss.text)}  ${miss.problems.join('; ')}\n      ${miss.got}`);
}
