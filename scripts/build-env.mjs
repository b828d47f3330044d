// The environment every production build of this project runs in: `npm run build`
// (scripts/build.mjs), the test suites' builds and the benchmark's, ours and Astro's floor alike.
//
// glibc's allocator serves each large block (over 128 KiB, rising to 32 MiB) with
// fresh pages from the OS and hands them back when freed, so every large
// allocation pays a page fault per 4 KiB page, and on a virtual machine a fault
// is dear. Astro hands the whole content store to V8 as one JavaScript module
// holding it as a single string literal (about 35 KB per story); V8 grows its
// buffer for that literal a megabyte at a time, so the faults grow with the
// square of the archive. Measured with
// `COUNTERPOINT_ITEM_PREVIEWS=0 npm run bench -- --only scaling --sizes 1000 --cold-only --no-floor`:
// listing routes (where that module is compiled) took 23.5 s at 1,000 stories
// without these settings and 4.0 s with them; the whole build 162.1 s and 142.8 s,
// CPU 244.9 s and 216.5 s; peak memory 2,080 MB and 2,207 MB.
// The settings keep freed heap memory for reuse (no trimming, no per-block
// mappings) and let malloc use transparent huge pages. Other C libraries and
// operating systems ignore the variable; a value the user set wins.
import { fileURLToPath } from 'node:url';

/** Astro's command line, run by `node` (the launcher, the test suites' builds, the benchmark). */
export const ASTRO_CLI = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

export const ALLOCATOR_TUNABLES = [
  'glibc.malloc.hugetlb=1',
  'glibc.malloc.mmap_threshold=33554432',
  'glibc.malloc.trim_threshold=4294967296',
].join(':');

/** `env` with the build's allocator settings added (a copy; `env` is not changed). */
export function buildEnv(env = process.env) {
  return { ...env, GLIBC_TUNABLES: env.GLIBC_TUNABLES ?? ALLOCATOR_TUNABLES };
}
