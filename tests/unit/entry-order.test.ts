import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { machineDate, periodEnd, periodStart } from '../../src/lib/dates.ts';
import { storyCsv, storyData } from '../../src/lib/export/story-data.ts';
import { storyDataSchema } from '../../src/lib/export/schema.ts';
import { claimNode, eventNode } from '../../src/lib/seo/jsonld.ts';
import { timelineEntries } from '../../src/lib/timeline/index.ts';
import { timelineView } from '../../src/lib/view/timeline.ts';
import { FIXTURES } from '../support/content-root.ts';
import { timelineJsOf } from '../support/timelinejs.ts';

// A story written in the order things happened on one day, with an `after` hint, a decade,
// a quarter, an unknown month and an open range (tests/fixtures/date-forms).
const { stories, actors } = loadContent(`${FIXTURES}/date-forms`, { base: '/' });
const story = stories[0]!;
const registry = new Map(actors.map((a) => [a.id, a]));
const order = (data: typeof story.data) => timelineEntries(data).map((e) => e.anchor);
const DAY_MS = 864e5;

describe('the order of entries the dates cannot tell apart is the editor’s', () => {
  test('the loader records the order the file lists the entries in, across kinds', () => {
    const lineOf = (anchor: string) =>
      story.source.split('\n').findIndex((l) => l.includes(`id: ${anchor.replace(/^[a-z]+-/, '')}`));
    const byLine = [...story.data.entryOrder!].sort((a, b) => lineOf(a) - lineOf(b));
    expect(story.data.entryOrder).toEqual(byLine);
  });

  test('same-day entries of different kinds keep the file’s order, not events-claims-assessments', () => {
    const written = order(story.data);
    // The event comes first in the file, the assessment after it: so on the timeline.
    expect(written.indexOf('event-walkout')).toBeLessThan(written.indexOf('assessment-observatory-doubts'));
    // Listed the other way round in the file, they swap.
    const reversed = order({ ...story.data, entryOrder: [...story.data.entryOrder!].reverse() });
    expect(reversed.indexOf('assessment-observatory-doubts')).toBeLessThan(reversed.indexOf('event-walkout'));
  });

  test('within a day, times are in time order and a whole day keeps its place in the file', () => {
    const written = order(story.data);
    // Listed after the 20:30 statement, the union's reply (no time) stays after it…
    expect(written.indexOf('claim-union-replies')).toBe(written.indexOf('claim-strike-ended') + 1);
    // …and the morning walkout (no time), listed first, stays first.
    expect(written.indexOf('event-walkout')).toBeLessThan(written.indexOf('claim-strike-ended'));
    // Two times listed the wrong way round still read in time order.
    const late = {
      ...story.data.claims[0]!,
      id: 'late',
      date: { ...story.data.claims[0]!.date, start: { ...story.data.claims[0]!.date.start, hour: 22 } },
    };
    const withLate = order({
      ...story.data,
      claims: [late, ...story.data.claims],
      entryOrder: ['claim-late', ...story.data.entryOrder!],
    });
    expect(withLate.indexOf('claim-late')).toBeGreaterThan(withLate.indexOf('claim-strike-ended'));
  });

  test('`after` places an entry after the one it names, wherever the file lists it', () => {
    const replyFirst = ['claim-union-replies', ...story.data.entryOrder!.filter((a) => a !== 'claim-union-replies')];
    const hinted = order({ ...story.data, entryOrder: replyFirst });
    expect(hinted.indexOf('claim-union-replies')).toBe(hinted.indexOf('claim-strike-ended') + 1);
    // Without the hint, the file's order stands: listed first, the reply comes first.
    const unhinted = order({
      ...story.data,
      entryOrder: replyFirst,
      claims: story.data.claims.map((claim) => ({ ...claim, after: undefined })),
    });
    expect(unhinted.indexOf('claim-union-replies')).toBeLessThan(unhinted.indexOf('claim-strike-ended'));
  });

  test('a whole day said to come after an entry of that day follows it at once, though the file lists it far later', () => {
    // The union's reply (no time) names the 20:30 statement; listed last in the file, after a
    // later timed entry of the same day, it still comes straight after the statement.
    const late = {
      ...story.data.claims[0]!,
      id: 'late',
      after: undefined,
      date: { ...story.data.claims[0]!.date, start: { ...story.data.claims[0]!.date.start, hour: 23 } },
    };
    const replyLast = [...story.data.entryOrder!.filter((a) => a !== 'claim-union-replies'), 'claim-late'];
    const written = order({
      ...story.data,
      claims: [...story.data.claims, late],
      entryOrder: [...replyLast, 'claim-union-replies'],
    });
    expect(written.indexOf('claim-union-replies')).toBe(written.indexOf('claim-strike-ended') + 1);
    expect(written.indexOf('claim-late')).toBeGreaterThan(written.indexOf('claim-union-replies'));
  });

  test('a hint by anchor and a chain of hints', () => {
    const [strike, replies] = story.data.claims;
    const chained = order({
      ...story.data,
      // The walkout (a whole day) after the union's reply, which is after the 20:30 statement.
      events: story.data.events.map((e) => (e.id === 'walkout' ? { ...e, after: 'claim-union-replies' } : e)),
      claims: [strike!, replies!],
    });
    const at = (anchor: string) => chained.indexOf(anchor);
    expect([at('claim-strike-ended'), at('claim-union-replies'), at('event-walkout')]).toEqual([
      at('claim-strike-ended'),
      at('claim-strike-ended') + 1,
      at('claim-strike-ended') + 2,
    ]);
  });

  test('entries with no actor (a background event) are ordered like any other', () => {
    const data = {
      ...story.data,
      events: story.data.events.map((e) => (e.id === 'walkout' ? { ...e, actors: [] } : e)),
    };
    const entries = timelineEntries(data);
    expect(entries.find((e) => e.anchor === 'event-walkout')!.actorIds).toEqual([]);
    expect(entries.map((e) => e.anchor)).toEqual(order(story.data));
  });
});

