import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { actorRecord, storiesByActor } from '../../src/lib/archive/actors.ts';
import { pagesOf, RECORD_PAGE_ENTRIES, recordChunks, type RecordPageStory } from '../../src/lib/archive/pages.ts';
import { actorSearchRecord, storyRecords } from '../../src/lib/archive/search.ts';
import { topicKey, topicLinks, topicsOf } from '../../src/lib/archive/topics.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { routes } from '../../src/lib/routes.ts';
import { FIXTURES } from '../support/content-root.ts';

const content = loadContent(join(FIXTURES, 'archive'), { base: '/' });
const stories = content.stories.map((s) => ({ id: s.slug, data: s.data }));
const registry = new Map(content.actors.map((a) => [a.id, a]));

describe('topics and places', () => {
  test.each([
    ['Labour', 'labour'],
    ['labour', 'labour'],
    ['Labóur', 'labour'],
    ['Côte d’Ivoire', 'cote-d-ivoire'],
    ['  North   Ridge ', 'north-ridge'],
    ['São Paulo', 'sao-paulo'],
    ['Україна', 'україна'],
    ['—', ''],
  ])('%s → %s', (text, key) => {
    expect(topicKey(text)).toBe(key);
  });

  test('a key is stable: keying a key gives it back', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(topicKey(topicKey(text))).toBe(topicKey(text));
      }),
    );
  });

  test('spellings that differ in case are one topic, labelled as the newest story writes it, its stories newest first', () => {
    const security = topicsOf(stories, 'tags').find((t) => t.key === 'security')!;
    const newest = [...security.stories].sort((a, b) => b.data.published.ms - a.data.published.ms);
    expect(security.stories).toEqual(newest);
    expect(security.label).toBe(newest[0]!.data.tags.find((t) => topicKey(t) === 'security'));
    expect(security.stories.length).toBe(2);
  });

  test('a value with no letter or digit gets no link', () => {
    expect(topicLinks(['Water', '—'], 'tags')).toEqual([
      { label: 'Water', href: routes.topic('water') },
      { label: '—' },
    ]);
  });
});

describe('an actor’s record', () => {
  const byActor = storiesByActor(stories);
  const withPages = new Set(byActor.keys());

  test('an actor named in no story has no record', () => {
    expect(byActor.has('unused-envoy')).toBe(false);
    expect([...byActor.keys()].every((id) => registry.has(id))).toBe(true);
  });

  test('memberOf links both ways, and a member with no page is named without a link', () => {
    const minister = actorRecord('foreign-minister', byActor.get('foreign-minister')!, registry, withPages);
    const government = actorRecord('velmar-government', byActor.get('velmar-government')!, registry, withPages);
    expect(minister.memberOf).toEqual([
      { id: 'velmar-government', name: 'Government of Velmar', href: routes.actor('velmar-government') },
    ]);
    expect(government.members).toContainEqual({
      id: 'foreign-minister',
      name: 'Ilse Daranko',
      href: routes.actor('foreign-minister'),
    });
    expect(government.members).toContainEqual({ id: 'unused-envoy', name: 'Petra Olund' });
  });

  test('stories newest first; each claim counts the stances of the assessments that address it', () => {
    const record = actorRecord('foreign-minister', byActor.get('foreign-minister')!, registry, withPages);
    const published = record.stories.map((s) => stories.find((x) => x.id === s.slug)!.data.published.ms);
    expect(published).toEqual([...published].sort((a, b) => b - a));
    for (const story of record.stories) {
      const { data } = stories.find((s) => s.id === story.slug)!;
      for (const entry of story.entries.filter((e) => e.kind === 'claim')) {
        const links = data.assessments.flatMap((a) => a.addresses.filter((x) => x.claim === entry.id));
        expect(Object.values(entry.stances!).reduce((a, b) => a + b, 0)).toBe(links.length);
        expect(entry.lines.length).toBe(links.length);
      }
    }
  });
});

describe('record pages', () => {
  const story = (slug: string, n: number) =>
    ({ slug, entries: Array.from({ length: n }, (_, i) => ({ id: `${slug}-${i}` })) }) as unknown as RecordPageStory;

  test('no page holds more than the limit, no story is split, and every entry is shown or counted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 80 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (sizes, max) => {
          const stories = sizes.map((n, i) => story(`s${i}`, n));
          const chunks = recordChunks(stories, max);
          expect(chunks.flat().map((s) => s.slug)).toEqual(stories.map((s) => s.slug));
          for (const chunk of chunks) expect(chunk.reduce((n, s) => n + s.entries.length, 0)).toBeLessThanOrEqual(max);
          for (const s of chunks.flat()) expect(s.entries.length + s.more).toBe(sizes[Number(s.slug.slice(1))]);
        },
      ),
    );
  });

  test('the first page is the actor’s page, the next ones /page/N/, linked both ways', () => {
    const pages = pagesOf(recordChunks([story('a', RECORD_PAGE_ENTRIES), story('b', 1), story('c', 2)]), (n) =>
      routes.actor('x', n),
    );
    expect(pages.map((p) => p.path)).toEqual(['/actors/x/', '/actors/x/page/2/']);
    expect(pages[0]!.older).toBe('/actors/x/page/2/');
    expect(pages[1]!.newer).toBe('/actors/x/');
    expect(pages[1]!.offset).toBe(1);
  });
});

describe('search records', () => {
  test('every claim, assessment and event of a story is findable at its own address, filtered by kind and actor', () => {
    for (const { id, data } of stories) {
      const records = storyRecords(id, data, registry);
      expect(records.map((r) => r.url).sort()).toEqual(
        [
          routes.article(id),
          ...data.claims.map((c) => routes.claimPermalink(id, c.id)),
          ...data.assessments.map((a) => `${routes.claims(id)}#assessment-${a.id}`),
          ...data.events.map((e) => routes.eventPermalink(id, e.id)),
        ].sort(),
      );
      for (const claim of data.claims) {
        const record = records.find((r) => r.url === routes.claimPermalink(id, claim.id))!;
        expect(record.filters.kind).toEqual(['Claim']);
        expect(record.filters.actor).toEqual([registry.get(claim.actor.id)!.name]);
        expect(record.content).toContain(claim.statement);
        expect(record.filters.topic).toEqual(data.tags);
      }
    }
  });

  test('an actor is found by every name the registry gives', () => {
    const minister = registry.get('foreign-minister')!;
    const record = actorSearchRecord(minister);
    for (const name of [minister.name, minister.shortName!, ...minister.aliases])
      expect(record.content).toContain(name);
    expect(record.url).toBe(routes.actor('foreign-minister'));
  });
});
