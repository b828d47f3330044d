import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { RESERVED_SLUGS } from '../../src/lib/routes.ts';
import { INDEX_PAGE_SIZE, indexPages, indexPageTitle } from '../../src/lib/view/index-pages.ts';

describe('the index of stories, cut into pages', () => {
  test('every story is on exactly one page, in index order, and no page holds more than the page size', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.integer({ min: 1, max: 30 }), (n, size) => {
        const stories = Array.from({ length: n }, (_, i) => `story-${i}`);
        const pages = indexPages(stories, size);
        expect(pages.flatMap((p) => p.items)).toEqual(stories);
        expect(pages.every((p) => p.items.length <= size)).toBe(true);
        // Only the last page may be short; an empty site still has its index page.
        expect(pages.slice(0, -1).every((p) => p.items.length === size)).toBe(true);
        expect(pages.length).toBe(Math.max(1, Math.ceil(n / size)));
        // Each page knows where its first story stands in the whole index.
        pages.forEach((p) => expect(stories[p.offset]).toBe(p.items[0]));
      }),
    );
  });

  test('the first page is /, the others /page/N/, and newer/older links walk the whole index both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 15 }), (n, size) => {
        const pages = indexPages(Array.from({ length: n }), size);
        const byPath = new Map(pages.map((p) => [p.path, p]));
        expect(byPath.size).toBe(pages.length);
        expect(pages[0]!.path).toBe('/');
        expect(pages[0]!.newer).toBeUndefined();
        expect(pages.at(-1)!.older).toBeUndefined();
        const walk = (start: string, step: 'older' | 'newer') => {
          const seen: number[] = [];
          for (let path: string | undefined = start; path; path = byPath.get(path)![step]) {
            seen.push(byPath.get(path)!.number);
          }
          return seen;
        };
        const numbers = pages.map((p) => p.number);
        expect(walk('/', 'older')).toEqual(numbers);
        expect(walk(pages.at(-1)!.path, 'newer')).toEqual([...numbers].reverse());
        pages.slice(1).forEach((p) => expect(p.path).toBe(`/page/${p.number}/`));
        expect(pages.every((p) => p.count === pages.length)).toBe(true);
      }),
    );
  });

  test('a site with no stories has one empty index page and no pager links', () => {
    expect(indexPages([])).toEqual([{ number: 1, count: 1, path: '/', items: [], offset: 0 }]);
  });

  test('a page size that is not a positive whole number is refused', () => {
    for (const size of [0, -3, 2.5, Number.NaN]) expect(() => indexPages(['a'], size)).toThrow(RangeError);
  });

  test('later pages are titled by their place; "page" is reserved so no story can take their address', () => {
    const [, second] = indexPages(Array.from({ length: INDEX_PAGE_SIZE * 3 }));
    expect(indexPageTitle(second!)).toBe('Stories, page 2 of 3');
    expect(RESERVED_SLUGS.has(second!.path.split('/')[1]!)).toBe(true);
  });
});
