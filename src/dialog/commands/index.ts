// Every /command, with each language's names as aliases, and the habit pickers that
// buttons of the 'pick' kind run.
import { entriesOf } from '../i18n/words/index.js';
import type { Reply } from '../messages.js';
import { settingsCommand, coachCommand } from '../flows/settings.js';
import { startNewHabit } from '../flows/habit-flow.js';
import { startGoal } from '../flows/goal-flow.js';
import type { Turn } from '../turn.js';
import { deleteCommand, exportCommand, importCommand } from './data.js';
import { pickForReset, resetCommand, showGoals } from './goals.js';
import { archiveCommand, editCommand, pickForArchive, pickForEdit, showHabits } from './habits.js';
import { helpCommand, startCommand } from './help.js';
import { linkCommand } from './link.js';
import { groupCommand } from './groups.js';
import { leaderboardCommand, statsCommand } from './groups-board.js';
import { commitCommand } from './groups-commit.js';
import { joinCommand, leaveCommand, membersCommand, removeCommand } from './groups-members.js';
import { pickForShare, pickForUnshare, shareCommand, unshareCommand } from './groups-shares.js';
import { undoLatest } from './logging.js';
import { partnerCommand } from './partners.js';
import { logCommand } from './log-command.js';
import { pauseCommand, pickForPause, resumeCommand } from './pause.js';
import { showHowAmIDoing, showStreaks, showToday, showWeek } from './queries.js';
import { reviewCommand } from './review.js';

export type CommandHandler = (turn: Turn, args: string) => Promise<Reply[]>;
export type PickHandler = (turn: Turn, id: string) => Promise<Reply[]>;

const commands: Record<string, CommandHandler> = {
  start: startCommand,
  help: helpCommand,
  new: startNewHabit,
  habits: showHabits,
  edit: editCommand,
  archive: archiveCommand,
  pause: pauseCommand,
  resume: resumeCommand,
  today: showToday,
  stats: statsCommand,
  streaks: showStreaks,
  week: showWeek,
  how: showHowAmIDoing,
  goal: startGoal,
  goals: showGoals,
  reset: resetCommand,
  undo: undoLatest,
  export: exportCommand,
  import: importCommand,
  delete: deleteCommand,
  settings: settingsCommand,
  coach: coachCommand,
  review: reviewCommand,
  link: linkCommand,
  group: groupCommand,
  join: joinCommand,
  leave: leaveCommand,
  members: membersCommand,
  leaderboard: leaderboardCommand,
  remove: removeCommand,
  share: shareCommand,
  unshare: unshareCommand,
  commit: commitCommand,
  partner: partnerCommand,
  log: logCommand,
};

// Every language's command names (src/dialog/i18n/words/*), for everyone: a command is a name, not a sentence.
const aliases: Record<string, string> = entriesOf('commands');

/** The English name of a command typed in any language ('revisao', 'revision' -> 'review'). */
export function commandName(name: string): string {
  return aliases[name] ?? name;
}

export const COMMANDS: Record<string, CommandHandler> = {
  ...commands,
  ...Object.fromEntries(Object.entries(aliases).map(([alias, name]) => [alias, commands[name]!])),
};

/** Commands about the person's own data: asked in a group, they answer privately. */
export const PRIVATE_DATA_COMMANDS: ReadonlySet<CommandHandler> = new Set([exportCommand, importCommand, deleteCommand]);

export const PICKERS: Record<string, PickHandler> = {
  edit: pickForEdit,
  archive: pickForArchive,
  pause: pickForPause,
  reset: pickForReset,
  share: pickForShare,
  unshare: pickForUnshare,
};
