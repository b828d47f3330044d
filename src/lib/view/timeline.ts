import type { Actor } from '../../schemas/actor.ts';
import type { ArticleData } from '../../schemas/article.ts';
import { formatInstant } from '../dates.ts';
import { routes, withBase } from '../routes.ts';
import {
  type AxisBreak,
  type AxisTick,
  BACKGROUND_LANE,
  type EntryKind,
  type MarkShape,
  layoutTimeline,
  type TimelineEntry,
  type TimelineLayout,
  timelineEntries,
} from '../timeline/index.ts';
import { type LabelShown, placeTickLabels } from './axis-labels.ts';
import { BACKGROUND_LANE_NAME, itemLabel, listInWords } from './labels.ts';
import { type DateView, dateView } from './story.ts';
import { UI_LANG, type Voices, voices } from './voices.ts';

/** One entry of the timeline list, ready to render. */
export interface TimelineItemView {
  /** 1-based position in time order: the list number and the label in the lane picture. */
  number: number;
  kind: EntryKind;
  /** Element id (`event-…`, `claim-…`, `assessment-…`). */
  anchor: string;
  date: DateView;
  /** `C1`, `A2`, `E3`: the label the article's reference links and the claims page use. */
  label: string;
  /** Event title, or "Claim C1 by …" / "Assessment A2 by …". */
  title: string;
  /** Event summary, or the claim's / assessment's statement. */
  text: string;
  actors: string[];
  /** Its passage in the article, when the article reports it. */
  articleHref?: string;
  /** Its row on the comparison page (claims and assessments). */
  compareHref?: string;
  /**
   * Its "Link": the own page of an event or a claim (whose link preview is theirs), an
   * assessment's entry on this page.
   */
  selfHref: string;
}

export interface TimelineMarkView {
  href: string;
  number: number;
  kind: EntryKind;
  from: number;
  width: number;
  shape: MarkShape;
  approximate: boolean;
  uncertain: boolean;
  openEnd: boolean;
  /** The number as drawn, with `~` / `?` for approximate / uncertain. */
  label: string;
  track: number;
  labelAt: number;
  labelEnd: boolean;
  labelInside: boolean;
}

export interface TimelineLaneView {
  /** An actor's id, or empty for the background lane (entries nobody did). */
  actorId: string;
  name: string;
  role?: string;
  tracks: number;
  marks: TimelineMarkView[];
}

export interface TimelineView {
  items: TimelineItemView[];
  lanes: TimelineLaneView[];
  /** Every tick's line is drawn; its label where `shown` says (see axis-labels.ts). */
  ticks: (AxisTick & { label: string; shown: LabelShown })[];
  /** Cuts (empty time left out, named in the legend) and changes of scale between touching stretches. */
  breaks: (AxisBreak & { label: string; cut: boolean })[];
  counts: Record<EntryKind, number>;
  /** Which kinds of mark the picture draws: the legend names only those. */
  drawn: { dot: boolean; window: boolean; range: boolean; approximate: boolean; uncertain: boolean; openEnd: boolean };
  /** Some claim's or assessment's bar is cut at the day of the report (see timeline/entries.ts): the legend says so. */
  endsAtReport: boolean;
  voices: Voices;
}

const KIND_WORD: Record<EntryKind, string> = { event: 'Event', claim: 'Claim', assessment: 'Assessment' };

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A tick's label, and whether it names its year: the first tick of a stretch (`previous` is
 * undefined), and any tick in another year than the tick before it. Day ticks seldom fall on
 * 1 January, so "3 Jan" after "20 Dec 2030" must say 2031 itself.
 */
function tickLabel(tick: AxisTick, previous: AxisTick | undefined, lang: string): { label: string; major: boolean } {
  if (tick.unit === 'year') return { label: formatInstant(tick.time, 'year', lang), major: true };
  const newYear = !previous || new Date(previous.time).getUTCFullYear() !== new Date(tick.time).getUTCFullYear();
  if (tick.unit === 'hour') {
    // An hour tick says its day at midnight and at a stretch's first tick; else only the time.
    const newDay = !previous || Math.floor(previous.time / DAY_MS) !== Math.floor(tick.time / DAY_MS);
    const clock = hourMinute(tick.time);
    if (!newDay) return { label: clock, major: false };
    const day = formatInstant(tick.time, newYear ? 'shortDayYear' : 'shortDay', lang);
    return { label: tick.time % DAY_MS === 0 ? day : `${day} ${clock}`, major: newYear };
  }
  const format =
    tick.unit === 'month' ? (newYear ? 'shortMonthYear' : 'shortMonth') : newYear ? 'shortDayYear' : 'shortDay';
  return { label: formatInstant(tick.time, format, lang), major: newYear };
}

const DAY_MS = 24 * 3600 * 1000;

/** "08:00": the 24-hour clock, UTC, as the dates are written. */
function hourMinute(time: number): string {
  return new Date(time).toISOString().slice(11, 16);
}

