import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import type { TimelineJsDocument } from '../../src/lib/timeline/index.ts';
import { buildSite } from '../support/build.ts';
import { FIXTURES } from '../support/content-root.ts';
import { brokenLinks } from '../support/links.ts';
import { BUDGETS } from '../support/page-weight.ts';

/**
 * Stories of shapes unlike the first (tests/fixtures/shapes): a 1953 reference beside this month's
 * dispute, everything on one day, twenty-six actors under a 184-character headline, and a deep past
 * of decades and uncertain dates. Each must build and read as well as the first story.
 */
const { stories } = loadContent(join(FIXTURES, 'shapes'), { base: '/' });
const build = buildSite({ contentDir: 'tests/fixtures/shapes', outDir: 'dist-test-shapes' });
afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

const page = (...path: string[]) => readFileSync(join(build.outDir, ...path, 'index.html'), 'utf8');
const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const anchorsOf = (story: (typeof stories)[number]) => [
  ...story.data.events.map((e) => `event-${e.id}`),
  ...story.data.claims.map((c) => `claim-${c.id}`),
  ...story.data.assessments.map((a) => `assessment-${a.id}`),
];

describe('stories of other shapes', () => {
  test('the fixture holds each shape', () => {
    const years = (s: (typeof stories)[number]) =>
      [...s.data.events, ...s.data.claims, ...s.data.assessments].map((e) => e.date.start.year);
    const bySlug = new Map(stories.map((s) => [s.slug, s]));
    const historic = years(bySlug.get('sea-wall-will-hold')!);
    expect(Math.max(...historic) - Math.min(...historic)).toBeGreaterThanOrEqual(70);
    const oneDay = bySlug.get('depot-fire-one-day')!;
    expect(new Set([...oneDay.data.events, ...oneDay.data.claims].map((e) => e.date.edtf.slice(0, 10))).size).toBe(1);
    const basin = bySlug.get('basin-water-accord')!;
    const actors = new Set([
      ...basin.data.claims.map((c) => c.actor.id),
      ...basin.data.assessments.flatMap((a) => a.actors.map((r) => r.id)),
      ...basin.data.events.flatMap((e) => e.actors.map((r) => r.id)),
    ]);
    expect(actors.size).toBeGreaterThanOrEqual(25);
    expect(basin.data.title.length).toBeGreaterThanOrEqual(180);
    const seaWall = bySlug.get('sea-wall-will-hold')!;
    expect(seaWall.data.events.filter((e) => e.actors.length === 0).length).toBeGreaterThanOrEqual(2);
    expect(seaWall.data.events.some((e) => e.date.open)).toBe(true);
    const bridge = bySlug.get('kessel-bridge-origins')!;
    const precisions = new Set(bridge.data.events.map((e) => e.date.start.precision));
    expect([...precisions]).toEqual(expect.arrayContaining(['decade', 'quarter', 'year']));
    const qualified = [...bridge.data.events, ...bridge.data.claims, ...bridge.data.assessments].filter(
      (e) => e.date.start.approximate || e.date.start.uncertain,
    );
    expect(qualified.length).toBeGreaterThanOrEqual(5);
  });

  test('every shape builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test.each(stories.map((s) => [s.slug, s] as const))(
    '%s: the timeline lists every entry once, within the page budget',
    (slug, story) => {
      const html = page(slug, 'timeline');
      const listed = [...html.matchAll(/<li id="((?:event|claim|assessment)-[^"]+)"/g)].map((m) => m[1]);
      expect(listed.sort()).toEqual(anchorsOf(story).sort());
      for (const view of ['', 'claims', 'timeline'])
        expect(gz(page(slug, view)), view).toBeLessThanOrEqual(BUDGETS.html);
    },
  );

  test.each(stories.map((s) => [s.slug] as const))('%s: its three views are valid HTML', async (slug) => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    for (const view of ['', 'claims', 'timeline']) {
      const report = await validator.validateString(page(slug, view), `${slug}/${view}`);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${view}: ${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });

  test.each(stories.map((s) => [s.slug, s] as const))(
    '%s: the TimelineJS export has one event per entry, each with a group',
    (slug, story) => {
      const doc = JSON.parse(readFileSync(join(build.outDir, slug, 'timeline.json'), 'utf8')) as TimelineJsDocument;
      expect(doc.events.map((e) => e.unique_id).sort()).toEqual(anchorsOf(story).sort());
      for (const event of doc.events) expect(event.group, event.unique_id).toMatch(/\S/);
    },
  );

  test('every internal link and anchor resolves', () => {
    expect(brokenLinks(build.outDir)).toEqual([]);
  });
});
