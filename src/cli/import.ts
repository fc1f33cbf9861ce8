// `habit-coach import --user NAME FILE [--db PATH|memory]`: loads an export file into the
// console person NAME (created if new), replacing what they had. A bad file changes nothing.
import { readFile } from 'node:fs/promises';
import { ensureUser } from '../app/users.js';
import { importUserData } from '../app/import.js';
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
  const runtime = await createRuntime(config, { ...(read.options.db ? { pglitePath: read.options.db } : {}), minLogLevel: 'warn' });
  try {
    const ensured = await ensureUser(runtime.app, { platform: 'console', externalId: userName, displayName: userName });
    if (!ensured.ok) { process.stderr.write(`bad user name: ${ensured.issues.join('; ')}\n`); return 2; }
    const outcome = await importUserData(runtime.app, ensured.user, text);
    if (!outcome.ok) {
      const issues = outcome.error === 'invalid_file' ? outcome.issues.slice(0, 20).map((issue) => `  - ${issue}`).join('\n') : outcome.error;
      process.stderr.write(`import failed; nothing was changed:\n${issues}\n`);
      return 1;
    }
    const { counts } = outcome;
    process.stdout.write(`imported into "${userName}": ${counts.habits} habits, ${counts.entries} entries, ${counts.pauses} pauses, ${counts.goals} goals\n`);
    return 0;
  } finally {
    await runtime.close();
  }
}
