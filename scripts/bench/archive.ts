/**
 * The archive's part of a build (issue 21): how much of the cold build's page work
 * went to pages across stories, what the search index weighs per story, and which
 * archive outputs an incremental build rendered again (the rest it reused).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ARCHIVE_OUTPUT = /^\/(actors|topics|places|og\/actors)\//;

/** Every output line of a build log: its path, the ms since the line before, and whether it was reused. */
function outputs(log: string) {
  return [...log.matchAll(/─ (\/[^\s]+?)(?= \(|\s|$)(?: \(\+(\d+)ms\))?( \((?:cached|restored)\))?/g)].map((m) => ({
    path: m[1]!,
    ms: Number(m[2] ?? 0),
    reused: Boolean(m[3]),
  }));
}

export interface ArchiveStats {
  /** Share of the summed per-output times (Astro's "+N ms") spent on archive outputs. */
  renderShare: number;
  archiveOutputs: number;
  /** Pagefind's indexing time from the build log, ms. */
  indexMs?: number;
  indexBytes: number;
}

export function archiveStats(log: string, outDir: string): ArchiveStats {
  const all = outputs(log);
  const archive = all.filter((o) => ARCHIVE_OUTPUT.test(o.path));
  const sum = (list: typeof all) => list.reduce((n, o) => n + o.ms, 0);
  const indexMs = /records indexed in (\d+) ms/.exec(log)?.[1];
  return {
    renderShare: sum(all) ? sum(archive) / sum(all) : 0,
    archiveOutputs: archive.length,
    ...(indexMs ? { indexMs: Number(indexMs) } : {}),
    indexBytes: folderBytes(join(outDir, 'pagefind')),
  };
}

/** The archive outputs an incremental build rendered again (not reused). */
export function archiveRerendered(log: string): string[] {
  return outputs(log)
    .filter((o) => ARCHIVE_OUTPUT.test(o.path) && !o.reused)
    .map((o) => o.path);
}

function folderBytes(dir: string): number {
  let bytes = 0;
  try {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  } catch {
    return 0;
  }
  return bytes;
}
