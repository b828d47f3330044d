import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { generateContent } from '../../scripts/bench/generate.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function generate(stories: number, seed: number, extra?: Parameters<typeof generateContent>[1]['extra']) {
  const root = mkdtempSync(join(tmpdir(), 'cp-bench-gen-'));
  roots.push(root);
  const slugs = generateContent(root, { stories, seed, ...(extra ? { extra } : {}) });
  return { root, slugs };
}

const files = (root: string) =>
  Object.fromEntries(
    ['actors.yaml', ...readdirSync(join(root, 'articles')).map((f) => `articles/${f}`)].map((f) => [
      f,
      readFileSync(join(root, f), 'utf8'),
    ]),
  );

describe('benchmark story generator', () => {
  const { root, slugs } = generate(12, 3);
  const content = loadContent(root, { base: '/', cwd: root });

  test('every story it writes passes the same validation as the build (schemas, references, verbatim excerpts)', () => {
    expect(content.stories.map((s) => s.slug)).toEqual(slugs);
  });

  test('stories have the shape the benchmark promises', () => {
    for (const story of content.stories) {
      const { claims, assessments, events } = story.data;
      const actors = new Set([
        ...claims.map((c) => c.actor.id),
        ...assessments.flatMap((a) => a.actors.map((r) => r.id)),
        ...events.flatMap((e) => e.actors.map((r) => r.id)),
      ]);
      expect(actors.size).toBeGreaterThanOrEqual(5);
      expect(actors.size).toBeLessThanOrEqual(12);
      expect(claims.length).toBeGreaterThanOrEqual(6);
      expect(assessments.length).toBeGreaterThanOrEqual(8);
      expect(events.length).toBeGreaterThanOrEqual(16);
      const words = story.body.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThan(700);
      expect(words).toBeLessThan(1100);
      // Every anchored passage is marked in the article: excerpts become marks.
      expect(story.marks.length).toBe(claims.length + assessments.length + events.filter((e) => e.excerpt).length);
    }
  });

  test('dates come in mixed precision: day, month, year, qualified and ranges', () => {
    const dates = content.stories.flatMap((s) => [
      ...s.data.claims.map((c) => c.date),
      ...s.data.assessments.map((a) => a.date),
      ...s.data.events.map((e) => e.date),
    ]);
    const precisions = new Set(dates.map((d) => d.start.precision));
    expect(precisions).toEqual(new Set(['year', 'month', 'day']));
    expect(dates.some((d) => d.end)).toBe(true);
    expect(dates.some((d) => d.start.approximate)).toBe(true);
    expect(dates.some((d) => d.start.uncertain)).toBe(true);
    expect(dates.some((d) => d.note)).toBe(true);
  });

  test('the same seed writes the same bytes; another seed writes other stories', () => {
    expect(files(generate(12, 3).root)).toEqual(files(root));
    expect(files(generate(12, 4).root)['articles/bench-story-0001.md']).not.toEqual(
      files(root)['articles/bench-story-0001.md'],
    );
  });

  test('a story with 300 events and 40 actors is valid content too', () => {
    const big = generate(1, 5, [{ slug: 'big-story', options: { events: 300, actors: 40 } }]);
    const story = loadContent(big.root, { base: '/', cwd: big.root }).stories.find((s) => s.slug === 'big-story')!;
    expect(story.data.events).toHaveLength(300);
    const lanes = new Set(story.data.events.flatMap((e) => e.actors.map((r) => r.id)));
    expect(lanes.size).toBe(40);
  });
});
