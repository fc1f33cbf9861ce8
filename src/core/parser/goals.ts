// Progress towards a target goal: "saved 250", "poupei 250", "+R$ 100 for the trip",
// "lost 1 kg", "wrote 500 words".
import type { LocalDate } from '../types.js';
import type { ClauseInfo } from './analyze.js';
import { wordQuality } from './habit-matcher.js';
import { tokenize, type Token } from './normalize.js';
import type { QuantityHit } from './quantities.js';
import type { ParseContext, ParseResult, ParserGoal } from './types.js';
import { convertQuantity, parseUnitText } from './units.js';
import { addedWords, wordSet } from './words/index.js';
import { rulePhrases, ruleWords } from './words/rules.js';

type GoalProgress = Extract<ParseResult, { kind: 'goal_progress' }>;

const PROGRESS_VERBS = new Set(addedWords('goalProgressVerbs'));

const MONEY_VERBS = new Set(addedWords('goalMoneyVerbs'));
const MASS_VERBS = new Set(addedWords('goalMassVerbs'));

const PRICE_CHANGES = rulePhrases('priceChangePhrases');
const PAYING = new Set([...wordSet('spendingVerbs'), ...wordSet('paymentVerbs')]);

const hasPhrase = (tokens: Token[], phrases: string[][]): boolean =>
  phrases.some((phrase) => tokens.some((_, i) => phrase.every((w, k) => tokens[i + k]?.norm === w)));

const TITLE_STOPWORDS = new Set(ruleWords('goalTitleStopwords'));

function titleWords(goal: ParserGoal): string[] {
  return tokenize(goal.title)
    .tokens.filter((t) => t.kind === 'word' && !TITLE_STOPWORDS.has(t.norm) && t.norm.length > 2)
    .map((t) => t.norm);
}

function titleScore(goal: ParserGoal, tokens: Token[]): number {
  const words = titleWords(goal);
  return words.filter((w) => tokens.some((t) => t.kind === 'word' && wordQuality(t.norm, w) > 0)).length;
}

function pickGoal(goals: ParserGoal[], tokens: Token[], quantity: QuantityHit, hasVerb: boolean): ParserGoal | null {
  const targets = goals.filter((g) => g.kind === 'target');
  if (targets.length === 0) return null;
  const scored = targets.map((g) => ({ g, score: titleScore(g, tokens) })).sort((a, b) => b.score - a.score);
  const top = scored[0];
  if (top && top.score > 0 && (scored[1]?.score ?? 0) < top.score) return top.g;
  const byUnit = targets.filter((g) => {
    const unit = g.unit ? parseUnitText(g.unit) : null;
    return quantity.unit !== null && unit !== null && unit.dimension === quantity.unit.dimension && convertQuantity(1, quantity.unit, unit) !== null;
  });
  if (byUnit.length >= 1 && (byUnit.length === 1 || hasVerb)) return byUnit[0] ?? null;
  if (!hasVerb) return null;
  const dimension = tokens.some((t) => MONEY_VERBS.has(t.norm)) ? 'money' : tokens.some((t) => MASS_VERBS.has(t.norm)) ? 'mass' : null;
  const byVerb = targets.find((g) => dimension !== null && g.unit !== null && parseUnitText(g.unit)?.dimension === dimension);
  if (byVerb) return byVerb;
  return targets.length === 1 ? (targets[0] ?? null) : null;
}

/** "how close am I to the laptop?", "quanto falta pra viagem?": whether the tokens name one of the goals. */
export function namesAGoal(tokens: Token[], goals: ParserGoal[]): boolean {
  return goals.some((g) => titleScore(g, tokens) > 0);
}

export function readGoalProgress(tokens: Token[], clauses: ClauseInfo[], date: LocalDate, context: ParseContext): GoalProgress | null {
  if (context.goals.length === 0) return null;
  const first = clauses.find((c) => c.quantities.length > 0 && !c.question && !c.plan && !c.negation && !c.otherSubject);
  const quantity = first?.quantities[0];
  if (!first || !quantity) return null;
  // "laptop prices went up $100", "a passagem subiu 300 reais": the goal's price moved, nothing was saved.
  if (hasPhrase(tokens, PRICE_CHANGES)) return null;
  // "paid $60 for my gym membership", "pagué 500 de la mensualidad": money paid for something else is
  // spent, not saved; paying counts only towards a goal it names ("paguei 500 da viagem").
  if (tokens.some((t) => PAYING.has(t.norm)) && context.goals.every((g) => titleScore(g, tokens) === 0)) return null;
  const hasVerb = tokens.some((t) => PROGRESS_VERBS.has(t.norm)) || tokens.some((t, i) => t.norm === '+' && tokens[i + 1]?.kind === 'number');
  const goal = pickGoal(context.goals, tokens, quantity, hasVerb);
  if (!goal) return null;
  const unit = goal.unit ? parseUnitText(goal.unit) : null;
  const amount = quantity.unit && unit ? (convertQuantity(quantity.value, quantity.unit, unit) ?? quantity.value) : quantity.unit?.dimension === 'kilo' ? quantity.value * 1000 : quantity.value;
  return { kind: 'goal_progress', goalId: goal.id, amount, date, note: null };
}
