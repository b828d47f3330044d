import satori from 'satori';
import { describe, expect, test } from 'vitest';
import { articleCard, timelineCard } from '../../src/lib/og/cards.ts';
import { cardFonts, cardTree, fitTitle, lineCount, TITLE_SIZES } from '../../src/lib/og/draw.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { FIXTURES } from '../support/content-root.ts';

const { stories, actors } = loadContent(`${FIXTURES}/long-headline`, { base: '/' });
const story = stories[0]!;
const registry = new Map(actors.map((a) => [a.id, a]));

/** The lines satori really lays `text` out in, bold, at `size` px in a box `width` px wide. */
async function drawnLines(text: string, size: number, width: number): Promise<number> {
  const svg = await satori(
    {
      type: 'div',
      props: { style: { display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1 }, children: text },
    },
    { width, fonts: cardFonts() },
  );
  return Math.round(Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)![1]) / size);
}

/** The title as laid out in a card tree: the text node that starts as `title` does, and its size. */
function drawnTitle(tree: unknown, title: string): { size: number; text: string } | undefined {
  const node = (n: unknown): { size: number; text: string } | undefined => {
    if (!n || typeof n !== 'object') return undefined;
    const { style, children = [] } = (n as { props: { style?: { fontSize?: number }; children?: unknown[] } }).props;
    const text = children.filter((c) => typeof c === 'string').join('');
    if (style?.fontSize && text && title.startsWith(text.slice(0, 20))) return { size: style.fontSize, text };
    for (const child of children) {
      const found = node(child);
      if (found) return found;
    }
    return undefined;
  };
  return node(tree);
}

describe('a card title fits by its size before it is cut', () => {
  const samples = [
    story.data.title,
    'Harbour Authority Says Dock Strike Is Over',
    'WHO WARNS OF MEASLES OUTBREAKS IN SIX PROVINCES AS VACCINATION RATES FALL BELOW NINETY PERCENT',
    'Le ministre des Affaires étrangères rejette les inquiétudes sur la sécurité de la capitale',
    'Mmm-wow: “Mammoth” WMW mmmm www MWM, a worst case of wide letters in a real headline',
  ];
  test.each(samples.flatMap((t) => [72, 50, 34].map((size) => [t, size] as const)))(
    'the estimate never counts fewer lines than satori draws (%s at %ipx)',
    async (text, size) => {
      const estimated = lineCount(text, size, 1056);
      const drawn = await drawnLines(text, size, 1056);
      expect(estimated).toBeGreaterThanOrEqual(drawn);
      expect(estimated).toBeLessThanOrEqual(drawn + 1);
    },
  );

  test('a title that fits at the largest size keeps it; a longer one shrinks, whole', () => {
    const room = { width: 1056, height: 250 };
    expect(fitTitle('Harbour strike over', room)).toEqual({ size: TITLE_SIZES[0], text: 'Harbour strike over' });
    const long = fitTitle(story.data.title, room);
    expect(long.text).toBe(story.data.title);
    expect(long.size).toBeLessThan(TITLE_SIZES[0]);
    expect(lineCount(long.text, long.size, room.width) * long.size * 1.12).toBeLessThanOrEqual(room.height);
  });

  test('when even the smallest size is too large, the cut falls between words and ends with an ellipsis', () => {
    const { size, text } = fitTitle(story.data.title, { width: 1056, height: 90 });
    expect(size).toBe(TITLE_SIZES.at(-1));
    expect(text.endsWith('…')).toBe(true);
    const kept = text.slice(0, -1);
    expect(story.data.title.startsWith(kept)).toBe(true);
    // The next character of the title after the kept words is not a letter: no word is cut.
    expect(story.data.title.slice(kept.length)).toMatch(/^[\s,;:.–—-]/);
  });

  test(`the ${story.data.title.length}-character headline is whole on the article and timeline cards`, () => {
    expect(story.data.title.length).toBeGreaterThanOrEqual(180);
    for (const card of [articleCard('Counterpoint', story.data), timelineCard('Counterpoint', story.data, registry)]) {
      const title = drawnTitle(cardTree(card), story.data.title);
      expect(title?.text).toBe(story.data.title);
      expect(title?.size).toBeGreaterThanOrEqual(TITLE_SIZES.at(-1)!);
    }
  });
});
