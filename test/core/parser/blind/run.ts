// Scores a blind table: rows read right, and the silent wrong writes among them (a message that
// is not a log, read as a sure log, goal progress or correction: it would be written unasked).
import { parseMessage } from '../../../../src/core/parser/index.js';
import type { ParseResult } from '../../../../src/core/parser/types.js';
import { differences, type Essentials } from '../heldout.fixture.js';
import type { BlindTable } from './tables.js';

export interface BlindTally {
  label: string;
  right: number;
  total: number;
  /** Rows that write nothing in the answer key, but would be written without asking. */
  silentWrongWrites: string[];
  misses: { text: string; problems: string[]; got: string }[];
}

function writesUnasked(result: ParseResult): boolean {
  if (result.kind === 'log') return result.confidence === 'sure';
  return result.kind === 'goal_progress' || result.kind === 'correction';
}

const writesNothing = (expect: Essentials): boolean => expect.kind === 'not_log' || expect.kind === 'ambiguous' || expect.kind === 'query';

export function runBlind(table: BlindTable): BlindTally {
  const misses: BlindTally['misses'] = [];
  const silentWrongWrites: string[] = [];
  for (const [text, expect] of table.rows) {
    const result = parseMessage(text, table.context);
    const problems = differences(expect, result, table.context.today);
    if (problems.length > 0) misses.push({ text, problems, got: JSON.stringify(result) });
    if (writesNothing(expect) && writesUnasked(result)) silentWrongWrites.push(text);
  }
  return { label: table.label, right: table.rows.length - misses.length, total: table.rows.length, silentWrongWrites, misses };
}

export const describeBlind = (t: BlindTally): string =>
  `${t.label}: ${t.right}/${t.total} (${((100 * t.right) / t.total).toFixed(1)}%), silent wrong writes ${t.silentWrongWrites.length}`;
