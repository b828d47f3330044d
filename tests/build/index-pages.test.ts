import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { afterAll, describe, expect, test } from 'vitest';
import { FEED_SIZE } from '../../src/lib/seo/feeds.ts';
import { INDEX_PAGE_SIZE } from '../../src/lib/view/index-pages.ts';
import { longTitledArchive } from '../support/archive.ts';
import { buildSite } from '../support/build.ts';
import { BUDGETS, pageWeights } from '../support/page-weight.ts';

/**
 * An archive that has grown: more stories than one index page and one feed
 * hold, each with the longest title and standfirst the schema allows, in words
 * that do not compress (the worst case for the page budget).
 */
const STORIES = Math.max(2 * INDEX_PAGE_SIZE, FEED_SIZE) + 3;
const { root, slugs } = longTitledArchive(STORIES);

const build = buildSite({
  contentDir: root,
  outDir: 'dist-test-index-pages',
  env: { COUNTERPOINT_ITEM_PREVIEWS: '0' },
});
afterAll(() => [root, build.outDir].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const fileOf = (path: string) => join(build.outDir, path, 'index.html');
const html = (path: string) => readFileSync(fileOf(path), 'utf8');
const link = (page: string, rel: 'next' | 'prev') =>
  new RegExp(`<a [^>]*href="([^"]+)"[^>]*rel="${rel}"`).exec(page)?.[1];
/** The stories a page lists, in order: the slug each card's title links to, and its publication time. */
const cards = (page: string) =>
  [
    ...page.matchAll(
      /<article class="story-card"[^>]*>\s*<h2>\s*<a href="\/([^/"]+)\/"[\s\S]*?<time[^>]*datetime="([^"]+)"/g,
    ),
  ].map((m) => ({ slug: m[1]!, published: Date.parse(m[2]!) }));

/** Index pages in the order a reader meets them, following "Older stories" from the front page. */
function olderChain(): string[] {
  const paths = ['/'];
  for (let next = link(html('/'), 'next'); next; next = link(html(next), 'next')) {
    if (paths.includes(next)) throw new Error(`the pager loops back to ${next}`);
    paths.push(next);
  }
  return paths;
}

describe(`an archive of ${STORIES} stories with the longest titles and standfirsts the schema allows`, () => {
  test('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('"Older stories" walks from the front page through every story once, newest first', () => {
    const paths = olderChain();
    expect(paths.length).toBe(Math.ceil(STORIES / INDEX_PAGE_SIZE));
    const listed = paths.flatMap((path) => cards(html(path)));
    expect(listed.map((c) => c.slug).sort()).toEqual([...slugs].sort());
    const times = listed.map((c) => c.published);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const path of paths.slice(0, -1)) expect(cards(html(path))).toHaveLength(INDEX_PAGE_SIZE);
  });

  test('"Newer stories" walks back to the front page; the front page and the last one have one link each', () => {
    const paths = olderChain();
    const back = [paths.at(-1)!];
    for (let prev = link(html(back[0]!), 'prev'); prev; prev = link(html(prev), 'prev')) back.push(prev);
    expect(back).toEqual([...paths].reverse());
    expect(link(html('/'), 'prev')).toBeUndefined();
    expect(link(html(paths.at(-1)!), 'next')).toBeUndefined();
  });

  test('every index page fits the one-round-trip budget (14 KB gzip with its CSS)', () => {
    const weights = pageWeights(build.outDir).filter((w) => w.path === 'index.html' || w.path.startsWith('page/'));
    expect(weights.map((w) => w.path)).toHaveLength(olderChain().length);
    for (const w of weights) expect(w.htmlGzip + w.cssGzip, w.path).toBeLessThanOrEqual(BUDGETS.html);
  });

  test('each later page has its own title and canonical URL, and its structured data lists its own stories at their places', () => {
    const paths = olderChain();
    paths.slice(1).forEach((path, i) => {
      const page = html(path);
      expect(page).toMatch(new RegExp(`<title>Stories, page ${i + 2} of ${paths.length} · `));
      expect(page).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${path}"`));
      const graph = JSON.parse(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(page)![1]!) as {
        '@graph': { '@type': string; mainEntity?: { itemListElement: { position: number; url: string }[] } }[];
      };
      const list = graph['@graph'].find((n) => n['@type'] === 'CollectionPage')!.mainEntity!.itemListElement;
      expect(list.map((item) => new URL(item.url).pathname)).toEqual(cards(page).map((c) => `/${c.slug}/`));
      expect(list.map((item) => item.position)).toEqual(list.map((_, k) => (i + 1) * INDEX_PAGE_SIZE + k + 1));
    });
  });

  test('the sitemap lists every index page', () => {
    const sitemap = readdirSync(build.outDir)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(build.outDir, f), 'utf8'))
      .join('');
    for (const path of olderChain()) expect(sitemap).toMatch(new RegExp(`<loc>https?://[^<]+${path}</loc>`));
  });

  test(`the feeds carry the newest ${FEED_SIZE} stories, as the index orders them`, () => {
    const newest = olderChain()
      .flatMap((path) => cards(html(path)))
      .slice(0, FEED_SIZE)
      .map((c) => `/${c.slug}/`);
    const json = JSON.parse(readFileSync(join(build.outDir, 'feed.json'), 'utf8')) as { items: { url: string }[] };
    expect(json.items.map((item) => new URL(item.url).pathname)).toEqual(newest);
    const rss = readFileSync(join(build.outDir, 'feed.xml'), 'utf8');
    expect([...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname)).toEqual(
      newest,
    );
  });

  test('every index page is valid HTML', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    for (const path of olderChain()) {
      const report = await validator.validateString(html(path), fileOf(path));
      expect(report.results.flatMap((r) => r.messages.map((m) => `${path} ${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });
});
