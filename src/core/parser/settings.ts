// "change my water target to 10 glasses", "muda a meta de água para 10 copos": a change to a
// habit's settings. Its number is the new setting, never an amount done, so nothing is logged.
import { bestHabits, combinedScores, findEvidence } from './habit-matcher.js';
import type { HabitProfile } from './habit-profile.js';
import type { Token } from './normalize.js';
import { findQuantities } from './quantities.js';
import type { ParseContext, ParseResult } from './types.js';
import { wordSet } from './words/index.js';

type EditHabit = Extract<ParseResult, { kind: 'edit_habit' }>;

const SETTING_NOUNS = wordSet('settingNouns');
const CHANGE_VERBS = wordSet('changeVerbs');

/** A change verb and a setting noun in one message: which habit (if one was named) and the new value. */
export function readSettingChange(tokens: Token[], profiles: HabitProfile[], context: ParseContext): EditHabit | null {
  if (!tokens.some((t) => CHANGE_VERBS.has(t.norm)) || !tokens.some((t) => SETTING_NOUNS.has(t.norm))) return null;
  const all = (): boolean => true;
  const last = tokens.length - 1;
  const best = bestHabits(combinedScores(findEvidence(tokens, 0, last, all, profiles), profiles));
  const habitId = best.ids.length === 1 && best.score >= 5 ? (best.ids[0] ?? null) : null;
  const quantities = findQuantities(tokens, 0, last, all, context.locale);
  return { kind: 'edit_habit', habitId, quantity: quantities[quantities.length - 1]?.value ?? null };
}
