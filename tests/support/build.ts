import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Runs a real `astro build` over other content, into its own output folder. */
export function buildSite(options: { contentDir: string; outDir: string; base?: string; site?: string }) {
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--force'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      COUNTERPOINT_CONTENT_DIR: options.contentDir,
      COUNTERPOINT_OUT_DIR: resolve(ROOT, options.outDir),
      ...(options.base ? { COUNTERPOINT_BASE: options.base } : {}),
      ...(options.site ? { COUNTERPOINT_SITE: options.site } : {}),
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir: resolve(ROOT, options.outDir) };
}
