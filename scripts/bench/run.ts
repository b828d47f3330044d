/**
 * Runs a command and measures it: wall time, and peak memory as the sum of the
 * resident set sizes of the whole process tree (the child and every
 * descendant), sampled from /proc every ~50 ms.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const PAGE_SIZE = 4096;

/** pid → parent pid for every process we can see. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces and parentheses: fields start after the last `)`.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

/** Resident bytes of `root` and all its descendants. */
export function treeRss(root: number): number {
  const ppid = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of ppid)
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
  }
  let bytes = 0;
  for (const pid of tree) {
    try {
      const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      bytes += resident * PAGE_SIZE;
    } catch {
      // Gone.
    }
  }
  return bytes;
}

export interface RunResult {
  code: number | null;
  wallMs: number;
  /** CPU time (user + system) of the whole tree, when /usr/bin/time is there to count it; less noisy than wall time on a shared machine. */
  cpuMs?: number;
  peakRss: number;
  output: string;
  /** When each line of the output arrived, in ms since the start (for `buildPhases`). */
  lines: { at: number; text: string }[];
}

/**
 * Where an `astro build` spent its wall time, read from when its log lines
 * arrived: start-up, content sync (our loaders: parsing, checking, rendering
 * markdown), setup (types, build info), bundling (Vite), listing routes
 * (getStaticPaths of every route, loading the content store), pages (first to
 * last page written; `ogRoutes` is the part spent on `/og/` images, waiting
 * for drawing that is not done yet) and finishing (integrations, exit).
 * Undefined when the log does not have Astro's markers (a failed build).
 */
export interface BuildPhases {
  startUpMs: number;
  contentSyncMs: number;
  setupMs: number;
  bundlingMs: number;
  routeListingMs: number;
  pagesMs: number;
  ogRoutesMs: number;
  finishingMs: number;
}

export function buildPhases(run: Pick<RunResult, 'lines' | 'wallMs'>): BuildPhases | undefined {
  const first = (pattern: RegExp) => run.lines.find((line) => pattern.test(line.text))?.at;
  const syncing = first(/\[content\] Syncing content/);
  const synced = first(/\[content\] Synced content/);
  const bundling = first(/Building static entrypoints/);
  const generating = first(/generating static routes/);
  const pages = run.lines.filter((line) => /[├└]─ \//.test(line.text));
  const og = pages.filter((line) => /[├└]─ \/og\//.test(line.text));
  if ([syncing, synced, bundling, generating].some((at) => at === undefined) || !pages.length) return undefined;
  const lastPage = pages.at(-1)!.at;
  return {
    startUpMs: Math.round(syncing!),
    contentSyncMs: Math.round(synced! - syncing!),
    setupMs: Math.round(bundling! - synced!),
    bundlingMs: Math.round(generating! - bundling!),
    routeListingMs: Math.round(pages[0]!.at - generating!),
    pagesMs: Math.round(lastPage - pages[0]!.at),
    ogRoutesMs: og.length ? Math.round(og.at(-1)!.at - og[0]!.at) : 0,
    finishingMs: Math.round(run.wallMs - lastPage),
  };
}

const TIME = '/usr/bin/time';

export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  // GNU time waits for the command and reports the CPU time of it and all its descendants.
  const timeFile = existsSync(TIME) ? join(mkdtempSync(join(tmpdir(), 'cp-bench-time-')), 'time') : undefined;
  const [cmd, argv] = timeFile ? [TIME, ['-f', '%U %S', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise<RunResult>((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const lines: RunResult['lines'] = [];
    const partial = { stdout: '', stderr: '' };
    const read = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      const parts = (partial[stream] + text).split('\n');
      partial[stream] = parts.pop()!;
      const at = performance.now() - started;
      for (const part of parts) lines.push({ at, text: stripVTControlCharacters(part) });
    };
    child.stdout.on('data', read('stdout'));
    child.stderr.on('data', read('stderr'));
    let peakRss = 0;
    const sample = () => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    };
    const timer = setInterval(sample, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      let cpuMs: number | undefined;
      if (timeFile && existsSync(timeFile)) {
        const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = Math.round((user! + system!) * 1000);
        rmSync(dirname(timeFile), { recursive: true, force: true });
      }
      // Under FORCE_COLOR (as on CI) Astro colours its log; what we read from it is the text.
      resolvePromise({ code, wallMs, cpuMs, peakRss, output: stripVTControlCharacters(output), lines });
    });
  });
}

export interface OutputStats {
  files: number;
  pages: number;
  images: number;
  bytes: number;
  /** Every file, relative to the output root. */
  paths: string[];
}

export function outputStats(root: string): OutputStats {
  const paths: string[] = [];
  let bytes = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else {
        paths.push(relative(root, full));
        bytes += stat.size;
      }
    }
  };
  walk(root);
  paths.sort();
  return {
    files: paths.length,
    pages: paths.filter((p) => p.endsWith('.html')).length,
    images: paths.filter((p) => /\.(png|jpe?g|webp|avif|gif|svg)$/.test(p)).length,
    bytes,
    paths,
  };
}

/** Modification time of every image in the output, to see which a rebuild wrote again. */
export function imageTimes(root: string, paths: string[]): Map<string, number> {
  const times = new Map<string, number>();
  for (const path of paths)
    if (/\.(png|jpe?g|webp|avif)$/.test(path)) times.set(path, statSync(join(root, path)).mtimeMs);
  return times;
}
