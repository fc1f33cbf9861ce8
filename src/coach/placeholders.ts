// Template placeholders: `{habit}` is replaced by a value; `{streak:day/days}` is
// replaced by the singular or plural word chosen by the value of `streak` (the number
// itself is written with a separate `{streak}`). A line is used only when every
// placeholder in it has a value, so nobody ever reads a raw "{habit}".
import type { CoachMoment } from '../app/ports.js';
import type { Locale } from '../core/types.js';

/** Every placeholder a template may use; a name outside this list is a typo and fails loading. */
export const KNOWN_VARS = [
  'habit', 'quantity', 'unit', 'streak', 'best', 'date', 'reason', 'days', 'count',
  'goal', 'amount', 'progress', 'target', 'remaining', 'percent',
  'rate', 'done', 'due', 'worst', 'time', 'name', 'intention',
] as const;
export type CoachVar = (typeof KNOWN_VARS)[number];

/**
 * The values callers should pass for each moment. `required` ones are what the
 * richer lines need; lines also exist that use none, so any request gets a line.
 */
export const MOMENT_VARS: Record<CoachMoment, { required: CoachVar[]; optional: CoachVar[] }> = {
  completion: { required: ['habit'], optional: ['quantity', 'unit', 'streak', 'date'] },
  miss: { required: ['habit'], optional: ['streak', 'best'] },
  skip: { required: ['habit'], optional: ['reason', 'date'] },
  slip: { required: ['habit'], optional: ['days', 'count'] },
  undo: { required: ['habit'], optional: ['quantity', 'unit', 'date'] },
  milestone: { required: ['habit', 'days'], optional: [] },
  goal_completed: { required: ['goal'], optional: ['target', 'unit'] },
  goal_progress: { required: ['goal', 'amount'], optional: ['unit', 'progress', 'target', 'remaining', 'percent'] },
  weekly_analysis: { required: ['rate', 'done', 'due'], optional: ['best', 'worst', 'streak'] },
  free_chat: { required: [], optional: ['habit', 'name'] },
  reminder: { required: ['habit'], optional: ['time', 'intention', 'streak'] },
  streak_at_risk: { required: ['habit', 'streak'], optional: ['time'] },
  welcome: { required: ['name'], optional: [] },
};

const PLACEHOLDER = /\{([a-zA-Z]+)(?::([^{}/]*)\/([^{}/]*))?\}/g;

// Templates are a fixed set loaded from prompts/, so their placeholder lists are kept.
const placeholderLists = new Map<string, string[]>();

/** The placeholder names a template uses. */
export function placeholdersOf(template: string): string[] {
  let names = placeholderLists.get(template);
  if (!names) {
    names = [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
    placeholderLists.set(template, names);
  }
  return names;
}

/** Returns the problem with a template's braces or names, or null when it is well formed. */
export function templateProblem(template: string): string | null {
  const stripped = template.replace(PLACEHOLDER, '');
  if (/[{}]/.test(stripped)) return 'has a stray or malformed brace';
  const unknown = placeholdersOf(template).filter((name) => !(KNOWN_VARS as readonly string[]).includes(name));
  return unknown.length > 0 ? `uses unknown placeholder(s) ${unknown.map((n) => `{${n}}`).join(', ')}` : null;
}

export type Vars = Record<string, string | number>;

function present(value: string | number | undefined): value is string | number {
  if (value === undefined) return false;
  if (typeof value === 'number') return Number.isFinite(value);
  return value.trim() !== '';
}

// One formatter per locale: constructing Intl.NumberFormat is costly on the hot path.
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function formatValue(value: string | number, locale: Locale): string {
  if (typeof value === 'string') return value;
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

function startsSentence(template: string, offset: number): boolean {
  return offset === 0 || /[.!?]\s+$/.test(template.slice(0, offset));
}

/** Fills every placeholder, or returns null when one of them has no value. */
export function fill(template: string, vars: Vars, locale: Locale): string | null {
  let missing = false;
  const text = template.replace(PLACEHOLDER, (_whole, name: string, one: string | undefined, many: string | undefined, offset: number) => {
    const value = vars[name];
    if (!present(value)) {
      missing = true;
      return '';
    }
    if (one === undefined || many === undefined) {
      const formatted = formatValue(value, locale);
      // A value that opens a sentence ("gripe, o motivo é") starts with a capital.
      return startsSentence(template, offset) ? formatted.charAt(0).toLocaleUpperCase(locale) + formatted.slice(1) : formatted;
    }
    const count = typeof value === 'number' ? value : Number(value);
    return Math.abs(count) === 1 ? one : many;
  });
  return missing ? null : text;
}

/**
 * How many of the given vars a template would mention (richer lines are preferred), when every
 * placeholder in it has a value (so fill succeeds); otherwise null.
 */
export function fillableRichness(template: string, vars: Vars): number | null {
  const names = placeholdersOf(template);
  return names.every((name) => present(vars[name])) ? names.length : null;
}

/** FNV-1a: a small stable hash, so the same request always picks the same line. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
