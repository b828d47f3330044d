/**
 * Where a build spends its time: self time from V8 CPU profiles (`node --cpu-prof`),
 * summed by package (node_modules/<pkg>) or, for our own code, by file and function.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function bucket(node: ProfileNode, root: string): string {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return `${url} ${functionName}`;
  let path = url;
  try {
    path = url.startsWith('file:') ? fileURLToPath(url) : url;
  } catch {
    // Keep the URL as it is.
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1]!;
  if (path.startsWith(root)) return `${relative(root, path).replace(/\?.*$/, '')} ${functionName || '(anonymous)'}`;
  return path;
}

/** Self time per bucket over every profile in `dir`, largest first. */
export function summariseProfiles(dir: string, root: string): { name: string; ms: number; share: number }[] {
  const totals = new Map<string, number>();
  let all = 0;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.cpuprofile')) continue;
    const profile = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, bucket(n, root)]));
    profile.samples.forEach((id, i) => {
      const us = profile.timeDeltas[i] ?? 0;
      const key = byId.get(id) ?? '?';
      totals.set(key, (totals.get(key) ?? 0) + us);
      all += us;
    });
  }
  return [...totals]
    .map(([name, us]) => ({ name, ms: us / 1000, share: all ? us / all : 0 }))
    .sort((a, b) => b.ms - a.ms);
}
