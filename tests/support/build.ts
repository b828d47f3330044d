import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ASTRO_CLI, buildEnv } from '../../scripts/build-env.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Vitest puts Vite's `import.meta.env` values (SITE, BASE_URL, MODE…) into
 * process.env; a child build would read them as import.meta.env and ignore its
 * own `site` and `base`. They never belong in a build's environment.
 */
const VITE_ENV = new Set(['SITE', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX']);
const cleanEnv = () => buildEnv(Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV.has(key))));

/** Astro's cache folder for a content root (as astro.config.mjs names it): content store and incremental-build copies. */
export const cacheDirOf = (contentDir: string) =>
  resolve(ROOT, 'node_modules/.astro-cache', contentDir.replace(/[^a-zA-Z0-9]+/g, '_'));

interface BuildOptions {
  contentDir: string;
  outDir: string;
  base?: string;
  site?: string;
  force?: boolean;
  /** Preview-image cache folder (default: the project's, shared by every build). */
  ogCacheDir?: string;
  /** More environment for the build (e.g. `COUNTERPOINT_ITEM_PREVIEWS`). */
  env?: Record<string, string>;
}

/** The command line and environment of a real `astro build` over other content, into its own output folder. */
function astroBuild(options: BuildOptions) {
  const args = [ASTRO_CLI, 'build', ...(options.force === false ? [] : ['--force'])];
  return {
    args,
    options: {
      cwd: ROOT,
      env: {
        ...cleanEnv(),
        ASTRO_TELEMETRY_DISABLED: '1',
        COUNTERPOINT_CONTENT_DIR: options.contentDir,
        COUNTERPOINT_OUT_DIR: resolve(ROOT, options.outDir),
        ...(options.base ? { COUNTERPOINT_BASE: options.base } : {}),
        ...(options.site ? { COUNTERPOINT_SITE: options.site } : {}),
        ...(options.ogCacheDir ? { COUNTERPOINT_OG_CACHE_DIR: options.ogCacheDir } : {}),
        ...options.env,
      },
    },
  };
}

/**
 * Runs a real `astro build` over other content, into its own output folder.
 * `force: false` builds incrementally, reusing what the last build of the same content root left.
 */
export function buildSite(options: BuildOptions) {
  const { args, options: spawnOptions } = astroBuild(options);
  const result = spawnSync(process.execPath, args, { ...spawnOptions, encoding: 'utf8' });
  // Under FORCE_COLOR (as on CI) Astro colours its log; tests read the text.
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  return { status: result.status, output, outDir: resolve(ROOT, options.outDir) };
}

/** Starts the same build without waiting for it (to stop it half-way). */
export function startBuild(options: BuildOptions): ChildProcess {
  const { args, options: spawnOptions } = astroBuild(options);
  return spawn(process.execPath, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] });
}
