import fc from 'fast-check';
import satori from 'satori';
import { describe, expect, test } from 'vitest';
import { articleCard } from '../../src/lib/og/cards.ts';
import {
  breakable,
  canDraw,
  clip,
  cardFonts,
  cardTree,
  OG_HEIGHT,
  OG_WIDTH,
  type OgCard,
} from '../../src/lib/og/draw.ts';
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

/** The largest x of any outline in satori's SVG (its path commands are all x y pairs). */
const rightmostInk = (svg: string) =>
  Math.max(
    ...[...svg.matchAll(/ d="([^"]+)"/g)].flatMap((m) =>
      (m[1]!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number).filter((_, i) => i % 2 === 0),
    ),
  );

const card = (title: string): OgCard => ({
  eyebrow: 'Site · Claims',
  title,
  byline: ['Publisher', '1 May 2026'],
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
    Hebrew: 'השביתה הסתיימה',
    Thai: 'การนัดหยุดงานสิ้นสุดลง',
  };

  test.each(Object.entries(scripts))('%s can be drawn', (_script, sample) => {
    expect(canDraw(sample)).toBe(true);
  });

  test.each([
    ['Chinese', '罢工结束了'],
    ['Japanese', 'ストライキが終わった'],
    ['Korean', '파업이 끝났다'],
  ])('%s cannot, and a card leaves it out instead of drawing empty boxes', (_script, sample) => {
    expect(canDraw(sample)).toBe(false);
    const shown = texts(cardTree(card(sample)));
    expect(shown.some((t) => t.includes(sample))).toBe(false);
    expect(shown).toEqual(expect.arrayContaining(['Publisher', '1 May 2026']));
    // Only the part of a byline that cannot be drawn is left out.
    const byline = texts(cardTree({ ...card('Title'), byline: [sample, '1 May 2026'] }));
    expect(byline).toContain('1 May 2026');
    expect(byline.some((t) => t.includes(sample))).toBe(false);
  });

  test('a byline keeps its order when a part runs the other way: each part is laid out on its own', () => {
    const shown = texts(cardTree({ ...card('Title'), byline: ['הארץ', '14 March 2031'] }));
    expect(shown.slice(-3)).toEqual(['הארץ', ' · ', '14 March 2031']);
  });

  test('a byline with no figures beside it uses the width of the card before it wraps', async () => {
    // An event's card: a summary under the title, no figures, a date and four actors below.
    const event: OgCard = {
      eyebrow: 'Site · Event',
      title: 'A security axis',
      text: 'Three governments present themselves as a security axis.',
      byline: ['November 2025', 'Government of Mali, Niger, Burkina Faso, Russia'],
      stats: [],
    };
    const svg = await satori(cardTree(event) as Parameters<typeof satori>[0], {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      fonts: cardFonts(),
    });
    // The top of each drawn text; the byline's date and its actors are the last two texts drawn.
    const tops = [...svg.matchAll(/<path[^>]* d="([^"]+)"/g)].map((m) =>
      Math.min(...(m[1]!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number).filter((_, i) => i % 2 === 1)),
    );
    const [date, , actors] = tops.slice(-3);
    expect(Math.abs(actors! - date!)).toBeLessThan(8);
  });

  test('words written without spaces between them (Thai) get break opportunities; spaced text is unchanged', async () => {
    const thai = 'รัฐมนตรีต่างประเทศปฏิเสธความกังวลเรื่องความปลอดภัยของเมืองหลวง';
    const broken = breakable(thai);
    expect(broken.replaceAll('\u200B', '')).toBe(thai);
    expect(broken.split('\u200B').length).toBeGreaterThan(5);
    for (const spaced of ['Harbour strike over, it’s 2031.', 'انتهى الإضراب', 'U.S. e-mail 1,000']) {
      expect(breakable(spaced)).toBe(spaced);
    }
    // Laid out on a card, the Thai title wraps inside the card instead of running off its right edge.
    const svg = await satori(cardTree(card(`${thai} ${thai}`)) as Parameters<typeof satori>[0], {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      fonts: cardFonts(),
    });
    expect(rightmostInk(svg)).toBeLessThan(OG_WIDTH - 40);
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

describe('cutting a long text for a card', () => {
  const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)];

  test('the cut text is whole letters from the start, ends with an ellipsis and fits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('रा', 'ज्य', 'ที่', 'น้ำ', 'é', 'e\u0301', 'a', ' ', ', ', 'ال', '👩‍👩‍👧'), { maxLength: 80 }),
        fc.integer({ min: 5, max: 60 }),
        (pieces, max) => {
          const text = pieces.join('');
          const cut = clip(text, max);
          if (text.length <= max) {
            expect(cut).toBe(text);
            return;
          }
          expect(cut.endsWith('…')).toBe(true);
          expect(cut.length).toBeLessThanOrEqual(max);
          const kept = graphemes(cut.slice(0, -1)).map((g) => g.segment);
          expect(
            graphemes(text)
              .slice(0, kept.length)
              .map((g) => g.segment),
          ).toEqual(kept);
        },
      ),
    );
  });

  test('English is cut between words, Thai between its words though it has no spaces', () => {
    expect(clip('The minister rejected the warnings as inaccurate', 30)).toBe('The minister rejected the…');
    const thai = 'รัฐมนตรีต่างประเทศปฏิเสธความกังวลเรื่องความปลอดภัยของเมืองหลวง';
    const cut = clip(thai, 30).slice(0, -1);
    expect(breakable(thai).startsWith(`${breakable(cut)}\u200B`)).toBe(true);
  });
});
