import { extract } from '@extractus/oembed-extractor';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { routes, STORY_VIEWS, type StoryViewKind } from '../../src/lib/routes.ts';
import { builtOrigin } from '../support/embed-host.ts';
import { serveDist } from '../support/server.ts';

// What WordPress, Ghost and the like do with a pasted link: find the oEmbed
// <link> in the page, fetch the JSON. The absolute URLs name the configured
// site; the fetcher sends them to where the test serves the build.
const { stories } = loadContent('content', { base: '/' });
const built = builtOrigin();
const VIEWS = Object.keys(STORY_VIEWS) as StoryViewKind[];
const KINDS = stories.flatMap((story) =>
  VIEWS.flatMap((view) => [
    { story, view, kind: 'page', path: STORY_VIEWS[view].page(story.slug) },
    { story, view, kind: 'embed', path: STORY_VIEWS[view].embed(story.slug) },
  ]),
);

let server: { url: string; close: () => Promise<void> };
let origin: string;
const fetcher = (url: string) => fetch(url.replace(built, origin));
beforeAll(async () => {
  server = await serveDist();
  origin = new URL(server.url).origin;
});
afterAll(() => server?.close());

describe('oEmbed discovery with @extractus/oembed-extractor', () => {
  test.each(KINDS.map((k) => [`${k.kind} ${k.path}`, k] as const))('%s', async (_name, { story, view, path }) => {
    const data = await extract(`${built}${path}`, {}, fetcher);
    expect(data.method).toBe('auto-discovery');
    expect(data).toMatchObject({
      version: '1.0',
      type: 'rich',
      author_name: story.data.publisher.name,
      provider_name: 'Counterpoint',
      provider_url: `${built}/`,
      thumbnail_url: `${built}${routes.ogImage(story.slug, view)}`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(data.title).toContain(story.data.title);
    if (view !== 'article') expect(data.title).toContain(STORY_VIEWS[view].label);
    expect(Number(data.width)).toBeGreaterThan(0);
    expect(Number(data.height)).toBeGreaterThan(0);
    expect(Number(data.cache_age)).toBeGreaterThan(0);
    const html = String(data.html);
    // A readable quote with a link to the full page first (kept by hosts that strip iframes)…
    expect(html).toMatch(
      new RegExp(
        `^<blockquote[^>]*>[\\s\\S]*<a href="${built}${STORY_VIEWS[view].page(story.slug)}">[\\s\\S]*</blockquote>`,
      ),
    );
    // …then the frame of this view's embed, with a real title.
    expect(html).toContain(`<iframe src="${built}${STORY_VIEWS[view].embed(story.slug)}" title="`);
    expect(html).toMatch(/<iframe [^>]*title="[^"]*\S[^"]*"/);
  });

  test('the oEmbed JSON is served as JSON', async () => {
    const response = await fetch(`${origin}${routes.oembed(stories[0]!.slug, 'claims')}`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});
