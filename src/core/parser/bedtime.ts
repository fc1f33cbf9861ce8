// A bedtime against a sleep habit's deadline ("Sleep by 11pm", "Dormir até as 23h", "Dormir antes de
// las 11"): "went to bed at 1am again", "dormi 2 da manhã", "me dormí a las 2" report a late night,
// the habit not done; "lights out at 10:45", "deitei antes das 23h" report it done.
import type { HabitProfile } from './habit-profile.js';
import { tokenize, type Token } from './normalize.js';
import { memoized } from './memo.js';
import { rulePhrases, ruleWords } from './words/rules.js';

const MORNING = rulePhrases('morningMarks');
const EVENING = rulePhrases('eveningMarks');
const DEADLINE_WORDS = new Set(ruleWords('deadlineWords'));
const CLOCK_LEADS = new Set(ruleWords('timeOfDayLeads'));
// Hours up to this one, with nothing saying morning or evening, are after midnight ("at 2" is 2am).
const LATEST_SMALL_HOUR = 6;

const followedBy = (tokens: Token[], i: number, phrases: string[][]): boolean =>
  phrases.some((phrase) => phrase.every((w, k) => tokens[i + 1 + k]?.norm === w));

/**
 * The hour at tokens[i] on a night's scale (22 = 10pm, 25 = 1am), if it is written as a clock time:
 * with am/pm, "h", minutes, a part of the day, or after "at" / "às" / "a las". Null otherwise.
 */
function nightHour(tokens: Token[], i: number, assumeClock = false): number | null {
  const t = tokens[i];
  const m = t?.kind === 'number' ? /^(\d{1,2})(?::(\d{2}))?$/.exec(t.norm) : null;
  if (!m) return null;
  const hour = Number(m[1]);
  const minutes = Number(m[2] ?? 0) / 60;
  if (hour > 24 || minutes >= 1) return null;
  if (followedBy(tokens, i, MORNING)) return (hour % 12) + 24 + minutes;
  if (followedBy(tokens, i, EVENING)) return (hour % 12) + 12 + minutes;
  const clock = assumeClock || m[2] !== undefined || tokens[i + 1]?.norm === 'h' || CLOCK_LEADS.has(tokens[i - 1]?.norm ?? '');
  if (!clock) return null;
  if (hour <= LATEST_SMALL_HOUR || hour === 12 || hour === 24) return (hour % 12) + 24 + minutes;
  return (hour < 12 ? hour + 12 : hour) + minutes;
}

/** The deadline in a sleep habit's name ("Sleep by 11pm" -> 23), remembered per name. */
const deadlineOf = memoized((name: string): number | null => {
  const tokens = tokenize(name).tokens;
  for (let i = 0; i < tokens.length; i++) {
    // A number in a sleep habit's name is its hour ("Dormir antes de las 11").
    const hour = nightHour(tokens, i, true);
    if (hour !== null) return hour;
  }
  return null;
}, 500);

/** Whether tokens[from..to] report going to sleep later than the sleep habit's deadline. */
export function laterThanDeadline(tokens: Token[], from: number, to: number, profile: HabitProfile): boolean {
  if (!profile.concepts.has('sleep')) return false;
  const deadline = deadlineOf(profile.habit.name);
  if (deadline === null) return false;
  for (let i = from; i <= to; i++) {
    const hour = nightHour(tokens, i);
    if (hour === null) continue;
    const met = [i - 1, i - 2, i - 3].some((k) => k >= from && DEADLINE_WORDS.has(tokens[k]?.norm ?? ''));
    return !met && hour > deadline;
  }
  return false;
}
