import type { ArticleData } from '../../schemas/article.ts';
import { timelineEntries } from './entries.ts';

/**
 * Lanes: one per actor, in the editor's order (`lanes` in the frontmatter),
 * then every other actor in order of first appearance on the timeline.
 */
export function laneOrder(
  entries: readonly { actorIds: readonly string[] }[],
  preferred: readonly string[] = [],
): string[] {
  const order = new Set<string>();
  const present = new Set(entries.flatMap((e) => e.actorIds));
  for (const id of preferred) if (present.has(id)) order.add(id);
  for (const e of entries) for (const id of e.actorIds) order.add(id);
  return [...order];
}

/** The actor ids of a story's timeline lanes, as its page draws them: the editor's `lanes`, then first appearance. */
export function storyLaneIds(
  data: Pick<ArticleData, 'claims' | 'assessments' | 'events' | 'lanes' | 'published' | 'updated'>,
  entries: readonly { actorIds: readonly string[] }[] = timelineEntries(data),
): string[] {
  return laneOrder(
    entries,
    (data.lanes ?? []).map((ref) => ref.id),
  );
}

/** A mark's horizontal extent in axis percent, label included. */
export interface Extent {
  from: number;
  to: number;
}

/**
 * Greedy interval packing: each mark goes into the first track of its lane
 * whose last mark ends (plus `gap`) before it starts. Marks are taken in the
 * order given (time order), so earlier entries sit on upper tracks.
 * Returns the track index of each extent and the number of tracks.
 */
export function packTracks(extents: readonly Extent[], gap = 0): { tracks: number[]; count: number } {
  const ends: number[] = [];
  const order = extents.map((_, i) => i).sort((a, b) => extents[a]!.from - extents[b]!.from || a - b);
  const tracks = new Array<number>(extents.length).fill(0);
  for (const i of order) {
    const { from, to } = extents[i]!;
    let track = ends.findIndex((end) => end + gap <= from);
    if (track === -1) {
      track = ends.length;
      ends.push(to);
    } else ends[track] = to;
    tracks[i] = track;
  }
  return { tracks, count: ends.length };
}
