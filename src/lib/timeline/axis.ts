/**
 * The time axis: position proportional to time, with long empty stretches cut
 * out and drawn as explicit breaks.
 *
 * The rule (README, "The actor timeline"):
 * 1. The periods of all entries are merged into clusters; an empty gap between
 *    clusters is cut out when it lasts at least a year and at least a tenth of
 *    the whole range. Shorter gaps stay, drawn to scale.
 * 2. Each remaining stretch (segment) is drawn to scale inside itself, with its
 *    own ticks. Every break takes a fixed `breakWidth` of the axis.
 * 3. The rest of the width is shared between segments half by how long they
 *    last and half by how many entries start in them — so a dense autumn is
 *    not squeezed into a sliver by two distant, lone years.
 * Positions are percentages of the axis width (0–100).
 */

export interface Span {
  start: number;
  end: number;
}

/** A stretch of time drawn to scale. */
export interface AxisSegment extends Span {
  /** Left edge, percent. */
  from: number;
  /** Right edge, percent. */
  to: number;
}

/** An empty stretch cut out of the axis. */
export interface AxisBreak extends Span {
  from: number;
  to: number;
}

export type TickUnit = 'year' | 'month' | 'day';

export interface AxisTick {
  /** Percent. */
  at: number;
  /** UTC ms of the tick: the first instant of a year, month or day. */
  time: number;
  unit: TickUnit;
}

export interface Axis {
  segments: AxisSegment[];
  breaks: AxisBreak[];
  ticks: AxisTick[];
}

export const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

export interface AxisOptions {
  /** Width of one break, percent. */
  breakWidth?: number;
  /** Shortest gap that may be cut out, ms. */
  minBreak?: number;
  /** Shortest gap that may be cut out, as a share of the whole range. */
  minBreakShare?: number;
  /** Smallest distance between two ticks, percent. */
  minTickGap?: number;
}

export function buildAxis(spans: readonly Span[], options: AxisOptions = {}): Axis {
  const { breakWidth = 4, minBreak = YEAR_MS, minBreakShare = 0.1, minTickGap = 7 } = options;
  if (spans.length === 0) return { segments: [], breaks: [], ticks: [] };
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const first = sorted[0]!.start;
  const last = Math.max(...sorted.map((s) => s.end));
  const threshold = Math.max(minBreak, minBreakShare * (last - first));

  // Merge spans into segments, keeping gaps shorter than the threshold.
  const stretches: Span[] = [];
  for (const span of sorted) {
    const current = stretches.at(-1);
    if (current && span.start - current.end < threshold) current.end = Math.max(current.end, span.end);
    else stretches.push({ start: span.start, end: span.end });
  }

  // Beside a cut, a stretch ends and starts on a month's edge: the cut is then whole
  // months, which the legend can name truthfully ("Jul 2023 – Aug 2024"), and an entry
  // on the stretch's first day sits inside it, not on the cut's edge. A cut lasts at
  // least a year, so this never closes one.
  stretches.forEach((s, i) => {
    if (i > 0) s.start = monthFloor(s.start);
    if (i < stretches.length - 1) s.end = monthCeil(s.end);
  });

  const breakCount = stretches.length - 1;
  // Beside a cut, a stretch is at least wide enough that its first tick's label is the minimum
  // gap from the next stretch's first tick; the rest is shared by weight.
  const least = breakCount > 0 ? Math.max(0, minTickGap - breakWidth) : 0;
  const free = 100 - breakCount * breakWidth - stretches.length * least;
  const totalTime = stretches.reduce((sum, s) => sum + (s.end - s.start), 0);
  const counts = stretches.map((s) => sorted.filter((x) => x.start >= s.start && x.start < s.end).length);
  const weights = stretches.map((s, i) => 0.5 * ((s.end - s.start) / totalTime) + 0.5 * (counts[i]! / sorted.length));

  const segments: AxisSegment[] = [];
  const breaks: AxisBreak[] = [];
  let x = 0;
  stretches.forEach((s, i) => {
    const width = least + free * weights[i]!;
    const to = i === stretches.length - 1 ? 100 : x + width;
    segments.push({ start: s.start, end: s.end, from: x, to });
    x = to;
    const next = stretches[i + 1];
    if (next) {
      breaks.push({ start: s.end, end: next.start, from: x, to: x + breakWidth });
      x += breakWidth;
    }
  });

  return { segments, breaks, ticks: spacedTicks(segments, minTickGap) };
}

/**
 * Each segment's ticks, kept the minimum gap from the next segment's first tick: a label at
 * a stretch's end would otherwise run over the cut into the next stretch's first label. A
 * segment left with none is ticked at its start, which its least width keeps clear.
 */
