import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue, storyCacheKey } from '../../lib/data.ts';
import { CSV_TABLES, type CsvTable, storyCsv, storyData } from '../../lib/export/story-data.ts';
import { siteLocation } from '../../lib/site.ts';

export const getStaticPaths = (async () => {
  const { stories, actors } = await getCatalogue();
  return stories.flatMap((entry) =>
    CSV_TABLES.map((table) => ({
      params: { slug: entry.id, table },
      cacheKey: storyCacheKey(entry, actors),
      props: { entry },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, params }) => {
  const { actors } = await getCatalogue();
  const { entry } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const data = storyData(entry.id, entry.data, actors, siteLocation);
  return new Response(storyCsv(params.table as CsvTable, data), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
