import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue, storyPaths } from '../../lib/data.ts';
import { storyData } from '../../lib/export/story-data.ts';
import { siteLocation } from '../../lib/site.ts';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { actors } = await getCatalogue();
  const { entry } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(JSON.stringify(storyData(entry.id, entry.data, actors, siteLocation), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
