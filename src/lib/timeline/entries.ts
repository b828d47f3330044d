import type { ArticleData } from '../../schemas/article.ts';
import { dateSpan, type StoryDate } from '../dates.ts';

export type EntryKind = 'event' | 'claim' | 'assessment';

/** One dated thing on the timeline: an event, a claim or an assessment. */
export interface TimelineEntry {
  kind: EntryKind;
  id: string;
  /** The element id on every page that shows it: `event-…`, `claim-…`, `assessment-…`. */
  anchor: string;
  date: StoryDate;
  /** Half-open span [start, end) in UTC ms: the whole period the date stands for. */
  start: number;
  end: number;
  /** Actor ids involved, in the order the story gives them. */
  actorIds: string[];
  /** Position in its own list in the frontmatter (claims[3] → 3). */
  sourceIndex: number;
}

const KIND_ORDER: Record<EntryKind, number> = { event: 0, claim: 1, assessment: 2 };

/**
 * Time order: earlier start first; for the same start the shorter (more precise)
 * period first; then events before the claims and assessments they occasioned;
 * then frontmatter order. A total order, so the list never reshuffles between builds.
 */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return a.start - b.start || a.end - b.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.sourceIndex - b.sourceIndex;
}

function entry(kind: EntryKind, id: string, date: StoryDate, actorIds: string[], sourceIndex: number): TimelineEntry {
  const { start, end } = dateSpan(date);
  return { kind, id, anchor: `${kind}-${id}`, date, start, end, actorIds: [...new Set(actorIds)], sourceIndex };
}

/** Every event, claim and assessment of a story as timeline entries, in time order. */
export function timelineEntries(data: Pick<ArticleData, 'claims' | 'assessments' | 'events'>): TimelineEntry[] {
  const entries = [
    ...data.events.map((e, i) =>
      entry(
        'event',
        e.id,
        e.date,
        e.actors.map((a) => a.id),
        i,
      ),
    ),
    ...data.claims.map((c, i) => entry('claim', c.id, c.date, [c.actor.id], i)),
    ...data.assessments.map((a, i) =>
      entry(
        'assessment',
        a.id,
        a.date,
        a.actors.map((r) => r.id),
        i,
      ),
    ),
  ];
  return entries.sort(compareEntries);
}
