/**
 * The archive across stories, computed once per build from the catalogue (the
 * same data every story page reads). Each archive page's `cacheKey` is a hash of
 * exactly what it shows, so editing one story re-renders only its own pages and
 * the archive pages it appears on (Astro's incremental build).
 */
import { createHash } from 'node:crypto';
import { getCatalogue, type StoryEntry } from '../data.ts';
import { routes } from '../routes.ts';
import type { IndexPage } from '../view/index-pages.ts';
import { type StoryHeaderView, storyHeaderView } from '../view/story.ts';
import { type ActorRecord, actorRecord, storiesByActor } from './actors.ts';
import { chunk, LISTING_PAGE_SIZE, pagesOf, type RecordPageStory, recordChunks } from './pages.ts';
import { topicsOf } from './topics.ts';

export interface ListingPage {
  key: string;
  label: string;
  total: number;
  page: IndexPage<StoryHeaderView>;
}

export interface Archive {
  /** Every actor named in at least one story, with their record. */
  records: Map<string, ActorRecord>;
  topics: ListingPage[][];
  places: ListingPage[][];
}

let archive: Promise<Archive> | undefined;

export function getArchive(): Promise<Archive> {
  archive ??= (async () => {
    const { stories, actors } = await getCatalogue();
    const entries = stories as StoryEntry[];
    const byActor = storiesByActor(entries);
    const withPages = new Set([...byActor.keys()].filter((id) => actors.has(id)));
    const records = new Map(
      [...withPages].sort().map((id) => [id, actorRecord(id, byActor.get(id)!, actors, withPages)] as const),
    );
    const listings = (field: 'tags' | 'places', pathOf: (key: string, n: number) => string) =>
      topicsOf(entries, field).map((topic) =>
        pagesOf(
          chunk(
            topic.stories.map((s) => storyHeaderView(s.id, s.data)),
            LISTING_PAGE_SIZE,
          ),
          (n) => pathOf(topic.key, n),
        ).map((page) => ({ key: topic.key, label: topic.label, total: topic.stories.length, page })),
      );
    return { records, topics: listings('tags', routes.topic), places: listings('places', routes.place) };
  })();
  return archive;
}

/** A cache key for a page made from `value` alone. */
export function archiveKey(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

export interface RecordPageProps {
  record: ActorRecord;
  page: IndexPage<RecordPageStory>;
}

/** One path per page of every actor's record, keyed on what that page shows. */
export async function recordPaths() {
  const { records } = await getArchive();
  return [...records.entries()].flatMap(([id, record]) =>
    pagesOf(recordChunks(record.stories), (n) => routes.actor(id, n)).map((page) => {
      const props: RecordPageProps = { record, page };
      // The page shows the record's header and counts, and this page's stories only.
      const shown = { ...record, stories: undefined, page };
      return { params: { id, page: page.number }, cacheKey: archiveKey(shown), props };
    }),
  );
}

/** One path per page of every topic (`tags`) or place, keyed on what that page shows. */
export async function listingPaths(field: 'topics' | 'places') {
  const archive = await getArchive();
  return archive[field].flat().map((listing) => ({
    params: { key: listing.key, page: listing.page.number },
    cacheKey: archiveKey(listing),
    props: { listing },
  }));
}

/** One path per actor for the record's data files (JSON, CSV), keyed on the record. */
export async function recordFilePaths() {
  const { records } = await getArchive();
  return [...records].map(([id, record]) => ({ params: { id }, cacheKey: archiveKey(record), props: { record } }));
}
