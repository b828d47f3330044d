#!/usr/bin/env node
/**
 * The build-scaling benchmark (`npm run bench`).
 *
 *   npm run bench                        10, 100, 500 stories + floor + page weight + growth
 *   npm run bench -- --full              adds 1,000 stories
 *   npm run bench -- --sizes 10,50       other sizes (quick runs)
 *   npm run bench -- --only weight       one part: scaling | weight | growth
 *   npm run bench -- --no-floor          skip Astro's floor
 *   npm run bench -- --profile           CPU profile of each cold build, summarised by module
 *   npm run bench -- --cold-only         skip the rebuilds (full, no change, one changed, one added)
 *   npm run bench -- --seed 7            other synthetic content
 *
 * Synthetic content is written under node_modules/.bench/ (never into content/),
 * the build is pointed at it with COUNTERPOINT_CONTENT_DIR / COUNTERPOINT_OUT_DIR,
 * and results are printed and saved to bench-results/<timestamp>.json.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS, pageWeights } from '../../tests/support/page-weight.ts';
import { ASTRO_CLI, buildEnv } from '../build-env.mjs';
import { archiveRerendered, archiveStats } from './archive.ts';
import { floorRoutes, writeFloorProject } from './floor.ts';
import { generateContent } from './generate.ts';
import { summariseProfiles } from './profile.ts';
import {
  type BuildPhases,
  buildPhases,
  imageTimes,
  measure,
  outputStats,
  type OutputStats,
  type RunResult,
} from './run.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, 'node_modules/.bench');
const RESULTS = join(ROOT, 'bench-results');

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const sizes = option('sizes')
  ?.split(',')
  .map(Number)
  .filter((n) => n > 0) ?? [10, 100, 500, ...(flag('full') ? [1000] : [])];
const seed = Number(option('seed') ?? 1);
const only = option('only');
const parts = {
  scaling: !only || only === 'scaling',
  weight: !only || only === 'weight',
  growth: !only || only === 'growth',
};
const withFloor = !flag('no-floor');
const profile = flag('profile');
const coldOnly = flag('cold-only');

// ---------------------------------------------------------------- helpers
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const log = (line = '') => console.log(line);
const CORES = availableParallelism();
/** The least wall-time ratio over the floor this machine could reach with a build's work: its CPU time spread over every core. */
const leastRatio = (cpuMs: number, floorWallMs: number) => cpuMs / CORES / floorWallMs;

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells
    .map((r, k) => {
      const line = r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
      return k === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

interface BuildRecord {
  wallMs: number;
  perStoryMs: number;
  /** CPU time (user + system) of the build process tree, and per story. */
  cpuMs?: number;
  cpuPerStoryMs?: number;
  peakRssBytes: number;
  pages: number;
  files: number;
  images: number;
  outputBytes: number;
  /** Preview images drawn by this build, and taken from the image cache (the build's `[og]` line). */
  ogDrawn?: number;
  ogFromCache?: number;
  /** Preview-image files written again (mtime changed): drawn, or copied back by an incremental build. */
  imagesRewritten?: number;
  /** Preview images whose bytes differ from the previous build. */
  imagesChanged?: number;
  /** Outputs copied from the previous build instead of rendered (incremental build). */
  reused: number;
  /** Where the wall time went, from when the build's log lines arrived. */
  phases?: BuildPhases;
}

async function astroBuild(options: {
  contentDir: string;
  outDir: string;
  force: boolean;
  /** A forced build normally starts with an empty preview-image cache; this keeps it. */
  keepImages?: boolean;
  profileDir?: string;
}): Promise<RunResult> {
  // A cold build starts with an empty preview-image cache of its own; rebuilds reuse it.
  const ogCache = join(options.outDir, '..', `${basename(options.outDir)}-og-cache`);
  if (options.force && !options.keepImages) rmSync(ogCache, { recursive: true, force: true });
  const nodeArgs = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
  const result = await measure(
    process.execPath,
    [...nodeArgs, ASTRO_CLI, 'build', ...(options.force ? ['--force'] : [])],
    {
      cwd: ROOT,
      // The environment `npm run build` gives a build (scripts/build-env.mjs); the floor gets it too.
      env: {
        ...buildEnv(),
        ASTRO_TELEMETRY_DISABLED: '1',
        COUNTERPOINT_CONTENT_DIR: options.contentDir,
        COUNTERPOINT_OUT_DIR: options.outDir,
        COUNTERPOINT_OG_CACHE_DIR: ogCache,
      },
    },
  );
  if (result.code !== 0) {
    console.error(result.output.slice(-4000));
    throw new Error(`astro build failed (exit ${result.code}) for ${options.contentDir}`);
  }
  return result;
}

function record(run: RunResult, stats: OutputStats, stories: number): BuildRecord {
  return {
    wallMs: Math.round(run.wallMs),
    perStoryMs: Math.round((run.wallMs / stories) * 10) / 10,
    ...(run.cpuMs === undefined
      ? {}
      : { cpuMs: run.cpuMs, cpuPerStoryMs: Math.round((run.cpuMs / stories) * 10) / 10 }),
    peakRssBytes: run.peakRss,
    pages: stats.pages,
    files: stats.files,
    images: stats.images,
    outputBytes: stats.bytes,
    reused: reusedCount(run.output),
    ...ogCounts(run.output),
    phases: buildPhases(run),
  };
}

/** One line: where a build's wall time went. */
function phaseLine(phases: BuildPhases | undefined): string {
  if (!phases) return '                   (no phase markers in the log)';
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return `                   start-up ${s(phases.startUpMs)} · content sync ${s(phases.contentSyncMs)} · setup ${s(phases.setupMs)} · bundling ${s(phases.bundlingMs)} · listing routes ${s(phases.routeListingMs)} · pages ${s(phases.pagesMs)} (/og/ ${s(phases.ogRoutesMs)}) · finishing ${s(phases.finishingMs)}`;
}

/** Outputs an incremental build copied from the last build instead of rendering (Astro logs them "(cached)" / "(restored)"). */
function reusedCount(output: string): number {
  return output.match(/ \((?:cached|restored)\)$/gm)?.length ?? 0;
}

/** `[og] preview images: N drawn, M from cache` from a build's output. */
function ogCounts(output: string): Pick<BuildRecord, 'ogDrawn' | 'ogFromCache'> {
  const match = /\[og\] preview images: (\d+) drawn, (\d+) from cache/.exec(output);
  // No line: the build asked for no preview image at all (an incremental build reused every one).
  return match ? { ogDrawn: Number(match[1]), ogFromCache: Number(match[2]) } : { ogDrawn: 0, ogFromCache: 0 };
}

function imageChanges(outDir: string, before: Map<string, number>, beforeBytes: Map<string, string>) {
  const stats = outputStats(outDir);
  const after = imageTimes(outDir, stats.paths);
  let rewritten = 0;
  let changed = 0;
  for (const [path, time] of after) {
    if (before.get(path) !== time) rewritten++;
    if (beforeBytes.get(path) !== imageDigest(join(outDir, path))) changed++;
  }
  return { stats, rewritten, changed };
}

function imageDigest(file: string): string {
  const data = readFileSync(file);
  return `${data.length}:${gz(data)}`;
}

function imageDigests(outDir: string, paths: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const path of imageTimes(outDir, paths).keys()) map.set(path, imageDigest(join(outDir, path)));
  return map;
}

/**
 * The heaviest HTML page of a build (gzip, as the budget counts it) and how many
 * are over the budget. A page that lists every story would show here as the
 * archive grows; pages of one story should weigh the same at 10 and 500 stories.
 */
function heaviestPage(outDir: string, paths: string[]): { path: string; gzipBytes: number; overBudget: number } {
  let heaviest = { path: '', gzipBytes: 0 };
  let overBudget = 0;
  for (const path of paths) {
    if (!path.endsWith('.html')) continue;
    const gzipBytes = gz(readFileSync(join(outDir, path)));
    if (gzipBytes > BUDGETS.html) overBudget++;
    if (gzipBytes > heaviest.gzipBytes) heaviest = { path, gzipBytes };
  }
  return { ...heaviest, overBudget };
}

/** Publishes one more story, the way the archive grows: a copy of the last story under a new slug. */
function addStory(contentDir: string) {
  const dir = join(contentDir, 'articles');
  const last = readdirSync(dir).sort().at(-1)!;
  writeFileSync(join(dir, last.replace(/\.md$/, '-follow-up.md')), readFileSync(join(dir, last), 'utf8'));
}

/** Edits one story the way an editor would: a changed headline and a new paragraph. */
function touchStory(contentDir: string) {
  const dir = join(contentDir, 'articles');
  const first = readdirSync(dir).sort()[0]!;
  const file = join(dir, first);
  const text = readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (updated)');
  writeFileSync(file, `${text}\nA paragraph added by the benchmark to change one story.\n`);
}

// ---------------------------------------------------------------- scaling
interface SizeResult {
  stories: number;
  cold: BuildRecord;
  /** `--force` again, preview-image cache kept: every story checked, every page rendered, no image drawn. */
  full?: BuildRecord;
  noChange?: BuildRecord;
  oneChanged?: BuildRecord;
  oneAdded?: BuildRecord;
  /**
   * Our cold build over the floor's, by wall time and by CPU time; `boundRatio` is
   * the least wall-time ratio this machine could reach with the same work: our
   * CPU time spread over every core, over the floor's wall time.
   */
  floor?: BuildRecord & { ratio: number; cpuRatio?: number; boundRatio?: number };
  /** The floor built again over its own output: what our rebuilds are compared with. */
  floorRebuild?: BuildRecord;
  /** The heaviest HTML page of the cold build (gzip), and how many pages are over the budget: must not grow with the archive. */
  heaviestPage?: { path: string; gzipBytes: number; overBudget: number };
  profile?: { self: { name: string; ms: number; share: number }[] };
}

async function scaling(): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  for (const stories of sizes) {
    log(`\n── ${stories} stories`);
    const contentDir = join(WORK, `content-${stories}`);
    const outDir = join(WORK, `out-${stories}`);
    generateContent(contentDir, { stories, seed });
    rmSync(outDir, { recursive: true, force: true });

    const profileDir = profile ? join(WORK, `profile-${stories}`) : undefined;
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    const cold = await astroBuild({ contentDir, outDir, force: true, profileDir });
    const coldStats = outputStats(outDir);
    const result: SizeResult = { stories, cold: record(cold, coldStats, stories) };
    log(`   cold build      ${sec(cold.wallMs)}  ${mb(cold.peakRss)}  ${coldStats.pages} pages`);
    log(phaseLine(result.cold.phases));
    result.heaviestPage = heaviestPage(outDir, coldStats.paths);
    const archive = archiveStats(cold.output, outDir);
    log(
      `   archive         ${archive.archiveOutputs} outputs, ${(archive.renderShare * 100).toFixed(1)} % of page time; search index ${kb(archive.indexBytes)} (${kb(archive.indexBytes / stories)} a story), indexed in ${archive.indexMs ?? '?'} ms`,
    );
    log(
      `   heaviest page   ${kb(result.heaviestPage.gzipBytes)} gzip (${result.heaviestPage.path}); ${result.heaviestPage.overBudget} pages over the ${kb(BUDGETS.html)} budget`,
    );
    if (!coldOnly) {
      // Rebuilds without --force: what the content-layer and preview-image caches save.
      const rebuild = async (label: string) => {
        const before = outputStats(outDir);
        const times = imageTimes(outDir, before.paths);
        const digests = imageDigests(outDir, before.paths);
        const run = await astroBuild({ contentDir, outDir, force: false });
        const after = imageChanges(outDir, times, digests);
        // Which pages across stories this rebuild rendered again: only those the changed story is on.
        const again = archiveRerendered(run.output);
        if (label !== 'no change' || again.length)
          log(
            `   archive outputs rendered again: ${again.length}${again.length ? ` (${again.slice(0, 6).join(', ')}${again.length > 6 ? ', …' : ''})` : ''}`,
          );
        log(
          `   ${label.padEnd(15)} ${sec(run.wallMs)}  ${mb(run.peakRss)}  images drawn: ${ogCounts(run.output).ogDrawn ?? '?'}, image files changed: ${after.changed}, outputs reused: ${reusedCount(run.output)}`,
        );
        return { ...record(run, after.stats, stories), imagesRewritten: after.rewritten, imagesChanged: after.changed };
      };
      // What CI's `--force` build costs when the preview-image cache survives: our page work alone.
      const full = await astroBuild({ contentDir, outDir, force: true, keepImages: true });
      result.full = record(full, outputStats(outDir), stories);
      log(`   full (--force)  ${sec(full.wallMs)}  ${mb(full.peakRss)}  images drawn: ${result.full.ogDrawn ?? 0}`);
      log(phaseLine(result.full.phases));
      result.noChange = await rebuild('no change');
      touchStory(contentDir);
      result.oneChanged = await rebuild('one changed');
      addStory(contentDir);
      result.oneAdded = await rebuild('one added');
    }

    if (withFloor) {
      const floorDir = join(tmpdir(), `counterpoint-bench-floor-${stories}`);
      const floorOut = join(WORK, `floor-out-${stories}`);
      writeFloorProject(floorDir, ROOT, floorRoutes(coldStats.paths));
      rmSync(floorOut, { recursive: true, force: true });
      const floorBuild = async () => {
        const run = await measure(process.execPath, [ASTRO_CLI, 'build', '--force'], {
          cwd: floorDir,
          env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', FLOOR_OUT_DIR: floorOut },
        });
        if (run.code !== 0) {
          console.error(run.output.slice(-4000));
          throw new Error('the floor build failed');
        }
        return run;
      };
      const floor = await floorBuild();
      const floorStats = outputStats(floorOut);
      const round2 = (n: number) => Math.round(n * 100) / 100;
      result.floor = {
        ...record(floor, floorStats, stories),
        ratio: round2(cold.wallMs / floor.wallMs),
        ...(cold.cpuMs && floor.cpuMs ? { cpuRatio: round2(cold.cpuMs / floor.cpuMs) } : {}),
        ...(cold.cpuMs ? { boundRatio: round2(leastRatio(cold.cpuMs, floor.wallMs)) } : {}),
      };
      log(
        `   Astro's floor   ${sec(floor.wallMs)}  ${mb(floor.peakRss)}  ${floorStats.files} files  → ours ×${result.floor.ratio} (CPU ×${result.floor.cpuRatio ?? '?'})`,
      );
      if (!coldOnly) {
        // Astro's floor for a rebuild: the same bare project built again over its previous
        // output, which Astro empties first, as it does ours.
        const again = await floorBuild();
        result.floorRebuild = record(again, outputStats(floorOut), stories);
        log(`   floor rebuilt   ${sec(again.wallMs)}  ${mb(again.peakRss)}`);
      }
      rmSync(floorDir, { recursive: true, force: true });
    }
    if (profileDir) {
      result.profile = { self: summariseProfiles(profileDir, ROOT).slice(0, 25) };
      log(
        table(
          ['where (self time)', 'ms', 'share'],
          result.profile.self.slice(0, 15).map((r) => [r.name, Math.round(r.ms), `${(r.share * 100).toFixed(1)}%`]),
        ),
      );
    }
    results.push(result);
  }
  return results;
}

