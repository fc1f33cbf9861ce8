// The person's data: /export (JSON of everything, or entries as CSV, streamed as a file),
// /import (that same JSON as a file or pasted, replacing what is there after a confirmation)
// and /delete (after a confirmation). Asked in a group, all three answer privately (see
// private-data.ts, wired in the router).
import { deleteUser } from '../../app/delete.js';
import { openExport } from '../../app/export-stream.js';
import { importUserData } from '../../app/import.js';
import { unstorableTextIssues } from '../../app/import-text.js';
import { startConfirmation } from '../flows/confirm.js';
import { MAX_IMPORT_FILE_BYTES, type Reply } from '../messages.js';
import { normalizeAnswer, reply } from '../replies.js';
import type { Turn } from '../turn.js';

export const IMPORT_FLOW = 'import';

/** The file is made as the adapter sends it (nothing of it is held here): see app/export-stream.ts. */
export async function exportCommand(turn: Turn, args: string): Promise<Reply[]> {
  const { t } = turn;
  const csv = normalizeAnswer(args) === 'csv';
  // The CSV's header row in the person's language; the rows are data and stay as they are.
  const opened = await openExport(turn.app, turn.user, csv ? 'csv' : 'json', { csvHeader: t('export.csv_header') });
  if (!opened) return [reply(t('error.generic'))];
  return [{ text: t(csv ? 'export.csv' : 'export.json'), file: opened }];
}

/**
 * "/import" with the export file attached, or "/import {json}", imports (after a confirmation
 * when there is data to replace); "/import" alone waits for the file or the JSON.
 */
export async function importCommand(turn: Turn, args: string): Promise<Reply[]> {
  if (turn.message.document) return importDocument(turn);
  if (!args) {
    await turn.setState(IMPORT_FLOW, 'json');
    return [reply(turn.t('import.ask'))];
  }
  return offerImport(turn, args);
}

/** A file the person sent (the adapter fetched it, within MAX_IMPORT_FILE_BYTES). */
export async function importDocument(turn: Turn): Promise<Reply[]> {
  const document = turn.message.document;
  if (!document) return [reply(turn.t('import.ask'))];
  if ('problem' in document) {
    await turn.clearState();
    return [reply(document.problem === 'too_big'
      ? turn.t('import.too_big', { max: MAX_IMPORT_FILE_BYTES / (1024 * 1024) })
      : turn.t('import.unreadable'))];
  }
  return offerImport(turn, document.text);
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
    if (outcome.error === 'row_refused') return [reply(t('import.row_refused', { row: outcome.row, detail: outcome.detail }))];
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
