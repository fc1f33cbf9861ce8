// `npx tsx test/core/parser/heldout.worlde.report.ts`: world E's accuracy per language, overall, and
// every miss, through the same checker as the held-out suite. World E is not registered in
// heldout.run.ts: its rows were written blind and are meant to be scored once, after the parser
// fixes in progress land, as an out-of-sample estimate on mainstream habits.
import { describeTally, runHeldout, type HeldoutTable } from './heldout.run.js';
import { worldEContext } from './heldout.world-e.js';
import { HELDOUT_WORLDE_EN } from './heldout.worlde.en.js';
import { HELDOUT_WORLDE_PT } from './heldout.worlde.pt.js';

const tables: HeldoutTable[] = [
  { label: 'en world-e', locale: 'en', context: worldEContext('en'), rows: HELDOUT_WORLDE_EN },
  { label: 'pt-BR world-e', locale: 'pt-BR', context: worldEContext('pt-BR'), rows: HELDOUT_WORLDE_PT },
];

const tallies = tables.map(runHeldout);
for (const tally of tallies) {
  console.log(describeTally(tally));
  for (const miss of tally.misses) console.log(`  ✗ ${JSON.stringify(miss.text)}  ${miss.problems.join('; ')}\n      ${miss.got}`);
}
const right = tallies.reduce((sum, t) => sum + t.right, 0);
const total = tallies.reduce((sum, t) => sum + t.total, 0);
console.log(describeTally({ label: 'world-e overall', right, total, misses: [] }));