function spacedTicks(segments: readonly AxisSegment[], minGap: number): AxisTick[] {
  const spaced: AxisTick[][] = [];
  let next = Infinity;
  for (const segment of [...segments].reverse()) {
    const kept = segmentTicks(segment, minGap).filter((t) => next - t.at >= minGap - 1e-9);
    const ticks = kept.length > 0 ? kept : [{ at: segment.from, time: segment.start, unit: boundaryUnit(segment) }];
    spaced.unshift(ticks);
    next = ticks[0]!.at;
  }
  return spaced.flat();
}

/** Where a moment sits on the axis, percent. Monotone in time. */
export function position(axis: Axis, time: number): number {
  const { segments, breaks } = axis;
  if (segments.length === 0) return 0;
  for (const s of segments) {
    if (time <= s.end) {
      if (time <= s.start) {
        // Before this segment: inside the preceding break (or clamped to the start).
        const br = breaks.find((b) => b.to === s.from);
        return br ? br.from + ((br.to - br.from) * (time - br.start)) / (br.end - br.start) : s.from;
      }
      return s.from + ((s.to - s.from) * (time - s.start)) / (s.end - s.start);
    }
  }
  return 100;
}

/** The first instant of the month `time` falls in. */
function monthFloor(time: number): number {
  const d = new Date(time);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** The first instant of a month at or after `time`. */
function monthCeil(time: number): number {
  const floor = monthFloor(time);
  return floor === time ? time : advance('month', floor, 1);
}

/** The first tick at or after `time`: the start of a year, month or day that is a multiple of `step`. */
function startOf(unit: TickUnit, time: number, step: number): number {
  const d = new Date(time);
  if (unit === 'year') {
    const y = d.getUTCFullYear() + (Date.UTC(d.getUTCFullYear(), 0, 1) < time ? 1 : 0);
    return Date.UTC(Math.ceil(y / step) * step, 0, 1);
  }
  if (unit === 'month') {
    const first = monthCeil(time);
    const f = new Date(first);
    const mm = Math.ceil((f.getUTCFullYear() * 12 + f.getUTCMonth()) / step) * step;
    return Date.UTC(Math.floor(mm / 12), mm % 12, 1);
  }
  return Math.ceil(time / (DAY_MS * step)) * DAY_MS * step;
}

/**
 * The unit a segment's start is ticked in when no other tick fits: a year for a
 * segment of whole years, a month when it starts on one, else the day.
 */
function boundaryUnit({ start, end }: Span): TickUnit {
  if (monthFloor(start) !== start) return 'day';
  const whole =
    new Date(start).getUTCMonth() === 0 && new Date(end).getUTCMonth() === 0 && new Date(end).getUTCDate() === 1;
  return whole && end > start ? 'year' : 'month';
}

function advance(unit: TickUnit, time: number, step: number): number {
  const d = new Date(time);
  if (unit === 'year') return Date.UTC(d.getUTCFullYear() + step, 0, 1);
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1);
  return time + DAY_MS * step;
}

const STEPS: [TickUnit, number][] = [
  ['day', 1],
  ['day', 2],
  ['day', 7],
  ['day', 14],
  ['month', 1],
  ['month', 2],
  ['month', 3],
  ['month', 6],
  ['year', 1],
  ['year', 2],
  ['year', 5],
  ['year', 10],
  ['year', 25],
  ['year', 50],
  ['year', 100],
];

/** The finest tick unit and step that keeps ticks `minGap` apart; a segment start on a boundary is always ticked. */
function segmentTicks(segment: AxisSegment, minGap: number): AxisTick[] {
  const width = segment.to - segment.from;
  const duration = segment.end - segment.start;
  const scale = (t: number) => segment.from + (width * (t - segment.start)) / duration;
  for (const [unit, step] of STEPS) {
    const approxMs = unit === 'year' ? YEAR_MS * step : unit === 'month' ? (YEAR_MS / 12) * step : DAY_MS * step;
    if ((width * approxMs) / duration < minGap) continue;
    const ticks: AxisTick[] = [];
    for (let t = startOf(unit, segment.start, step); t < segment.end; t = advance(unit, t, step)) {
      ticks.push({ at: scale(t), time: t, unit });
    }
    // Months and years differ in length: the estimate above may pass a step whose ticks fall short.
    const apart = ticks.every((t, i) => i === 0 || t.at - ticks[i - 1]!.at >= minGap - 1e-9);
    if (ticks.length > 0 && apart) return ticks;
  }
  return [{ at: segment.from, time: segment.start, unit: boundaryUnit(segment) }];
}