function printScaling(results: SizeResult[]) {
  log('\nBuild scaling (wall time; per story = wall / stories; memory = peak RSS of the build process tree)');
  const rows: (string | number)[][] = [];
  for (const r of results) {
    const line = (label: string, b: BuildRecord, extra = '') => [
      `${r.stories} ${label}`,
      sec(b.wallMs),
      `${b.perStoryMs} ms`,
      b.cpuMs === undefined ? '' : sec(b.cpuMs),
      b.cpuPerStoryMs === undefined ? '' : `${b.cpuPerStoryMs} ms`,
      b.pages,
      b.files,
      mb(b.peakRssBytes),
      mb(b.outputBytes),
      extra,
    ];
    rows.push(line('cold (--force)', r.cold, `${r.cold.ogDrawn ?? '?'} img drawn`));
    if (r.full) rows.push(line('full, img cached', r.full, `${r.full.ogDrawn ?? 0} img drawn`));
    const rebuilt = (b: BuildRecord) => `${b.ogDrawn ?? '?'} img drawn, ${b.reused} of ${b.files} files reused`;
    if (r.noChange) rows.push(line('no change', r.noChange, rebuilt(r.noChange)));
    if (r.oneChanged)
      rows.push(
        line('one story changed', r.oneChanged, `${rebuilt(r.oneChanged)}, ${r.oneChanged.imagesChanged} img changed`),
      );
    if (r.oneAdded) rows.push(line('one story added', r.oneAdded, rebuilt(r.oneAdded)));
    if (r.floor) rows.push(line("Astro's floor", r.floor, `ours ×${r.floor.ratio} (CPU ×${r.floor.cpuRatio ?? '?'})`));
    if (r.floorRebuild) rows.push(line('floor rebuilt', r.floorRebuild));
  }
  log(
    table(
      ['stories / build', 'wall', 'per story', 'CPU', 'CPU/story', 'pages', 'files', 'peak RSS', 'output', ''],
      rows,
    ),
  );
  for (const r of results) {
    if (!r.floor) continue;
    const floorAgain = r.floorRebuild ?? r.floor;
    const over = (b: BuildRecord | undefined, f: BuildRecord) => (b ? `×${(b.wallMs / f.wallMs).toFixed(2)}` : '–');
    log(
      `\n${r.stories} stories over Astro's floor (wall time; rebuilds over the floor rebuilt): cold ${over(r.cold, r.floor)}, full with images cached ${over(r.full, r.floor)}, no change ${over(r.noChange, floorAgain)}, one story changed ${over(r.oneChanged, floorAgain)}, one story added ${over(r.oneAdded, floorAgain)} (target ≤ 2)`,
    );
    // How far parallelism alone could take it: the same CPU work with every core busy from start to end.
    const bound = (b: BuildRecord | undefined) =>
      b?.cpuMs
        ? `${sec(b.cpuMs)} CPU / ${CORES} cores = ${sec(b.cpuMs / CORES)}, ×${leastRatio(b.cpuMs, r.floor!.wallMs).toFixed(2)}`
        : '–';
    log(
      `   least possible on this machine with the same work (CPU time over all cores, over the floor): cold ${bound(r.cold)}; full with images cached ${bound(r.full)}`,
    );
  }
  const at = (n: number) => results.find((r) => r.stories === n);
  const sorted = [...results].sort((a, b) => a.stories - b.stories);
  const [small, large] = [at(100) ?? sorted.at(-2), at(500) ?? sorted.at(-1)];
  if (small && large && small !== large) {
    const ratio = large.cold.perStoryMs / small.cold.perStoryMs;
    const cpu =
      large.cold.cpuPerStoryMs && small.cold.cpuPerStoryMs
        ? `, by CPU time ×${(large.cold.cpuPerStoryMs / small.cold.cpuPerStoryMs).toFixed(2)}`
        : '';
    log(
      `\nper-story cost ${large.stories} vs ${small.stories} stories (cold): ×${ratio.toFixed(2)} by wall time${cpu} (target ≤ 1.15)` +
        `\npeak memory ×${(large.cold.peakRssBytes / small.cold.peakRssBytes).toFixed(2)} for ×${large.stories / small.stories} stories`,
    );
  }
  // Marginal cost: what each extra story costs between two sizes, without the fixed start-up cost.
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    const added = b.stories - a.stories;
    const wall = (b.cold.wallMs - a.cold.wallMs) / added;
    const cpu = b.cold.cpuMs && a.cold.cpuMs ? `, ${((b.cold.cpuMs - a.cold.cpuMs) / added).toFixed(0)} ms CPU` : '';
    log(`marginal cost per story ${a.stories}→${b.stories}: ${wall.toFixed(0)} ms wall${cpu}`);
  }
}

