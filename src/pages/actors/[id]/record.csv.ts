import type { APIRoute, GetStaticPaths } from 'astro';
import { recordFilePaths } from '../../../lib/archive/catalogue.ts';
import { actorRecordCsv } from '../../../lib/archive/export.ts';
import { siteLocation } from '../../../lib/site.ts';

export const getStaticPaths = recordFilePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { record } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(actorRecordCsv(record, siteLocation), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
