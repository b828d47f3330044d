import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { join } from 'node:path';
import { formatStoryDate, machineDate, parseStoryDate } from '../../src/lib/dates.ts';
import { laneOrder, layoutTimeline, timelineEntries } from '../../src/lib/timeline/index.ts';
import { timelineLanes } from '../../src/lib/og/cards.ts';
import { timelineView } from '../../src/lib/view/timeline.ts';
import { UI_LANG } from '../../src/lib/view/voices.ts';
import { FIXTURES } from '../support/content-root.ts';
import { timelineJsOf } from '../support/timelinejs.ts';

const roots = ['content', 'tests/fixtures/long-timeline'];

describe.each(roots)('the timeline of every story in %s', (root) => {
  const { stories, actors } = loadContent(root, { base: '/' });
  const registry = new Map(actors.map((a) => [a.id, a]));

  test.each(stories.map((s) => [s.slug, s] as const))(
    '%s: every dated entry once, in time order, honest labels',
    (slug, story) => {
      const view = timelineView(slug, story.data, registry, '/');
      const { data } = story;
      expect(view.items).toHaveLength(data.events.length + data.claims.length + data.assessments.length);
      const anchors = view.items.map((i) => i.anchor);
      expect(new Set(anchors).size).toBe(anchors.length);
      expect(anchors.sort()).toEqual(
        [
          ...data.events.map((e) => `event-${e.id}`),
          ...data.claims.map((c) => `claim-${c.id}`),
          ...data.assessments.map((a) => `assessment-${a.id}`),
        ].sort(),
      );
      const dates = new Map<string, (typeof data.events)[number]['date']>([
        ...data.events.map((e) => [`event-${e.id}`, e.date] as const),
        ...data.claims.map((c) => [`claim-${c.id}`, c.date] as const),
        ...data.assessments.map((a) => [`assessment-${a.id}`, a.date] as const),
      ]);
      for (const item of view.items) {
        const date = dates.get(item.anchor)!;
        // The words and the machine value say exactly what the source says.
        expect(item.date.text).toBe(formatStoryDate(date, UI_LANG));
        expect(item.date.datetime).toBe(machineDate(date.start));
      }
      // Time order: starts never go backwards.
      const starts = view.items
        .map((i) => dates.get(i.anchor)!)
        .map((d) => Date.UTC(d.start.year, (d.start.month ?? 1) - 1, d.start.day ?? 1));
      starts.slice(1).forEach((s, i) => expect(s).toBeGreaterThanOrEqual(starts[i]!));
      // Claims and assessments link to their comparison rows; events that quote the article link to the passage.
      for (const item of view.items) {
        if (item.kind !== 'event') expect(item.compareHref).toBe(`/${slug}/claims/#${item.anchor}`);
        else
          expect(Boolean(item.articleHref)).toBe(
            Boolean(data.events.find((e) => `event-${e.id}` === item.anchor)!.excerpt),
          );
      }
      // Each entry carries the label the article's reference link for it shows (C1, A2, E3), and its
      // "Link" is the own page of an event or a claim (their link previews), an assessment's entry here.
      const chips = new Map(story.marks.map((m) => [m.anchor, m.label]));
      expect(view.items.filter((i) => chips.has(i.anchor)).length).toBeGreaterThan(0);
      for (const item of view.items) {
        if (chips.has(item.anchor)) expect(item.label).toBe(chips.get(item.anchor));
        const id = item.anchor.replace(/^[a-z]+-/, '');
        expect(item.selfHref).toBe(
          item.kind === 'event'
            ? `/${slug}/timeline/${id}/`
            : item.kind === 'claim'
              ? `/${slug}/claims/${id}/`
              : `#${item.anchor}`,
        );
      }
      // Each lane is an actor of the story; each entry is drawn once in each of its actors' lanes.
      const drawn = view.lanes.reduce((n, l) => n + l.marks.length, 0);
      const expected =
        data.events.reduce((n, e) => n + new Set(e.actors.map((a) => a.id)).size, 0) +
        data.claims.length +
        data.assessments.reduce((n, a) => n + new Set(a.actors.map((r) => r.id)).size, 0);
      expect(drawn).toBe(expected);
    },
  );

  test.each(stories.map((s) => [s.slug, s] as const))(
    '%s: TimelineJS export keeps ids, precision and wording',
    (slug, story) => {
      const { entries, view, doc } = timelineJsOf(slug, story.data, registry);
      expect(doc.events.map((e) => e.unique_id)).toEqual(view.items.map((i) => i.anchor));
      doc.events.forEach((event, i) => {
        const d = entries[i]!.date;
        expect('month' in event.start_date).toBe(d.start.precision !== 'year');
        expect('day' in event.start_date).toBe(d.start.precision === 'day');
        expect(Boolean(event.end_date)).toBe(Boolean(d.end));
        expect(event.display_date).toBe(formatStoryDate(d, story.data.lang));
        expect(entries[i]!.actorIds.map((id) => registry.get(id)?.name)).toContain(event.group);
      });
    },
  );
});

