// What an import file must satisfy beyond its shape: ids unique, references inside the file,
// dates within bounds (core/date-bounds.ts), and the database's own rules, so a bad file is
// refused before anything is touched. Each issue names its row.
import { dateBoundProblem, EARLIEST_LOCAL_DATE, latestLocalDate, type DateBoundProblem } from '../core/date-bounds.js';
import { localDateOf } from '../core/day.js';
import type { LocalDate } from '../core/types.js';
import type { ExportFile } from './export-format.js';

function boundText(problem: DateBoundProblem, today: LocalDate, habitStart?: LocalDate): string {
  switch (problem) {
    case 'before_2000': return `before ${EARLIEST_LOCAL_DATE}`;
    case 'before_habit_start': return `before its habit starts (${habitStart ?? ''})`;
    case 'after_tomorrow': return `in the future (after ${latestLocalDate(today)})`;
  }
}

/** Dates out of bounds, and slips on habits to build (only a habit to break has slips). */
export function dateIssues(file: ExportFile, now: Date): string[] {
  const issues: string[] = [];
  // The person's today as the file's profile, which the import restores, reckons it.
  const today = localDateOf(now, file.profile.timeZone, file.profile.dayStartHour);
  const habits = new Map(file.habits.map((row) => [row.id, row]));
  file.habits.forEach((row, i) => {
    const problem = dateBoundProblem(row.startDate, today);
    if (problem) issues.push(`habits.${i} ("${row.name}"): starts ${row.startDate}, ${boundText(problem, today)}`);
  });
  file.entries.forEach((row, i) => {
    const habit = habits.get(row.habitId);
    const where = `entries.${i} (${habit ? `"${habit.name}", ` : ''}${row.localDate})`;
    const problem = dateBoundProblem(row.localDate, today, habit?.startDate);
    if (problem) issues.push(`${where}: ${boundText(problem, today, habit?.startDate)}`);
    if (habit && row.kind === 'slip' && habit.kind === 'build') issues.push(`${where}: a slip on a habit to build (only habits to break have slips)`);
  });
  return issues;
}

export function integrityIssues(file: ExportFile): string[] {
  const issues: string[] = [];
  const ids = new Set<string>();
  const claim = (id: string, where: string): void => {
    if (ids.has(id.toLowerCase())) issues.push(`${where}: id ${id} is used twice`);
    ids.add(id.toLowerCase());
  };
  file.categories.forEach((row, i) => claim(row.id, `categories.${i}`));
  file.habits.forEach((row, i) => claim(row.id, `habits.${i}`));
  file.entries.forEach((row, i) => claim(row.id, `entries.${i}`));
  file.pauses.forEach((row, i) => claim(row.id, `pauses.${i}`));
  file.goals.forEach((goal, i) => {
    claim(goal.id, `goals.${i}`);
    goal.progressEntries.forEach((row, j) => claim(row.id, `goals.${i}.progressEntries.${j}`));
    goal.subtasks.forEach((row, j) => claim(row.id, `goals.${i}.subtasks.${j}`));
  });

  const categories = new Set(file.categories.map((row) => row.id));
  const habits = new Map(file.habits.map((row) => [row.id, row]));
  const categoryNames = new Set<string>();
  file.categories.forEach((row, i) => {
    const name = row.name.toLowerCase();
    if (categoryNames.has(name)) issues.push(`categories.${i}: the name "${row.name}" is used twice`);
    categoryNames.add(name);
  });
  file.habits.forEach((row, i) => {
    if (row.categoryId && !categories.has(row.categoryId)) issues.push(`habits.${i}: unknown categoryId ${row.categoryId}`);
  });
  const onceADay = new Set<string>();
  file.entries.forEach((row, i) => {
    const habit = habits.get(row.habitId);
    if (!habit) return issues.push(`entries.${i}: unknown habitId ${row.habitId}`);
    if (habit.multiplePerDay) return;
    const key = `${row.habitId}|${row.localDate}|${row.kind}`;
    if (onceADay.has(key)) issues.push(`entries.${i}: a second ${row.kind} on ${row.localDate} for a once-a-day habit`);
    onceADay.add(key);
  });
  const keys = new Set<string>();
  file.entries.forEach((row, i) => {
    if (row.idempotencyKey === null) return;
    if (keys.has(row.idempotencyKey)) issues.push(`entries.${i}: idempotencyKey used twice`);
    keys.add(row.idempotencyKey);
  });
  file.pauses.forEach((row, i) => {
    if (row.habitId && !habits.has(row.habitId)) issues.push(`pauses.${i}: unknown habitId ${row.habitId}`);
    if (row.endDate && row.endDate < row.startDate) issues.push(`pauses.${i}: ends before it starts`);
  });
  file.goals.forEach((row, i) => {
    if (row.habitId && !habits.has(row.habitId)) issues.push(`goals.${i}: unknown habitId ${row.habitId}`);
    if ((row.kind === 'target') !== (row.targetValue !== null)) issues.push(`goals.${i}: a target goal needs a targetValue, a counter none`);
    if (row.lastResetDate && row.kind !== 'counter') issues.push(`goals.${i}: only counters are reset`);
    if (row.deadline && row.deadline < row.startDate) issues.push(`goals.${i}: deadline before start`);
    if (row.lastResetDate && row.lastResetDate < row.startDate) issues.push(`goals.${i}: reset before start`);
  });
  return issues;
}
