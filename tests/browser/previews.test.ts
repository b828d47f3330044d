import ogs from 'open-graph-scraper';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { serveDist } from '../support/server.ts';

// What a link-preview client (open-graph-scraper, as unfurlers do: HTML only, no JS)
// reads from each page kind of the built site, served locally.
const content = loadContent('content', { base: '/' });
const story = content.stories[0]!;
const actors = new Map(content.actors.map((a) => [a.id, a]));
const claim = story.data.claims[0]!;
const event = story.data.events[0];

const cases: { kind: string; path: string; title: string; description: string }[] = [
  { kind: 'index', path: '/', title: 'Counterpoint', description: 'claim' },
  { kind: 'article', path: `/${story.slug}/`, title: story.data.title, description: story.data.dek.slice(0, 60) },
  {
    kind: 'claims',
    path: `/${story.slug}/claims/`,
    title: `Claims vs. assessments: ${story.data.title}`,
    description: `${story.data.claims.length} claims`,
  },
  {
    kind: 'timeline',
    path: `/${story.slug}/timeline/`,
    title: `Actor timeline: ${story.data.title}`,
    description: `${story.data.events.length} events`,
  },
  {
    kind: 'claim permalink',
    path: `/${story.slug}/claims/${claim.id}/`,
    title: `${actors.get(claim.actor.id)!.name}: ${claim.statement}`,
    description: `A claim by ${actors.get(claim.actor.id)!.name}`,
  },
  ...(event
    ? [
        {
          kind: 'event permalink',
          path: `/${story.slug}/timeline/${event.id}/`,
          title: event.title,
          description: event.summary.slice(0, 40),
        },
      ]
    : []),
];

let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  server = await serveDist();
});
afterAll(() => server?.close());

describe('link previews read by open-graph-scraper', () => {
  test.each(cases)('$kind ($path): title, description, URL and a reachable 1200×630 PNG', async (page) => {
    const { result, error } = await ogs({
      url: `${server.url}${page.path.slice(1)}`,
      urlValidatorSettings: { require_tld: false },
    } as Parameters<typeof ogs>[0]);
    expect(error).toBe(false);
    expect(result.ogTitle).toContain(page.title);
    expect(result.twitterTitle).toBe(result.ogTitle);
    expect(result.ogDescription).toContain(page.description);
    expect(new URL(result.ogUrl!).pathname).toBe(page.path);
    expect(result.twitterCard).toBe('summary_large_image');
    const [image] = result.ogImage ?? [];
    expect(image).toBeDefined();
    expect([image!.width, image!.height].map(String)).toEqual(['1200', '630']);
    expect(image!.type).toMatch(/png/);
    // The image is served at that path (the built site's origin is the configured one; we serve it here).
    const response = await fetch(new URL(new URL(image!.url).pathname.slice(1), server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/image\/png/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(result.ogImage?.[0]?.alt ?? (result as { ogImageAlt?: string }).ogImageAlt ?? '').not.toBe('');
  });
});
