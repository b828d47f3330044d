import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  certainDate,
  dateSpan,
  formatDatePoint,
  formatStoryDate,
  formatTimestamp,
  machineDate,
  parseDatePoint,
  parseStoryDate,
  parseTimestamp,
  periodEnd,
  periodStart,
} from '../../src/lib/dates.ts';

describe('reading dates at the precision the source gives', () => {
  test.each([
    ['2025', 'year', '2025', '2025'],
    ['2025-09', 'month', '2025-09', 'September 2025'],
    ['2025-11-09', 'day', '2025-11-09', '9 November 2025'],
    ['2025~', 'year', '2025', '2025 (approx.)'],
    ['2025-09?', 'month', '2025-09', 'September 2025 (uncertain)'],
    ['2025-09%', 'month', '2025-09', 'September 2025 (approx., uncertain)'],
  ])('%s → %s precision, datetime %s, "%s"', (text, precision, datetime, words) => {
    const parsed = parseDatePoint(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.precision).toBe(precision);
    expect(machineDate(parsed.value)).toBe(datetime);
    expect(formatDatePoint(parsed.value, 'en')).toBe(words);
  });

  test.each([
    ['2025-02-30', /2025-02 has 28 days/],
    ['2024-02-30', /2024-02 has 29 days/],
    ['2025-13', /month 13/],
    ['2025-21', /is a season/],
    ['Sept 2025', /not a date in a form we read/],
    ['25-09-01', /not a date in a form we read/],
    ['2025-11/2025-09', /ends before it starts.*`2025-09\/2025-11`/],
    ['2020/2021/2022', /more than one "\/"/],
  ])('rejects %s with a fix', (text, message) => {
    const parsed = parseStoryDate(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  test('a range keeps each end at its own precision', () => {
    const parsed = parseStoryDate('2020/2021-03', 'from the first coup to the second');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(formatStoryDate(parsed.value, 'en')).toBe('2020 – March 2021');
    expect(parsed.value.note).toBe('from the first coup to the second');
    expect(dateSpan(parsed.value)).toEqual({ start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 3, 1) });
  });

  test('a month is a span over the whole month, not its first day', () => {
    const parsed = parseStoryDate('2025-09');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(dateSpan(parsed.value)).toEqual({ start: Date.UTC(2025, 8, 1), end: Date.UTC(2025, 9, 1) });
  });

  test('other languages format in their own words', () => {
    const parsed = parseDatePoint('2025-11-09');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(formatDatePoint(parsed.value, 'fr')).toBe('9 novembre 2025');
  });
});

describe('the forms that say when, not how long', () => {
  // written, precision, <time datetime>, words, first and last instant of the window (UTC)
  test.each([
    [
      '2026-05-14T20:30',
      'minute',
      '2026-05-14T20:30',
      '14 May 2026, 20:30',
      '2026-05-14T20:30:00',
      '2026-05-14T20:31:00',
    ],
    [
      '2026-05-14T08:05:09',
      'second',
      '2026-05-14T08:05:09',
      '14 May 2026, 08:05:09',
      '2026-05-14T08:05:09',
      '2026-05-14T08:05:10',
    ],
    [
      '2026-05-14T21:10~',
      'minute',
      '2026-05-14T21:10',
      '14 May 2026, 21:10 (approx.)',
      '2026-05-14T21:10:00',
      '2026-05-14T21:11:00',
    ],
    ['200X', 'decade', undefined, 'the 2000s', '2000-01-01T00:00:00', '2010-01-01T00:00:00'],
    ['195X~', 'decade', undefined, 'the 1950s (approx.)', '1950-01-01T00:00:00', '1960-01-01T00:00:00'],
    ['19XX', 'century', undefined, 'the 20th century', '1900-01-01T00:00:00', '2000-01-01T00:00:00'],
    ['20XX', 'century', undefined, 'the 21st century', '2000-01-01T00:00:00', '2100-01-01T00:00:00'],
    ['2025-XX', 'year', '2025', '2025, month unknown', '2025-01-01T00:00:00', '2026-01-01T00:00:00'],
    ['2025-03-XX', 'month', '2025-03', 'March 2025, day unknown', '2025-03-01T00:00:00', '2025-04-01T00:00:00'],
    ['2025-Q1', 'quarter', '2025', 'first quarter of 2025', '2025-01-01T00:00:00', '2025-04-01T00:00:00'],
    ['2025-36?', 'quarter', '2025', 'fourth quarter of 2025 (uncertain)', '2025-10-01T00:00:00', '2026-01-01T00:00:00'],
  ])('%s → %s, datetime %s, "%s", [%s, %s)', (text, precision, datetime, words, from, until) => {
    const parsed = parseDatePoint(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.precision).toBe(precision);
    expect(machineDate(parsed.value)).toBe(datetime);
    expect(formatDatePoint(parsed.value, 'en')).toBe(words);
    expect(new Date(periodStart(parsed.value)).toISOString()).toBe(`${from}.000Z`);
    expect(new Date(periodEnd(parsed.value)).toISOString()).toBe(`${until}.000Z`);
  });

  test.each([
    ['2025-Q1', '2025-33', 'first quarter of 2025', '2025'],
    ['2025-03/..', '2025-03/..', 'from March 2025', undefined],
    ['2025-03/', '2025-03/', 'from March 2025, end unknown', undefined],
    [
      '2026-05-14T20:30/2026-05-14T22:00',
      '2026-05-14T20:30/2026-05-14T22:00',
      '14 May 2026, 20:30 – 22:00',
      '2026-05-14',
    ],
    [
      '2026-05-14T23:00/2026-05-15T01:00',
      '2026-05-14T23:00/2026-05-15T01:00',
      '14 May 2026, 23:00 – 15 May 2026, 01:00',
      '2026-05',
    ],
    ['2026-05-14T20:30', '2026-05-14T20:30', '14 May 2026, 20:30', '2026-05-14T20:30'],
    ['200X/2012', '200X/2012', 'the 2000s – 2012', undefined],
  ])('%s is stored as %s, reads "%s", and tells structured data %s', (text, edtf, words, certain) => {
    const parsed = parseStoryDate(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.edtf).toBe(edtf);
    expect(formatStoryDate(parsed.value, 'en')).toBe(words);
    expect(certainDate(parsed.value)).toBe(certain);
  });

  test('an open range is its start as far as the date alone tells (the timeline runs it to the report)', () => {
    const parsed = parseStoryDate('2025-03/..');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.open).toBe('ongoing');
    expect(parsed.value.end).toBeUndefined();
    expect(dateSpan(parsed.value)).toEqual({ start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) });
  });

  // Every refused form says why and what to write instead.
  test.each([
    [
      '2025-21',
      /is a season .*hemisphere.*Fix: write the quarter \(`2025-Q1`…`Q4`\) or the months as a range with a note/,
    ],
    ['2025-24~', /is a season/],
    [
      '../2025-03',
      /has an open start.*Fix: write the earliest start the source allows, approximate \(e\.g\. `2025~\/2025-03`\), or the end alone with a note/,
    ],
    ['/2025-03', /has an open start/],
    [
      '2026-05-14T20:30+01:00',
      /time zone offset \(\+01:00\).*Fix: write the time without the offset, `2026-05-14T20:30`, and name the zone in a note/,
    ],
    ['2026-05-14T20:30Z', /time zone offset \(Z\).*`2026-05-14T20:30`/],
    ['2026-05-14 20:30', /a space between the day and the time\. Fix: join them with a `T`: `2026-05-14T20:30`/],
    ['20:30', /a time without its day\. Fix: write the day before it/],
    ['2026-05-14T8:30', /hours and minutes with two digits/],
    ['2026-05-14T24:00', /impossible time of day/],
    ['20X5', /X in the middle of the year\. Fix: X stands for the last digits only/],
    ['200X-05', /a month after an unknown year\. Fix: write the decade or century alone \(`200X`\)/],
    ['2025-XX-14', /a day of an unknown month\. Fix: write `2025-XX`/],
    ['2025-03-XXT10:00', /not a date in a form we read|a time of an unknown day/],
    ['2025-Q5', /quarter Q5\. Fix: a year has quarters `Q1` to `Q4`/],
    ['2025-Q1-05', /a day after a quarter/],
    ['2025-13', /month 13, which does not exist\. Fix: months run 01–12/],
  ])('refuses %s, saying what to write', (text, message) => {
    const parsed = parseStoryDate(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(message);
      expect(parsed.error).toContain('Fix:');
    }
  });
});

