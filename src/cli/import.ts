// `habit-coach import --user NAME FILE [--db PATH|memory]`: loads an export file into the
// console person NAME (created if new), replacing what they had. A bad file changes nothing.
import { readFile } from 'node:fs/promises';
import { ensureUser } from '../app/users.js';
import { importUserData, type ImportOutcome } from '../app/import.js';
import type { Config } from '../config.js';
import { defaultUserName, readCliOptions } from './chat.js';
import { createRuntime } from './runtime.js';

const USAGE = 'usage: habit-coach import [--user NAME] [--db PATH|memory] FILE   (FILE may be - for stdin)\n';

async function readInput(path: string): Promise<string> {
  if (path !== '-') return readFile(path, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

export async function runImport(args: string[], config: Config): Promise<number> {
  const read = readCliOptions(args, USAGE);
  if (!read.ok) { process.stderr.write(read.message); return 2; }
  if (read.options.help) { process.stdout.write(USAGE); return 0; }
  const [file, ...extra] = read.positionals;
  if (!file || extra.length > 0) { process.stderr.write(USAGE); return 2; }
  let text: string;
  try {
    text = await readInput(file);
  } catch (error) {
    process.stderr.write(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const userName = read.options.user ?? defaultUserName();
  try {
    return await importInto(config, read.options.db, userName, text);
  } catch (error) {
    // Anything unforeseen (the database unreachable at startup...): one line, no stack trace.
    process.stderr.write(`import failed: ${firstLine(error)}; nothing was changed\n`);
    return 1;
  }
}

function firstLine(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  const message = error instanceof Error ? error.message : String(error);
  return (cause || message).split('\n')[0]!.slice(0, 300);
}

async function importInto(config: Config, db: string | undefined, userName: string, text: string): Promise<number> {
  const runtime = await createRuntime(config, { ...(db ? { pglitePath: db } : {}), minLogLevel: 'fatal' }); // this command says what failed itself, in one line
  try {
    const ensured = await ensureUser(runtime.app, { platform: 'console', externalId: userName, displayName: userName });
    if (!ensured.ok) { process.stderr.write(`bad user name: ${ensured.issues.join('; ')}\n`); return 2; }
    // postgres.js can crash outside any promise when the connection drops mid-transaction (a
    // write scheduled on the closed socket): still one line, naming the rows being written.
    let writing = 'the start';
    const crashed = (error: unknown): void => {
      process.stderr.write(`import failed at ${writing}: the database connection was lost (${firstLine(error)}); nothing was changed\n`);
      process.exit(1);
    };
    process.once('uncaughtException', crashed);
    let outcome: ImportOutcome;
    try {
      outcome = await importUserData(runtime.app, ensured.user, text, { onBatch: (row) => { writing = row; } });
    } finally {
      process.off('uncaughtException', crashed);
    }
    if (!outcome.ok) {
      process.stderr.write(`${failureText(outcome)}\n`);
      return 1;
    }
    const { counts } = outcome;
    process.stdout.write(`imported into "${userName}": ${counts.habits} habits, ${counts.entries} entries, ${counts.pauses} pauses, ${counts.goals} goals\n`);
    return 0;
  } finally {
    // After a lost connection closing can fail too; the import's own outcome is what matters.
    await runtime.close().catch(() => undefined);
  }
}

function failureText(outcome: Exclude<ImportOutcome, { ok: true }>): string {
  switch (outcome.error) {
    case 'invalid_file':
      return `import failed; nothing was changed:\n${outcome.issues.slice(0, 20).map((issue) => `  - ${issue}`).join('\n')}`;
    case 'row_refused':
      return `import failed at ${outcome.row}: the database refused it (${outcome.detail}); nothing was changed`;
    case 'connection_lost':
      return `import failed at ${outcome.row}: the database connection was lost (${outcome.detail}); nothing was changed`;
    case 'unknown_user':
      return 'import failed: the person vanished during the import; nothing was changed';
  }
}
