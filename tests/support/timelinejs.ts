import type { Actor } from '../../src/schemas/actor.ts';
import type { ArticleData } from '../../src/schemas/article.ts';
import { laneOrder, timelineEntries, timelineJsDocument } from '../../src/lib/timeline/index.ts';
import { timelineView } from '../../src/lib/view/timeline.ts';

/** A story's entries, its timeline view and its TimelineJS export, as the timeline.json route makes them. */
export function timelineJsOf(
  slug: string,
  data: Parameters<typeof timelineView>[1] & Pick<ArticleData, 'title' | 'dek'>,
  registry: ReadonlyMap<string, Actor>,
) {
  const entries = timelineEntries(data);
  const view = timelineView(slug, data, registry, '/');
  const doc = timelineJsDocument({
    headline: data.title,
    intro: data.dek,
    entries,
    items: view.items,
    laneOrder: laneOrder(entries),
    actorName: (id) => registry.get(id)?.name ?? id,
    pageUrl: `https://example.org/${slug}/timeline/`,
  });
  return { entries, view, doc };
}