describe('publication timestamps', () => {
  test.each([
    ['2025-11-13', false, '2025-11-13'],
    ['2025-11-13T09:30:00Z', true, '2025-11-13T09:30:00Z'],
    ['2025-11-13T09:30+01:00', true, '2025-11-13T09:30:00+01:00'],
  ])('%s', (text, hasTime, iso) => {
    const parsed = parseTimestamp(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value).toMatchObject({ hasTime, iso, day: '2025-11-13' });
  });

  test.each([
    ['2025-11-13T09:30:00Z', /^13 November 2025.* 09:30 UTC$/],
    ['2025-03-18T07:00:00+01:00', /^18 March 2025.* 07:00 UTC\+1$/],
    ['2025-03-18T00:30:00+05:30', /^18 March 2025.* 00:30 UTC\+5:30$/],
    ['2025-03-17T22:00:00-05:00', /^17 March 2025.* 22:00 UTC-5$/],
  ])('%s is shown in the clock time and on the day written, with its offset', (text, shown) => {
    const parsed = parseTimestamp(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(formatTimestamp(parsed.value, 'en-GB')).toMatch(shown);
  });

  test.each(['2025-11-13T25:00Z', '2025-11-31', '13/11/2025', '2025-11-13T09:30'])('rejects %s', (text) => {
    expect(parseTimestamp(text).ok).toBe(false);
  });
});

const pointArb = fc
  .record({
    year: fc.integer({ min: 1000, max: 2999 }),
    month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    day: fc.integer({ min: 1, max: 31 }),
    qualifier: fc.constantFrom('', '~', '?', '%'),
  })
  .map(({ year, month, day, qualifier }) => {
    const y = String(year);
    if (month === undefined) return `${y}${qualifier}`;
    const m = String(month).padStart(2, '0');
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return day > last ? `${y}-${m}${qualifier}` : `${y}-${m}-${String(day).padStart(2, '0')}${qualifier}`;
  });

/** Any form we read, the new ones (times, X, quarters) included. */
const anyPointArb = fc.oneof(
  pointArb,
  fc
    .record({
      day: pointArb.filter((t) => /^\d{4}-\d{2}-\d{2}$/.test(t)),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    })
    .map(({ day, hour, minute }) => `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`),
  fc.integer({ min: 100, max: 299 }).map((decade) => `${decade}X`),
  fc.integer({ min: 10, max: 29 }).map((century) => `${century}XX`),
  fc.integer({ min: 1000, max: 2999 }).map((year) => `${year}-XX`),
  fc
    .record({ year: fc.integer({ min: 1000, max: 2999 }), q: fc.integer({ min: 1, max: 4 }) })
    .map(({ year, q }) => `${year}-Q${q}`),
);

describe('properties', () => {
  test('any string either parses or yields an error message — never throws', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseStoryDate(text);
        expect(result.ok || result.error.length > 0).toBe(true);
      }),
    );
  });

  test('format(parse(x)) round-trips: the machine date is the text without its qualifier', () => {
    fc.assert(
      fc.property(pointArb, (text) => {
        const parsed = parseDatePoint(text);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) {
          expect(machineDate(parsed.value)).toBe(text.replace(/[~?%]$/, ''));
          const again = parseDatePoint(machineDate(parsed.value)!);
          expect(again.ok && again.value.precision).toBe(parsed.value.precision);
        }
      }),
    );
  });

  test('a period always has positive length and contains its own start', () => {
    fc.assert(
      fc.property(anyPointArb, (text) => {
        const parsed = parseDatePoint(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(periodEnd(parsed.value)).toBeGreaterThan(periodStart(parsed.value));
      }),
    );
  });
});

