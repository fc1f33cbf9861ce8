// /export of any size: the file is written as it is read, the entries page by page, so an
// account with a million entries streams through bounded memory. The JSON is byte for byte
// what JSON.stringify(file, null, 2) would give (a test holds it to that), so it still
// round-trips through /import.
import type { Entry, User } from '../core/types.js';
import type { AppDeps } from './deps.js';
import { exportEntry, exportHead, type ExportHead } from './export.js';
import type { EntryPageCursor } from './ports.js';

/** Entries per page: large enough to keep queries few, small enough to keep memory flat. */
const PAGE_SIZE = 2000;

export type ExportFormat = 'json' | 'csv';

export interface OpenedExport {
  name: string;
  mimeType: string;
  /** The file's text in chunks; each call reads the data again. */
  chunks: () => AsyncIterable<string>;
}

async function* entryPages(deps: AppDeps, userId: string, pageSize: number): AsyncIterable<Entry[]> {
  let after: EntryPageCursor | null = null;
  do {
    const page = await deps.repos.entries.pageForUser(userId, after, pageSize);
    if (page.entries.length > 0) yield page.entries;
    after = page.next;
  } while (after);
}

/** JSON.stringify(value, null, 2) as it reads nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

const field = (key: string, value: unknown): string => `  ${JSON.stringify(key)}: ${nested(value, 1)}`;

async function* jsonChunks(deps: AppDeps, userId: string, head: ExportHead, pageSize: number): AsyncIterable<string> {
  const { format, version, profile, categories, habits, pauses, goals, groups } = head;
  yield `{\n${[field('format', format), field('version', version), field('profile', profile), field('categories', categories), field('habits', habits)].join(',\n')},\n  "entries": [`;
  let first = true;
  for await (const page of entryPages(deps, userId, pageSize)) {
    const items = page.map((entry) => `    ${nested(exportEntry(entry), 2)}`).join(',\n');
    yield `${first ? '\n' : ',\n'}${items}`;
    first = false;
  }
  yield `${first ? '' : '\n  '}],\n${[field('pauses', pauses), field('goals', goals), field('groups', groups)].join(',\n')}\n}\n`;
}

const CSV_COLUMNS = ['date', 'habit', 'kind', 'quantity', 'unit', 'note', 'mood', 'energy', 'source', 'created_at'] as const;

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every entry as CSV (RFC 4180, header row, oldest first), one line per entry. */
async function* csvChunks(deps: AppDeps, userId: string, head: ExportHead, pageSize: number, header: string): AsyncIterable<string> {
  const habitsById = new Map(head.habits.map((habit) => [habit.id, habit]));
  yield `${header}\r\n`;
  for await (const page of entryPages(deps, userId, pageSize)) {
    yield page.map((entry) => {
      const habit = habitsById.get(entry.habitId);
      return [
        entry.localDate, habit?.name ?? '', entry.kind, entry.quantity, habit?.target?.unit ?? null,
        entry.note, entry.mood, entry.energy, entry.source, entry.createdAt.toISOString(),
      ].map(csvCell).join(',') + '\r\n';
    }).join('');
  }
}

/** The person's export as a file to stream, or null when there is no such person. */
export async function openExport(
  deps: AppDeps,
  user: Pick<User, 'id'>,
  format: ExportFormat,
  /** `csvHeader`: the CSV's header row in the person's language (the rows are data and stay as they are). */
  options: { pageSize?: number; csvHeader?: string } = {},
): Promise<OpenedExport | null> {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  if (!(await deps.repos.users.get(user.id))) return null;
  const header = options.csvHeader ?? CSV_COLUMNS.join(',');
  const read = format === 'csv'
    ? (d: AppDeps, id: string, head: ExportHead, size: number) => csvChunks(d, id, head, size, header)
    : jsonChunks;
  return {
    name: format === 'csv' ? 'habit-coach-entries.csv' : 'habit-coach-export.json',
    mimeType: format === 'csv' ? 'text/csv' : 'application/json',
    async *chunks() {
      const head = await exportHead(deps, user);
      if (!head) return; // deleted meanwhile: an empty file rather than someone else's
      yield* read(deps, user.id, head, pageSize);
    },
  };
}

/** The whole export as one string (the CLI and tests of small accounts). */
export async function exportText(deps: AppDeps, user: Pick<User, 'id'>, format: ExportFormat): Promise<string | null> {
  const opened = await openExport(deps, user, format);
  if (!opened) return null;
  let text = '';
  for await (const chunk of opened.chunks()) text += chunk;
  return text;
}
