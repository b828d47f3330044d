/**
 * Dates at honest precision.
 *
 * Story dates are written in a subset of EDTF (ISO 8601-2, level 0/1):
 * `2025`, `2025-09`, `2025-11-09`, an optional qualifier `~` (approximate),
 * `?` (uncertain) or `%` (both), and intervals `2025-09/2025-11`.
 * https://www.loc.gov/standards/datetime/
 *
 * Nothing here ever adds precision the source did not give: a month-precise
 * date is a span over the month, not its first day.
 */

export type DatePrecision = 'year' | 'month' | 'day';

/** One end of a date: as precise as the source allows, no more. */
export interface DatePoint {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
}

/** A validated story date: a point or an interval, with an optional note. */
export interface StoryDate {
  /** The EDTF text as normalised (e.g. `2025-09~`, `2020/2021`). */
  edtf: string;
  start: DatePoint;
  /** Present for intervals (`start/end`). */
  end?: DatePoint;
  /** How the date was derived, in words (e.g. "the Sunday before the report"). */
  note?: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

export const EDTF_HELP =
  'Write a date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (EDTF), add `~` if approximate or `?` if uncertain, and `start/end` for a range — e.g. `2025-09`, `2025~`, `2025-11-09`, `2020/2021`.';

/** A day followed by a time of day (`2025-03-14T18:30`, `2025-03-14 18:30:00+01:00`): the day is kept. */
const TIME_OF_DAY = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseDatePoint(text: string): ParseResult<DatePoint> {
  const match = POINT.exec(text.trim());
  if (!match) {
    const day = TIME_OF_DAY.exec(text.trim())?.[1];
    if (day)
      return {
        ok: false,
        error: `"${text}" has a time of day; a story's dates go no finer than the day. Fix: write \`${day}\`, and give the time in a note if it matters: \`{ value: ${day}, note: … }\`.`,
      };
    return { ok: false, error: `"${text}" is not a date in a form we read. Fix: ${EDTF_HELP}` };
  }
  const [, y, m, d, qualifier] = match;
  const year = Number(y);
  const month = m === undefined ? undefined : Number(m);
  const day = d === undefined ? undefined : Number(d);
  if (month !== undefined && (month < 1 || month > 12)) {
    return {
      ok: false,
      error: `"${text}" has month ${m}, which does not exist. Fix: months run 01–12 (seasons are not supported).`,
    };
  }
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return {
      ok: false,
      error: `"${text}" is not a real day: ${y}-${m} has ${daysInMonth(year, month)} days. Fix: check the source; if only the month is known, write \`${y}-${m}\`.`,
    };
  }
  return {
    ok: true,
    value: {
      year,
      month,
      day,
      precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year',
      approximate: qualifier === '~' || qualifier === '%',
      uncertain: qualifier === '?' || qualifier === '%',
    },
  };
}

export function parseStoryDate(text: string, note?: string): ParseResult<StoryDate> {
  const parts = text.trim().split('/');
  if (parts.length > 2) {
    return { ok: false, error: `"${text}" has more than one "/". Fix: ${EDTF_HELP}` };
  }
  const start = parseDatePoint(parts[0] ?? '');
  if (!start.ok) return start;
  let end: DatePoint | undefined;
  if (parts.length === 2) {
    const parsedEnd = parseDatePoint(parts[1] ?? '');
    if (!parsedEnd.ok) return parsedEnd;
    end = parsedEnd.value;
    if (periodStart(end) < periodStart(start.value)) {
      return {
        ok: false,
        error: `the range "${text}" ends before it starts. Fix: write the earlier date first: \`${parts[1]}/${parts[0]}\`.`,
      };
    }
  }
  const value: StoryDate = { edtf: text.trim(), start: start.value };
  if (end) value.end = end;
  if (note !== undefined) value.note = note;
  return { ok: true, value };
}

/** First instant (UTC ms) of the period a point stands for. */
export function periodStart(point: DatePoint): number {
  return Date.UTC(point.year, (point.month ?? 1) - 1, point.day ?? 1);
}

/** First instant (UTC ms) after the period a point stands for. */
export function periodEnd(point: DatePoint): number {
  if (point.precision === 'year') return Date.UTC(point.year + 1, 0, 1);
  if (point.precision === 'month') return Date.UTC(point.year, point.month ?? 1, 1);
  return Date.UTC(point.year, (point.month ?? 1) - 1, (point.day ?? 1) + 1);
}

/** The half-open span [start, end) of UTC ms a story date covers. */
export function dateSpan(date: StoryDate): { start: number; end: number } {
  return { start: periodStart(date.start), end: periodEnd(date.end ?? date.start) };
}

/** Value for `<time datetime>`: `2025`, `2025-09` or `2025-11-09` — never finer than the source. */
export function machineDate(point: DatePoint): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (point.precision === 'year') return String(point.year).padStart(4, '0');
  if (point.precision === 'month') return `${point.year}-${pad(point.month ?? 1)}`;
  return `${point.year}-${pad(point.month ?? 1)}-${pad(point.day ?? 1)}`;
}

/**
 * A story date as a schema.org date (ISO 8601, no qualifiers), saying no more than
 * the source: a date at its own precision; for a range, what both ends share
 * (`2026-10-21/2026-10-31` → `2026-10`), or nothing; an approximate or uncertain
 * date, nothing (`2004` for `2004~` would state as certain what the source does not).
 */
