// Free text, read offline by the rule parser with the person's own habits and goals:
// logs are written (and echoed with Undo), questions are answered from data, and
// anything that is not a log never writes: greetings get a greeting, questions a hint.
import { parseMessage } from '../core/parser/index.js';
import type { ParseContext, ParseResult } from '../core/parser/types.js';
import type { EntryKind, Habit, Pause } from '../core/types.js';
import { correctLatest, undoLatest, writeLogs } from './commands/logging.js';
import { logGoalProgress } from './commands/goals.js';
import { showHowAmIDoing, showStats, showStreaks, showToday, showWeek } from './commands/queries.js';
import { showGoals } from './commands/goals.js';
import { editCommand, pickForEdit } from './commands/habits.js';
import { askBeforeLogging } from './flows/confirm-log.js';
import { checkInFromGroup } from './group-checkins.js';
import { habitLabel } from './format.js';
import { LOCALES, type Locale } from '../core/languages.js';
import { alternation, DIALOG_WORDS } from './i18n/words/index.js';
import type { Reply } from './messages.js';
import { button, reply, rows } from './replies.js';
import type { Turn } from './turn.js';

/** "4", "20", "2,5": a number with no habit word (a menu choice typed after its menu is gone). */
const BARE_NUMBER = /^\d+(?:[.,]\d+)?$/;

export async function handleFreeText(turn: Turn, text: string): Promise<Reply[]> {
  // A number alone never logs: it names no habit, whatever the person's only numeric habit is.
  if (BARE_NUMBER.test(text.trim())) return [reply(turn.t('chat.bare_number', { number: text.trim() }))];
  // Only names and units are needed to read the text: plain lists, no stats or progress.
  const { habits, goals, pauses } = await turn.catalog();
  const context: ParseContext = {
    habits: habits.map(({ id, name, emoji, synonyms, kind, target }) => ({ id, name, emoji, synonyms, kind, target })),
    goals: goals.map(({ id, title, unit, kind }) => ({ id, title, unit, kind })),
    today: turn.today,
    locale: turn.user.locale,
    weekStart: turn.user.weekStart,
  };
  let result = parseMessage(text, context);
  // An amount far above the target is read again against the person's own best before asking:
  // the history is only read for the rare message that needs it.
  const large = result.kind === 'log' ? result.logs.filter((log) => log.doubts.includes('large_amount')).map((log) => log.habitId) : [];
  if (large.length > 0) result = parseMessage(text, { ...context, largest: await largestEntries(turn, large) });
  turn.deps.logger?.debug({ userId: turn.user.id, parsed: result.kind }, 'free text read');
  const parsed = result;
  // In a group, what concerns the person's entries is said in public only for habits shared there.
  if (turn.message.chat.kind === 'group') return checkInFromGroup(turn, parsed, habits, (where) => act(where, parsed, { habits, pauses }, text));
  return act(turn, result, { habits, pauses }, text);
}

/** The largest quantity ever logged on each of these habits. */
async function largestEntries(turn: Turn, habitIds: string[]): Promise<Record<string, number>> {
  const largest: Record<string, number> = {};
  for (const habitId of new Set(habitIds)) {
    const entries = await turn.repos.entries.listForHabit(turn.user.id, habitId);
    largest[habitId] = Math.max(0, ...entries.map((entry) => entry.quantity ?? 0));
  }
  return largest;
}

