import { type Axis, buildAxis, position } from './axis.ts';
import { withinADay } from '../dates.ts';
import type { TimelineEntry } from './entries.ts';
import { laneOrder, packTracks } from './lanes.ts';

/** One entry drawn in one actor's lane. */
export interface LaneMark {
  /** Index of the entry in time order (its number in the list is `entry + 1`). */
  entry: number;
  /** Left and right edge of the drawn period, percent of the axis. */
  from: number;
  to: number;
  /** A single day: drawn as a point, not a span. */
  point: boolean;
  /** Approximate or uncertain at either end: drawn dashed. */
  approximate: boolean;
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

export interface TimelineLane {
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

/** Lays out entries (already in time order) on lanes along a compressed time axis. */
export function layoutTimeline(entries: readonly TimelineEntry[], options: LayoutOptions = {}): TimelineLayout {
  const { minWidthPx = PICTURE_WIDTHS.narrow } = options;
  const pct = (px: number) => (px / minWidthPx) * 100;
  const axis = buildAxis(entries);
  const lanes = laneOrder(entries, options.lanes).map((actorId) => {
    const marks: LaneMark[] = [];
    entries.forEach((entry, index) => {
      if (!entry.actorIds.includes(actorId)) return;
      const point = withinADay(entry.date.start) && (!entry.date.end || entry.end - entry.start <= 864e5);
      const from = position(axis, entry.start);
      const to = point ? from : position(axis, entry.end);
      const label = pct(String(index + 1).length * DIGIT_PX + LABEL_PAD_PX * 2);
      const body = point
        ? { from: from - pct(POINT_PX / 2), to: from + pct(POINT_PX / 2) }
        : { from, to: Math.max(to, from + pct(3)) };
      const inside = !point && body.to - body.from >= label;
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
      const approximate = [entry.date.start, entry.date.end].some((p) => p && (p.approximate || p.uncertain));
      marks.push({
        entry: index,
        from,
        to,
        point,
        approximate,
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
