import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive/catalogue.ts';
import { actorSearchRecord, storyRecords } from '../../lib/archive/search.ts';
import { getCatalogue } from '../../lib/data.ts';

/**
 * Every search record, for src/integrations/search-index.ts, which indexes them
 * with Pagefind after the build and then removes this file (it is not published).
 * Their URLs are root-relative: Pagefind's script puts the base it is served
 * from (the configured `base`) in front.
 */
export const GET: APIRoute = async () => {
  const { stories, actors } = await getCatalogue();
  const { records } = await getArchive();
  const all = [
    ...stories.flatMap((s) => storyRecords(s.id, s.data, actors)),
    ...[...records.keys()].map((id) => actorSearchRecord(actors.get(id)!)),
  ];
  return new Response(JSON.stringify(all), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
