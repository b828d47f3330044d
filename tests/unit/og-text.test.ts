import satori from 'satori';
import { describe, expect, test } from 'vitest';
import { articleCard } from '../../src/lib/og/cards.ts';
import { canDraw, cardFonts, cardTree, type OgCard } from '../../src/lib/og/draw.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { FIXTURES } from '../support/content-root.ts';

/** Every string in a laid-out card tree. */
const texts = (node: unknown): string[] => {
  if (typeof node === 'string') return [node];
  if (!node || typeof node !== 'object') return [];
  const children = (node as { props?: { children?: unknown[] } }).props?.children ?? [];
  return children.flatMap(texts);
};

/** The SVG satori makes of one character in the preview images' fonts. */
const glyph = (char: string) =>
  satori(
    { type: 'div', props: { style: { display: 'flex', fontSize: 64 }, children: char } },
    {
      width: 100,
      height: 100,
      fonts: cardFonts(),
    },
  );

const card = (title: string): OgCard => ({
  eyebrow: 'Site · Claims',
  title,
  byline: 'Publisher · 1 May 2026',
  stats: [{ value: '3', label: 'claims' }],
});

describe('text in the preview images', () => {
  const scripts = {
    Latin: 'Harbour strike over',
    'Latin Extended': 'Łódź, Ærøskøbing, Ouagadougou, Ségou',
    Vietnamese: 'Cuộc đình công kết thúc',
    Cyrillic: 'Директор порту заявляє',
    Greek: 'Η απεργία τελείωσε',
    Devanagari: 'हड़ताल ख़त्म',
    Arabic: 'انتهى الإضراب',
  };

  test.each(Object.entries(scripts))('%s can be drawn', (_script, sample) => {
    expect(canDraw(sample)).toBe(true);
  });

  test.each([
    ['Chinese', '罢工结束了'],
    ['Thai', 'การนัดหยุดงานสิ้นสุดลง'],
    ['Hebrew', 'השביתה הסתיימה'],
  ])('%s cannot, and a card leaves it out instead of drawing empty boxes', (_script, sample) => {
    expect(canDraw(sample)).toBe(false);
    const shown = texts(cardTree(card(sample)));
    expect(shown.some((t) => t.includes(sample))).toBe(false);
    expect(shown).toContain('Publisher · 1 May 2026');
  });

  test('each script draws real letters: two letters of it come out as two different shapes', async () => {
    for (const sample of Object.values(scripts)) {
      const [a, b] = [...new Set(sample.replace(/[\s,]/g, ''))];
      expect(await glyph(a!), sample).not.toBe(await glyph(b!));
    }
    // Two characters the fonts lack are the same empty box, so the comparison can tell.
    expect(await glyph('罢')).toBe(await glyph('工'));
  });

  test('a story written right to left has its texts run right to left on its cards; ours stay left to right', () => {
    const [story] = loadContent(`${FIXTURES}/right-to-left`, { base: '/' }).stories;
    const tree = JSON.stringify(cardTree(articleCard('Site', story!.data)));
    const title = new RegExp(`"direction":"rtl"[^{}]*\\},"children":\\["${story!.data.title}"\\]`);
    expect(tree).toMatch(title);
    expect(tree.match(/"direction":"rtl"/g)).toHaveLength(1);
    expect(JSON.stringify(cardTree(card('Harbour strike over')))).not.toContain('rtl');
  });
});
