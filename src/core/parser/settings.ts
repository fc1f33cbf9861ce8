// "change my water target to 10 glasses", "muda a meta de água para 10 copos", "I want my reading
// target to be 40 pages", "minha meta de leitura agora é 40 páginas": a change to a habit's
// settings. Its number is the new setting, never an amount done, so nothing is logged.
import { bestHabits, combinedScores, findEvidence } from './habit-matcher.js';
import type { HabitProfile } from './habit-profile.js';
import type { Token } from './normalize.js';
import { readNumberAt } from './numbers.js';
import { findQuantities } from './quantities.js';
import type { ParseContext, ParseResult } from './types.js';
import { wordSet } from './words/index.js';
import { ruleWords } from './words/rules.js';

type EditHabit = Extract<ParseResult, { kind: 'edit_habit' }>;

const SETTING_NOUNS = wordSet('settingNouns');
const CHANGE_VERBS = wordSet('changeVerbs');
const SETTING_COPULAS = wordSet('settingCopulas');
const IMPERATIVES = new Set(ruleWords('settingImperatives'));
// How far after the imperative a habit's name may come: "set my morning yoga to 30".
const COMMANDED_REACH = 3;
// How far after its noun a stated setting's number may come: "target for my reading to be 40".
const STATED_REACH = 7;

/**
 * "my reading target is now 40 pages", "minha meta de leitura agora é 40": a setting noun, then
 * (before any punctuation) a number right after a word that states its value. Not "hit my reading
 * goal, 40 pages" nor "my goal is to read 40 pages" (a verb stands before the number).
 */
function statesASetting(tokens: Token[], context: ParseContext): boolean {
  return tokens.some((t, i) => {
    if (!SETTING_NOUNS.has(t.norm)) return false;
    for (let j = i + 1; j <= i + STATED_REACH && j < tokens.length; j++) {
      if (tokens[j]?.kind === 'punct') return false;
      const number = readNumberAt(tokens, j, context.locale);
      if (!number || number.weak) continue;
      return j - 1 > i && SETTING_COPULAS.has(tokens[j - 1]?.norm ?? '');
    }
    return false;
  });
}

/**
 * "set yoga to 30 min", "make squats 60 reps", "coloca a yoga pra 30 min", "pon el yoga en 30 minutos":
 * a message that opens with a change imperative, names one habit right after it, and gives a number,
 * says what the habit should be, not what was done.
 */
function commandsASetting(tokens: Token[], profiles: HabitProfile[]): boolean {
  const at = tokens.findIndex((t) => t.kind !== 'punct');
  if (at < 0 || !IMPERATIVES.has(tokens[at]?.norm ?? '')) return false;
  const to = Math.min(tokens.length - 1, at + COMMANDED_REACH);
  const best = bestHabits(combinedScores(findEvidence(tokens, at + 1, to, () => true, profiles), profiles));
  return best.ids.length === 1 && best.score >= 5 && tokens.slice(at + 1).some((t) => t.kind === 'number');
}

/** A change verb and a setting noun in one message: which habit (if one was named) and the new value. */
export function readSettingChange(tokens: Token[], profiles: HabitProfile[], context: ParseContext): EditHabit | null {
  const changed = tokens.some((t) => CHANGE_VERBS.has(t.norm)) && tokens.some((t) => SETTING_NOUNS.has(t.norm));
  if (!changed && !statesASetting(tokens, context) && !commandsASetting(tokens, profiles)) return null;
  const all = (): boolean => true;
  const last = tokens.length - 1;
  const best = bestHabits(combinedScores(findEvidence(tokens, 0, last, all, profiles), profiles));
  const habitId = best.ids.length === 1 && best.score >= 5 ? (best.ids[0] ?? null) : null;
  const quantities = findQuantities(tokens, 0, last, all, context.locale);
  return { kind: 'edit_habit', habitId, quantity: quantities[quantities.length - 1]?.value ?? null };
}
