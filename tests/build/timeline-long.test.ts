import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import type { TimelineJsDocument } from '../../src/lib/timeline/index.ts';
import { buildSite } from '../support/build.ts';
import { FIXTURES } from '../support/content-root.ts';
import { duplicateIds, htmlPages } from '../support/dist-pages.ts';
import { BUDGETS } from '../support/page-weight.ts';

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

describe('a long timeline: 40 events over 30 years, 12 actors (tests/fixtures/long-timeline)', () => {
  const root = join(FIXTURES, 'long-timeline');
  const { stories, actors } = loadContent(root, { base: '/' });
  const story = stories[0]!;
  const build = buildSite({ contentDir: 'tests/fixtures/long-timeline', outDir: 'dist-test-long-timeline' });
  outDirs.push(build.outDir);
  const html = () => readFileSync(join(build.outDir, story.slug, 'timeline', 'index.html'), 'utf8');

  test('no page uses an id twice', () => {
    expect(duplicateIds(htmlPages(build.outDir))).toEqual([]);
  });

  test('the fixture is what it says', () => {
    expect(story.data.events).toHaveLength(40);
    expect(actors).toHaveLength(12);
    const years = story.data.events.map((e) => e.date.start.year);
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(29);
    const precisions = new Set(story.data.events.map((e) => e.date.start.precision));
    expect([...precisions].sort()).toEqual(['day', 'month', 'year']);
    expect(story.data.events.some((e) => e.date.start.approximate)).toBe(true);
  });

  test('builds; the page lists every entry once, with its date, within the byte budget', () => {
    expect(build.status, build.output).toBe(0);
    const page = html();
    const items = [...page.matchAll(/<li id="(event|claim|assessment)-[^"]+"/g)];
    expect(items).toHaveLength(story.data.events.length + story.data.claims.length + story.data.assessments.length);
    expect(gz(page)).toBeLessThanOrEqual(BUDGETS.html);
  });

  test('the page is valid HTML', async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(html(), 'timeline.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  test('the TimelineJS export has one event per entry, with our ids', () => {
    const doc = JSON.parse(readFileSync(join(build.outDir, story.slug, 'timeline.json'), 'utf8')) as TimelineJsDocument;
    expect(doc.events.map((e) => e.unique_id).sort()).toEqual(
      [...html().matchAll(/<li id="([^"]+)"/g)].map((m) => m[1]).sort(),
    );
  });
});

describe('a 300-event story stays within three times the page budget', () => {
  // Synthetic: the long fixture's registry, and 300 events spread over 30 years.
  const root = mkdtempSync(join(tmpdir(), 'cp-300-'));
  cpSync(join(FIXTURES, 'long-timeline', 'actors.yaml'), join(root, 'actors.yaml'));
  const ids = [...readFileSync(join(root, 'actors.yaml'), 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]!);
  const events = Array.from({ length: 300 }, (_, i) => {
    const year = 1994 + Math.floor(i / 10);
    const date =
      i % 3 === 0
        ? `${year}`
        : i % 3 === 1
          ? `${year}-${String((i % 12) + 1).padStart(2, '0')}`
          : `${year}-05-${String((i % 28) + 1).padStart(2, '0')}`;
    const actorList = [ids[i % ids.length], ids[(i * 7 + 3) % ids.length]].filter((v, j, a) => a.indexOf(v) === j);
    return `  - { id: ev-${i}, date: '${date}', title: Something happened on the river (number ${i}), summary: A sentence or two about what happened and who was involved in it., actors: [${actorList.join(', ')}], kind: other }`;
  });
  const article = [
    '---',
    'title: Three Hundred Things on the River',
    'dek: A synthetic story with 300 events.',
    'publisher: { name: Test Gazette }',
    'published: 2024-01-15',
    'lang: en',
    'source: { name: Test Gazette }',
    'questions: [{ id: q, text: Is it safe? }]',
    `claims: [{ id: c, actor: ${ids[0]}, date: '2023', statement: It is safe., question: q, excerpt: It is safe }]`,
    'events:',
    ...events,
    '---',
    '',
    'It is safe, they said.',
  ].join('\n');
  mkdirSync(join(root, 'articles'));
  writeFileSync(join(root, 'articles', 'three-hundred.md'), article);
  const build = buildSite({ contentDir: root, outDir: 'dist-test-300-events' });
  outDirs.push(build.outDir, root);

  test('builds and weighs ≤ 3 × 14 KB gzip', () => {
    expect(build.status, build.output).toBe(0);
    const page = readFileSync(join(build.outDir, 'three-hundred', 'timeline', 'index.html'), 'utf8');
    expect([...page.matchAll(/<li id="event-/g)]).toHaveLength(300);
    const weight = gz(page);
    console.log(`300-event timeline page: ${(weight / 1024).toFixed(1)} KB gzip`);
    expect(weight).toBeLessThanOrEqual(3 * BUDGETS.html);
  });
});
