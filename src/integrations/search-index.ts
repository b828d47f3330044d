import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SearchRecord } from '../lib/archive/search.ts';

/** Where the build writes the records to index (src/pages/search/records.json.ts), under the output folder. */
export const RECORDS_FILE = 'search/records.json';

const UI_FILE = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

/**
 * After `astro build`, indexes the search records with Pagefind (a static search
 * index, loaded in chunks by the search page only) into `<outDir>/pagefind/`,
 * then removes the records file: the index is what readers fetch. Pagefind ships
 * its binary as an npm package, so this runs offline.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'counterpoint-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const out = `${root}pagefind`;
        const file = `${root}${RECORDS_FILE}`;
        const records = JSON.parse(readFileSync(file, 'utf8')) as SearchRecord[];
        const started = performance.now();
        const timing = { added: started };
        const pagefind = await import('pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // All at once: Pagefind's service queues them.
          const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
          const failed = added.flatMap((a, i) => a.errors.map((e) => `${records[i]!.url}: ${e}`));
          if (failed.length) throw new Error(`Pagefind: ${failed.join('; ')}`);
          timing.added = performance.now();
          // Written afresh: Pagefind leaves an unchanged file as it was, which the output
          // keeper (keep-output.ts) would then take for the last build's and delete.
          rmSync(out, { recursive: true, force: true });
          const written = await index.writeFiles({ outputPath: out });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          // Pagefind's ready-made interfaces: our page has its own.
          for (const name of readdirSync(out)) if (UI_FILE.test(name)) rmSync(`${out}/${name}`);
        } finally {
          await pagefind.close();
        }
        rmSync(file);
        const ms = (from: number, to: number) => Math.round(to - from);
        const done = performance.now();
        logger.info(
          `${records.length} records indexed in ${ms(started, done)} ms (${ms(started, timing.added)} ms adding, ${ms(timing.added, done)} ms writing)`,
        );
      },
    },
  };
}
