import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildSite } from '../support/build.ts';
import { brokenLinks } from '../support/links.ts';
import { caseRoot, FIXTURES } from '../support/content-root.ts';
import { DIST } from '../support/server.ts';

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('a second story needs no code', () => {
  const fixture = loadContent(join(FIXTURES, 'stories'), { base: '/' });
  const build = buildSite({ contentDir: 'tests/fixtures/stories', outDir: 'dist-test-fixture' });
  outDirs.push(build.outDir);

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

  test('every internal link and anchor of the fixture site resolves (corrections, marks, permalinks, embeds)', () => {
    expect(brokenLinks(build.outDir)).toEqual([]);
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
  ])('%s: non-zero exit, naming the file and the field', (name, file, field) => {
    const root = caseRoot(name);
    const build = buildSite({ contentDir: root, outDir: `dist-test-invalid-${name}` });
    outDirs.push(build.outDir);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(file);
    expect(build.output).toContain(`✗ ${field}`);
    expect(build.output).toContain('Fix:');
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });
});
