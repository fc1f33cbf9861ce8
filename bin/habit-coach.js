#!/usr/bin/env node
// `habit-coach <command>`. Runs the compiled build (dist/) when it is up to date with src/;
// otherwise, on a development install, the TypeScript sources through tsx, so no build step is
// needed while working on it. HABIT_COACH_RUN=dist (production: the compose services) or
// HABIT_COACH_RUN=source forces one.
import { DIST_ENTRY, distIsFresh, hasDist } from './build-state.js';

const mode = process.env.HABIT_COACH_RUN ?? 'auto';

async function fromSource() {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch (error) {
    // tsx is a dev dependency: a production install has only dist/.
    if (mode === 'source' || error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    return null;
  }
  register();
  return import('../src/main.ts');
}

async function load() {
  if (mode === 'dist' || (mode !== 'source' && distIsFresh())) return import(DIST_ENTRY);
  const source = await fromSource();
  if (source) return source;
  if (hasDist()) return import(DIST_ENTRY);
  process.stderr.write('habit-coach: no build in dist/ and no tsx to run the sources. Run `npm install`, then `npm run build`.\n');
  process.exit(1);
}

const { main } = await load();
process.exitCode = await main(process.argv.slice(2));
