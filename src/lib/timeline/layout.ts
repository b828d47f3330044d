import { type Axis, buildAxis, position } from './axis.ts';
import type { TimelineEntry } from './entries.ts';
import { laneOrder, packTracks } from './lanes.ts';

/**
 * How a mark is drawn (issue 19):
 * - `dot`: a date whose window is no wider than a dot at the narrowest picture;
 * - `window`: a single date whose window is wider — *when* it happened, somewhere inside, not how
 *   long it lasted (a faded band);
 * - `range`: a range written as one (`2019/2021`) — how long it lasted (a solid bar).
 * Decided by the window's width in px, not by precision names: a month is a dot on a 70-year axis
 * and a band on a fortnight's.
 */
export type MarkShape = 'dot' | 'window' | 'range';

/** One entry drawn in one lane. */
export interface LaneMark {
  /** Index of the entry in time order (its number in the list is `entry + 1`). */
  entry: number;
  /** Left and right edge of the drawn period, percent of the axis. */
  from: number;
  to: number;
  shape: MarkShape;
  /** Approximate (`~`) at either end: dashed outline, `~` before the number. */
  approximate: boolean;
  /** Uncertain (`?`) at either end: dotted outline, `?` after the number. */
  uncertain: boolean;
  /** A range still running at the last report (`2025-03/..`): drawn with an arrow at its right end. */
  openEnd: boolean;
  /** The number label as drawn: `7`, `~7`, `7?`. */
  label: string;
  /** Row inside the lane, from 0; no two marks of one track overlap, labels included. */
  track: number;
  /** Where the number label sits, percent, and which side of that point it extends to. */
  labelAt: number;
  labelSide: 'start' | 'end';
  /** The label fits inside the bar. */
  labelInside: boolean;
  /** Horizontal room the mark and its label take, percent. */
  extent: { from: number; to: number };
}

/** The lane of entries nobody did (a storm, a law): `actorId` is empty. */
export const BACKGROUND_LANE = '';

export interface TimelineLane {
  /** An actor's id, or `BACKGROUND_LANE`. */
  actorId: string;
  tracks: number;
  marks: LaneMark[];
}

export interface TimelineLayout {
  entries: TimelineEntry[];
  axis: Axis;
  lanes: TimelineLane[];
}

/**
 * The narrowest width of the lane picture in CSS pixels, with the lanes shown (from 48rem) and
 * from 64rem (styles/timeline.css), page or embed, measured in Chromium. Mark labels are sized
 * for the narrow one; axis labels are placed for both (view/axis-labels.ts).
 */
export const PICTURE_WIDTHS = { narrow: 540, wide: 790 } as const;

export interface LayoutOptions {
  /** Narrowest the lane picture is drawn, px: labels are sized against it (default: the narrowest it is shown at). */
  minWidthPx?: number;
  /** Preferred lane order (actor ids); the others follow in order of first appearance. */
  lanes?: readonly string[];
}

const POINT_PX = 12;
const DIGIT_PX = 8;
const LABEL_PAD_PX = 4;
const ARROW_PX = 10;

/**
 * Lays out entries (already in time order) on lanes along a compressed time axis. Entries with no
 * actor go to a background lane on top: context first, read before what the actors did about it.
 */
export function layoutTimeline(entries: readonly TimelineEntry[], options: LayoutOptions = {}): TimelineLayout {
  const { minWidthPx = PICTURE_WIDTHS.narrow } = options;
  const pct = (px: number) => (px / minWidthPx) * 100;
  const axis = buildAxis(entries, { widthPx: PICTURE_WIDTHS.wide });
  const background = entries.some((e) => e.actorIds.length === 0) ? [BACKGROUND_LANE] : [];
  const inLane = (entry: TimelineEntry, lane: string) =>
    lane === BACKGROUND_LANE ? entry.actorIds.length === 0 : entry.actorIds.includes(lane);
  const lanes = [...background, ...laneOrder(entries, options.lanes)].map((actorId) => {
    const marks: LaneMark[] = [];
    entries.forEach((entry, index) => {
      if (!inLane(entry, actorId)) return;
      const start = position(axis, entry.start);
      const end = position(axis, entry.end);
      const shape: MarkShape =
        entry.date.end || entry.openEnd ? 'range' : end - start > pct(POINT_PX) ? 'window' : 'dot';
      // A dot on the axis's first or last moment, or an open end's arrow at the last, stays inside
      // the lane: moved by less than its own half width, which a dot's reading already allows.
      const half = pct(POINT_PX / 2);
      const from = shape === 'dot' ? Math.min(Math.max(start, half), 100 - half) : start;
      const to = shape === 'dot' ? from : entry.openEnd ? Math.min(end, 100 - pct(ARROW_PX)) : end;
      const points = [entry.date.start, entry.date.end];
      const approximate = points.some((p) => p?.approximate);
      const uncertain = points.some((p) => p?.uncertain);
      const openEnd = shape === 'range' && entry.openEnd === true;
      const text = `${approximate ? '~' : ''}${index + 1}${uncertain ? '?' : ''}`;
      const label = pct(text.length * DIGIT_PX + LABEL_PAD_PX * 2);
      const body =
        shape === 'dot'
          ? { from: from - pct(POINT_PX / 2), to: from + pct(POINT_PX / 2) }
          : { from, to: Math.max(to, from + pct(3)) + (openEnd ? pct(ARROW_PX) : 0) };
      const inside = shape !== 'dot' && body.to - body.from >= label;
      let labelAt: number;
      let labelSide: 'start' | 'end' = 'start';
      let extent: { from: number; to: number };
      if (inside) {
        labelAt = body.from + pct(LABEL_PAD_PX);
        extent = body;
      } else if (body.to + label <= 100) {
        labelAt = body.to + pct(LABEL_PAD_PX);
        extent = { from: body.from, to: body.to + label };
      } else {
        labelAt = body.from - pct(LABEL_PAD_PX);
        labelSide = 'end';
        extent = { from: body.from - label, to: body.to };
      }
      marks.push({
        entry: index,
        from,
        to,
        shape,
        approximate,
        uncertain,
        openEnd,
        label: text,
        track: 0,
        labelAt,
        labelSide,
        labelInside: inside,
        extent,
      });
    });
    const { tracks, count } = packTracks(
      marks.map((m) => m.extent),
      pct(2),
    );
    marks.forEach((m, i) => (m.track = tracks[i]!));
    return { actorId, tracks: count, marks };
  });
  return { entries: [...entries], axis, lanes };
}
