// What an import file must satisfy beyond its shape: ids unique, references inside the file,
// and the database's own rules, so a bad file is refused before anything is touched.
import type { ExportFile } from './export-format.js';

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
