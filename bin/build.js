#!/usr/bin/env node
// `npm run build`: compiles src/ to dist/ with tsconfig.build.json, then stamps the build.
// `--if-stale` (npm's prestart) builds only when src/ changed since the last build, so
// `npm install && npm start` works on a fresh machine and costs nothing when dist/ is current.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BUILD_STAMP, ROOT, distIsFresh, hasDist } from './build-state.js';

const ifStale = process.argv.includes('--if-stale');
if (ifStale && distIsFresh()) process.exit(0);

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  // A production install (npm ci --omit=dev) has no compiler: run the build it shipped with.
  if (ifStale && hasDist()) process.exit(0);
  process.stderr.write('Cannot build: TypeScript is not installed. Run `npm install` (with the dev dependencies), then `npm run build`.\n');
  process.exit(1);
}

const started = new Date();
process.stderr.write('habit-coach: building dist/ ...\n');
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
if (result.status !== 0) {
  process.stderr.write('habit-coach: the build failed (see the errors above); dist/ was not marked as built.\n');
  process.exit(result.status ?? 1);
}
// The stamp carries the build's start time: a source saved during the build still counts as newer.
closeSync(openSync(BUILD_STAMP, 'a'));
utimesSync(BUILD_STAMP, started, started);
