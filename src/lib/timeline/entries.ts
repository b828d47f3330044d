import type { ArticleData } from '../../schemas/article.ts';
import { dateSpan, type StoryDate, withinADay } from '../dates.ts';
import { type EntryKind, type EntryOrder, orderedItems, resolveAfter } from './order.ts';

export type { EntryKind } from './order.ts';

/** One dated thing on the timeline: an event, a claim or an assessment. */
export interface TimelineEntry {
  kind: EntryKind;
  id: string;
  /** The element id on every page that shows it: `event-…`, `claim-…`, `assessment-…`. */
  anchor: string;
  date: StoryDate;
  /**
   * Half-open span [start, end) in UTC ms, as drawn: the whole period the date stands for, but
   * for a claim or an assessment no later than the story's last report (see `timelineEntries`);
   * an open range (`2025-03/..`) runs to that report.
   */
  start: number;
  end: number;
  /** The end of the whole period the date stands for: what time order goes by. */
  periodEnd: number;
  /** An open range: drawn up to the story's last report, and still running then (or its end unknown). */
  openEnd?: boolean;
  /** Actor ids involved, in the order the story gives them; none for a background event. */
  actorIds: string[];
  /** Position in its own list in the frontmatter (claims[3] → 3). */
  sourceIndex: number;
  /** Position in the whole file, across kinds: the order for entries the dates cannot tell apart (else `sourceIndex`). */
  fileIndex?: number;
  /** Anchor of the entry the editor says this one came after (`after:`), if any. */
  after?: string;
}

const DAY_MS = 24 * 3600 * 1000;

/** The UTC day an entry's whole date lies in (a day, or times within it), if it does. */
function dayOf(entry: TimelineEntry): number | undefined {
  if (entry.date.open || !withinADay(entry.date.start)) return undefined;
  const day = Math.floor(entry.start / DAY_MS) * DAY_MS;
  return entry.periodEnd <= day + DAY_MS ? day : undefined;
}

/**
 * Time order: earlier start first; for the same start the shorter (more precise) period first;
 * then the order the file lists them in. Dates within one day count as that day here (a whole
 * day cannot say whether it came before or after 20:30): `timelineEntries` then puts the ones
 * with a time in time order. A total order, so the list never reshuffles between builds.
 */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  const [dayA, dayB] = [dayOf(a), dayOf(b)];
  const [startA, startB] = [dayA ?? a.start, dayB ?? b.start];
  const [endA, endB] = [
    dayA === undefined ? a.periodEnd : dayA + DAY_MS,
    dayB === undefined ? b.periodEnd : dayB + DAY_MS,
  ];
  return startA - startB || endA - endB || (a.fileIndex ?? a.sourceIndex) - (b.fileIndex ?? b.sourceIndex);
}

/** Within each day, the entries that give a time take the places of such entries in time order; the others keep theirs. */
function timesInOrder(sorted: TimelineEntry[]): TimelineEntry[] {
  const out = [...sorted];
  const timed = (e: TimelineEntry) => dayOf(e) !== undefined && e.date.start.hour !== undefined;
  for (let from = 0; from < out.length;) {
    const day = dayOf(out[from]!);
    let to = from + 1;
    while (day !== undefined && to < out.length && dayOf(out[to]!) === day) to++;
    const slots = out.slice(from, to).flatMap((e, i) => (timed(e) ? [from + i] : []));
    const inTime = slots
      .map((i) => out[i]!)
      .sort((a, b) => a.start - b.start || a.periodEnd - b.periodEnd || (a.fileIndex ?? 0) - (b.fileIndex ?? 0));
    slots.forEach((slot, i) => (out[slot] = inTime[i]!));
    from = to;
  }
  return out;
}

/**
 * `sorted` (in time order) with every `after` hint honoured: an entry waits until the one it
 * came after is placed; among the entries free to go, time order decides. Hints are checked
 * at build (no circle, none against the dates), so every entry is placed.
 */
