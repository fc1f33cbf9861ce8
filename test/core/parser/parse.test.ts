// The parser's phrasing tables, both languages: each row is a specification, and the
// suite prints how many of them the parser reads right.
import { afterAll, describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/core/parser/index.js';
import type { Locale } from '../../../src/core/types.js';
import type { ParseContext } from '../../../src/core/parser/types.js';
import { contextFor } from './fixtures.js';
import { compare, type Phrasing } from './phrasing.js';
import { PHRASINGS_EN } from './phrasings.en.js';
import { PHRASINGS_PT } from './phrasings.pt.js';
import { CONTEXT_ES, PHRASINGS_ES } from './phrasings.es.js';
import { MORE_EN, MORE_PHRASINGS_EN, MORE_PHRASINGS_PT, MORE_PT } from './phrasings.more.js';
import { RENAMED_EN, RENAMED_PHRASINGS_EN, RENAMED_PHRASINGS_PT, RENAMED_PT } from './phrasings.names.js';

const tally: Record<string, { right: number; total: number }> = {};

function table(label: string, context: ParseContext, rows: Phrasing[]): void {
  describe(label, () => {
    it.each(rows.map((row) => [row.text, row] as const))('reads %j', (_text, row) => {
      const result = parseMessage(row.text, context);
      const problems = compare(row.expect, result);
      const count = (tally[context.locale] ??= { right: 0, total: 0 });
      count.total++;
      if (problems.length === 0) count.right++;
      expect(problems, JSON.stringify(result)).toEqual([]);
    });
  });
}

const locales: Locale[] = ['en', 'pt-BR'];
for (const locale of locales) {
  table(`given a person writing in ${locale}`, contextFor(locale), locale === 'en' ? PHRASINGS_EN : PHRASINGS_PT);
}
table('given a person writing in es', CONTEXT_ES, PHRASINGS_ES);
table('given English habits named another way', RENAMED_EN, RENAMED_PHRASINGS_EN);
table('given Portuguese habits named another way', RENAMED_PT, RENAMED_PHRASINGS_PT);
table('given English habits named by short words, numbers and verbs', MORE_EN, MORE_PHRASINGS_EN);
table('given Portuguese habits named by short words, numbers and verbs', MORE_PT, MORE_PHRASINGS_PT);

afterAll(() => {
  const all = Object.values(tally).reduce((sum, t) => ({ right: sum.right + t.right, total: sum.total + t.total }), { right: 0, total: 0 });
  const lines = Object.entries(tally).map(([locale, t]) => `  ${locale}: ${t.right}/${t.total} (${((100 * t.right) / t.total).toFixed(1)}%)`);
  console.log([`parser accuracy: ${all.right}/${all.total} (${((100 * all.right) / Math.max(all.total, 1)).toFixed(1)}%)`, ...lines].join('\n'));
});