async function act(turn: Turn, result: ParseResult, known: { habits: Habit[]; pauses: Pause[] }, text: string): Promise<Reply[]> {
  const { habits } = known;
  switch (result.kind) {
    case 'log':
      // Only a sure parse writes at once; an unsure one asks (Yes writes, No writes nothing).
      if (result.confidence === 'unsure') return askBeforeLogging(turn, result.logs, habits);
      return writeLogs(turn, result.logs.map((log) => ({
        habitId: log.habitId, kind: log.kind, date: log.date, quantity: log.quantity, note: log.note ?? log.reason,
      })), { source: 'chat', ...known });
    case 'undo': return undoLatest(turn);
    case 'correction': return correctLatest(turn, result);
    case 'goal_progress': return logGoalProgress(turn, result);
    case 'ambiguous': return askWhich(turn, result, habits, text);
    case 'query':
      switch (result.topic) {
        case 'how_am_i': return showHowAmIDoing(turn);
        case 'today': return showToday(turn);
        case 'stats': return showStats(turn);
        case 'streaks': return showStreaks(turn);
        case 'week': return showWeek(turn);
        case 'goals': return showGoals(turn);
      }
      break;
    case 'edit_habit': {
      // "change my water target to 10 glasses": nothing is logged; the habit's editing opens.
      const named = habits.find((habit) => habit.id === result.habitId);
      const lead = reply(turn.t(named ? 'chat.edit_habit' : 'chat.edit_habit_which', { habit: named ? habitLabel(named) : '' }));
      return [lead, ...(named ? await pickForEdit(turn, named.id) : await editCommand(turn, ''))];
    }
    case 'kept': {
      const names = habits.filter((habit) => result.habitIds.includes(habit.id)).map((habit) => habitLabel(habit));
      return [reply(turn.t('chat.kept', { habit: names.join(', ') }))];
    }
    case 'none': return notALog(turn, result.reason, text, habits);
  }
  return notALog(turn, 'unknown', text, habits);
}

function fits(habit: Habit, kind: EntryKind): boolean {
  return kind === 'skip' || (kind === 'slip' ? habit.kind === 'break' : habit.kind === 'build');
}

/** Words that name every habit at once. */
// In the person's language and English only: "todo" is "all" in Spanish but not a Portuguese "skip all".
const SKIP_ALL = Object.fromEntries(LOCALES.map((locale) => [locale, new RegExp(
  `(?<!\\p{L})(?:${alternation(new Set([...DIALOG_WORDS[locale].pause.everything, ...DIALOG_WORDS.en.pause.everything]))})(?!\\p{L})`, 'iu',
)])) as Record<Locale, RegExp>;

/** The person's own words, short, to quote back in a question. */
function quoted(text: string): string {
  const words = text.trim().replace(/\s+/g, ' ');
  return words.length > 60 ? `${words.slice(0, 59)}…` : words;
}

/** One button per candidate habit (or every fitting habit when the parser named none). */
function askWhich(turn: Turn, result: Extract<ParseResult, { kind: 'ambiguous' }>, habits: Habit[], text: string): Reply[] {
  const { t } = turn;
  // "skip all today, sick": a day off from everything is a pause, not a skip of one habit.
  if (result.entryKind === 'skip' && SKIP_ALL[turn.user.locale].test(text)) return [reply(t('ambiguous.skip_all'))];
  const byId = new Map(habits.map((habit) => [habit.id, habit]));
  const named = result.candidates.map((id) => byId.get(id)).filter((habit): habit is Habit => habit !== undefined);
  const candidates = (named.length > 0 ? named : habits.filter((habit) => habit.status === 'active' && fits(habit, result.entryKind))).slice(0, 8);
  if (candidates.length === 0) return [reply(habits.length === 0 ? t('habits.none') : t('ambiguous.no_habit'))];
  const buttons = candidates.map((habit) => button(habitLabel(habit).slice(0, 60), {
    action: 'log', habitId: habit.id, kind: result.entryKind, date: result.date, quantity: result.quantity, inPlace: true,
  }));
  return [reply(t(named.length > 0 ? 'ambiguous.which' : 'ambiguous.unknown', { text: quoted(text) }), rows(buttons, 2))];
}

async function notALog(turn: Turn, reason: Extract<ParseResult, { kind: 'none' }>['reason'], text: string, habits: Habit[]): Promise<Reply[]> {
  const { t, user } = turn;
  if ((reason === 'unknown' || reason === 'question') && turn.deps.freeText) {
    const answer = await turn.deps.freeText(user, text, { idempotencyKey: turn.idempotencyKey });
    if (typeof answer === 'string') return [reply(answer)];
    if (answer) return answer;
  }
  const noHabits = habits.length === 0 ? `\n${t('habits.none')}` : '';
  switch (reason) {
    case 'greeting': return [reply(`${t('chat.greeting', { name: user.displayName })}${noHabits}`)];
    case 'thanks': return [reply(t('chat.thanks'))];
    case 'plan': return [reply(t('chat.plan'))];
    case 'negation': return [reply(t('chat.negation'))];
    case 'question': return [reply(`${t('chat.question')}${noHabits}`)];
    case 'unknown': return [reply(`${t('chat.unknown')}${noHabits}`)];
  }
}