/** "2022 – 2024" for whole years cut out, "Mar 2022 – Jan 2024" for whole months, else days. */
function breakLabel(br: AxisBreak, lang: string): string {
  const start = new Date(br.start);
  const end = new Date(br.end);
  const months = start.getUTCDate() === 1 && end.getUTCDate() === 1 && br.start % DAY_MS === 0 && br.end % DAY_MS === 0;
  const wholeYears = months && start.getUTCMonth() === 0 && end.getUTCMonth() === 0;
  const format = wholeYears ? 'year' : months ? 'shortMonthYear' : 'shortDayYear';
  const a = formatInstant(br.start, format, lang);
  const b = formatInstant(br.end - 1, format, lang);
  return a === b ? a : `${a} – ${b}`;
}

function entryText(
  entry: TimelineEntry,
  data: Pick<ArticleData, 'claims' | 'assessments' | 'events'>,
  names: string[],
): { label: string; title: string; text: string; inArticle: boolean } {
  const label = itemLabel(entry.kind, entry.sourceIndex);
  if (entry.kind === 'event') {
    const event = data.events[entry.sourceIndex]!;
    return { label, title: event.title, text: event.summary, inArticle: Boolean(event.excerpt) };
  }
  const item = entry.kind === 'claim' ? data.claims[entry.sourceIndex]! : data.assessments[entry.sourceIndex]!;
  return {
    label,
    title: `${KIND_WORD[entry.kind]} ${label} by ${listInWords(names)}`,
    text: item.statement,
    inArticle: true,
  };
}

/** An entry's own link: the own page of an event or a claim, else its place in the list. */
function selfHref(entry: TimelineEntry, slug: string, base: string): string {
  if (entry.kind === 'event') return withBase(base, routes.eventPermalink(slug, entry.id));
  if (entry.kind === 'claim') return withBase(base, routes.claimPermalink(slug, entry.id));
  return `#${entry.anchor}`;
}

/** Everything the timeline view renders, from the validated frontmatter. */
export function timelineView(
  slug: string,
  data: Pick<ArticleData, 'claims' | 'assessments' | 'events' | 'lang' | 'lanes' | 'published' | 'updated'>,
  actors: ReadonlyMap<string, Actor>,
  base: string,
): TimelineView {
  const layout: TimelineLayout = layoutTimeline(timelineEntries(data), {
    lanes: (data.lanes ?? []).map((ref) => ref.id),
  });
  const name = (id: string) => actors.get(id)?.name ?? id;
  const items = layout.entries.map((entry, i): TimelineItemView => {
    const names = entry.actorIds.map(name);
    const { label, title, text, inArticle } = entryText(entry, data, names);
    const item: TimelineItemView = {
      number: i + 1,
      kind: entry.kind,
      anchor: entry.anchor,
      date: dateView(entry.date),
      label,
      title,
      text,
      actors: names,
      selfHref: selfHref(entry, slug, base),
    };
    if (inArticle) item.articleHref = withBase(base, `${routes.article(slug)}#${entry.anchor}`);
    if (entry.kind !== 'event') item.compareHref = withBase(base, `${routes.claims(slug)}#${entry.anchor}`);
    return item;
  });
  const lanes = layout.lanes.map((lane): TimelineLaneView => {
    const actor = actors.get(lane.actorId);
    const view: TimelineLaneView = {
      actorId: lane.actorId,
      name: lane.actorId === BACKGROUND_LANE ? BACKGROUND_LANE_NAME : (actor?.shortName ?? actor?.name ?? lane.actorId),
      tracks: lane.tracks,
      marks: lane.marks.map((m) => ({
        href: `#${layout.entries[m.entry]!.anchor}`,
        number: m.entry + 1,
        kind: layout.entries[m.entry]!.kind,
        from: round(m.from),
        width: round(m.to - m.from),
        shape: m.shape,
        approximate: m.approximate,
        uncertain: m.uncertain,
        openEnd: m.openEnd,
        label: m.label,
        track: m.track,
        labelAt: round(m.labelAt),
        labelEnd: m.labelSide === 'end',
        labelInside: m.labelInside,
      })),
    };
    if (actor?.role) view.role = actor.role;
    return view;
  });
  const firstTicks = new Set(layout.axis.segments.map((s) => layout.axis.ticks.find((t) => t.at >= s.from)));
  const labelled = layout.axis.ticks.map((t, i, all) => ({
    ...t,
    ...tickLabel(t, firstTicks.has(t) ? undefined : all[i - 1], UI_LANG),
  }));
  const shown = placeTickLabels(labelled);
  const marks = layout.lanes.flatMap((lane) => lane.marks);
  return {
    items,
    lanes,
    ticks: labelled.map((t, i) => ({ at: round(t.at), time: t.time, unit: t.unit, label: t.label, shown: shown[i]! })),
    breaks: layout.axis.breaks.map((b) => ({
      ...b,
      from: round(b.from),
      to: round(b.to),
      label: b.end > b.start ? breakLabel(b, UI_LANG) : '',
      cut: b.end > b.start,
    })),
    counts: {
      event: data.events.length,
      claim: data.claims.length,
      assessment: data.assessments.length,
    },
    drawn: {
      dot: marks.some((m) => m.shape === 'dot'),
      window: marks.some((m) => m.shape === 'window'),
      range: marks.some((m) => m.shape === 'range'),
      approximate: marks.some((m) => m.approximate),
      uncertain: marks.some((m) => m.uncertain),
      openEnd: marks.some((m) => m.openEnd),
    },
    endsAtReport: layout.entries.some((e) => e.end < e.periodEnd),
    voices: voices(data.lang),
  };
}