/** A story date from its written form (the tests' dates are all valid). */
function storyDate(text: string) {
  const parsed = parseStoryDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

test('what a story reports was said by its last report: a year-dated claim ends there, an event may run on', () => {
  const { stories } = loadContent(join(FIXTURES, 'stories'), { base: '/' });
  const { data } = stories[0]!;
  const stamp = (day: string) => ({ iso: day, day, hasTime: false, ms: Date.parse(day) });
  const story: typeof data = {
    ...data,
    published: stamp('2031-06-13'),
    updated: undefined,
    claims: data.claims.map((c, i) => (i === 0 ? { ...c, date: storyDate('2031') } : c)),
    assessments: data.assessments.map((a, i) => (i === 0 ? { ...a, date: storyDate('2031-06-20') } : a)),
    events: data.events.map((e, i) => (i === 0 ? { ...e, date: storyDate('2031') } : e)),
  };
  const byAnchor = (d: typeof story) => new Map(timelineEntries(d).map((e) => [e.anchor, e]));
  const entries = byAnchor(story);
  const end = (anchor: string) => new Date(entries.get(anchor)!.end).toISOString().slice(0, 10);
  expect(end(`claim-${story.claims[0]!.id}`)).toBe('2031-06-14');
  expect(end(`event-${story.events[0]!.id}`)).toBe('2032-01-01');
  // A date after the report (an update added it) is drawn as written, never cut before it starts.
  expect(end(`assessment-${story.assessments[0]!.id}`)).toBe('2031-06-21');
  // Order goes by the dates as written; the same month cannot tell an event from a claim, so the file's order does.
  const june = timelineEntries({
    ...story,
    claims: story.claims.map((c, i) => (i === 0 ? { ...c, date: storyDate('2031-06') } : c)),
    events: story.events.map((e, i) => (i === 0 ? { ...e, date: storyDate('2031-06') } : e)),
  }).map((e) => e.anchor);
  const [first, second] = [`event-${story.events[0]!.id}`, `claim-${story.claims[0]!.id}`].sort(
    (a, b) => story.entryOrder!.indexOf(a) - story.entryOrder!.indexOf(b),
  );
  expect(june.indexOf(first!)).toBeLessThan(june.indexOf(second!));
  // The last update counts as a report.
  const updated = byAnchor({ ...story, updated: stamp('2031-09-01') });
  expect(new Date(updated.get(`claim-${story.claims[0]!.id}`)!.end).toISOString().slice(0, 10)).toBe('2031-09-02');
});

/** Every axis label that names no year is in the year of the last label before it that does. */
function expectYearsReadOn(ticks: { time: number; label: string }[]) {
  let year: number | undefined;
  for (const tick of ticks) {
    const own = new Date(tick.time).getUTCFullYear();
    if (tick.label.includes(String(own))) year = own;
    else expect(own, `"${tick.label}" reads as ${year}`).toBe(year);
  }
}

test.each(roots)('axis labels in %s: a label without its year is in the year of the label before it', (root) => {
  const { stories, actors } = loadContent(root, { base: '/' });
  const registry = new Map(actors.map((a) => [a.id, a]));
  for (const story of stories) expectYearsReadOn(timelineView(story.slug, story.data, registry, '/').ticks);
});

test('day ticks across New Year name the new year', () => {
  const { stories, actors } = loadContent(join(FIXTURES, 'stories'), { base: '/' });
  const { data, slug } = stories[0]!;
  // Three weeks from 20 December to 12 January: ticked in days, few of which fall on 1 January.
  const dates = ['2030-12-20', '2030-12-28', '2031-01-05', '2031-01-12'];
  const story = {
    ...data,
    claims: data.claims.map((c, i) => ({ ...c, date: storyDate(dates[i % dates.length]!) })),
    assessments: data.assessments.map((a, i) => ({ ...a, date: storyDate(dates[(i + 1) % dates.length]!) })),
    events: data.events.map((e, i) => ({ ...e, date: storyDate(dates[(i + 2) % dates.length]!) })),
  };
  const view = timelineView(slug, story, new Map(actors.map((a) => [a.id, a])), '/');
  expect(view.ticks.every((t) => t.unit === 'day')).toBe(true);
  expect(new Set(view.ticks.map((t) => new Date(t.time).getUTCFullYear())).size).toBe(2);
  expectYearsReadOn(view.ticks);
});

test('the editor’s `lanes` come first, the other actors follow in order of first appearance', () => {
  const { stories, actors } = loadContent('tests/fixtures/long-timeline', { base: '/' });
  const story = stories[0]!;
  const view = timelineView(story.slug, story.data, new Map(actors.map((a) => [a.id, a])), '/');
  const chosen = (story.data.lanes ?? []).map((r) => r.id);
  expect(chosen.length).toBeGreaterThan(0);
  const order = view.lanes.map((l) => l.actorId);
  expect(order.slice(0, chosen.length)).toEqual(chosen);
  const rest = view.items.flatMap((i) => timelineEntriesActors(story, i.anchor)).filter((id) => !chosen.includes(id));
  expect(order.slice(chosen.length)).toEqual([...new Set(rest)]);
});

function timelineEntriesActors(
  story: { data: import('../../src/schemas/article.ts').ArticleData },
  anchor: string,
): string[] {
  const { data } = story;
  const event = data.events.find((e) => `event-${e.id}` === anchor);
  if (event) return event.actors.map((a) => a.id);
  const claim = data.claims.find((c) => `claim-${c.id}` === anchor);
  if (claim) return [claim.actor.id];
  return data.assessments.find((a) => `assessment-${a.id}` === anchor)!.actors.map((a) => a.id);
}

describe('the first story', () => {
  const { stories, actors } = loadContent('content', { base: '/' });
  const story = stories.find((s) => s.slug === 'mali-fm-rejects-capital-security-fears')!;
  test('the 2020/2021 putsches and the autumn-2025 cluster are both legible: a break, and room for the cluster', () => {
    const view = timelineView(story.slug, story.data, new Map(actors.map((a) => [a.id, a])), '/');
    expect(view.breaks.length).toBeGreaterThanOrEqual(1);
    const autumn = view.lanes
      .flatMap((l) => l.marks)
      .filter((m) => /^2025-(09|10|11)/.test(view.items[m.number - 1]!.date.datetime ?? ''));
    const left = Math.min(...autumn.map((m) => m.from));
    const right = Math.max(...autumn.map((m) => m.from + m.width));
    // On an uncut axis, September–November 2025 would get 3 of the 72 months from 2020.
    const uncut = (100 * (Date.UTC(2025, 11) - Date.UTC(2025, 8))) / (Date.UTC(2026, 0) - Date.UTC(2020, 0));
    expect(right - left).toBeGreaterThan(3 * uncut);
  });
});

describe('story shapes (issue 19)', () => {
  const { stories, actors } = loadContent(join(FIXTURES, 'stories'), { base: '/' });
  const { data, slug } = stories[0]!;
  const registry = new Map(actors.map((a) => [a.id, a]));
  const allOn = (text: string) => ({
    ...data,
    claims: data.claims.map((c) => ({ ...c, date: storyDate(text) })),
    assessments: data.assessments.map((a) => ({ ...a, date: storyDate(text) })),
    events: data.events.map((e) => ({ ...e, date: storyDate(text) })),
  });

  test('everything on one day: the axis spans that day in hours, each entry a day-wide band, stacked', () => {
    const view = timelineView(slug, allOn('2026-05-14'), registry, '/');
    const day = Date.UTC(2026, 4, 14);
    expect(view.ticks.every((t) => t.unit === 'hour' && t.time >= day && t.time < day + 864e5)).toBe(true);
    expect(view.ticks.length).toBeGreaterThan(3);
    // The first tick names the day; the others say the time on the 24-hour clock.
    expect(view.ticks[0]!.label).toBe('14 May 2026');
    for (const t of view.ticks.slice(1)) expect(t.label).toMatch(/^\d\d:\d\d$/);
    const marks = view.lanes.flatMap((l) => l.marks);
    for (const m of marks) expect(m).toMatchObject({ shape: 'window', from: 0, width: 100 });
    for (const lane of view.lanes) expect(lane.tracks).toBe(lane.marks.length);
    expect(view.drawn).toMatchObject({ dot: false, window: true, range: false });
  });

  test('an event nobody did sits in a Background lane on top, never under an actor', () => {
    const story = { ...data, events: data.events.map((e, i) => (i === 0 ? { ...e, actors: [] } : e)) };
    const view = timelineView(slug, story, registry, '/');
    expect(view.lanes[0]).toMatchObject({ actorId: '', name: 'Background' });
    const background = view.lanes[0]!.marks.map((m) => m.href);
    expect([...background].sort()).toEqual(
      story.events
        .filter((e) => e.actors.length === 0)
        .map((e) => `#event-${e.id}`)
        .sort(),
    );
    expect(background).toContain(`#event-${data.events[0]!.id}`);
    for (const lane of view.lanes.slice(1)) expect(lane.marks.map((m) => m.href)).not.toContain(background[0]);
    // The editor's `lanes` still order the actors' lanes below it.
    const actorsOnly = view.lanes.slice(1).map((l) => l.actorId);
    expect(actorsOnly).toEqual(
      laneOrder(
        timelineEntries(story),
        (data.lanes ?? []).map((r) => r.id),
      ),
    );
  });

  test('a range still running at the last report is drawn with an open end', () => {
    const entries = timelineEntries(data);
    // As the loader gives it: an open range has no end point, only `open`.
    const open = entries.map((e, i) => (i === 0 ? { ...e, date: storyDate('2025-03/..'), openEnd: true } : e));
    const layout = layoutTimeline(open);
    const marks = layout.lanes.flatMap((l) => l.marks);
    expect(marks.filter((m) => m.entry === 0).every((m) => m.openEnd && m.shape === 'range')).toBe(true);
    expect(marks.filter((m) => m.entry !== 0).some((m) => m.openEnd)).toBe(false);
  });
});

test('the preview image’s miniature draws the page’s axis: the same cuts, dots, bands and bars, dashes and dots', () => {
  const { stories, actors } = loadContent('tests/fixtures/long-timeline', { base: '/' });
  const { data, slug } = stories[0]!;
  const registry = new Map(actors.map((a) => [a.id, a]));
  const page = timelineView(slug, data, registry, '/');
  const mini = timelineLanes(data, registry);
  expect(page.breaks.length).toBeGreaterThan(0);
  expect(mini.cuts.map((c) => [Math.round(c.from * 1e4), c.cut])).toEqual(
    page.breaks.map((b) => [Math.round(b.from * 100), b.cut]),
  );
  for (const lane of mini.lanes) {
    const onPage = page.lanes.find((l) => l.name === lane.name)!;
    expect(lane.marks.map((m) => m.from * 100)).toEqual(onPage.marks.map((m) => expect.closeTo(m.from, 1)));
    // Lines as on the page: dotted when uncertain, dashed when approximate.
    expect(lane.marks.map((m) => m.line)).toEqual(
      onPage.marks.map((m) => (m.uncertain ? 'dotted' : m.approximate ? 'dashed' : 'solid')),
    );
  }
  expect(mini.lanes.flatMap((l) => l.marks).some((m) => m.line !== 'solid')).toBe(true);
  expect(new Set(mini.lanes.flatMap((l) => l.marks.map((m) => m.shape))).size).toBeGreaterThan(1);
});
