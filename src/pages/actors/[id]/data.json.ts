import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveKey, getArchive } from '../../../lib/archive/catalogue.ts';
import { actorRecordData } from '../../../lib/archive/export.ts';
import { siteLocation } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const { records } = await getArchive();
  return [...records].map(([id, record]) => ({ params: { id }, cacheKey: archiveKey(record), props: { record } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { record } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(JSON.stringify(actorRecordData(record, siteLocation), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
