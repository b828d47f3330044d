/**
 * Dates at honest precision.
 *
 * Story dates are written in a subset of EDTF (ISO 8601-2, level 0/1):
 * `2025`, `2025-09`, `2025-11-09`, a time of day `2025-11-09T20:30` (seconds optional),
 * unspecified digits `200X` (a decade), `19XX` (a century), `2025-XX`, `2025-03-XX`,
 * quarters `2025-Q1` (EDTF `2025-33`), an optional qualifier `~` (approximate),
 * `?` (uncertain) or `%` (both), intervals `2025-09/2025-11`, and open ends
 * `2025-03/..` (still going when reported) or `2025-03/` (end unknown).
 * https://www.loc.gov/standards/datetime/
 *
 * Nothing here ever adds precision the source did not give: a month-precise
 * date is a span over the month, not its first day; `200X` is the decade, not 2000.
 */

/** How fine a date is, coarsest first. `decade`/`century` come from unspecified digits (`200X`, `19XX`). */
export type DatePrecision = 'century' | 'decade' | 'year' | 'quarter' | 'month' | 'day' | 'minute' | 'second';

/** One end of a date: as precise as the source allows, no more. */
export interface DatePoint {
  /** The first year of the period (1900 for `19XX`, 2000 for `200X`). */
  year: number;
  month?: number;
  day?: number;
  /** 1–4, for a quarter (`2025-Q1`). */
  quarter?: number;
  /** A clock time as written: the story's local time, no offset. */
  hour?: number;
  minute?: number;
  second?: number;
  /** A part written as `XX`: said to be unknown (`2025-XX` is 2025, "month unknown"). */
  unspecified?: 'month' | 'day';
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
}

/** A validated story date: a point or an interval, with an optional note. */
export interface StoryDate {
  /** The EDTF text as normalised (e.g. `2025-09~`, `2020/2021`, `2025-33` for `2025-Q1`). */
  edtf: string;
  start: DatePoint;
  /** Present for closed intervals (`start/end`). */
  end?: DatePoint;
  /** An open end: `ongoing` (`2025-03/..`, still going when reported) or `unknown` (`2025-03/`). */
  open?: 'ongoing' | 'unknown';
  /** How the date was derived, in words (e.g. "the Sunday before the report"). */
  note?: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const EDTF_HELP =
  'Write a date as `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (EDTF), `200X` for a decade, `2025-Q1` for a quarter; add `~` if approximate or `?` if uncertain; `start/end` for a range, `start/..` if still going — e.g. `2025-09`, `2025~`, `2020/2021`, `2025-03/..`.';

/**
 * Everything we read, loosely (each part is checked below, with a fix for what is refused):
 * year (digits or trailing X), month (digits, `XX`, `Q1`–`Q4`), day (digits or `XX`),
 * time, offset, qualifier.
 */
const POINT =
  /^(\d[\dX]{3})(?:-(\d{2}|XX|Q\d))?(?:-(\d{2}|XX))?(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}(?::?\d{2})?)?)?([~?%])?$/;

/** EDTF writes quarters as months 33–36 and seasons as 21–24. */
const QUARTER_MONTH = 33;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const refuse = (error: string): { ok: false; error: string } => ({ ok: false, error });

/** Why a text that is not a date in our forms was refused, and what to write instead. */
function notADate(text: string): string {
  const trimmed = text.trim();
  const time = /^(\d{4}-\d{2}-\d{2})\s+(\d{1,2}:\d{2}(?::\d{2})?)$/.exec(trimmed);
  if (time)
    return `"${text}" has a space between the day and the time. Fix: join them with a \`T\`: \`${time[1]}T${time[2]!.padStart(5, '0')}\`.`;
  if (/^\d{1,2}:\d{2}/.test(trimmed))
    return `"${text}" is a time without its day. Fix: write the day before it, e.g. \`2025-11-09T${trimmed.slice(0, 5).padStart(5, '0')}\`.`;
  if (/^\d{4}-\d{2}-\d{2}T\d{1,2}(?::\d{1,2})?$/.test(trimmed) || /^\d{4}-\d{2}-\d{2}T\d:/.test(trimmed))
    return `"${text}" has a time we do not read. Fix: write hours and minutes with two digits each, e.g. \`2025-11-09T08:30\`.`;
  return `"${text}" is not a date in a form we read. Fix: ${EDTF_HELP}`;
}

