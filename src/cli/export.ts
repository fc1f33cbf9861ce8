// `habit-coach export --user NAME [--db PATH|memory] [--csv]`: prints the person's export
// JSON (or their entries as CSV) to stdout, outside the chat, streamed with bounded memory.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { openExport } from '../app/export-stream.js';
import type { Config } from '../config.js';
import { defaultUserName, readCliOptions } from './chat.js';
import { createRuntime } from './runtime.js';

const USAGE = 'usage: habit-coach export [--user NAME] [--db PATH|memory] [--csv]\n';

export async function runExport(args: string[], config: Config): Promise<number> {
  const csv = args.includes('--csv');
  const read = readCliOptions(args.filter((arg) => arg !== '--csv'), USAGE);
  if (!read.ok) { process.stderr.write(read.message); return 2; }
  if (read.options.help) { process.stdout.write(USAGE); return 0; }
  if (read.positionals.length > 0) { process.stderr.write(`unexpected argument: ${read.positionals[0]}\n${USAGE}`); return 2; }
  const userName = read.options.user ?? defaultUserName();
  const runtime = await createRuntime(config, { ...(read.options.db ? { pglitePath: read.options.db } : {}), minLogLevel: 'warn' });
  try {
    const user = await runtime.repos.users.findByIdentity('console', userName);
    if (!user) {
      process.stderr.write(`no console user named "${userName}" in this database\n`);
      return 1;
    }
    const opened = await openExport(runtime.app, user, csv ? 'csv' : 'json');
    if (!opened) { process.stderr.write('export failed: unknown user\n'); return 1; }
    // pipeline waits for stdout to drain, so a slow reader never makes the export pile up in memory.
    await pipeline(Readable.from(opened.chunks()), process.stdout, { end: false });
    return 0;
  } finally {
    await runtime.close();
  }
}

