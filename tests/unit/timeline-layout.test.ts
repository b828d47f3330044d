import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dateSpan, parseStoryDate, type StoryDate } from '../../src/lib/dates.ts';
import {
  buildAxis,
  compareEntries,
  laneOrder,
  layoutTimeline,
  packTracks,
  type AxisSegment,
  PICTURE_WIDTHS,
  position,
  type TimelineEntry,
} from '../../src/lib/timeline/index.ts';

function date(text: string): StoryDate {
  const parsed = parseStoryDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function entry(
  id: string,
  text: string,
  actorIds: string[],
  kind: TimelineEntry['kind'] = 'event',
  i = 0,
): TimelineEntry {
  const d = date(text);
  const span = dateSpan(d);
  return { kind, id, anchor: `${kind}-${id}`, date: d, ...span, periodEnd: span.end, actorIds, sourceIndex: i };
}

const ms = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe('the time axis', () => {
  test('a long empty stretch is cut out and shown as a break; both clusters stay legible', () => {
    // The shape of the first story: two lone years, then a dense autumn years later.
    const spans = [date('2020'), date('2021'), date('2025'), ...Array(12).fill(date('2025-11'))].map(dateSpan);
    const axis = buildAxis(spans);
    expect(axis.breaks).toHaveLength(1);
    expect(axis.breaks[0]).toMatchObject({ start: ms(2022), end: ms(2025) });
    // November 2025 takes more room than it would on an uncut, time-proportional axis (1/72 of the width).
    const november = position(axis, ms(2025, 12)) - position(axis, ms(2025, 11));
    expect(november).toBeGreaterThan((100 / 72) * 2);
    // Inside a segment, position is proportional to time.
    const [a, b, c] = [ms(2020), ms(2020, 7), ms(2021)].map((t) => position(axis, t));
    expect(b! - a!).toBeCloseTo(((c! - a!) * (ms(2020, 7) - ms(2020))) / (ms(2021) - ms(2020)), 6);
  });

  test.each([
    ['a week between daily entries stays, drawn to scale', ['2030-12-20', '2030-12-28', '2031-01-05'], 0],
    ['a gap shorter than twice the shorter stretch beside it stays', ['1990/2010', '2012', '2014/2030'], 0],
    ['two gaps of several years are two breaks', ['1990', '2000', '2010'], 2],
    // Judged by the entries beside it, not by the whole span: 4 empty years beside a fortnight are cut.
    [
      'four years before a dense fortnight are cut, in a 73-year span',
      ['1953', '2019/2021', '2026-02-20', '2026-03-03'],
      2,
    ],
  ])('%s', (_name, dates, breaks) => {
    expect(buildAxis(dates.map((d) => dateSpan(date(d)))).breaks).toHaveLength(breaks);
  });

  test('ticks are labelled units inside their segment, at least the minimum gap apart', () => {
    const axis = buildAxis([date('2020'), date('2021'), date('2025-09/2025-11')].map(dateSpan));
    for (const s of axis.segments) {
      const ticks = axis.ticks.filter((t) => t.at >= s.from && t.at <= s.to);
      expect(ticks.length).toBeGreaterThan(0);
      ticks.slice(1).forEach((t, i) => expect(t.at - ticks[i]!.at).toBeGreaterThanOrEqual(7 - 1e-9));
    }
  });

  test('a lone month between two cuts is ticked inside itself; no tick strays outside its segment', () => {
    // A lone month between two cuts: its year tick (January) lies before it and must not be drawn.
    const spans = ['2019', '2021', '2023-06', '2024-09-17', '2025-01/2025-03', '2025-03-14'].map((d) =>
      dateSpan(date(d)),
    );
    const axis = buildAxis(spans);
    const june = axis.segments.find((s) => s.start === ms(2023, 6))!;
    expect(june).toBeDefined();
    const ticks = axis.ticks.filter((t) => t.at >= june.from && t.at <= june.to);
    expect(ticks.length).toBeGreaterThan(0);
    for (const t of ticks) expect(t.time >= june.start && t.time < june.end).toBe(true);
    // The cut after June 2023 is the empty time up to 17 September 2024, to the day.
    expect(axis.breaks.map((b) => [b.start, b.end])).toContainEqual([ms(2023, 7), ms(2024, 9, 17)]);
  });

  test('times of day on one day: the stretch is ticked in hours, and stays inside that day', () => {
    const day = ms(2026, 5, 14);
    const minute = 60_000;
    const at = (h: number, m = 0) => ({ start: day + (h * 60 + m) * minute, end: day + (h * 60 + m + 1) * minute });
    const axis = buildAxis([at(8), at(9, 15), at(20, 30)]);
    expect(axis.ticks.length).toBeGreaterThan(2);
    for (const t of axis.ticks) {
      expect(t.unit).toBe('hour');
      expect(t.time).toBeGreaterThanOrEqual(day);
      expect(t.time).toBeLessThan(day + 864e5);
    }
    // 08:00 and 20:30 are drawn apart, in time order.
    expect(position(axis, at(20, 30).start) - position(axis, at(8).start)).toBeGreaterThan(50);
  });

  test('no entries, no axis', () => {
    expect(buildAxis([])).toEqual({ segments: [], breaks: [], ticks: [] });
  });
});

describe('lanes', () => {
  test('default order is first appearance in time; the editor’s order comes first', () => {
    const entries = [entry('a', '2020', ['x', 'y']), entry('b', '2021', ['z']), entry('c', '2022', ['y', 'w'])];
    expect(laneOrder(entries)).toEqual(['x', 'y', 'z', 'w']);
    expect(laneOrder(entries, ['w', 'z'])).toEqual(['w', 'z', 'x', 'y']);
  });

  test('an event with several actors is drawn in each of their lanes, once', () => {
    const layout = layoutTimeline([entry('a', '2020', ['x', 'y']), entry('b', '2020', ['y'])]);
    expect(layout.lanes.map((l) => [l.actorId, l.marks.map((m) => m.entry)])).toEqual([
      ['x', [0]],
      ['y', [0, 1]],
    ]);
    // Same period in one lane: stacked on two tracks.
    expect(layout.lanes[1]!.tracks).toBe(2);
  });

  test('the window’s width decides the drawing: a day is a dot, a month or a year a band over it', () => {
    const layout = layoutTimeline(
      [
        entry('y', '2025', ['x']),
        entry('m', '2025-09', ['x']),
        entry('d', '2025-11-09', ['x']),
        entry('a', '2025-10~', ['x']),
      ].sort(compareEntries),
    );
    const byId = new Map(layout.lanes[0]!.marks.map((m) => [layout.entries[m.entry]!.id, m]));
    // On a year-long axis a day is a dot; a month is wider than a dot: a band (when, not how long).
    expect(byId.get('d')).toMatchObject({ shape: 'dot', approximate: false, label: '4' });
    expect(byId.get('a')).toMatchObject({ shape: 'window', approximate: true, uncertain: false, label: '~3' });
    const year = byId.get('y')!;
    const month = byId.get('m')!;
    expect(year.to - year.from).toBeCloseTo(100, 6);
    expect((month.to - month.from) / (year.to - year.from)).toBeCloseTo(30 / 365, 6);
  });

  test('packTracks puts overlapping extents on different tracks', () => {
    expect(
      packTracks([
        { from: 0, to: 10 },
        { from: 5, to: 15 },
        { from: 11, to: 20 },
      ]),
    ).toEqual({
      tracks: [0, 1, 0],
      count: 2,
    });
  });
});

// ---- properties over arbitrary stories ----

const pointText = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom('year', 'month', 'day'),
    qualifier: fc.constantFrom('', '', '~', '?', '%'),
  })
  .map(({ year, month, day, precision, qualifier }) => {
    const p = (n: number) => String(n).padStart(2, '0');
    const base =
      precision === 'year'
        ? `${year}`
        : precision === 'month'
          ? `${year}-${p(month)}`
          : `${year}-${p(month)}-${p(day)}`;
    return {
      base,
      qualifier,
      start: Date.UTC(year, precision === 'year' ? 0 : month - 1, precision === 'day' ? day : 1),
    };
  });

