// Whether dist/ (the compiled build) is up to date with src/: the build writes dist/.built
// when it starts, and any source, tsconfig or package.json changed after it makes dist stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST_ENTRY = join(ROOT, 'dist', 'main.js');
export const BUILD_STAMP = join(ROOT, 'dist', '.built');
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

function newestChange(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)));
  return newest;
}

export function hasDist() {
  return existsSync(DIST_ENTRY);
}

export function distIsFresh() {
  const stamp = statSync(BUILD_STAMP, { throwIfNoEntry: false });
  if (!stamp || !hasDist()) return false;
  return INPUTS.every((input) => newestChange(join(ROOT, input)) <= stamp.mtimeMs);
}
