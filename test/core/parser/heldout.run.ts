// Runs the held-out style tables and tallies them; shared by the spec and the report script.
import { parseMessage } from '../../../src/core/parser/index.js';
import type { Locale } from '../../../src/core/types.js';
import { differences, heldoutContext, type HeldoutRow } from './heldout.fixture.js';
import { HELDOUT_EN } from './heldout.en.js';
import { HELDOUT_PT } from './heldout.pt.js';
import { HELDOUT_VARIED_EN } from './heldout.varied.en.js';
import { HELDOUT_VARIED_PT } from './heldout.varied.pt.js';

export interface HeldoutMiss { text: string; problems: string[]; got: string }
export interface HeldoutTally { locale: Locale; right: number; total: number; misses: HeldoutMiss[] }

export const HELDOUT_TABLES: [Locale, HeldoutRow[]][] = [
  ['en', [...HELDOUT_EN, ...HELDOUT_VARIED_EN]],
  ['pt-BR', [...HELDOUT_PT, ...HELDOUT_VARIED_PT]],
];

export function runHeldout(locale: Locale, rows: HeldoutRow[]): HeldoutTally {
  const context = heldoutContext(locale);
  const misses: HeldoutMiss[] = [];
  for (const [text, expect] of rows) {
    const result = parseMessage(text, context);
    const problems = differences(expect, result);
    if (problems.length > 0) misses.push({ text, problems, got: JSON.stringify(result) });
  }
  return { locale, right: rows.length - misses.length, total: rows.length, misses };
}

export function describeTally(t: HeldoutTally): string {
  return `${t.locale}: ${t.right}/${t.total} (${((100 * t.right) / t.total).toFixed(1)}%)`;
}
