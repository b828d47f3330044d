import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from '../lib/files.ts';

/**
 * The files of the last build that this build did not produce: what it found in
 * the output folder at its start, less what it produced (`produced`) and less
 * anything written since it started (a file another step rewrote is this build's).
 */
export function staleFiles(before: readonly string[], produced: ReadonlySet<string>, startedAt: number): string[] {
  return before.filter((path) => {
    if (produced.has(path)) return false;
    try {
      return statSync(path).mtimeMs < startedAt;
    } catch {
      return false; // already gone
    }
  });
}

/** Deletes the files, then the folders they leave empty, up to (not including) `root`. */
export function removeFiles(root: string, files: readonly string[]): void {
  const folders = new Set<string>();
  for (const file of files) {
    rmSync(file, { force: true });
    for (let dir = dirname(file); dir.startsWith(root) && dir !== root; dir = dirname(dir)) folders.add(dir);
  }
  // Deepest first, so a folder is tried after the folders inside it.
  for (const dir of [...folders].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(dir);
    } catch {
      // Not empty: it still holds this build's files.
    }
  }
}

/** Present in the output folder while a build runs: found at the start, the last build never finished. */
const UNFINISHED = '.counterpoint-build-unfinished';

/** Empties `dir` but for `.git`, as Astro's own emptying does. */
function emptyFolder(dir: string): void {
  for (const name of readdirSync(dir)) if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true });
}

/**
 * Astro empties the output folder before every build, so an incremental build
 * copies every page it reuses back from its cache: at 500 stories that is half
 * a gigabyte deleted and written again for a rebuild with nothing changed. This
 * keeps the folder (`vite.build.emptyOutDir: false`), lets Astro leave reused
 * pages where they are, and afterwards deletes what the build did not produce
 * (a deleted story's pages, a renamed claim's permalink), so the folder holds
 * exactly what a build into an empty folder would: nothing retracted survives.
 *
 * What a build produces: every route output Astro reports (rendered or reused),
 * every file a Vite bundle wrote, every file of `public/`, and anything written
 * since the build started (the sitemap, `_headers`): list this integration last.
 *
 * A build that stopped half-way (an error, a killed process) may have left a
 * page half-written where the next build would reuse it; after one, the next
 * build starts from an empty folder, as Astro's would.
 */
export default function keepOutput(): AstroIntegration {
  let outDir = '';
  let publicDir = '';
  let startedAt = 0;
  let before: string[] = [];
  /** File names each Vite bundle wrote, relative to its folder: Astro moves some into the output root. */
  const bundled = new Set<string>();
  return {
    name: 'counterpoint:keep-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            build: { emptyOutDir: false },
            plugins: [
              {
                name: 'counterpoint:bundled-files',
                writeBundle(_options: unknown, bundle: Record<string, unknown>) {
                  for (const fileName of Object.keys(bundle)) bundled.add(fileName);
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': ({ logger }) => {
        if (existsSync(join(outDir, UNFINISHED))) {
          logger.warn('the last build did not finish: starting from an empty output folder');
          emptyFolder(outDir);
        }
        startedAt = Date.now();
        before = filesUnder(outDir);
        mkdirSync(outDir, { recursive: true });
        writeFileSync(join(outDir, UNFINISHED), '');
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        rmSync(join(outDir, UNFINISHED), { force: true });
        const produced = new Set<string>();
        for (const urls of assets.values()) for (const url of urls) produced.add(fileURLToPath(url));
        for (const fileName of bundled) produced.add(resolve(root, fileName));
        for (const file of filesUnder(publicDir)) produced.add(join(root, relative(publicDir, file)));
        const stale = staleFiles(before, produced, startedAt);
        removeFiles(root.replace(/[\\/]$/, ''), stale);
        if (stale.length)
          logger.info(
            `removed ${stale.length} file(s) the last build wrote and this one did not: ${stale
              .slice(0, 3)
              .map((file) => relative(root, file))
              .join(', ')}${stale.length > 3 ? ', …' : ''}`,
          );
      },
    },
  };
}
