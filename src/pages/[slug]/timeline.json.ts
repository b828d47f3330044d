import type { APIRoute } from 'astro';
import { getCatalogue, storyPaths, type StoryEntry } from '../../lib/data.ts';
import { routes } from '../../lib/routes.ts';
import { absoluteUrl } from '../../lib/site.ts';
import { timelineEntries, timelineJsDocument } from '../../lib/timeline/index.ts';
import { timelineView } from '../../lib/view/timeline.ts';

/** The story's timeline in TimelineJS3's JSON format (`routes.timelineJs`). */
export const getStaticPaths = storyPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: StoryEntry };
  const { actors } = await getCatalogue();
  const data = entry.data;
  const entries = timelineEntries(data);
  const view = timelineView(entry.id, data, actors, import.meta.env.BASE_URL);
  const document = timelineJsDocument({
    headline: data.title,
    intro: data.dek,
    entries,
    items: view.items,
    laneOrder: view.lanes.map((lane) => lane.actorId),
    actorName: (id) => actors.get(id)?.name ?? id,
    pageUrl: absoluteUrl(routes.timeline(entry.id)),
  });
  return new Response(JSON.stringify(document, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