export function honourHints(sorted: readonly TimelineEntry[]): TimelineEntry[] {
  if (!sorted.some((e) => e.after)) return [...sorted];
  // A whole day said to come after an entry of that same day follows it at once ("after" reads
  // as "next"): only its slot in the file could place it otherwise, and a story lists all its
  // claims before its events.
  const byAnchor = new Map(sorted.map((e) => [e.anchor, e]));
  const follows = (e: TimelineEntry) => {
    const target = e.after === undefined ? undefined : byAnchor.get(e.after);
    return Boolean(target && e.date.start.hour === undefined && dayOf(e) !== undefined && dayOf(e) === dayOf(target));
  };
  const rest = inTimeWithHints(sorted.filter((e) => !follows(e)));
  const attached = sorted.filter(follows);
  const root = (e: TimelineEntry): string => (follows(e) ? root(byAnchor.get(e.after!)!) : e.anchor);
  while (attached.length) {
    const i = attached.findIndex((e) => rest.some((r) => r.anchor === e.after));
    if (i < 0) return [...rest, ...attached]; // a circle, refused at build
    const [entry] = attached.splice(i, 1);
    // After its target and whatever already follows the target (in file order).
    let at = rest.findIndex((r) => r.anchor === entry!.after) + 1;
    while (at < rest.length && follows(rest[at]!) && root(rest[at]!) === root(entry!)) at++;
    rest.splice(at, 0, entry!);
  }
  return rest;
}

/** `sorted` with the `after` hints that wait for their target honoured (see `honourHints`). */
function inTimeWithHints(sorted: readonly TimelineEntry[]): TimelineEntry[] {
  if (!sorted.some((e) => e.after)) return [...sorted];
  const present = new Set(sorted.map((e) => e.anchor));
  const placed = new Set<string>();
  const waiting = new Map<string, TimelineEntry[]>();
  const ready: TimelineEntry[] = [];
  const out: TimelineEntry[] = [];
  const place = (entry: TimelineEntry) => {
    out.push(entry);
    placed.add(entry.anchor);
    for (const freed of waiting.get(entry.anchor) ?? []) {
      const at = ready.findIndex((other) => compareEntries(freed, other) < 0);
      ready.splice(at < 0 ? ready.length : at, 0, freed);
    }
    waiting.delete(entry.anchor);
  };
  let i = 0;
  while (i < sorted.length || ready.length) {
    const next = sorted[i];
    if (next?.after && present.has(next.after) && !placed.has(next.after)) {
      waiting.set(next.after, [...(waiting.get(next.after) ?? []), next]);
      i++;
      continue;
    }
    if (ready[0] && (!next || compareEntries(ready[0], next) <= 0)) place(ready.shift()!);
    else if (next) {
      place(next);
      i++;
    }
  }
  // Only a circle (refused at build) leaves entries waiting: they follow in time order.
  return [...out, ...sorted.filter((e) => !placed.has(e.anchor))];
}

/** The end of the last day the story was published or updated on, as written. */
function reportedBy(data: Pick<ArticleData, 'published' | 'updated'>): number {
  return Math.max(...[data.published, data.updated].map((stamp) => (stamp ? Date.parse(stamp.day) + DAY_MS : 0)));
}

/**
 * Every event, claim and assessment of a story as timeline entries, in order (see
 * `compareEntries` and `honourHints`). A claim's or an assessment's period ends no later than
 * the day the story last reported; an event's may run on (a term, a ban in force). An open
 * range runs to that day.
 */
export function timelineEntries(
  data: Pick<ArticleData, 'claims' | 'assessments' | 'events' | 'published' | 'updated'> & EntryOrder,
): TimelineEntry[] {
  const reported = reportedBy(data);
  const items = orderedItems(data);
  const fileIndex = new Map((data.entryOrder ?? items.map((item) => item.anchor)).map((anchor, i) => [anchor, i]));
  const actorIds = (item: (typeof items)[number]): string[] => {
    if (item.kind === 'claim') return [data.claims[item.index]!.actor.id];
    const list = item.kind === 'event' ? data.events : data.assessments;
    return list[item.index]!.actors.map((a) => a.id);
  };
  const entries = items.map((item, i): TimelineEntry => {
    const span = dateSpan(item.date);
    // What the story reports was said by the time it was published (or last updated): "2025" in a
    // June report is January to June. Only a period running past that is cut, never a date after it.
    const cut = item.kind !== 'event' && span.start < reported && reported < span.end ? reported : span.end;
    const openEnd = item.date.open !== undefined;
    const end = openEnd ? Math.max(reported, cut) : cut;
    const entry: TimelineEntry = {
      kind: item.kind,
      id: item.id,
      anchor: item.anchor,
      date: item.date,
      start: span.start,
      end,
      periodEnd: openEnd ? end : span.end,
      openEnd,
      actorIds: [...new Set(actorIds(item))],
      sourceIndex: item.index,
      fileIndex: fileIndex.get(item.anchor) ?? fileIndex.size + i,
    };
    if (item.after !== undefined) {
      const target = resolveAfter(item.after, items);
      if (target.ok) entry.after = target.anchor;
    }
    return entry;
  });
  return honourHints(timesInOrder(entries.sort(compareEntries)));
}
