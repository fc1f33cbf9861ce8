// The parser's rules, each with a small table per language (en, pt-BR, es): the examples a rule must
// match, and the examples it must not match, are read as the table says.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../src/core/parser/index.js';
import { compare } from '../phrasing.js';
import { ALMOST_BUT_DID, ANOTHER_ONE, SEVERAL_DATES } from './counts.table.js';
import { BREAK_HABIT_NAMES, NEGATION } from './negation.table.js';
import { MONEY, OTHER_PEOPLE, PLANS, SETTINGS } from './not-logs.table.js';
import type { RuleTable } from './rule.js';
import { worldFor, worldWithSleepAndGoal } from './worlds.js';
import { CLASSES } from './classes.table.js';

const TABLES: RuleTable[] = [...NEGATION, ...BREAK_HABIT_NAMES, ...SETTINGS, ...MONEY, ...OTHER_PEOPLE, ...PLANS, ...ALMOST_BUT_DID, ...ANOTHER_ONE, ...SEVERAL_DATES, ...CLASSES];

for (const table of TABLES) {
  describe(`given the rule "${table.rule}" in ${table.locale}`, () => {
    const context = table.world === 'withSleepAndGoal' ? worldWithSleepAndGoal(table.locale) : worldFor(table.locale);
    for (const [side, rows] of [['matches', table.mustMatch], ['does not match', table.mustNotMatch]] as const) {
      if (rows.length === 0) continue;
      it.each(rows.map((row) => [row.text, row] as const))(`then it ${side} %j`, (_text, row) => {
        const result = parseMessage(row.text, context);
        expect(compare(row.expect, result), JSON.stringify(result)).toEqual([]);
      });
    }
  });
}

describe('given a break habit named with a negation word ("No smoking", "Não fumar", "No fumar")', () => {
  for (const table of BREAK_HABIT_NAMES) {
    it.each(table.mustNotMatch.map((row) => [table.locale, row.text] as const))('then in %s another habit\'s negation %j logs no slip on it', (locale, text) => {
      const result = parseMessage(text, worldFor(locale));
      const slips = result.kind === 'log' ? result.logs.filter((l) => l.habitId === 'smoking') : [];
      expect(slips).toEqual([]);
      expect(result.kind).not.toBe('kept');
    });
  }
});
