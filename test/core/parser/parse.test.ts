// The parser's phrasing tables, both languages: each row is a specification, and the
// suite prints how many of them the parser reads right.
import { afterAll, describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/core/parser/index.js';
import type { Locale } from '../../../src/core/types.js';
import { contextFor } from './fixtures.js';
import { compare, type Phrasing } from './phrasing.js';
import { PHRASINGS_EN } from './phrasings.en.js';
import { PHRASINGS_PT } from './phrasings.pt.js';

const tally: Record<string, { right: number; total: number }> = {};

function table(locale: Locale, rows: Phrasing[]): void {
  describe(`given a person writing in ${locale}`, () => {
    it.each(rows.map((row) => [row.text, row] as const))('reads %j', (_text, row) => {
      const result = parseMessage(row.text, contextFor(locale));
      const problems = compare(row.expect, result);
      const count = (tally[locale] ??= { right: 0, total: 0 });
      count.total++;
      if (problems.length === 0) count.right++;
      expect(problems, JSON.stringify(result)).toEqual([]);
    });
  });
}

table('en', PHRASINGS_EN);
table('pt-BR', PHRASINGS_PT);

afterAll(() => {
  const all = Object.values(tally).reduce((sum, t) => ({ right: sum.right + t.right, total: sum.total + t.total }), { right: 0, total: 0 });
  const lines = Object.entries(tally).map(([locale, t]) => `  ${locale}: ${t.right}/${t.total} (${((100 * t.right) / t.total).toFixed(1)}%)`);
  console.log([`parser accuracy: ${all.right}/${all.total} (${((100 * all.right) / Math.max(all.total, 1)).toFixed(1)}%)`, ...lines].join('\n'));
});