const dateText = fc.tuple(pointText, fc.option(pointText, { nil: undefined })).map(([a, b]) => {
  if (!b) return `${a.base}${a.qualifier}`;
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return `${first.base}${first.qualifier}/${second.base}${second.qualifier}`;
});

const entriesArb = fc
  .array(
    fc.record({
      date: dateText,
      actors: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 1, maxLength: 4 }),
      kind: fc.constantFrom('event', 'claim', 'assessment'),
    }),
    { minLength: 1, maxLength: 60 },
  )
  .map((items) =>
    items.map((it, i) => entry(`e${i}`, it.date, it.actors, it.kind as TimelineEntry['kind'], i)).sort(compareEntries),
  );

const DAY = 864e5;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** One generated date near `t`: a day, a month or a year, sometimes `~`/`?`, sometimes a range. */
const dateNear = (t: number) =>
  fc
    .record({
      precision: fc.constantFrom('day', 'day', 'day', 'month', 'year'),
      qualifier: fc.constantFrom('', '', '', '~', '?'),
      rangeDays: fc.option(fc.integer({ min: 1, max: 900 }), { freq: 6, nil: undefined }),
    })
    .map(({ precision, qualifier, rangeDays }) => {
      const cut = (x: number) =>
        precision === 'day' ? iso(x) : precision === 'month' ? iso(x).slice(0, 7) : iso(x).slice(0, 4);
      return rangeDays ? `${cut(t)}/${cut(t + rangeDays * DAY)}` : `${cut(t)}${qualifier}`;
    });

