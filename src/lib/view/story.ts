import type { Actor } from '../../schemas/actor.ts';
import type { ArticleData } from '../../schemas/article.ts';
import {
  type DatePoint,
  formatDatePoint,
  formatRangeEnd,
  formatStoryDate,
  formatTimestamp,
  machineDate,
  type StoryDate,
  type Timestamp,
} from '../dates.ts';
import { routes } from '../routes.ts';
import { ACTOR_KIND_LABEL, listInWords } from './labels.ts';
import { UI_LANG, type Voices, voices } from './voices.ts';

/** A date ready to render: the machine value for `<time datetime>` and the words. */
export interface DateView {
  /** `datetime` value of the start (never finer than the source); none for a decade or a century. */
  datetime?: string;
  /** `datetime` value of the end, for ranges (none for a decade or a century). */
  endDatetime?: string;
  /** The whole date in words ("September – November 2025" style ranges included). */
  text: string;
  /** The start in words. */
  startText: string;
  /** The end in words, for ranges. */
  endText?: string;
  note?: string;
}

/** A story date in words. Dates are ours: written in the interface's language, whatever the story's. */
export function dateView(date: StoryDate, lang: string = UI_LANG): DateView {
  const text = formatStoryDate(date, lang);
  // An open range is one <time> for its start, in words that say it runs on ("from March 2025").
  const view: DateView = { text, startText: date.open ? text : formatDatePoint(date.start, lang) };
  const datetime = machineDate(date.start);
  if (datetime) view.datetime = datetime;
  if (date.end) {
    const endDatetime = machineDate(date.end);
    if (endDatetime) view.endDatetime = endDatetime;
    view.endText = formatRangeEnd(date.start, date.end, lang);
  }
  if (date.note) view.note = date.note;
  return view;
}

export function timestampView(stamp: Timestamp, lang: string = UI_LANG): DateView {
  const text = formatTimestamp(stamp, lang);
  return { datetime: stamp.iso, text, startText: text };
}

export interface ActorView {
  id: string;
  name: string;
  shortName: string;
  kindLabel: string;
  role?: string;
  country?: string;
  aliases: string[];
  /** Names of the registry actors this one belongs to. */
  memberOf: string[];
}

/**
 * The actor's other names, as the registry lists them, less any that repeat its
 * name or short name (a registry may list `UN` both as short name and alias).
 */
export function otherNames(actor: Actor): string[] {
  const seen = new Set([actor.name, actor.shortName].filter(Boolean).map((n) => n!.toLocaleLowerCase()));
  return actor.aliases.filter((alias) => {
    const key = alias.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function actorView(actor: Actor, registry: ReadonlyMap<string, Actor>): ActorView {
  const view: ActorView = {
    id: actor.id,
    name: actor.name,
    shortName: actor.shortName ?? actor.name,
    kindLabel: ACTOR_KIND_LABEL[actor.kind],
    aliases: otherNames(actor),
    memberOf: actor.memberOf.map((id) => registry.get(id)?.name ?? id),
  };
  if (actor.role) view.role = actor.role;
  if (actor.country) view.country = actor.country;
  return view;
}

/** Actor ids in the order they first appear in the story: claims, assessments, then events. */
export function actorIdsInOrder(data: Pick<ArticleData, 'claims' | 'assessments' | 'events'>): string[] {
  const ids = new Set<string>();
  for (const claim of data.claims) ids.add(claim.actor.id);
  for (const assessment of data.assessments) for (const ref of assessment.actors) ids.add(ref.id);
  for (const event of data.events) for (const ref of event.actors) ids.add(ref.id);
  return [...ids];
}

/** What every view of a story shows in its header and navigation. */
/** How long a headline is: a long one is set smaller, so that the text still starts on the first screen. */
export type HeadlineLength = 'short' | 'long' | 'very-long';

/** Headlines longer than these many characters are `long`, `very-long`. */
export const HEADLINE_LENGTHS = { long: 80, 'very-long': 130 } as const;

export function headlineLength(title: string): HeadlineLength {
  const n = [...title].length;
  if (n > HEADLINE_LENGTHS['very-long']) return 'very-long';
  return n > HEADLINE_LENGTHS.long ? 'long' : 'short';
}

export interface StoryHeaderView {
  slug: string;
  title: string;
  titleLength: HeadlineLength;
  dek: string;
  lang: string;
  /** `lang` attributes for our words and the story's on its pages. */
  voices: Voices;
  publisher: { name: string; url?: string };
  byline?: string;
  published: DateView;
  updated?: DateView;
  corrections: { date: DateView; text: string }[];
  source: { name: string; url?: string };
  places: string[];
  tags: string[];
  image?: ArticleData['image'];
  links: { article: string; claims: string; timeline: string };
  counts: { claims: number; assessments: number; events: number };
  /** One line for listings and meta descriptions. */
  summary: string;
}

export function storyHeaderView(slug: string, data: ArticleData): StoryHeaderView {
  const view: StoryHeaderView = {
    slug,
    title: data.title,
    titleLength: headlineLength(data.title),
    dek: data.dek,
    lang: data.lang,
    voices: voices(data.lang),
    publisher: data.publisher,
    published: timestampView(data.published),
    corrections: data.corrections.map((c) => ({ date: timestampView(c.date), text: c.text })),
    source: data.source,
    places: data.places,
    tags: data.tags,
    links: { article: routes.article(slug), claims: routes.claims(slug), timeline: routes.timeline(slug) },
    counts: { claims: data.claims.length, assessments: data.assessments.length, events: data.events.length },
    summary: data.dek,
  };
  if (data.byline) view.byline = data.byline;
  if (data.updated) view.updated = timestampView(data.updated);
  if (data.image) view.image = data.image;
  return view;
}

/** The "who's who" of a story: every actor it mentions, in order of first appearance. */
export function whosWho(data: ArticleData, registry: ReadonlyMap<string, Actor>): ActorView[] {
  return actorIdsInOrder(data)
    .map((id) => registry.get(id))
    .filter((a): a is Actor => a !== undefined)
    .map((actor) => actorView(actor, registry));
}

/** Index of stories, newest first (ties: by title, so the order is stable). */
export function storiesNewestFirst<T extends { data: Pick<ArticleData, 'published' | 'title'> }>(
  entries: readonly T[],
): T[] {
  return [...entries].sort(
    (a, b) => b.data.published.ms - a.data.published.ms || a.data.title.localeCompare(b.data.title),
  );
}

export { listInWords };
export type { DatePoint };
