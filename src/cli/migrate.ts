// `habit-coach migrate`: applies pending migrations from drizzle/ to the configured database
// (DATABASE_URL, else PGlite at PGLITE_PATH) and says what it did.
import type { Config } from '../config.js';
import { createDatabase, migrateDatabase } from '../db/client.js';

export async function runMigrate(_args: string[], config: Config): Promise<number> {
  const target = config.DATABASE_URL ? 'PostgreSQL' : `PGlite (${config.PGLITE_PATH})`;
  let handle;
  try {
    handle = await createDatabase({ databaseUrl: config.DATABASE_URL, pglitePath: config.PGLITE_PATH });
    const report = await migrateDatabase(handle);
    if (report.applied.length === 0) {
      process.stdout.write(`${target}: up to date (${report.total} migrations)\n`);
    } else {
      process.stdout.write(`${target}: applied ${report.applied.length} of ${report.total}: ${report.applied.join(', ')}\n`);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`migrate failed on ${target}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await handle?.close();
  }
}
