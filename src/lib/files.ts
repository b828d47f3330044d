import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every file under `dir`, as absolute paths in sorted order, skipping any
 * `.git` folder (as Astro's own emptying of the output folder does). A folder
 * that does not exist has no files.
 */
export function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(dir, path).split(/[\\/]/).includes('.git'))
    .sort();
}