export function parseDatePoint(text: string): ParseResult<DatePoint> {
  const match = POINT.exec(text.trim());
  if (!match) return refuse(notADate(text));
  const [, y, m, d, hh, mm, ss, offset, qualifier] = match;
  const qualifiers = {
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
  };
  const day = /^\d{4}-\d{2}-\d{2}/.exec(text.trim())?.[0];
  if (offset)
    return refuse(
      `"${text}" gives a time zone offset (${offset}); a story's times are the clock time where things happened, as the source gives it. Fix: write the time without the offset, \`${day}T${hh}:${mm}\`, and name the zone in a note if it matters: \`{ value: ${day}T${hh}:${mm}, note: local time (UTC${offset === 'Z' ? '' : offset}) }\`.`,
    );

  // Unspecified digits: only at the end of the year, and nothing after them.
  if (y!.includes('X')) {
    const decade = /^\d{3}X$/.test(y!);
    const century = /^\d{2}XX$/.test(y!);
    if (!decade && !century)
      return refuse(
        `"${text}" has an X in the middle of the year. Fix: X stands for the last digits only: \`200X\` for the 2000s (a decade), \`19XX\` for the 1900s (a century).`,
      );
    if (m !== undefined)
      return refuse(
        `"${text}" gives a month after an unknown year. Fix: write the decade or century alone (\`${y}\`), and the month in a note.`,
      );
    return {
      ok: true,
      value: { year: Number(y!.replace(/X/g, '0')), precision: decade ? 'decade' : 'century', ...qualifiers },
    };
  }
  const year = Number(y);
  if (m === undefined) return { ok: true, value: { year, precision: 'year', ...qualifiers } };

  if (m === 'XX') {
    if (d !== undefined && d !== 'XX')
      return refuse(
        `"${text}" gives a day of an unknown month. Fix: write \`${y}-XX\` (month unknown), and the day in a note.`,
      );
    return { ok: true, value: { year, unspecified: 'month', precision: 'year', ...qualifiers } };
  }

  const quarter = m.startsWith('Q') ? Number(m.slice(1)) : Number(m) - QUARTER_MONTH + 1;
  if (m.startsWith('Q') || (Number(m) >= QUARTER_MONTH && Number(m) < QUARTER_MONTH + 4)) {
    if (quarter < 1 || quarter > 4)
      return refuse(`"${text}" names quarter ${m}. Fix: a year has quarters \`Q1\` to \`Q4\`.`);
    if (d !== undefined)
      return refuse(
        `"${text}" gives a day after a quarter. Fix: write the quarter alone (\`${y}-Q${quarter}\`) or the full day.`,
      );
    return { ok: true, value: { year, quarter, precision: 'quarter', ...qualifiers } };
  }

  const month = Number(m);
  if (month >= 21 && month <= 24)
    return refuse(
      `"${text}" is a season (EDTF ${m}); seasons are not supported, since spring in one hemisphere is autumn in the other. Fix: write the quarter (\`${y}-Q1\`…\`Q4\`) or the months as a range with a note, e.g. \`{ value: ${y}-03~/${y}-05~, note: spring in the north }\`.`,
    );
  if (month < 1 || month > 12)
    return refuse(
      `"${text}" has month ${m}, which does not exist. Fix: months run 01–12 (a quarter is written \`${y}-Q1\`).`,
    );
  if (d === undefined) return { ok: true, value: { year, month, precision: 'month', ...qualifiers } };
  if (d === 'XX') {
    if (hh !== undefined)
      return refuse(`"${text}" gives a time of an unknown day. Fix: write \`${y}-${m}-XX\`, and the time in a note.`);
    return { ok: true, value: { year, month, unspecified: 'day', precision: 'month', ...qualifiers } };
  }

  const dayOfMonth = Number(d);
  if (dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month))
    return refuse(
      `"${text}" is not a real day: ${y}-${m} has ${daysInMonth(year, month)} days. Fix: check the source; if only the month is known, write \`${y}-${m}\`.`,
    );
  const value: DatePoint = { year, month, day: dayOfMonth, precision: 'day', ...qualifiers };
  if (hh === undefined) return { ok: true, value };
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59)
    return refuse(
      `"${text}" has an impossible time of day. Fix: hours run 00–23 and minutes 00–59, e.g. \`${day}T20:30\`.`,
    );
  value.hour = Number(hh);
  value.minute = Number(mm);
  value.precision = 'minute';
  if (ss !== undefined) {
    value.second = Number(ss);
    value.precision = 'second';
  }
  return { ok: true, value };
}

