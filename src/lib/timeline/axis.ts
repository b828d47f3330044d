/**
 * The time axis: stretches of time, each drawn to its own scale, with the empty time between
 * them cut out and drawn as explicit breaks (issue 19).
 *
 * The rule (README, "The actor timeline"):
 * 1. Entries' periods that overlap or touch form clusters. An empty gap between two clusters is
 *    cut out when it is long *relative to the entries beside it* — at least `gapFactor` times
 *    the shorter neighbour (a dense fortnight beside a three-year range) and at least two months
 *    of whole days (so the legend can name it). Judging a gap by its neighbours, not by the whole
 *    span, is what keeps this week's dispute legible beside a 1953 reference.
 * 2. Each stretch is drawn to scale inside itself and ticked in the finest unit that fits
 *    (hours, days, months, years): the tick labels say the stretch's resolution ("08:00",
 *    "3 Mar", "Mar", "2021"), and the break between two stretches says the scale changes.
 *    A stretch still too coarse to tell two dated days apart gets a detail stretch around them, with
 *    its own scale; where it touches its neighbours the axis shows a scale change (a break of no time).
 * 3. Width goes by what a stretch holds: a floor for every stretch (a lone entry stays legible),
 *    the rest mostly by how many entries start in it and a little by how long it lasts.
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

/** An empty stretch cut out of the axis; when `start === end`, only the scale changes there. */
export interface AxisBreak extends Span {
  from: number;
  to: number;
}

export type TickUnit = 'year' | 'month' | 'day' | 'hour';

export interface AxisTick {
  /** Percent. */
  at: number;
  /** UTC ms of the tick: the first instant of a year, month, day or hour. */
  time: number;
  unit: TickUnit;
}

export interface Axis {
  segments: AxisSegment[];
  breaks: AxisBreak[];
  ticks: AxisTick[];
}

export const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface AxisOptions {
  /** Width of one break, percent. */
  breakWidth?: number;
  /** A gap is cut when it lasts at least this many times the shorter stretch beside it. */
  gapFactor?: number;
  /** Shortest gap that may be cut, ms: a week between daily entries reads better to scale. */
  minBreak?: number;
  /** Most cuts on one axis: each costs width. */
  maxBreaks?: number;
  /** Smallest distance between two ticks, percent. */
  minTickGap?: number;
  /** Least width of a stretch, percent. */
  minSegment?: number;
  /** Width of the picture the legibility rule is judged at, px. */
  widthPx?: number;
  /** Closest two dots on different days may be, px, in a stretch not ticked in days. */
  minDotGapPx?: number;
}

/** Clusters of spans whose periods overlap or touch, with how many spans start in each. */
function clusters(sorted: readonly Span[]): (Span & { count: number })[] {
  const out: (Span & { count: number })[] = [];
  for (const span of sorted) {
    const current = out.at(-1);
    if (current && span.start <= current.end) {
      current.end = Math.max(current.end, span.end);
      current.count += 1;
    } else out.push({ start: span.start, end: span.end, count: 1 });
  }
  return out;
}

/** A gap's edges, widened to whole days (the legend names days at the finest). Empty when no whole day is inside. */
function cutOf(a: Span, b: Span): Span {
  return { start: Math.ceil(a.end / DAY_MS) * DAY_MS, end: Math.floor(b.start / DAY_MS) * DAY_MS };
}

