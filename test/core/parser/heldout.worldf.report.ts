// Prints world F's held-out accuracy and every miss, per language:
//   npx tsx test/core/parser/heldout.worldf.report.ts
// The tables were written blind and committed before this was first run, so its first output is
// an out-of-sample estimate. Not registered in heldout.run.ts on purpose.
import type { HeldoutTable } from './heldout.run.js';
import { describeTally, runHeldout } from './heldout.run.js';
import { worldFContext } from './heldout.world-f.js';
import { HELDOUT_WORLDF_EN } from './heldout.worldf.en.js';
import { HELDOUT_WORLDF_PT } from './heldout.worldf.pt.js';

function worldFTables(): HeldoutTable[] {
  return [
    { label: 'world F en', locale: 'en', context: worldFContext('en'), rows: HELDOUT_WORLDF_EN },
    { label: 'world F pt-BR', locale: 'pt-BR', context: worldFContext('pt-BR'), rows: HELDOUT_WORLDF_PT },
  ];
}

function percent(right: number, total: number): string {
  return total === 0 ? '-' : `${((100 * right) / total).toFixed(1)}%`;
}

function report(): void {
  let right = 0;
  let total = 0;
  for (const table of worldFTables()) {
    const tally = runHeldout(table);
    right += tally.right;
    total += tally.total;
    console.log(describeTally(tally));
    console.log(`${tally.label}: ${tally.right}/${tally.total} = ${percent(tally.right, tally.total)}; ${tally.misses.length} misses`);
    for (const miss of tally.misses) console.log(`  MISS ${JSON.stringify(miss.text)}: ${miss.problems.join(', ')}  <- got ${miss.got}`);
    console.log('');
  }
  console.log(`world F overall: ${right}/${total} = ${percent(right, total)}`);
}

report();
