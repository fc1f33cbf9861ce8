// A rule table: for one rule of the parser and one language, the examples the rule must match
// (what it then reads) and the examples it must not match (read otherwise). Training data: these
// tables are specifications, written with the parser open.
import type { Locale } from '../../../../src/core/types.js';
import type { Phrasing } from '../phrasing.js';

export interface RuleTable {
  rule: string;
  locale: Locale;
  mustMatch: Phrasing[];
  mustNotMatch: Phrasing[];
  /** The habits and goals the rule is read against, when the language's plain world lacks what it needs. */
  world?: 'plain' | 'withSleepAndGoal';
}
