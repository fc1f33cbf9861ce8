// Composition root: `habit-coach <command>`. Each command lives in src/cli/ and is
// loaded only when asked for, so `chat` never loads discord.js and nothing runs at import.
import { ConfigError, loadConfig, type Config } from './config.js';

export type CommandRunner = (args: string[], config: Config) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<CommandRunner> }> = {
  migrate: { summary: 'apply database migrations', load: async () => (await import('./cli/migrate.js')).runMigrate },
  chat: { summary: 'console chat (--user NAME --db PATH|memory --now ISO --lang en|pt-BR|es)', load: async () => (await import('./cli/chat.js')).runChat },
  export: { summary: 'print a person\'s export JSON (--user NAME [--db ...] [--csv])', load: async () => (await import('./cli/export.js')).runExport },
  import: { summary: 'load an export file (--user NAME FILE [--db ...])', load: async () => (await import('./cli/import.js')).runImport },
  bot: { summary: 'serve Telegram (TELEGRAM_BOT_TOKEN; webhook when TELEGRAM_WEBHOOK_URL)', load: async () => (await import('./cli/bot.js')).runBot },
  worker: { summary: 'deliver reminders, nudges and weekly reviews from BullMQ (REDIS_URL)', load: async () => (await import('./cli/worker.js')).runWorker },
  all: { summary: 'bot and jobs in one process (BullMQ with REDIS_URL, else in-process)', load: async () => (await import('./cli/all.js')).runAll },
  'discord:register': { summary: 'register Discord slash commands ([--guild ID | --global])', load: async () => (await import('./cli/discord-register.js')).runDiscordRegister },
};

/** `npm start` with no command: the Telegram/Discord bot with its jobs when a token is set, else the console chat. */
function defaultCommand(config: Config): string {
  if (config.TELEGRAM_BOT_TOKEN || config.DISCORD_TOKEN) return commands.all ? 'all' : 'chat';
  return 'chat';
}

function usage(): string {
  const lines = Object.entries(commands).map(([name, command]) => `  ${name.padEnd(18)} ${command.summary}`);
  return `usage: habit-coach <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(usage());
    return 0;
  }
  const name = first && !first.startsWith('-') ? first : defaultCommand(config);
  const args = first && !first.startsWith('-') ? rest : argv;
  const command = commands[name];
  if (!command) {
    process.stderr.write(`unknown command: ${name}\n${usage()}`);
    return 2;
  }
  const run = await command.load();
  return run(args, config);
}
