import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildSite } from '../support/build.ts';
import { htmlPages } from '../support/dist-pages.ts';
import { expand, jsonLdBlocks, S } from '../support/jsonld.ts';
import { brokenLinks } from '../support/links.ts';
import { DIST } from '../support/server.ts';

const content = loadContent('content', { base: '/' });
const pages = htmlPages().filter((p) => p.path !== '404.html' && !p.path.startsWith('embed/'));

type Expanded = Record<string, unknown>;
const values = (node: Expanded, term: string) => (node[S(term)] as Expanded[] | undefined) ?? [];
const ofType = (nodes: Expanded[], type: string) =>
  nodes.filter((n) => (n['@type'] as string[] | undefined)?.includes(S(type)));

/** Width, height and size of a PNG (its IHDR chunk). */
function png(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), size: bytes.length };
}

describe('structured data of every page', () => {
  test.each(pages.map((p) => [p.path, p.html] as const))(
    '%s: one graph that a JSON-LD processor expands',
    async (path, html) => {
      const blocks = jsonLdBlocks(html);
      expect(blocks).toHaveLength(1);
      const nodes = (await expand(blocks[0])) as Expanded[];
      expect(nodes.length).toBeGreaterThan(0);
      expect(JSON.stringify(nodes)).not.toContain('ClaimReview');
      for (const crumb of ofType(nodes, 'BreadcrumbList'))
        expect(values(crumb, 'itemListElement').length).toBeGreaterThan(0);
      expect(ofType(nodes, 'BreadcrumbList')).toHaveLength(1);
      if (path === 'index.html') return;
      const ids = new Set(nodes.map((n) => n['@id']));
      // The archive across stories (src/lib/archive/seo.ts): a profile of an actor with their claims, or a collection.
      if (/^(actors|topics|places|search)\//.test(path)) {
        const [page] = [...ofType(nodes, 'ProfilePage'), ...ofType(nodes, 'CollectionPage')];
        expect(page, 'ProfilePage or CollectionPage').toBeDefined();
        for (const ref of values(page!, 'mainEntity')) expect(ids).toContain(ref['@id']);
        for (const claim of ofType(nodes, 'Claim')) {
          for (const term of ['author', 'appearance', 'text'])
            expect(values(claim, term).length, `Claim ${claim['@id']} ${term}`).toBeGreaterThan(0);
          for (const ref of values(claim, 'author')) expect(ids).toContain(ref['@id']);
        }
        return;
      }
      const [article] = ofType(nodes, 'NewsArticle');
      expect(article, 'NewsArticle').toBeDefined();
      for (const term of ['headline', 'datePublished', 'dateModified', 'author', 'publisher', 'isBasedOn', 'image'])
        expect(values(article!, term).length, term).toBeGreaterThan(0);
      for (const claim of ofType(nodes, 'Claim'))
        for (const term of ['author', 'appearance', 'text'])
          expect(values(claim, term).length, `Claim ${claim['@id']} ${term}`).toBeGreaterThan(0);
      // Every node a Claim or Event points to (its author, the actors it is about) is described on the page.
      for (const node of [...ofType(nodes, 'Claim'), ...ofType(nodes, 'Event')])
        for (const ref of [...values(node, 'author'), ...values(node, 'about')]) expect(ids).toContain(ref['@id']);
    },
  );

  test('the article page has a Claim node per claim, the claims page too', async () => {
    for (const story of content.stories) {
      for (const view of ['', 'claims/']) {
        const html = readFileSync(join(DIST, story.slug, view, 'index.html'), 'utf8');
        const nodes = (await expand(jsonLdBlocks(html)[0])) as Expanded[];
        expect(ofType(nodes, 'Claim')).toHaveLength(story.data.claims.length);
      }
    }
  });
});