/**
 * Stories of the shapes news has: a span from one day to 150 years, entries in a few random
 * clusters, at random precisions; and the shapes issue 19 saw, written out.
 */
const generatedStory = fc
  .record({
    origin: fc.integer({ min: Date.UTC(1870, 0, 1) / DAY, max: Date.UTC(2026, 0, 1) / DAY }),
    spanDays: fc.integer({ min: 0, max: 150 * 365 }),
    clusters: fc.array(
      fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), widthDays: fc.integer({ min: 0, max: 60 }) }),
      { minLength: 1, maxLength: 5 },
    ),
    picks: fc.array(fc.tuple(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 60 }),
  })
  .chain(({ origin, spanDays, clusters, picks }) => {
    const times = picks.map(([c, f]) => {
      const cluster = clusters[c % clusters.length]!;
      const day = origin + Math.round(cluster.at * spanDays) + Math.round(f * cluster.widthDays);
      return Math.min(day, Date.UTC(2026, 11, 31) / DAY) * DAY;
    });
    return fc.tuple(
      ...times.map(dateNear),
      fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: times.length, maxLength: times.length }),
    );
  })
  .map((parts) => {
    const actors = parts.at(-1) as string[];
    const dates = parts.slice(0, -1) as string[];
    return dates.map((d, i) => entry(`g${i}`, d, [actors[i]!], 'event', i)).sort(compareEntries);
  });

const dispute = [
  '1953',
  '2019/2021',
  ...[
    '02-03',
    '02-09',
    '02-12',
    '02-17',
    '02-20',
    '02-24',
    '02-26',
    '03-02',
    '03-03',
    '03-05',
    '03-09',
    '03-12',
    '03-16',
  ].map((d) => `2026-${d}`),
];
const SHAPES: string[][] = [
  dispute,
  Array(9).fill('2026-05-14'),
  Array.from(
    { length: 25 },
    (_, i) => `2025-${String((i % 12) + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`,
  ),
  ['1975?', '1988~', '2003?', '2010/2014', '2026-01?', '2026-02~', '2026-02-10', '2026-03-05', '2025-03/2026-03'],
];
const storyShapes = fc.oneof(
  {
    arbitrary: fc
      .constantFrom(...SHAPES)
      .map((dates) => dates.map((d, i) => entry(`s${i}`, d, [`actor-${i % 25}`], 'event', i)).sort(compareEntries)),
    weight: 1,
  },
  { arbitrary: generatedStory, weight: 6 },
);