/** What to write for a range that is open at its start. */
function openStart(text: string, end: string): string {
  return `"${text}" has an open start; we need a beginning to place it on the timeline. Fix: write the earliest start the source allows, approximate (e.g. \`${end.slice(0, 4)}~/${end}\`), or the end alone with a note: \`{ value: ${end}, note: by then }\`.`;
}

export function parseStoryDate(text: string, note?: string): ParseResult<StoryDate> {
  const trimmed = text.trim();
  const parts = trimmed.split('/');
  if (parts.length > 2) return refuse(`"${text}" has more than one "/". Fix: ${EDTF_HELP}`);
  const [first = '', second] = parts;
  if (second !== undefined && (first === '' || first === '..')) return refuse(openStart(text, second || 'YYYY'));
  const start = parseDatePoint(first);
  if (!start.ok) return start;
  const edtf = [normalised(first), second === undefined ? undefined : normalised(second)].filter(
    (part) => part !== undefined,
  );
  const value: StoryDate = { edtf: edtf.join('/'), start: start.value };
  if (second === '..' || second === '') value.open = second === '..' ? 'ongoing' : 'unknown';
  else if (second !== undefined) {
    const end = parseDatePoint(second);
    if (!end.ok) return end;
    if (periodStart(end.value) < periodStart(start.value))
      return refuse(
        `the range "${text}" ends before it starts. Fix: write the earlier date first: \`${second}/${first}\`.`,
      );
    value.end = end.value;
  }
  if (note !== undefined) value.note = note;
  return { ok: true, value };
}

/** The EDTF text of one end: quarters as EDTF writes them (`2025-Q1` → `2025-33`). */
function normalised(part: string): string {
  return part.trim().replace(/^(\d{4})-Q([1-4])/, (_, y: string, q: string) => `${y}-${QUARTER_MONTH - 1 + Number(q)}`);
}

/** The first month (1–12) of the period a point stands for. */
function firstMonth(point: DatePoint): number {
  return point.quarter ? point.quarter * 3 - 2 : (point.month ?? 1);
}

/** First instant (UTC ms) of the period a point stands for. Times are the story's clock time, placed as UTC. */
export function periodStart(point: DatePoint): number {
  return Date.UTC(
    point.year,
    firstMonth(point) - 1,
    point.day ?? 1,
    point.hour ?? 0,
    point.minute ?? 0,
    point.second ?? 0,
  );
}

/** First instant (UTC ms) after the period a point stands for. */
export function periodEnd(point: DatePoint): number {
  const start = periodStart(point);
  const month = firstMonth(point) - 1;
  switch (point.precision) {
    case 'century':
      return Date.UTC(point.year + 100, 0, 1);
    case 'decade':
      return Date.UTC(point.year + 10, 0, 1);
    case 'year':
      return Date.UTC(point.year + 1, 0, 1);
    case 'quarter':
      return Date.UTC(point.year, month + 3, 1);
    case 'month':
      return Date.UTC(point.year, month + 1, 1);
    case 'day':
      return Date.UTC(point.year, month, (point.day ?? 1) + 1);
    case 'minute':
      return start + 60_000;
    case 'second':
      return start + 1000;
  }
}

/** Whether a point names a day or a moment within one (`2025-11-09`, `2025-11-09T20:30`). */
export function withinADay(point: DatePoint): boolean {
  return point.precision === 'day' || point.precision === 'minute' || point.precision === 'second';
}

/**
 * The half-open span [start, end) of UTC ms a story date covers. An open end (`2025-03/..`)
 * is not known here: the span is the start's period, and the timeline draws it on (see entries.ts).
 */
export function dateSpan(date: StoryDate): { start: number; end: number } {
  return { start: periodStart(date.start), end: periodEnd(date.end ?? date.start) };
}

const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');

/**
 * Value for `<time datetime>`, never finer than the source: `2025`, `2025-09`, `2025-11-09`,
 * `2025-11-09T20:30`. A quarter or an unknown month is its year, an unknown day its month.
 * A decade or a century has no such value (HTML has none, and its first year would say more
 * than the source): undefined.
 */
