import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runMigrate } from '../../src/cli/migrate.js';
import { loadConfig } from '../../src/config.js';

describe('habit-coach migrate', () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('given a new PGlite directory, applies every migration and says so; run again, says it is up to date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'habit-coach-migrate-'));
    dirs.push(dir);
    const config = loadConfig({ PGLITE_PATH: join(dir, 'db') });
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    expect(await runMigrate([], config)).toBe(0);
    expect(await runMigrate([], config)).toBe(0);
    expect(printed[0]).toMatch(/^PGlite \(.+\): applied (\d+) of \1: 0000_init, /);
    expect(printed[1]).toMatch(/^PGlite \(.+\): up to date \(\d+ migrations\)/);
  });

  it('given a database it cannot reach, reports the failure and exits non-zero', async () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      errors.push(String(chunk));
      return true;
    });
    expect(await runMigrate([], config)).toBe(1);
    expect(errors.join('')).toMatch(/^migrate failed on PostgreSQL: /);
  });
});
