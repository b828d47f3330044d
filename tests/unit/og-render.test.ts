import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { drawCard, type OgCard } from '../../src/lib/og/draw.ts';

// The cache directory is read when render.ts loads: point it at an empty folder first.
const cacheDir = mkdtempSync(join(tmpdir(), 'og-render-'));
process.env.COUNTERPOINT_OG_CACHE_DIR = cacheDir;
const { cardHash, cardPng, ogStats } = await import('../../src/lib/og/render.ts');

const card = (title: string): OgCard => ({
  eyebrow: 'Site · Claims',
  title,
  byline: ['Publisher', '1 May 2026'],
  stats: [{ value: '3', label: 'claims' }],
});

/** Width and height from a PNG's IHDR chunk. */
const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

// Drawing is CPU work: on a busy 2-core machine five cards take seconds, which says nothing about correctness.
describe('preview images drawn on worker threads', { timeout: 30_000 }, () => {
  test('cards drawn at once all come back as 1200×630 PNGs, each its own', async () => {
    const titles = ['First story', 'Second story', 'Third story', 'Fourth story', 'Fifth story'];
    const pngs = await Promise.all(titles.map((t) => cardPng(card(t))));
    for (const png of pngs) {
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(size(png)).toEqual([1200, 630]);
    }
    // Each answer is its own card's picture, whichever thread drew it.
    for (const [i, title] of titles.entries()) expect(pngs[i]!.equals(await drawCard(card(title)))).toBe(true);
    expect(new Set(pngs.map((p) => p.toString('base64'))).size).toBe(titles.length);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(titles.length);
  });

  test('an identical card is not drawn again', async () => {
    const drawn = ogStats.drawn;
    const first = await cardPng(card('A card asked for twice'));
    const again = await cardPng(card('A card asked for twice'));
    expect(ogStats.drawn).toBe(drawn + 1);
    expect(again.equals(first)).toBe(true);
  });

  test('the threads keep drawing while this thread is busy (as during the content sync)', async () => {
    const cards = Array.from({ length: 6 }, (_, i) => card(`Drawn while the main thread works, number ${i}`));
    const pending = cards.map((c) => cardPng(c));
    const files = cards.map((c) => join(cacheDir, `${cardHash(c)}.png`));
    // No turn of the event loop until every file is written (or 60 s pass): the threads must not wait for one.
    const until = Date.now() + 60_000;
    while (!files.every((file) => existsSync(file)) && Date.now() < until);
    expect(files.filter((file) => existsSync(file))).toHaveLength(cards.length);
    await Promise.all(pending);
  });
});
