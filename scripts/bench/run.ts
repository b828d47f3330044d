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
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
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
      resolvePromise({ code, wallMs, cpuMs, peakRss, output: stripVTControlCharacters(output) });
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