export function machineDate(point: DatePoint): string | undefined {
  const year = String(point.year).padStart(4, '0');
  switch (point.precision) {
    case 'century':
    case 'decade':
      return undefined;
    case 'year':
    case 'quarter':
      return year;
    case 'month':
      return `${year}-${pad(point.month)}`;
    case 'day':
      return `${year}-${pad(point.month)}-${pad(point.day)}`;
    case 'minute':
      return `${year}-${pad(point.month)}-${pad(point.day)}T${pad(point.hour)}:${pad(point.minute)}`;
    case 'second':
      return `${year}-${pad(point.month)}-${pad(point.day)}T${pad(point.hour)}:${pad(point.minute)}:${pad(point.second)}`;
  }
}

/**
 * A story date as a schema.org date (ISO 8601, no qualifiers), saying no more than
 * the source: a date at its own precision; for a range, what both ends share
 * (`2026-10-21/2026-10-31` → `2026-10`), or nothing; an approximate or uncertain
 * date, a decade or an open range, nothing (`2004` for `2004~` would state as
 * certain what the source does not).
 */
export function certainDate(date: Pick<StoryDate, 'start' | 'end' | 'open'>): string | undefined {
  if (date.open) return undefined;
  const points = date.end ? [date.start, date.end] : [date.start];
  if (points.some((p) => p.approximate || p.uncertain)) return undefined;
  const texts = points.map(machineDate);
  if (texts.some((text) => text === undefined)) return undefined;
  const [first, ...rest] = texts as string[];
  // The longest of `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `…THH:MM`, `…:SS` that every end starts with.
  for (const length of [19, 16, 10, 7, 4]) {
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

export type DateFormat =
  'year' | 'month' | 'day' | 'timestamp' | 'shortMonth' | 'shortMonthYear' | 'shortDay' | 'shortDayYear';

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

const ORDINAL_QUARTER = ['first', 'second', 'third', 'fourth'];

/** "20th", "21st", "1st". */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A point's period in words, without qualifiers. */
function pointWords(point: DatePoint, lang: string): string {
  switch (point.precision) {
    case 'century':
      // `19XX` is 1900–1999, what readers call the 20th century.
      return `the ${ordinal(point.year / 100 + 1)} century`;
    case 'decade':
      return `the ${point.year}s`;
    case 'year':
      return point.unspecified === 'month'
        ? `${formatInstant(periodStart(point), 'year', lang)}, month unknown`
        : formatInstant(periodStart(point), 'year', lang);
    case 'quarter':
      return `${ORDINAL_QUARTER[point.quarter! - 1]} quarter of ${formatInstant(periodStart(point), 'year', lang)}`;
    case 'month':
      return point.unspecified === 'day'
        ? `${formatInstant(periodStart(point), 'month', lang)}, day unknown`
        : formatInstant(periodStart(point), 'month', lang);
    case 'day':
      return formatInstant(periodStart(point), 'day', lang);
    case 'minute':
    case 'second':
      // The clock time as written, 24-hour: "14 May 2026, 20:30".
      return `${formatInstant(Date.UTC(point.year, point.month! - 1, point.day), 'day', lang)}, ${machineDate(point)!.slice(11)}`;
  }
}

/** A point in words at its own precision: "2025", "September 2025", "9 November 2025", "the 2000s". */
export function formatDatePoint(point: DatePoint, lang = 'en'): string {
  let text = pointWords(point, lang);
  if (point.approximate && point.uncertain) text += ' (approx., uncertain)';
  else if (point.approximate) text += ' (approx.)';
  else if (point.uncertain) text += ' (uncertain)';
  return text;
}

/** A story date in words, ranges joined with an en dash: "2020 – 2021"; open ones "from March 2025". */
export function formatStoryDate(date: StoryDate, lang = 'en'): string {
  const start = formatDatePoint(date.start, lang);
  if (date.open === 'ongoing') return `from ${start}`;
  if (date.open === 'unknown') return `from ${start}, end unknown`;
  return date.end ? `${start} – ${formatRangeEnd(date.start, date.end, lang)}` : start;
}

/** The end of a range in words; a time on the start's own day is the time alone ("20:30 – 22:00"). */
export function formatRangeEnd(start: DatePoint, end: DatePoint, lang = 'en'): string {
  const sameDay = end.hour !== undefined && machineDate(start)?.slice(0, 10) === machineDate(end)?.slice(0, 10);
  return sameDay
    ? formatDatePoint(end, lang).slice(formatInstant(periodStart(end), 'day', lang).length + 2)
    : formatDatePoint(end, lang);
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