describe('link previews are early and images are right', () => {
  test.each(pages.map((p) => [p.path, p.html] as const))(
    '%s: every og/twitter tag is in the first 32 KB',
    (_, html) => {
      const head = Buffer.from(html)
        .subarray(0, 32 * 1024)
        .toString('utf8');
      for (const tag of ['og:title', 'og:description', 'og:image', 'og:image:width', 'og:url', 'twitter:card'])
        expect(head).toContain(`"${tag}"`);
      const lastMeta = Math.max(
        ...[...html.matchAll(/<meta (property|name)="(og|twitter|article):/g)].map((m) => m.index),
      );
      expect(Buffer.byteLength(html.slice(0, lastMeta))).toBeLessThan(32 * 1024);
    },
  );

  test('every preview image is a 1200×630 PNG under 300 KB', () => {
    const images = pages.map((p) => /property="og:image" content="([^"]+)"/.exec(p.html)![1]!);
    for (const url of new Set(images)) {
      const file = join(DIST, new URL(url).pathname);
      expect(existsSync(file), file).toBe(true);
      const { width, height, size } = png(file);
      expect([width, height]).toEqual([1200, 630]);
      expect(size).toBeLessThan(300 * 1024);
    }
  });
});

describe('feeds, sitemap and data', () => {
  test('the sitemap lists every indexable page and no embed or noindex page', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const indexable = htmlPages()
      .filter((p) => !/<meta name="robots" content="[^"]*noindex/.test(p.html))
      .map((p) => `/${p.path.replace(/index\.html$/, '')}`);
    expect(locs.sort()).toEqual(indexable.filter((p) => !p.startsWith('/embed/')).sort());
  });

  test('RSS and JSON Feed list every story, newest first', () => {
    const feed = JSON.parse(readFileSync(join(DIST, 'feed.json'), 'utf8'));
    const newestFirst = [...content.stories].sort((a, b) => b.data.published.ms - a.data.published.ms);
    expect(feed.items.map((i: { title: string }) => i.title)).toEqual(newestFirst.map((s) => s.data.title));
    const rss = readFileSync(join(DIST, 'feed.xml'), 'utf8');
    for (const story of content.stories) expect(rss).toContain(`/${story.slug}/</link>`);
  });

  test('each story page links its data downloads and a JSON Schema that describes them', () => {
    const schema = JSON.parse(readFileSync(join(DIST, 'schema/story-data.schema.json'), 'utf8'));
    expect(schema.required).toEqual(expect.arrayContaining(['story', 'claims', 'assessments', 'events']));
    for (const story of content.stories) {
      const html = readFileSync(join(DIST, story.slug, 'index.html'), 'utf8');
      for (const file of ['data.json', 'claims.csv', 'assessments.csv', 'events.csv']) {
        expect(html).toContain(`/${story.slug}/${file}`);
        expect(existsSync(join(DIST, story.slug, file))).toBe(true);
      }
      const data = JSON.parse(readFileSync(join(DIST, story.slug, 'data.json'), 'utf8'));
      expect(data.claims).toHaveLength(story.data.claims.length);
      const csv = readFileSync(join(DIST, story.slug, 'events.csv'), 'utf8');
      expect(csv.split('\r\n')[0]).toMatch(/^id,date_edtf/);
    }
  });
});

describe('a build under a sub-path', () => {
  const site = 'https://news.example.org';
  const build = buildSite({ contentDir: 'content', outDir: 'dist-test-sub', base: '/sub', site });
  const again = buildSite({ contentDir: 'content', outDir: 'dist-test-sub', base: '/sub', site });
  afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

  test('builds, with 0 broken internal links', () => {
    expect(build.status, build.output).toBe(0);
    expect(brokenLinks(build.outDir, '/sub/')).toEqual([]);
  });

  test('canonical, Open Graph, feed, sitemap, robots and data URLs are absolute on the site and base', () => {
    const subPages = htmlPages(build.outDir).filter((p) => p.path !== '404.html');
    for (const page of subPages) {
      const urls = [
        ...page.html.matchAll(/(?:rel="canonical" href|property="og:(?:url|image)" content)="([^"]+)"/g),
      ].map((m) => m[1]!);
      // Embeds carry only a canonical to their full page (no preview tags: they are not shared).
      expect(urls.length, page.path).toBeGreaterThanOrEqual(page.path.startsWith('embed/') ? 1 : 2);
      for (const url of urls) expect(url.startsWith(`${site}/sub/`), `${page.path}: ${url}`).toBe(true);
    }
    expect(readFileSync(join(build.outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sub/sitemap-index.xml`);
    for (const file of ['sitemap-0.xml', 'feed.xml', 'feed.json']) {
      const text = readFileSync(join(build.outDir, file), 'utf8');
      const links = [...text.matchAll(/https?:\/\/[^"<\s]+/g)]
        .map((m) => m[0])
        .filter((u) => u.startsWith(site.slice(0, 12)));
      expect(links.length, file).toBeGreaterThan(0);
      for (const link of links.filter((l) => new URL(l).host === 'news.example.org'))
        expect(link, file).toMatch(`${site}/sub/`);
    }
    const story = content.stories[0]!;
    const data = JSON.parse(readFileSync(join(build.outDir, story.slug, 'data.json'), 'utf8'));
    expect(data.story.url).toBe(`${site}/sub/${story.slug}/`);
  });

  test('a build with its public address set does not warn about it; one without does, naming the fix', () => {
    expect(build.output).not.toContain('COUNTERPOINT_SITE is not set');
    // Its own copy of the fixture content: no other test's build shares its content cache.
    const contentDir = 'node_modules/.test-content-no-site';
    cpSync('tests/fixtures/stories', contentDir, { recursive: true });
    const local = buildSite({ contentDir, outDir: 'dist-test-no-site' });
    for (const dir of [contentDir, local.outDir]) rmSync(dir, { recursive: true, force: true });
    expect(local.status, local.output).toBe(0);
    expect(local.output).toMatch(/COUNTERPOINT_SITE is not set: .*http:\/\/localhost:4321.*COUNTERPOINT_SITE=https:/);
  });

  test('a rebuild with no content change draws no preview image again', () => {
    expect(again.status, again.output).toBe(0);
    const stats = /\[og\] preview images: (\d+) drawn, (\d+) from cache/.exec(again.output);
    expect(stats, again.output.slice(-2000)).not.toBeNull();
    expect(Number(stats![1])).toBe(0);
    expect(Number(stats![2])).toBeGreaterThan(0);
  });
});
