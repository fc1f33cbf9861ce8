// The one place that reads the environment. A bad or missing variable stops startup
// with an error that names it.
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const configSchema = z.object({
  DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  /** PGlite location when DATABASE_URL is unset: a directory, or 'memory'. */
  PGLITE_PATH: optionalString.default('./.data/pglite'),
  REDIS_URL: optionalString.pipe(z.url({ protocol: /^rediss?$/ }).optional()),
  /** On SIGTERM/SIGINT a worker finishes its sends in flight for at most this long (under docker's 10 s). */
  WORKER_GRACE_SECONDS: z.coerce.number().min(0).max(3600).default(8),
  TELEGRAM_BOT_TOKEN: optionalString.pipe(z.string().regex(/^\d+:[\w-]{20,}$/, 'expected a token like 123456:ABC...').optional()),
  TELEGRAM_API_ROOT: optionalString.pipe(z.url().optional()),
  TELEGRAM_WEBHOOK_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  TELEGRAM_WEBHOOK_SECRET: optionalString.pipe(z.string().regex(/^[A-Za-z0-9_-]{1,256}$/).optional()),
  TELEGRAM_WEBHOOK_PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString.pipe(z.string().regex(/^\d+$/).optional()),
  DISCORD_DEV_GUILD_ID: optionalString.pipe(z.string().regex(/^\d+$/).optional()),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.pipe(z.url().optional()),
  OPENAI_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2500),
  // How much one free-chat message may write through the model; past it the coach asks.
  LLM_MAX_ENTRIES_PER_TURN: z.coerce.number().int().min(0).max(50).default(5),
  LLM_MAX_NEW_HABITS_PER_TURN: z.coerce.number().int().min(0).max(20).default(2),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  DEFAULT_TIME_ZONE: z.string().trim().min(1).default('America/Sao_Paulo'),
  /** Messages one person may send at once before being told to slow down; 0 turns the limit off. */
  RATE_LIMIT_BURST: z.coerce.number().int().min(0).max(10_000).default(20),
  /** How fast a person's allowance comes back, in messages a second. */
  RATE_LIMIT_PER_SECOND: z.coerce.number().positive().max(10_000).default(1),
}).superRefine((config, context) => {
  // Without a fixed secret a failed setWebhook leaves Telegram posting with a secret this
  // process never learns, and every update is refused (401) until someone notices.
  if (config.TELEGRAM_WEBHOOK_URL && !config.TELEGRAM_WEBHOOK_SECRET) {
    context.addIssue({
      code: 'custom',
      path: ['TELEGRAM_WEBHOOK_SECRET'],
      message: 'required when TELEGRAM_WEBHOOK_URL is set (1-256 of A-Z a-z 0-9 _ -, the same on every replica)',
    });
  }
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (process.env by default). Throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return result.data;
}
