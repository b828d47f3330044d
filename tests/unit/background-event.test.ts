import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { storyCsv, storyData } from '../../src/lib/export/story-data.ts';
import { eventCard } from '../../src/lib/og/cards.ts';
import { eventSeo } from '../../src/lib/seo/pages.ts';
import { laneOrder, timelineEntries, timelineJsDocument } from '../../src/lib/timeline/index.ts';
import { BACKGROUND_LANE_NAME } from '../../src/lib/view/labels.ts';
import { eventPermalinkView } from '../../src/lib/view/permalink.ts';
import { timelineView } from '../../src/lib/view/timeline.ts';
import type { Actor } from '../../src/schemas/actor.ts';
import { FIXTURES } from '../support/content-root.ts';

// The fixture's storm names no actor (`actors: []`): every output says so, and none names
// anyone as if they had done it.
const content = loadContent(join(FIXTURES, 'stories'), { base: '/' });
const story = content.stories[0]!;
const registry = new Map<string, Actor>(content.actors.map((a) => [a.id, a]));
const storm = story.data.events.find((e) => e.actors.length === 0)!;
const location = { site: 'https://news.example.org', base: '/' };
const names = content.actors.map((a) => a.name);
const namesNoActor = (text: string) => names.forEach((name) => expect(text).not.toContain(name));

test('the fixture has a background event, reported in the article', () => {
  expect(storm).toBeDefined();
  expect(storm.excerpt).toBeDefined();
});

test('the timeline list and the TimelineJS export put it under "Background", never under an actor', () => {
  const view = timelineView(story.slug, story.data, registry, '/');
  const item = view.items.find((i) => i.anchor === `event-${storm.id}`)!;
  expect(item.actors).toEqual([]);
  const entries = timelineEntries(story.data);
  const doc = timelineJsDocument({
    headline: story.data.title,
    intro: story.data.dek,
    entries,
    items: view.items,
    laneOrder: laneOrder(entries),
    actorName: (id) => registry.get(id)?.name ?? id,
    pageUrl: `https://example.org/${story.slug}/timeline/`,
  });
  const exported = doc.events.find((e) => e.unique_id === `event-${storm.id}`)!;
  expect(exported.group).toBe(BACKGROUND_LANE_NAME);
  expect(exported.text.text).toContain(`${BACKGROUND_LANE_NAME} ·`);
  namesNoActor(exported.text.text);
  // Every other entry still has a real group.
  expect(doc.events.every((e) => typeof e.group === 'string' && e.group.length > 0)).toBe(true);
});

test('its own page, preview card, share texts and JSON-LD name no actor', () => {
  expect(eventPermalinkView(story.slug, story.data, storm, registry).actors).toEqual([]);
  const card = eventCard('Counterpoint', story.data, storm, registry);
  expect(card.byline).toContain(BACKGROUND_LANE_NAME);
  card.byline.forEach(namesNoActor);
  const seo = eventSeo({ slug: story.slug, data: story.data, registry, siteName: 'Counterpoint' }, storm, location);
  expect(seo.meta.image?.alt).toMatch(/Background: no actor\.$/);
  namesNoActor(seo.meta.image!.alt);
  expect(seo.meta.extras).toContainEqual({ label: 'Actors', data: 'None (background event)' });
  const node = seo.graph['@graph'].find((n) => n['@type'] === 'Event')!;
  expect(node.name).toBe(storm.title);
  // No agent of any kind: schema.org would read `about`, `organizer` or `performer` as one.
  for (const key of ['about', 'organizer', 'performer', 'agent']) expect(node).not.toHaveProperty(key);
});

test('the article mark says it is a background event', () => {
  const mark = story.marks.find((m) => m.anchor === `event-${storm.id}`)!;
  expect(mark.description).toMatch(/^E\d+: event “Storm closes the port”/);
  namesNoActor(mark.description);
});

test('downloads: an empty actors list in JSON, empty actor columns in CSV', () => {
  const data = storyData(story.slug, story.data, registry, location);
  expect(data.events.find((e) => e.id === storm.id)!.actors).toEqual([]);
  const [header, ...rows] = storyCsv('events', data).trim().split('\r\n');
  const columns = header!.split(',');
  const row = rows.find((r) => r.startsWith(`${storm.id},`))!.split(',');
  expect(row).toHaveLength(columns.length);
  expect(row[columns.indexOf('actor_ids')]).toBe('');
  expect(row[columns.indexOf('actor_names')]).toBe('');
});
