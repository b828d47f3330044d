#!/usr/bin/env node
// `npm run build`: `astro build` with the build environment of scripts/build-env.mjs,
// which must be set before Node starts (the C library reads it once, at start).
// Arguments are passed to `astro build` (e.g. `node scripts/build.mjs --force`).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildEnv } from './build-env.mjs';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const run = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: buildEnv(),
});
if (run.error) throw run.error;
process.exit(run.status ?? 1);