export function certainDate(date: Pick<StoryDate, 'start' | 'end'>): string | undefined {
  const points = date.end ? [date.start, date.end] : [date.start];
  if (points.some((p) => p.approximate || p.uncertain)) return undefined;
  const [first, ...rest] = points.map(machineDate);
  // The longest of `YYYY`, `YYYY-MM`, `YYYY-MM-DD` that every end starts with.
  for (const length of [10, 7, 4]) {
    const prefix = first!.slice(0, length);
    if (prefix.length === length && rest.every((other) => other.length >= length && other.startsWith(prefix)))
      return prefix;
  }
  return undefined;
}

/**
 * Bare `en` reads dates the international way ("9 November 2025"), which is
 * unambiguous to a world-wide readership; other languages use their own.
 */
function dateLocale(lang: string): string {
  return lang.toLowerCase() === 'en' ? 'en-GB' : lang;
}

export type DateFormat = DatePrecision | 'timestamp' | 'shortMonth' | 'shortMonthYear' | 'shortDay' | 'shortDayYear';

const FORMATS: Record<DateFormat, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  timestamp: { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' },
  // Short forms for the timeline's axis ticks and breaks.
  shortMonth: { month: 'short', timeZone: 'UTC' },
  shortMonthYear: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  shortDay: { day: 'numeric', month: 'short', timeZone: 'UTC' },
  shortDayYear: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
};
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Creating an Intl.DateTimeFormat costs far more than formatting with one: one per language and format. */
function formatter(lang: string, format: DateFormat): Intl.DateTimeFormat {
  const key = `${lang}|${format}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(dateLocale(lang), FORMATS[format]);
    formatters.set(key, cached);
  }
  return cached;
}

const formatted = new Map<string, string>();

/**
 * An instant (ms since the epoch, UTC) in one of the named formats, in the story's
 * language. A site shows the same few thousand dates on many pages: each is formatted once.
 */
export function formatInstant(time: number, format: DateFormat, lang = 'en'): string {
  const key = `${lang}|${format}|${time}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = formatter(lang, format).format(new Date(time));
    formatted.set(key, text);
  }
  return text;
}

/** A point in words at its own precision: "2025", "September 2025", "9 November 2025". */
export function formatDatePoint(point: DatePoint, lang = 'en'): string {
  let text = formatInstant(periodStart(point), point.precision, lang);
  if (point.approximate && point.uncertain) text += ' (approx., uncertain)';
  else if (point.approximate) text += ' (approx.)';
  else if (point.uncertain) text += ' (uncertain)';
  return text;
}

/** A story date in words, ranges joined with an en dash: "2020 – 2021". */
export function formatStoryDate(date: StoryDate, lang = 'en'): string {
  const start = formatDatePoint(date.start, lang);
  return date.end ? `${start} – ${formatDatePoint(date.end, lang)}` : start;
}

/** A publication timestamp: a calendar day, optionally with a time and offset. */
export interface Timestamp {
  /** As written, normalised: `2025-11-13` or `2025-11-13T09:30:00+00:00`. */
  iso: string;
  /** The calendar day as written (`YYYY-MM-DD`). */
  day: string;
  /** Whether a time of day was given. */
  hasTime: boolean;
  /** UTC ms, for sorting (midnight UTC when no time was given). */
  ms: number;
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2}))?$/;

export const TIMESTAMP_HELP = 'Write `YYYY-MM-DD`, or a full time with its offset: `YYYY-MM-DDTHH:MM:SSZ` / `…+01:00`.';

export function parseTimestamp(text: string): ParseResult<Timestamp> {
  const match = TIMESTAMP.exec(text.trim());
  if (!match) return { ok: false, error: `"${text}" is not a timestamp we read. Fix: ${TIMESTAMP_HELP}` };
  const [, day, hh, mm, ss, offset] = match;
  const point = parseDatePoint(day ?? '');
  if (!point.ok) return point;
  if (hh === undefined) {
    return { ok: true, value: { iso: day!, day: day!, hasTime: false, ms: periodStart(point.value) } };
  }
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) {
    return { ok: false, error: `"${text}" has an impossible time of day. Fix: ${TIMESTAMP_HELP}` };
  }
  const iso = `${day}T${hh}:${mm}:${ss ?? '00'}${offset === 'Z' ? 'Z' : offset}`;
  return { ok: true, value: { iso, day: day!, hasTime: true, ms: Date.parse(iso) } };
}

/**
 * A timestamp in words ("14 March 2031", with the time when one was given). The time
 * is the clock time the editor wrote, with its offset ("07:00 UTC+1"): the newsroom's
 * own time, and the day it names is the day written.
 */
export function formatTimestamp(stamp: Timestamp, lang = 'en'): string {
  if (!stamp.hasTime) {
    const point = parseDatePoint(stamp.day);
    return point.ok ? formatDatePoint(point.value, lang) : stamp.day;
  }
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(stamp.iso);
  const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  return `${formatInstant(stamp.ms + minutes * 60_000, 'timestamp', lang)} ${utcOffset(minutes)}`;
}

/** `UTC`, `UTC+1`, `UTC-5`, `UTC+5:30`. */
function utcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