describe('open ranges and the forms that say "when"', () => {
  const entries = timelineEntries(story.data);
  const entry = (anchor: string) => entries.find((e) => e.anchor === anchor)!;
  const reportedBy = Date.parse(story.data.published.day) + DAY_MS;

  test('an open range is drawn up to the last report and marked as running on', () => {
    const rota = entry('event-rota-contested');
    expect(rota.openEnd).toBe(true);
    expect(rota.start).toBe(Date.UTC(2030, 2, 1));
    expect(rota.end).toBe(reportedBy);
    expect(entries.filter((e) => e.openEnd).map((e) => e.anchor)).toEqual(['event-rota-contested']);
  });

  test('a decade, a quarter and an unknown month span their whole window', () => {
    for (const anchor of ['event-dispute-begins', 'event-last-agreement']) {
      const { date, start, end } = entry(anchor);
      expect([start, end]).toEqual([periodStart(date.start), periodEnd(date.start)]);
    }
    // A quarter stated by an assessment is cut at the report, like any claim or assessment.
    expect(entry('assessment-shippers-count').end).toBe(reportedBy);
  });

  test('the list shows each date in words, with a machine value only as precise as written', () => {
    const view = timelineView(story.slug, story.data, registry, '/');
    const date = (anchor: string) => view.items.find((i) => i.anchor === anchor)!.date;
    expect(date('claim-strike-ended')).toMatchObject({ text: '14 May 2031, 20:30', datetime: '2031-05-14T20:30' });
    expect(date('event-dispute-begins').text).toBe('the 1980s');
    expect(date('event-dispute-begins').datetime).toBeUndefined();
    expect(date('event-rota-contested')).toMatchObject({ text: 'from March 2030', datetime: '2030-03' });
    expect(date('event-last-agreement')).toMatchObject({ text: '2029, month unknown', datetime: '2029' });
    expect(date('assessment-shippers-count')).toMatchObject({ text: 'second quarter of 2031', datetime: '2031' });
  });
});

describe('exports of the new forms', () => {
  const data = storyData(story.slug, story.data, registry, { site: 'https://example.org', base: '/' });

  test('JSON: valid against its schema; no machine start for a decade; open ranges say so', () => {
    expect(storyDataSchema.safeParse(data).success).toBe(true);
    const event = (id: string) => data.events.find((e) => e.id === id)!.date;
    expect(event('dispute-begins')).toEqual({ edtf: '198X', text: 'the 1980s' });
    expect(event('rota-contested')).toMatchObject({ edtf: '2030-03/..', start: '2030-03', open: 'ongoing' });
    expect(event('rota-contested').end).toBeUndefined();
    expect(data.assessments.find((a) => a.id === 'shippers-count')!.date).toMatchObject({
      edtf: '2031-34',
      start: '2031',
    });
    expect(data.claims[0]!.date.start).toBe('2031-05-14T20:30');
  });

  test('CSV: the EDTF and our words side by side', () => {
    const csv = storyCsv('events', data);
    expect(csv).toContain('198X,,,the 1980s');
    expect(csv).toContain('2030-03/..,2030-03,,from March 2030');
  });

  test('TimelineJS: clock time in its fields, no end for an open range, our words as display date', () => {
    const { doc } = timelineJsOf(story.slug, story.data, registry);
    const event = (anchor: string) => doc.events.find((e) => e.unique_id === anchor)!;
    expect(event('claim-strike-ended').start_date).toEqual({ year: 2031, month: 5, day: 14, hour: 20, minute: 30 });
    expect(event('event-rota-contested').end_date).toBeUndefined();
    expect(event('event-rota-contested').display_date).toBe('from March 2030');
    expect(event('assessment-shippers-count').start_date).toEqual({ year: 2031 });
    expect(event('event-dispute-begins').display_date).toBe('the 1980s');
  });

  test('JSON-LD states no more than the source', () => {
    const location = { site: 'https://example.org', base: '/' };
    const claim = claimNode(story.slug, story.data.claims[0]!, location);
    expect(claim.datePublished).toBe(machineDate(story.data.claims[0]!.date.start));
    const event = (id: string) =>
      eventNode(
        story.slug,
        story.data.events.find((e) => e.id === id)!,
        location,
      );
    expect(event('dispute-begins').startDate).toBeUndefined();
    expect(event('rota-contested').startDate).toBe('2030-03');
    expect(event('rota-contested').endDate).toBeUndefined();
    expect(event('last-agreement').startDate).toBe('2029');
  });
});
