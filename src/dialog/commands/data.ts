// The person's data: /export (JSON of everything, or entries as CSV), /import (that same
// JSON, replacing what is there after a confirmation) and /delete (after a confirmation).
import { deleteUser } from '../../app/delete.js';
import { entriesCsv, exportUserData } from '../../app/export.js';
import { importUserData } from '../../app/import.js';
import { unstorableTextIssues } from '../../app/import-text.js';
import { startConfirmation } from '../flows/confirm.js';
import type { Reply } from '../messages.js';
import { normalizeAnswer, reply } from '../replies.js';
import type { Turn } from '../turn.js';

export const IMPORT_FLOW = 'import';

export async function exportCommand(turn: Turn, args: string): Promise<Reply[]> {
  const { t } = turn;
  if (normalizeAnswer(args) === 'csv') {
    const csv = await entriesCsv(turn.app, turn.user);
    // The header row in the person's language; the rows are data and stay as they are.
    const [, ...rows] = csv.split('\r\n');
    const content = [t('export.csv_header'), ...rows].join('\r\n');
    return [{ text: t('export.csv'), file: { name: 'habit-coach-entries.csv', mimeType: 'text/csv', content } }];
  }
  const outcome = await exportUserData(turn.app, turn.user);
  if (!outcome.ok) return [reply(t('error.generic'))];
  const content = `${JSON.stringify(outcome.file, null, 2)}\n`;
  return [{ text: t('export.json'), file: { name: 'habit-coach-export.json', mimeType: 'application/json', content } }];
}

/** "/import {json}" imports (after a confirmation when there is data to replace); "/import" waits for the JSON. */
export async function importCommand(turn: Turn, args: string): Promise<Reply[]> {
  if (!args) {
    await turn.setState(IMPORT_FLOW, 'json');
    return [reply(turn.t('import.ask'))];
  }
  return offerImport(turn, args);
}

export async function offerImport(turn: Turn, json: string): Promise<Reply[]> {
  const { t } = turn;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    await turn.clearState();
    return [reply(t('import.not_json'))];
  }
  // Refused before the file waits in the flow state (stored as JSON, which cannot hold them either).
  const unstorable = unstorableTextIssues(parsed);
  if (unstorable.length > 0) {
    await turn.clearState();
    return [reply(t('import.invalid', { issues: `• ${unstorable.slice(0, 5).join('\n• ')}` }))];
  }
  const [habits, entries] = await Promise.all([
    turn.repos.habits.list(turn.user.id, { includeArchived: true }),
    turn.repos.entries.latest(turn.user.id),
  ]);
  if (habits.length === 0 && !entries) {
    await turn.clearState();
    return importNow(turn, parsed);
  }
  return startConfirmation(turn, 'import', { file: parsed }, t('import.confirm', { count: habits.length }), t('button.replace'));
}

export async function importNow(turn: Turn, file: unknown): Promise<Reply[]> {
  const { t } = turn;
  const outcome = await importUserData(turn.app, turn.user, file);
  if (!outcome.ok) {
    if (outcome.error === 'invalid_file') {
      const issues = outcome.issues.slice(0, 5).join('\n• ');
      return [reply(t('import.invalid', { issues: `• ${issues}` }))];
    }
    return [reply(t('error.generic'))];
  }
  const { counts } = outcome;
  return [reply(t('import.done', { habits: counts.habits, entries: counts.entries, goals: counts.goals, pauses: counts.pauses }))];
}

export function deleteCommand(turn: Turn): Promise<Reply[]> {
  return startConfirmation(turn, 'delete', {}, turn.t('delete.confirm'), turn.t('button.delete'));
}

export async function deleteConfirmed(turn: Turn): Promise<Reply[]> {
  await turn.clearState();
  const outcome = await deleteUser(turn.app, turn.user);
  return [reply(outcome.ok ? turn.t('delete.done') : turn.t('error.generic'))];
}
