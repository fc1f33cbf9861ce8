// Every phrasing fixed so far (regression.table.ts, training data) keeps being read the same way.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/core/parser/index.js';
import { compare } from './phrasing.js';
import { REGRESSION_TABLES } from './regression.table.js';

for (const table of REGRESSION_TABLES) {
  describe(`given ${table.label}`, () => {
    it.each(table.rows.map((row) => [row.text, row] as const))('then %j is read as fixed', (_text, row) => {
      const result = parseMessage(row.text, table.context);
      expect(compare(row.expect, result), JSON.stringify(result)).toEqual([]);
    });
  });
}
