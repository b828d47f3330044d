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
    ['2025-21', /seasons are not supported/],
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
      fc.property(pointArb, (text) => {
        const parsed = parseDatePoint(text);
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
      fc.property(pointArb, pointArb, (a, b) => {
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