describe('layout properties (fast-check)', () => {
  test('every mark lies inside the axis; order in time is order on the axis; no overlap within a track', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const layout = layoutTimeline(entries);
        const halfDot = (6 / PICTURE_WIDTHS.narrow) * 100;
        for (const lane of layout.lanes) {
          for (const m of lane.marks) {
            // A dot is drawn whole inside the lane, even on the axis's first or last moment.
            if (m.shape === 'dot') {
              expect(m.from - halfDot).toBeGreaterThanOrEqual(-1e-9);
              expect(m.from + halfDot).toBeLessThanOrEqual(100 + 1e-9);
            }
            expect(m.from).toBeGreaterThanOrEqual(-1e-9);
            expect(m.to).toBeLessThanOrEqual(100 + 1e-9);
            expect(m.to).toBeGreaterThanOrEqual(m.from);
            expect(m.track).toBeLessThan(lane.tracks);
          }
          // Order preserved: an entry that starts later is never drawn to the left — but for a dot
          // on the axis's first or last moment, kept inside the lane by up to half its width (6 px).
          const sorted = [...lane.marks].sort((x, y) => x.entry - y.entry);
          sorted.slice(1).forEach((m, i) => expect(m.from).toBeGreaterThanOrEqual(sorted[i]!.from - halfDot - 1e-9));
          // No two marks (labels included) overlap on one track.
          for (let t = 0; t < lane.tracks; t++) {
            const onTrack = lane.marks.filter((m) => m.track === t).sort((x, y) => x.extent.from - y.extent.from);
            onTrack.slice(1).forEach((m, i) => expect(m.extent.from).toBeGreaterThanOrEqual(onTrack[i]!.extent.to));
          }
        }
        // Each entry in each of its actors' lanes exactly once; the list keeps every entry once.
        expect(layout.entries).toHaveLength(entries.length);
        const drawn = layout.lanes.flatMap((l) => l.marks.map((m) => `${l.actorId}:${m.entry}`));
        expect(new Set(drawn).size).toBe(drawn.length);
        expect(drawn.length).toBe(entries.reduce((n, e) => n + e.actorIds.length, 0));
      }),
      { numRuns: 200 },
    );
  });

  test('the axis is monotone and every period lies within a segment, never inside a break', () => {
    fc.assert(
      fc.property(
        entriesArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2 }),
        (entries, fractions) => {
          const axis = buildAxis(entries);
          const lo = Math.min(...entries.map((e) => e.start));
          const hi = Math.max(...entries.map((e) => e.end));
          const times = fractions.map((f) => lo + f * (hi - lo)).sort((a, b) => a - b);
          times
            .slice(1)
            .forEach((t, i) => expect(position(axis, t)).toBeGreaterThanOrEqual(position(axis, times[i]!) - 1e-9));
          // Every period starts and ends inside a stretch (it may run through a change of scale, never a cut).
          const inside = (t: number) => axis.segments.some((s) => s.start <= t && t <= s.end);
          for (const e of entries) expect(inside(e.start) && inside(e.end)).toBe(true);
          // A cut is whole empty days, so the legend can name it.
          for (const br of axis.breaks.filter((b) => b.end > b.start)) {
            expect(br.start % 864e5 === 0 && br.end % 864e5 === 0).toBe(true);
            expect(br.end - br.start).toBeGreaterThanOrEqual(864e5);
            expect(entries.some((e) => e.start < br.end && e.end > br.start)).toBe(false);
          }
          // Every tick marks a moment inside its own segment, where that moment is drawn.
          for (const tick of axis.ticks) {
            const home = axis.segments.find((s) => s.start <= tick.time && tick.time < s.end);
            expect(home).toBeDefined();
            expect(tick.at).toBeCloseTo(position(axis, tick.time), 6);
          }
          // Labels do not run into each other across a cut: every stretch is labelled, and any two
          // ticks on the whole axis, in or across stretches, are the minimum gap apart.
          for (const s of axis.segments) expect(axis.ticks.some((t) => s.start <= t.time && t.time < s.end)).toBe(true);
          axis.ticks.slice(1).forEach((t, i) => expect(t.at - axis.ticks[i]!.at).toBeGreaterThanOrEqual(7 - 1e-9));
        },
      ),
      { numRuns: 200 },
    );
  });

  test('news shapes at the wide picture: days apart are told apart, empty stretches stay small, marks stay home, order holds', () => {
    const wide = PICTURE_WIDTHS.wide;
    fc.assert(
      fc.property(storyShapes, (entries) => {
        const layout = layoutTimeline(entries);
        const { axis } = layout;
        const home = (t: number) => axis.segments.find((s) => s.start <= t && t <= s.end);
        const fine = (seg: AxisSegment) =>
          axis.ticks.some((t) => t.time >= seg.start && t.time < seg.end && (t.unit === 'day' || t.unit === 'hour'));
        // Two entries dated to different days are 8 px apart, or their stretch is ticked in days or hours.
        const days = entries.filter((e) => !e.date.end && e.end - e.start <= 864e5);
        days.slice(1).forEach((e, i) => {
          const before = days[i]!;
          if (Math.floor(e.start / 864e5) === Math.floor(before.start / 864e5)) return;
          const px = ((position(axis, e.start) - position(axis, before.start)) / 100) * wide;
          const seg = home(e.start)!;
          if (px < 8)
            expect(seg === home(before.start) && fine(seg), `${before.date.edtf} → ${e.date.edtf}: ${px} px`).toBe(
              true,
            );
        });
        // No stretch without an entry takes more than 15 % of the width.
        for (const seg of axis.segments) {
          const holds = entries.some((e) => e.start < seg.end && e.end > seg.start);
          if (!holds) expect(seg.to - seg.from).toBeLessThanOrEqual(15);
        }
        // Every mark sits inside the picture and inside one stretch; the list's order is the picture's.
        for (const lane of layout.lanes) {
          for (const m of lane.marks) {
            expect(m.from).toBeGreaterThanOrEqual(-1e-9);
            expect(m.to).toBeLessThanOrEqual(100 + 1e-9);
            const within = (x: number) => axis.segments.some((s) => s.from - 1e-9 <= x && x <= s.to + 1e-9);
            expect(within(m.from) && within(m.to)).toBe(true);
          }
        }
        const starts = entries.map((e) => position(axis, e.start));
        starts.slice(1).forEach((x, i) => expect(x).toBeGreaterThanOrEqual(starts[i]! - 1e-9));
      }),
      { numRuns: 300 },
    );
  });

  test('time order is a total order: sorting is stable under shuffling', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const shuffled = [...entries].reverse().sort(compareEntries);
        expect(shuffled.map((e) => e.id)).toEqual(entries.map((e) => e.id));
      }),
    );
  });
});