export function buildAxis(spans: readonly Span[], options: AxisOptions = {}): Axis {
  const {
    breakWidth = 3,
    gapFactor = 2,
    minBreak = 60 * DAY_MS,
    maxBreaks = 8,
    minTickGap = 7,
    minSegment = 5,
    widthPx = 790,
    minDotGapPx = 8,
  } = options;
  if (spans.length === 0) return { segments: [], breaks: [], ticks: [] };
  const sorted = [...spans]
    .map((s) => ({ start: s.start, end: Math.max(s.end, s.start + 1) }))
    .sort((a, b) => a.start - b.start);
  const atoms = clusters(sorted);
  // A stretch is a run of atoms [first, last]; a cut lies between two runs.
  const runs = atoms.map((_, i) => ({ first: i, last: i }));
  const span = (r: { first: number; last: number }) => ({
    start: atoms[r.first]!.start,
    end: Math.max(...atoms.slice(r.first, r.last + 1).map((a) => a.end)),
  });

  // Merge the least worthy gap until every gap left is worth a cut and there are few enough.
  const worth = (i: number) => {
    const a = span(runs[i]!);
    const b = span(runs[i + 1]!);
    const cut = cutOf(a, b);
    if (cut.end - cut.start < Math.max(DAY_MS, minBreak)) return -Infinity;
    return (b.start - a.end) / Math.max(Math.min(a.end - a.start, b.end - b.start), HOUR_MS);
  };
  while (runs.length > 1) {
    let least = 0;
    for (let i = 1; i < runs.length - 1; i++) if (worth(i) < worth(least)) least = i;
    if (worth(least) >= gapFactor && runs.length - 1 <= maxBreaks) break;
    runs.splice(least, 2, { first: runs[least]!.first, last: runs[least + 1]!.last });
  }

  // A stretch drawn too coarse to tell two dated days apart (dots under `minDotGapPx` apart, ticks
  // coarser than days) gets a detail stretch of its own around them: the run of days there, each
  // under a month from the next. Its edges are scale changes, not cuts (a long range may run through).
  let pieces: Piece[] = runs.map((r, i) => ({ ...span(r), cut: i > 0 }));
  pieces.forEach((p, i) => {
    const next = pieces[i + 1];
    if (next) [p.end, next.start] = [cutOf(p, next).start, cutOf(p, next).end];
  });
  const dayDots = sorted.filter((s) => s.end - s.start <= DAY_MS);
  const dayOf = (t: number) => Math.floor(t / DAY_MS);
  let axis = place(pieces);
  for (let guard = 0; guard < maxBreaks && pieces.length <= maxBreaks; guard++) {
    let crowd: [number, number] | undefined;
    const at = axis.segments.findIndex((seg) => {
      const fine = axis.ticks.some(
        (t) => t.time >= seg.start && t.time < seg.end && (t.unit === 'day' || t.unit === 'hour'),
      );
      if (fine) return false;
      const inside = dayDots.filter((d) => d.start >= seg.start && d.start < seg.end);
      const pxPerMs = (((seg.to - seg.from) / 100) * widthPx) / (seg.end - seg.start);
      const i = inside.findIndex(
        (d, i) =>
          i > 0 &&
          dayOf(d.start) !== dayOf(inside[i - 1]!.start) &&
          (d.start - inside[i - 1]!.start) * pxPerMs < minDotGapPx,
      );
      if (i === -1) return false;
      let [first, last] = [i - 1, i];
      while (first > 0 && inside[first]!.start - inside[first - 1]!.start < 31 * DAY_MS) first--;
      while (last < inside.length - 1 && inside[last + 1]!.start - inside[last]!.start < 31 * DAY_MS) last++;
      crowd = [dayOf(inside[first]!.start) * DAY_MS, (dayOf(inside[last]!.start) + 1) * DAY_MS];
      return true;
    });
    if (at === -1 || !crowd) break;
    const piece = pieces[at]!;
    const [a, b] = [Math.max(crowd[0], piece.start), Math.min(crowd[1], piece.end)];
    if (a === piece.start && b === piece.end) break;
    const split = [
      { start: piece.start, end: a, cut: piece.cut },
      { start: a, end: b, cut: false },
      { start: b, end: piece.end, cut: false },
    ].filter((p) => p.end > p.start);
    split[0]!.cut = piece.cut;
    pieces = [...pieces.slice(0, at), ...split, ...pieces.slice(at + 1)];
    axis = place(pieces);
  }
  return axis;

  /** Segments, breaks (cuts, and scale changes of no time) and ticks for these pieces. */
  function place(stretches: readonly Piece[]): Axis {
    const counts = stretches.map(
      (p, i) => sorted.filter((x) => x.start >= p.start && (x.start < p.end || i === stretches.length - 1)).length,
    );
    const breakCount = stretches.filter((p) => p.cut).length;
    const changes = stretches.length - 1 - breakCount;
    const floor = Math.max(minSegment, stretches.length > 1 ? minTickGap - breakWidth : 0);
    const free = 100 - breakCount * breakWidth - changes * CHANGE_WIDTH - stretches.length * floor;
    const totalTime = stretches.reduce((sum, s) => sum + (s.end - s.start), 0);
    const weights = stretches.map((s, i) => 0.2 * ((s.end - s.start) / totalTime) + 0.8 * (counts[i]! / sorted.length));
    const segments: AxisSegment[] = [];
    const breaks: AxisBreak[] = [];
    let x = 0;
    stretches.forEach((s, i) => {
      if (i > 0) {
        const w = s.cut ? breakWidth : CHANGE_WIDTH;
        breaks.push({ start: stretches[i - 1]!.end, end: s.start, from: x, to: x + w });
        x += w;
      }
      const to = i === stretches.length - 1 ? 100 : x + floor + free * weights[i]!;
      segments.push({ start: s.start, end: s.end, from: x, to });
      x = to;
    });
    return { segments, breaks, ticks: spacedTicks(segments, minTickGap) };
  }
}

