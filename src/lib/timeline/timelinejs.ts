/**
 * Our timeline in TimelineJS3's JSON format, so newsrooms can reuse the data
 * in the tool they know. https://timeline.knightlab.com/docs/json-format.html
 *
 * - every entry (event, claim, assessment) is one TimelineJS event, `unique_id`
 *   = our anchor, so links into either tool name the same thing;
 * - `group` is the entry's first actor in lane order (TimelineJS allows one
 *   group per event, #461), "Background" for an event nobody did; the text
 *   names all of them;
 * - only the date parts the source gives are present (precision; a quarter is
 *   its year, a decade or century its first year, the only way TimelineJS places
 *   them), an open range has no `end_date`, and `display_date` always carries our
 *   own wording ("2025 (approx.)", "the 2000s", "from March 2025"), which TimelineJS
 *   would otherwise not show.
 */
import type { DatePoint } from '../dates.ts';
import { BACKGROUND_LANE_NAME, eventActorsInWords } from '../view/labels.ts';
import { escapeHtml } from '../text.ts';
import type { TimelineEntry } from './entries.ts';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
}

export interface TimelineJsEvent {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date: string;
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
}

export interface TimelineJsDocument {
  title: { text: { headline: string; text: string } };
  events: TimelineJsEvent[];
}

export function timelineJsDate(point: DatePoint): TimelineJsDate {
  const date: TimelineJsDate = { year: point.year };
  if (point.month !== undefined) date.month = point.month;
  if (point.day !== undefined) date.day = point.day;
  if (point.hour !== undefined) date.hour = point.hour;
  if (point.minute !== undefined) date.minute = point.minute;
  if (point.second !== undefined) date.second = point.second;
  return date;
}

/**
 * TimelineJS decodes `group` and `display_date` once (an HTML parse, then its
 * text) and writes the result back as HTML: escaped twice, they show as written.
 */
const escapeTwice = (text: string) => escapeHtml(escapeHtml(text));

/** TimelineJS renders `text` as HTML: everything of ours is escaped, the link is our own URL. */
export function timelineJsDocument(input: {
  headline: string;
  intro: string;
  entries: readonly TimelineEntry[];
  items: readonly { title: string; text: string; actors: readonly string[]; date: { text: string } }[];
  laneOrder: readonly string[];
  actorName: (id: string) => string;
  pageUrl: string;
}): TimelineJsDocument {
  const rank = new Map(input.laneOrder.map((id, i) => [id, i]));
  return {
    title: { text: { headline: escapeHtml(input.headline), text: escapeHtml(input.intro) } },
    events: input.entries.map((entry, i) => {
      const item = input.items[i]!;
      const first = [...entry.actorIds].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))[0];
      const event: TimelineJsEvent = {
        start_date: timelineJsDate(entry.date.start),
        display_date: escapeTwice(item.date.text),
        text: {
          headline: escapeHtml(item.title),
          text: `<p>${escapeHtml(item.text)}</p><p>${escapeHtml(eventActorsInWords(item.actors))} · <a href="${escapeHtml(`${input.pageUrl}#${entry.anchor}`)}">Source</a></p>`,
        },
        group: escapeTwice(first === undefined ? BACKGROUND_LANE_NAME : input.actorName(first)),
        unique_id: entry.anchor,
      };
      if (entry.date.end) event.end_date = timelineJsDate(entry.date.end);
      return event;
    }),
  };
}
