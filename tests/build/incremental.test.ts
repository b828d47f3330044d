/**
 * Incremental builds (a build without --force) reuse the last build's files for
 * the pages of stories that did not change. They must publish exactly what a
 * full build publishes: an edit to a story or to an actor it names reaches
 * every page that shows it, and nothing else is rendered again.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, cacheDirOf, startBuild } from '../support/build.ts';
import { FIXTURES } from '../support/content-root.ts';

const root = mkdtempSync(join(tmpdir(), 'cp-incremental-'));
cpSync(join(FIXTURES, 'stories'), root, { recursive: true });
const FIRST = 'harbour-strike-talks';
const SECOND = 'second-harbour-story';
const storyFile = (slug: string) => join(root, 'articles', `${slug}.md`);
writeFileSync(storyFile(SECOND), readFileSync(storyFile(FIRST), 'utf8'));

const outDirs: string[] = [];
afterAll(() => [root, cacheDirOf(root), ...outDirs].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const build = (outDir: string, force: boolean) => {
  const result = buildSite({ contentDir: root, outDir, force });
  expect(result.status, result.output.slice(-3000)).toBe(0);
  outDirs.push(result.outDir);
  return result;
};

/** Where buildSite() puts an output folder named relative to the project. */
const cwdOut = (outDir: string) => resolve(import.meta.dirname, '../..', outDir);

/** A full build into a new, empty folder: what every incremental build must equal. */
const fullBuild = () => build(mkdtempSync(join(tmpdir(), 'cp-incremental-full-')), true);

/** Every file of a build folder, by path, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(relative(dir, path), readFileSync(path));
    }
  return files;
}

function expectSameSite(incremental: string, full: string) {
  const a = tree(incremental);
  const b = tree(full);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  const differing = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
  expect(differing).toEqual([]);
}

/** Output paths the build took from its last run instead of rendering them. */
const reused = (output: string) =>
  [...output.matchAll(/ (\/\S+) \((?:cached|restored)\)/g)].map((m) => m[1]!.replace(/^\//, ''));

describe('incremental builds publish what a full build publishes', () => {
  build('dist-test-incremental', true);

  test('an edited story is rendered again; the other story is reused', () => {
    const story = readFileSync(storyFile(SECOND), 'utf8');
    writeFileSync(storyFile(SECOND), story.replace(/^title: .*$/m, 'title: Second Story Gets A New Headline'));
    const again = build('dist-test-incremental', false);

    const paths = reused(again.output);
    expect(paths.filter((p) => p.includes(FIRST)).length).toBeGreaterThan(20);
    // Its pages and files, and the preview images that show the title, are new; a
    // claim's or event's image does not show the story title and is rightly reused.
    expect(paths.filter((p) => p.includes(SECOND) && !/^og\/[^/]+\/(claims|events)\//.test(p))).toEqual([]);
    for (const view of ['', 'claims/', 'timeline/', `embed/`])
      expect(
        readFileSync(
          join(again.outDir, view === 'embed/' ? `embed/${SECOND}` : `${SECOND}/${view}`, 'index.html'),
          'utf8',
        ),
      ).toContain('Second Story Gets A New Headline');
    expectSameSite(again.outDir, fullBuild().outDir);
  });

  test('renaming an actor reaches every story that names them', () => {
    const registry = join(root, 'actors.yaml');
    writeFileSync(registry, readFileSync(registry, 'utf8').replace('name: Mara Velden', 'name: Mara Velden-Okafor'));
    const again = build('dist-test-incremental', false);

    // Every page that names her is rendered again; only pages that do not (another actor's
    // record, a topic's story cards) may be reused.
    const kept = reused(again.output).filter((p) => p.endsWith('.html'));
    expect(kept.filter((p) => !/^(actors|topics|places)\//.test(p))).toEqual([]);
    for (const path of kept) expect(readFileSync(join(again.outDir, path), 'utf8'), path).not.toContain('Velden');
    for (const slug of [FIRST, SECOND])
      expect(readFileSync(join(again.outDir, slug, 'index.html'), 'utf8')).toContain('Mara Velden-Okafor');
    expectSameSite(again.outDir, fullBuild().outDir);
  });

  test('a rebuild with nothing changed reuses every story page, where it lies', () => {
    const page = join(cwdOut('dist-test-incremental'), FIRST, 'index.html');
    const before = statSync(page);
    const again = build('dist-test-incremental', false);
    const paths = reused(again.output);
    for (const slug of [FIRST, SECOND]) {
      expect(paths).toContain(`${slug}/index.html`);
      expect(paths).toContain(`embed/${slug}/timeline/index.html`);
    }
    // Left in place (not deleted and copied back from the cache): same file, not rewritten.
    const after = statSync(page);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expectSameSite(again.outDir, fullBuild().outDir);
  });

  test('a build stopped half-way leaves nothing the next build would reuse', async () => {
    const child = startBuild({ contentDir: root, outDir: 'dist-test-incremental', force: false });
    // Killed while it writes pages, as a crash or Ctrl-C would stop it.
    await new Promise<void>((resolve) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('generating static routes')) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    expect(child.signalCode).toBe('SIGKILL');
    // What such a stop can leave behind: a page cut short, whose story did not change.
    writeFileSync(join(cwdOut('dist-test-incremental'), FIRST, 'index.html'), '<!doctype html><title>cut sh');
    const again = build('dist-test-incremental', false);
    expectSameSite(again.outDir, fullBuild().outDir);
  });

  test('a deleted story leaves nothing behind, nor does anything else no build wrote', () => {
    const text = readFileSync(storyFile(SECOND), 'utf8');
    rmSync(storyFile(SECOND));
    mkdirSync(join(cwdOut('dist-test-incremental'), 'stray'), { recursive: true });
    writeFileSync(join(cwdOut('dist-test-incremental'), 'stray', 'index.html'), '<!doctype html><title>stray</title>');
    try {
      const again = build('dist-test-incremental', false);
      expect(existsSync(join(again.outDir, 'stray'))).toBe(false);
      const left = [...tree(again.outDir).keys()].filter((path) => path.includes(SECOND));
      expect(left).toEqual([]);
      expect(existsSync(join(again.outDir, SECOND))).toBe(false); // its folder too
      expectSameSite(again.outDir, fullBuild().outDir);
    } finally {
      writeFileSync(storyFile(SECOND), text);
    }
  });

  test('a story broken by an edit stops an incremental build, like a full one', () => {
    const story = readFileSync(storyFile(SECOND), 'utf8');
    writeFileSync(
      storyFile(SECOND),
      story.replace('excerpt: Director Mara Velden said', 'excerpt: Director Mara Velden wrote'),
    );
    const broken = buildSite({ contentDir: root, outDir: 'dist-test-incremental', force: false });
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain(`${SECOND}.md`);
    expect(broken.output).toContain('✗ claims[0].excerpt');
  });
});
