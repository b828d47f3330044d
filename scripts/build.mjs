#!/usr/bin/env node
// `npm run build`: `astro build` with the build environment of scripts/build-env.mjs,
// which must be set before Node starts (the C library reads it once, at start).
// Arguments are passed to `astro build` (e.g. `node scripts/build.mjs --force`).
import { spawnSync } from 'node:child_process';
import { ASTRO_CLI, buildEnv } from './build-env.mjs';

const run = spawnSync(process.execPath, [ASTRO_CLI, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: buildEnv(),
});
if (run.error) throw run.error;
process.exit(run.status ?? 1);