// ---------------------------------------------------------------- page weight
interface WeightRow {
  kind: string;
  pages: number;
  path: string;
  htmlRaw: number;
  htmlGzip: number;
  cssRaw: number;
  cssGzip: number;
  jsRaw: number;
  jsGzip: number;
  imgRaw: number;
  imgGzip: number;
  ogImage: number;
  withinBudget: boolean;
}

/** `/<slug>/claims/<id>/` → its kind, with the story's slug and any item id abstracted. */
function pageKind(path: string, slug: string): string | undefined {
  const url = `/${path.replace(/index\.html$/, '')}`;
  if (!url.includes(`/${slug}/`)) return url === '/' ? '/' : undefined;
  const kind = url.replace(`/${slug}/`, '/<slug>/');
  return kind.replace(/^(.*\/<slug>\/(?:claims|timeline)\/)[^/]+\/$/, '$1<id>/');
}

function ogImageBytes(outDir: string, html: string): number {
  const url = /<meta[^>]+property="og:image"[^>]+content="([^"]+)"/.exec(html)?.[1];
  if (!url) return 0;
  try {
    return statSync(join(outDir, new URL(url, 'http://x/').pathname)).size;
  } catch {
    return 0;
  }
}

async function weight(): Promise<{ story: string; rows: WeightRow[] }> {
  const outDir = join(WORK, 'out-content');
  const contentDir = join(ROOT, 'content');
  await astroBuild({ contentDir, outDir, force: true });
  const slug = readdirSync(join(contentDir, 'articles'))
    .filter((f) => f.endsWith('.md'))
    .sort()[0]!
    .replace(/\.md$/, '');
  const byKind = new Map<string, WeightRow>();
  for (const w of pageWeights(outDir)) {
    const kind = pageKind(w.path, slug);
    if (!kind) continue;
    const html = readFileSync(join(outDir, w.path), 'utf8');
    const row: WeightRow = {
      kind,
      pages: 1,
      path: w.path,
      htmlRaw: w.htmlRaw,
      htmlGzip: w.htmlGzip,
      cssRaw: w.cssRaw,
      cssGzip: w.cssGzip,
      jsRaw: w.jsRaw,
      jsGzip: w.jsGzip,
      imgRaw: w.imgRaw,
      imgGzip: w.imgGzip,
      ogImage: ogImageBytes(outDir, html),
      withinBudget: w.htmlGzip + w.cssGzip <= BUDGETS.html && w.jsGzip <= BUDGETS.optionalJs,
    };
    // Per kind, the heaviest page stands for all (e.g. the largest claim permalink).
    const seen = byKind.get(kind);
    if (!seen) byKind.set(kind, row);
    else {
      const heavier = row.htmlGzip + row.cssGzip > seen.htmlGzip + seen.cssGzip ? row : seen;
      byKind.set(kind, { ...heavier, pages: seen.pages + 1, withinBudget: seen.withinBudget && row.withinBudget });
    }
  }
  const rows = [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind));
  log(
    `\nPage weight: first story "${slug}" (heaviest page of each kind; budget: HTML+CSS gzip ≤ ${kb(BUDGETS.html)}, JS gzip ≤ ${kb(BUDGETS.optionalJs)})`,
  );
  log(
    table(
      ['page kind', 'pages', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz', 'img', 'og:image', 'budget'],
      rows.map((r) => [
        r.kind,
        r.pages,
        kb(r.htmlRaw),
        kb(r.htmlGzip),
        kb(r.cssRaw),
        kb(r.cssGzip),
        kb(r.jsRaw),
        kb(r.jsGzip),
        kb(r.imgRaw),
        kb(r.ogImage),
        r.withinBudget ? 'ok' : 'OVER',
      ]),
    ),
  );
  log('(CSS is inlined in the HTML, so the CSS columns count only linked stylesheets; images are already compressed.)');
  return { story: slug, rows };
}

