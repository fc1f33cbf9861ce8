// What every long-running command (bot, worker, all) shares: its argument check and how
// it waits for the signal to stop.

/** Resolves with the first SIGINT/SIGTERM; a second one while stopping exits at once. */
export function shutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/**
 * These commands take no arguments: prints the usage for --help (exit 0) or for anything
 * else (exit 2). Returns null when there is nothing to say and the command should run.
 */
export function noArgumentsExit(args: string[], usage: string): number | null {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usage);
    return 0;
  }
  if (args.length > 0) {
    process.stderr.write(`unexpected arguments: ${args.join(' ')}\n${usage}`);
    return 2;
  }
  return null;
}
