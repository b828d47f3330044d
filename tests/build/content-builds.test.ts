import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder } from '../../src/lib/files.ts';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildSite } from '../support/build.ts';
import { duplicateIds, htmlPages } from '../support/dist-pages.ts';
import { brokenLinks } from '../support/links.ts';
import { caseRoot, FIXTURES } from '../support/content-root.ts';
import { DIST } from '../support/server.ts';

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('a second story needs no code', () => {
  const fixture = loadContent(join(FIXTURES, 'stories'), { base: '/' });
  // An empty preview-image cache of its own: every image is drawn by this build.
  const ogCacheDir = mkdtempSync(join(tmpdir(), 'cp-og-cache-'));
  const build = buildSite({ contentDir: 'tests/fixtures/stories', outDir: 'dist-test-fixture', ogCacheDir });
  outDirs.push(build.outDir, ogCacheDir);

  test('the fixture content root builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test.each(fixture.stories.map((s) => [s.slug, s] as const))('%s gets its three views', (slug, story) => {
    for (const view of ['', 'claims/', 'timeline/']) {
      const file = join(build.outDir, slug, view, 'index.html');
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8')).toContain(story.data.title.replace(/’/g, '’'));
    }
  });

  test('each preview image is drawn once, though drawing starts before the pages that serve it', () => {
    const images = filesUnder(join(build.outDir, 'og')).filter((file) => file.endsWith('.png'));
    const distinct = new Set(images.map((file) => createHash('sha256').update(readFileSync(file)).digest('hex')));
    const stats = /\[og\] preview images: (\d+) drawn, (\d+) from cache/.exec(build.output);
    expect(stats, build.output.slice(-2000)).not.toBeNull();
    expect(images.length).toBeGreaterThan(fixture.stories.length * 3);
    expect(Number(stats![1])).toBe(distinct.size);
    expect(Number(stats![2])).toBe(0);
  });

  test('every view and every embed of a corrected story says it was updated and links to the corrections', () => {
    const corrected = fixture.stories.filter((s) => s.data.corrections.length > 0 && s.data.updated);
    expect(corrected.length).toBeGreaterThan(0);
    for (const { slug, data } of corrected) {
      for (const page of ['', 'claims/', 'timeline/', 'embed/@/', 'embed/@/claims/', 'embed/@/timeline/']) {
        const path = page.startsWith('embed') ? page.replace('@', slug) : `${slug}/${page}`;
        const html = readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
        const count = data.corrections.length;
        expect(html, path).toMatch(new RegExp(`href="(/${slug}/)?#corrections"[^>]*>${count} corrections?<`));
        expect(html, path).toMatch(/Updated <time class="date" datetime="[^"]+">/);
      }
    }
  });

  test('the own page of a claim or an event never puts brackets inside brackets (dates may carry “(approx.)”)', () => {
    let pages = 0;
    for (const { slug, data } of fixture.stories) {
      const paths = [...data.claims.map((c) => `claims/${c.id}`), ...data.events.map((e) => `timeline/${e.id}`)];
      for (const path of paths) {
        const html = readFileSync(join(build.outDir, slug, path, 'index.html'), 'utf8');
        const main = /<main[\s\S]*<\/main>/.exec(html)![0];
        const text =
          `${/<title>([^<]*)/.exec(html)![1]} ${main.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, '')}`.replace(
            /\s+/g,
            ' ',
          );
        expect(text, path).not.toMatch(/\([^()]*\(/);
        pages++;
      }
    }
    expect(pages).toBeGreaterThan(0);
  });

  test('every internal link and anchor of the fixture site resolves (corrections, marks, permalinks, embeds)', () => {
    expect(brokenLinks(build.outDir)).toEqual([]);
  });

  test('no page uses an id twice', () => {
    expect(duplicateIds(htmlPages(build.outDir))).toEqual([]);
  });

  test('fixture stories are not published with the real site', () => {
    for (const story of fixture.stories) expect(existsSync(join(DIST, story.slug))).toBe(false);
  });
});

describe('bad content stops the build', () => {
  test.each([
    ['unknown-actor', 'articles/story.md', 'claims[0].actor'],
    ['excerpt-not-verbatim', 'articles/story.md', 'claims[0].excerpt'],
    ['registry-duplicate-id', 'actors.yaml', '[5].id'],
    // The renderer's own image collector threw on it, naming no file.
    ['broken-address', 'articles/story.md', '(file) (line 37)'],
  ])('%s: non-zero exit, naming the file and the field', (name, file, field) => {
    const root = caseRoot(name);
    const build = buildSite({ contentDir: root, outDir: `dist-test-invalid-${name}` });
    outDirs.push(build.outDir);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(file);
    expect(build.output).toContain(`✗ ${field}`);
    expect(build.output).toContain('Fix:');
    // The fault is the content's: the report is for an editor, with no stack trace into our code.
    expect(build.output).not.toMatch(/Stack trace|at \S+ \(.*src\//);
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });
});
