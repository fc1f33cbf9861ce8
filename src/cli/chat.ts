// `habit-coach chat`: the console chat, and the embedded default of `npm start`.
//   --user NAME       who is talking (default: the OS user name)
//   --db PATH|memory  a PGlite directory, or memory (default: DATABASE_URL, else ./.data/pglite)
//   --now ISO-TIME    a fixed clock, e.g. 2026-11-23T09:00:00 (UTC unless it has an offset)
//   --lang en|pt-BR|es   the language of a new person (default: the system locale)
// When stdin is not a terminal it reads one message per line and exits 0 at the end.
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { runConsoleChat } from '../adapters/console/console-chat.js';
import { createConsoleNotifier, type ConsoleNotifier } from '../adapters/console/notifier.js';
import { LOCALES } from '../core/languages.js';
import type { Reply } from '../dialog/messages.js';
import { startInProcessJobs, type InProcessJobs } from '../jobs/in-process.js';
import type { Clock } from '../app/ports.js';
import type { Config } from '../config.js';
import { createRuntime, describeDatabase, type Runtime } from './runtime.js';

const USAGE = 'usage: habit-coach chat [--user NAME] [--db PATH|memory] [--now ISO-TIME] [--lang en|pt-BR|es]\n';

export const commonOptions = {
  user: { type: 'string' },
  db: { type: 'string' },
  now: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const cliOptionsSchema = z.object({
  user: z.string().trim().min(1, 'must not be empty').max(100).optional(),
  db: z.string().trim().min(1, 'must not be empty').optional(),
  now: z.string().optional().transform((value, ctx) => {
    if (value === undefined) return undefined;
    const parsed = DateTime.fromISO(value, { zone: 'utc' });
    if (!parsed.isValid) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not an ISO time like 2026-11-23T09:00:00` });
      return z.NEVER;
    }
    return parsed.toJSDate();
  }),
  lang: z.enum(LOCALES).optional(),
  help: z.boolean().optional(),
});
export type CliOptions = z.output<typeof cliOptionsSchema>;

/** Parses the shared options; a problem is returned as a message for stderr. */
export function readCliOptions(args: string[], usage: string): { ok: true; options: CliOptions; positionals: string[] } | { ok: false; message: string } {
  let raw;
  try {
    raw = parseArgs({ args, options: commonOptions, allowPositionals: true, strict: true });
  } catch (error) {
    return { ok: false, message: `${error instanceof Error ? error.message : String(error)}\n${usage}` };
  }
  const parsed = cliOptionsSchema.safeParse(raw.values);
  if (!parsed.success) {
    return { ok: false, message: `${parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n')}\n${usage}` };
  }
  return { ok: true, options: parsed.data, positionals: raw.positionals };
}

export function fixedClock(now: Date | undefined): Clock | undefined {
  return now ? { now: () => new Date(now) } : undefined;
}

export function defaultUserName(): string {
  try {
    return userInfo().username || 'me';
  } catch {
    return 'me';
  }
}

export async function runChat(args: string[], config: Config): Promise<number> {
  const read = readCliOptions(args, USAGE);
  if (!read.ok) { process.stderr.write(read.message); return 2; }
  const { options } = read;
  if (options.help) { process.stdout.write(USAGE); return 0; }
  const interactive = Boolean(process.stdin.isTTY);
  const clock = fixedClock(options.now);
  let runtime: Runtime;
  try {
    runtime = await createRuntime(config, {
      ...(clock ? { clock } : {}),
      ...(options.db ? { pglitePath: options.db } : {}),
      ...(interactive ? { minLogLevel: 'warn' as const } : {}),
    });
  } catch (error) {
    process.stderr.write(`could not open ${describeDatabase(config, options.db ? { pglitePath: options.db } : {})}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const stop = new AbortController();
  const onInterrupt = () => stop.abort();
  process.once('SIGINT', onInterrupt);
  // Reminders and nudges in the terminal: the jobs run in-process (jobs engineer; additive).
  const pushed = interactive && !config.REDIS_URL ? startConsoleJobs(runtime) : null;
  // Domain events after each turn, without delaying its reply (with Redis, the worker delivers them).
  if (!config.REDIS_URL) runtime.deliverEvents();
  try {
    if (interactive) {
      process.stdout.write(`habit-coach console chat · ${describeDatabase(config, options.db ? { pglitePath: options.db } : {})}\nType /help for commands, Ctrl-D to quit.\n\n`);
    }
    await runConsoleChat({
      conversation: runtime.conversation,
      input: process.stdin,
      output: process.stdout,
      userName: options.user ?? defaultUserName(),
      localeHint: options.lang ?? Intl.DateTimeFormat().resolvedOptions().locale,
      interactive,
      signal: stop.signal,
      ...(pushed ? { onPushReady: (print: (reply: Reply) => void) => pushed.terminal.attach(options.user ?? defaultUserName(), print) } : {}),
    });
    return 0;
  } catch (error) {
    if (stop.signal.aborted) return 0;
    runtime.logger.error({ err: error }, 'console chat failed');
    return 1;
  } finally {
    process.off('SIGINT', onInterrupt);
    await pushed?.jobs.stop();
    await runtime.close();
  }
}

/** The in-process jobs, speaking into this terminal. */
function startConsoleJobs(runtime: Runtime): { terminal: ConsoleNotifier; jobs: InProcessJobs } {
  const terminal = createConsoleNotifier();
  const jobs = startInProcessJobs({
    database: runtime.database, repos: runtime.repos, clock: runtime.clock, coach: runtime.coach, logger: runtime.logger,
    notifiers: { console: terminal.notifier }, reviewQuestions: runtime.reviewQuestions,
  });
  return { terminal, jobs };
}
