#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so `npx habit-coach` works without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