// ---------------------------------------------------------------- growth
async function growth() {
  const slug = 'bench-growth-story';
  const contentDir = join(WORK, 'content-growth');
  const outDir = join(WORK, 'out-growth');
  generateContent(contentDir, {
    stories: 1,
    seed,
    extra: [{ slug, options: { events: 300, actors: 40, claims: 8, assessments: 10 } }],
  });
  rmSync(outDir, { recursive: true, force: true });
  const run = await astroBuild({ contentDir, outDir, force: true });
  const page = join(outDir, slug, 'timeline', 'index.html');
  const html = readFileSync(page);
  const figures = {
    slug,
    events: 300,
    actors: 40,
    buildMs: Math.round(run.wallMs),
    timelineRaw: html.length,
    timelineGzip: gz(html),
    budget: 3 * BUDGETS.html,
    withinBudget: gz(html) <= 3 * BUDGETS.html,
    screenshots: [] as string[],
  };
  log(
    `\nGrowth inside one story: 300 events, 40 actors → built in ${sec(run.wallMs)}; timeline page ` +
      `${kb(figures.timelineRaw)} raw, ${kb(figures.timelineGzip)} gzip vs. ${kb(figures.budget)} (3× budget): ` +
      (figures.withinBudget ? 'ok' : 'OVER'),
  );
  const shots = join(ROOT, 'screenshots', 'bench');
  const shot = await measure(
    process.execPath,
    [join(ROOT, 'scripts/screenshot.mjs'), '--viewport-only', `/${slug}/timeline/`],
    {
      cwd: ROOT,
      env: { ...process.env, COUNTERPOINT_OUT_DIR: outDir, SCREENSHOT_DIR: shots },
    },
  );
  figures.screenshots = shot.output.split('\n').filter((l) => l.endsWith('.png'));
  if (shot.code === 0) log(`screenshots (first screen): ${figures.screenshots.join(', ')}`);
  else log(`screenshots failed: ${shot.output.slice(-500)}`);
  return figures;
}

// ---------------------------------------------------------------- main
mkdirSync(WORK, { recursive: true });
mkdirSync(RESULTS, { recursive: true });
const startedAt = new Date();
const report: Record<string, unknown> = {
  startedAt: startedAt.toISOString(),
  command: `npm run bench -- ${argv.join(' ')}`.trim(),
  seed,
  machine: {
    cpus: CORES,
    node: process.version,
    load: loadavg(),
  },
};
const file = join(RESULTS, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
const save = () => writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);

if (parts.scaling) {
  report.scaling = await scaling();
  save();
  printScaling(report.scaling as SizeResult[]);
}
if (parts.weight) {
  report.weight = await weight();
  save();
}
if (parts.growth) {
  report.growth = await growth();
  save();
}
report.finishedAt = new Date().toISOString();
save();
appendFileSync(join(RESULTS, 'index.log'), `${report.startedAt}  ${report.command}  → ${file}\n`);
log(`\nsaved ${file}`);
