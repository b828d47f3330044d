/**
 * The editor's order for entries their dates cannot tell apart (same day, same minute):
 * the order the frontmatter lists them in, across kinds, and `after: <id>` hints.
 */
import type { ArticleData } from '../../schemas/article.ts';
import { closest } from '../content/suggest.ts';
import { dateSpan, formatStoryDate, type StoryDate } from '../dates.ts';

export type EntryKind = 'event' | 'claim' | 'assessment';

/** The frontmatter list each kind is written in. */
export const ENTRY_LISTS = { event: 'events', claim: 'claims', assessment: 'assessments' } as const;

/**
 * Stamped on a story's data by the loader after validation (src/lib/content/load.ts): the
 * anchors of its entries in the order the file lists them. Absent (data made by hand), the
 * lists count in the order events, claims, assessments.
 */
export interface EntryOrder {
  entryOrder?: readonly string[];
}

type Entries = Pick<ArticleData, 'claims' | 'assessments' | 'events'>;

/** One entry as the order needs it: where it is written, its date and its hint. */
export interface OrderedItem {
  kind: EntryKind;
  id: string;
  anchor: string;
  /** Position in its own list. */
  index: number;
  date: StoryDate;
  after?: string;
}

export function orderedItems(data: Entries): OrderedItem[] {
  const items = (kind: EntryKind, list: readonly { id: string; date: StoryDate; after?: string }[]) =>
    list.map((item, index) => {
      const out: OrderedItem = { kind, id: item.id, anchor: `${kind}-${item.id}`, index, date: item.date };
      if (item.after !== undefined) out.after = item.after;
      return out;
    });
  return [...items('event', data.events), ...items('claim', data.claims), ...items('assessment', data.assessments)];
}

/** The anchors of a story's entries in the order its file lists them, by the line of each. */
export function entryOrderOf(data: Entries, lineOf: (path: (string | number)[]) => number | undefined): string[] {
  const line = (item: OrderedItem) => lineOf([ENTRY_LISTS[item.kind], item.index]) ?? Infinity;
  return orderedItems(data)
    .map((item) => ({ item, line: line(item) }))
    .sort((a, b) => a.line - b.line)
    .map(({ item }) => item.anchor);
}

export type AfterTarget = { ok: true; anchor: string } | { ok: false; error: string };

/** The entry an `after` hint names: by its id when only one kind uses it, or by its anchor. */
export function resolveAfter(written: string, items: readonly OrderedItem[]): AfterTarget {
  const matches = items.filter((item) => item.anchor === written || item.id === written);
  if (matches.length === 1) return { ok: true, anchor: matches[0]!.anchor };
  if (matches.length > 1)
    return {
      ok: false,
      error: `\`${written}\` names ${matches.length} entries (${matches.map((m) => `${m.kind} \`${m.id}\``).join(', ')}). Fix: write the anchor of the one you mean: ${matches.map((m) => `\`${m.anchor}\``).join(' or ')}.`,
    };
  const guess = closest(written, [...items.map((i) => i.id), ...items.map((i) => i.anchor)]);
  return {
    ok: false,
    error: `\`${written}\` is not an event, claim or assessment of this story. Fix: write the id of the entry this one came after.${guess ? ` Did you mean \`${guess}\`?` : ''}`,
  };
}

/** Where an `after` hint goes wrong beyond naming an entry: itself, a circle, or against the dates. */
export function afterProblems(items: readonly OrderedItem[]): { item: OrderedItem; message: string }[] {
  const byAnchor = new Map(items.map((item) => [item.anchor, item]));
  const target = new Map<string, string>();
  for (const item of items) {
    if (item.after === undefined) continue;
    const resolved = resolveAfter(item.after, items);
    if (resolved.ok) target.set(item.anchor, resolved.anchor);
  }
  const problems: { item: OrderedItem; message: string }[] = [];
  const reported = new Set<string>();
  for (const item of items) {
    const other = target.get(item.anchor);
    if (other === undefined) continue;
    if (other === item.anchor) {
      problems.push({ item, message: 'names this entry itself. Fix: name the entry this one came after.' });
      continue;
    }
    // Each entry has one hint, so following them from here either ends or goes round.
    const path = [item.anchor];
    let next: string | undefined = other;
    while (next !== undefined && !path.includes(next)) {
      path.push(next);
      next = target.get(next);
    }
    if (next === item.anchor && !reported.has(item.anchor)) {
      path.forEach((anchor) => reported.add(anchor));
      problems.push({
        item,
        message: `makes a circle: ${[...path, item.anchor].map((a) => `\`${a}\``).join(' after ')}. Fix: remove the \`after\` of one of them.`,
      });
      continue;
    }
    const before = byAnchor.get(other)!;
    const [mine, theirs] = [dateSpan(item.date), dateSpan(before.date)];
    if (!item.date.open && mine.end <= theirs.start)
      problems.push({
        item,
        message: `says this came after \`${other}\`, but its date (${formatStoryDate(item.date)}) is over before that one's (${formatStoryDate(before.date)}) begins. Fix: correct one of the dates, or remove \`after\`.`,
      });
  }
  return problems;
}