/** A stretch of the axis, and whether an empty cut lies before it (else the scale changes there). */
interface Piece extends Span {
  cut: boolean;
}

/** Width of a scale change between two stretches that touch, percent. */
const CHANGE_WIDTH = 1;

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

/**
 * Where a moment sits on the axis, percent. Monotone in time. A moment where two stretches touch
 * belongs to the later one: a day that starts a detail stretch is drawn inside it.
 */
export function position(axis: Axis, time: number): number {
  const { segments, breaks } = axis;
  if (segments.length === 0) return 0;
  for (const [i, s] of segments.entries()) {
    if (time >= s.end && i < segments.length - 1) continue;
    if (time >= s.start) return Math.min(s.to, s.from + ((s.to - s.from) * (time - s.start)) / (s.end - s.start));
    // Before this segment: inside the preceding cut (or at the segment's start).
    const br = breaks.find((b) => b.to === s.from);
    return br && br.end > br.start ? br.from + ((br.to - br.from) * (time - br.start)) / (br.end - br.start) : s.from;
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

/** The first tick at or after `time`: the start of a year, month, day or hour that is a multiple of `step`. */
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
  const size = (unit === 'day' ? DAY_MS : HOUR_MS) * step;
  return Math.ceil(time / size) * size;
}

/**
 * The unit a segment's start is ticked in when no other tick fits: a year for a segment of
 * whole years, a month when it starts on one, a day when it starts on one, else the hour.
 */
function boundaryUnit({ start, end }: Span): TickUnit {
  if (start % DAY_MS !== 0) return 'hour';
  if (monthFloor(start) !== start) return 'day';
  const whole =
    new Date(start).getUTCMonth() === 0 && new Date(end).getUTCMonth() === 0 && new Date(end).getUTCDate() === 1;
  return whole && end > start ? 'year' : 'month';
}

function advance(unit: TickUnit, time: number, step: number): number {
  const d = new Date(time);
  if (unit === 'year') return Date.UTC(d.getUTCFullYear() + step, 0, 1);
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1);
  return time + (unit === 'day' ? DAY_MS : HOUR_MS) * step;
}

const STEPS: [TickUnit, number][] = [
  ['hour', 1],
  ['hour', 2],
  ['hour', 3],
  ['hour', 6],
  ['hour', 12],
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

const UNIT_MS: Record<TickUnit, number> = { hour: HOUR_MS, day: DAY_MS, month: YEAR_MS / 12, year: YEAR_MS };

/** The finest tick unit and step that keeps ticks `minGap` apart; a segment start on a boundary is always ticked. */
function segmentTicks(segment: AxisSegment, minGap: number): AxisTick[] {
  const width = segment.to - segment.from;
  const duration = segment.end - segment.start;
  const scale = (t: number) => segment.from + (width * (t - segment.start)) / duration;
  for (const [unit, step] of STEPS) {
    if ((width * UNIT_MS[unit] * step) / duration < minGap) continue;
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