describe('dates for structured data', () => {
  test.each([
    ['2025', '2025'],
    ['2025-09', '2025-09'],
    ['2025-11-09', '2025-11-09'],
    ['2026-10-21/2026-10-31', '2026-10'],
    ['2026-10/2026-12-05', '2026'],
    ['2020/2021', undefined],
    ['2004~', undefined],
    ['2012?', undefined],
    ['2025-09/2025-11~', undefined],
  ])('%s → %s', (text, expected) => {
    const parsed = parseStoryDate(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(certainDate(parsed.value)).toBe(expected);
  });

  test('never more precise than the source: the date given lies in every period the source allows', () => {
    fc.assert(
      fc.property(anyPointArb, anyPointArb, (a, b) => {
        const [first, second] = [parseStoryDate(a), parseStoryDate(b)];
        if (!first.ok || !second.ok) return;
        const [lo, hi] = dateSpan(first.value).start <= dateSpan(second.value).start ? [a, b] : [b, a];
        const range = parseStoryDate(`${lo}/${hi}`);
        if (!range.ok) return;
        const given = certainDate(range.value);
        if (given === undefined) return;
        const period = parseStoryDate(given);
        if (!period.ok) throw new Error(period.error);
        // The period named contains the whole range: it claims nothing the source does not.
        expect(dateSpan(period.value).start).toBeLessThanOrEqual(dateSpan(range.value).start);
        expect(dateSpan(period.value).end).toBeGreaterThanOrEqual(dateSpan(range.value).end);
      }),
    );
  });
});
