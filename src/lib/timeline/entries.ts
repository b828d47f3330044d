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
  /**
   * Half-open span [start, end) in UTC ms, as drawn: the whole period the date stands for, but
   * for a claim or an assessment no later than the story's last report (see `timelineEntries`).
   */
  start: number;
  end: number;
  /** The end of the whole period the date stands for: what time order goes by. */
  periodEnd: number;
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
  return (
    a.start - b.start ||
    a.periodEnd - b.periodEnd ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    a.sourceIndex - b.sourceIndex
  );
}

function entry(
  kind: EntryKind,
  id: string,
  date: StoryDate,
  actorIds: string[],
  sourceIndex: number,
  reportedBy = Infinity,
): TimelineEntry {
  const span = dateSpan(date);
  // What the story reports was said by the time it was published (or last updated): "2025" in a
  // June report is January to June. Only a period running past that is cut, never a date after it.
  const end = span.start < reportedBy && reportedBy < span.end ? reportedBy : span.end;
  return {
    kind,
    id,
    anchor: `${kind}-${id}`,
    date,
    start: span.start,
    end,
    periodEnd: span.end,
    actorIds: [...new Set(actorIds)],
    sourceIndex,
  };
}

const DAY_MS = 24 * 3600 * 1000;

/** The end of the last day the story was published or updated on, as written. */
function reportedBy(data: Pick<ArticleData, 'published' | 'updated'>): number {
  return Math.max(...[data.published, data.updated].map((stamp) => (stamp ? Date.parse(stamp.day) + DAY_MS : 0)));
}

/**
 * Every event, claim and assessment of a story as timeline entries, in time order. A claim's or
 * an assessment's period ends no later than the day the story last reported; an event's may
 * run on (a term, a ban in force).
 */
export function timelineEntries(
  data: Pick<ArticleData, 'claims' | 'assessments' | 'events' | 'published' | 'updated'>,
): TimelineEntry[] {
  const reported = reportedBy(data);
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
    ...data.claims.map((c, i) => entry('claim', c.id, c.date, [c.actor.id], i, reported)),
    ...data.assessments.map((a, i) =>
      entry(
        'assessment',
        a.id,
        a.date,
        a.actors.map((r) => r.id),
        i,
        reported,
      ),
    ),
  ];
  return entries.sort(compareEntries);
}
