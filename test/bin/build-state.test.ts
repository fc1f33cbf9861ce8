// When the bin may run the compiled build: only while dist/ is at least as new as every
// source, so an edited source never runs as its stale compiled copy.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const temp = mkdtempSync(join(tmpdir(), 'habit-coach-build-state-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A checkout of its own: bin/build-state.js, a source, and optionally a stamped build. */
async function checkout(name: string) {
  const root = join(temp, name);
  for (const dir of ['bin', 'src/core', 'dist']) mkdirSync(join(root, dir), { recursive: true });
  copyFileSync(join(import.meta.dirname, '..', '..', 'bin', 'build-state.js'), join(root, 'bin', 'build-state.js'));
  for (const file of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'src/main.ts', 'src/core/day.ts']) writeFileSync(join(root, file), '{}');
  const state = (await import(pathToFileURL(join(root, 'bin', 'build-state.js')).href)) as { distIsFresh(): boolean };
  const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);
  for (const file of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'src/main.ts', 'src/core/day.ts', 'src', 'src/core']) at(file, 1_000);
  return { root, state, at };
}

describe('whether the bin runs dist/', () => {
  it('given a build stamped after every source, then dist/ is current', async () => {
    const { root, state, at } = await checkout('fresh');
    writeFileSync(join(root, 'dist', 'main.js'), '');
    writeFileSync(join(root, 'dist', '.built'), '');
    at('dist/.built', 2_000);
    expect(state.distIsFresh()).toBe(true);
  });

  it('given a source saved after the build, then the stale dist/ is not run', async () => {
    const { root, state, at } = await checkout('stale');
    writeFileSync(join(root, 'dist', 'main.js'), '');
    writeFileSync(join(root, 'dist', '.built'), '');
    at('dist/.built', 2_000);
    at('src/core/day.ts', 3_000);
    expect(state.distIsFresh()).toBe(false);
  });

  it('given no finished build (no stamp), then dist/ is not run', async () => {
    const { root, state } = await checkout('unfinished');
    writeFileSync(join(root, 'dist', 'main.js'), '');
    expect(state.distIsFresh()).toBe(false);
  });
});
