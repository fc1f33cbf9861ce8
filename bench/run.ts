// `npm run bench`: starts throwaway servers the way the tests do (unless DATABASE_URL /
// REDIS_URL are set; PostgreSQL with its default durability), runs every suite in bench/suites/, and prints one JSON line per figure.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startPostgres, startRedis, type RunningServer } from '../test/support/servers.js';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  [detail: string]: unknown;
}

export interface BenchContext {
  databaseUrl: string;
  redisUrl: string;
  report(figure: Figure): void;
}

/** A suite: bench/suites/<name>.ts with a default export. */
export type BenchSuite = (context: BenchContext) => Promise<void>;

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const started: RunningServer[] = [];
  try {
    let databaseUrl = process.env.DATABASE_URL;
    let redisUrl = process.env.REDIS_URL;
    if (!databaseUrl) { const pg = await startPostgres({ durable: true }); started.push(pg); databaseUrl = pg.url; }
    if (!redisUrl) { const redis = await startRedis(); started.push(redis); redisUrl = redis.url; }
    const context: BenchContext = {
      databaseUrl,
      redisUrl,
      report: (figure) => process.stdout.write(`${JSON.stringify(figure)}\n`),
    };
    const dir = join(import.meta.dirname, 'suites');
    const suites = readdirSync(dir).filter((file) => file.endsWith('.ts')).sort();
    for (const file of suites) {
      if (only.length > 0 && !only.some((name) => file.includes(name))) continue;
      const module = (await import(pathToFileURL(join(dir, file)).href)) as { default: BenchSuite };
      process.stderr.write(`bench: ${file}\n`);
      await module.default(context);
    }
  } finally {
    await Promise.all(started.map((server) => server.stop()));
  }
}

await main();
