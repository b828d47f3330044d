/**
 * One actor's record across every story (issue 21): what they claimed, with the
 * stances of the assessments that address each claim (in words and counts, never
 * a score), the assessments they made, and the events they took part in. Pure:
 * pages, data files and the search index read it.
 */
import type { Actor } from '../../schemas/actor.ts';
import type { ArticleData } from '../../schemas/article.ts';
import { type Stance, STANCES } from '../../schemas/assessment.ts';
import { routes } from '../routes.ts';
import { compareEntries, timelineEntries } from '../timeline/entries.ts';
import type { StanceCounts } from '../view/claims.ts';
import { itemLabel } from '../view/labels.ts';
import {
  type ActorView,
  actorView,
  type DateView,
  dateView,
  storiesNewestFirst,
  timestampView,
} from '../view/story.ts';
import { certainDate, type StoryDate } from '../dates.ts';

export interface StoryLike {
  id: string;
  data: ArticleData;
}

/** What one assessment does to one claim, for the line under a claim or an assessment. */
export interface StanceLine {
  stance: Stance;
  /** The other side: who assessed (under a claim) or what claim (under an assessment). */
  text: string;
  href: string;
}

export interface RecordEntry {
  kind: 'claim' | 'assessment' | 'event';
  id: string;
  /** `C1`, `A2`, `E3`: the label the story's pages give it. */
  label: string;
  date: DateView;
  /** The claim's or assessment's statement, the event's title. */
  text: string;
  /** Its own page (claims, events) or its place on the comparison (assessments). */
  href: string;
  /** Claims: how many assessments take each stance toward it, and who. */
  stances?: StanceCounts;
  lines: StanceLine[];
  /** Events: others who took part. Assessments: co-authors. */
  with: string[];
  /** EDTF as written, for the data files. */
  edtf: string;
  /** The date as schema.org may state it (`certainDate`), when it can. */
  certain?: string;
}

export interface RecordStory {
  slug: string;
  title: string;
  /** The story's language: its title and our statements of its items are in it. */
  lang: string;
  href: string;
  published: DateView;
  entries: RecordEntry[];
}

export interface ActorLink {
  id: string;
  name: string;
  /** Only actors with a record page get a link. */
  href?: string;
}

export interface ActorRecord {
  actor: ActorView;
  /** Registry actors this one belongs to, and those that belong to it. */
  memberOf: ActorLink[];
  members: ActorLink[];
  /** Stories newest first; in each, the actor's entries in time order. */
  stories: RecordStory[];
  counts: { stories: number; claims: number; assessments: number; events: number };
}

const emptyStances = (): StanceCounts => Object.fromEntries(STANCES.map((s) => [s, 0])) as StanceCounts;

/** Ids of every actor a story names in a claim, an assessment or an event. */
export function storyActorIds(data: Pick<ArticleData, 'claims' | 'assessments' | 'events'>): Set<string> {
  return new Set([
    ...data.claims.map((c) => c.actor.id),
    ...data.assessments.flatMap((a) => a.actors.map((r) => r.id)),
    ...data.events.flatMap((e) => e.actors.map((r) => r.id)),
  ]);
}

/** For each actor named in at least one story, the stories naming them (in catalogue order). */
export function storiesByActor<T extends StoryLike>(stories: readonly T[]): Map<string, T[]> {
  const byActor = new Map<string, T[]>();
  for (const story of stories)
    for (const id of storyActorIds(story.data)) {
      const list = byActor.get(id) ?? [];
      list.push(story);
      byActor.set(id, list);
    }
  return byActor;
}

function nameOf(registry: ReadonlyMap<string, Actor>, id: string): string {
  return registry.get(id)?.name ?? id;
}

/** The actor's entries in one story, in the story timeline's order. */
function storyEntries(
  actorId: string,
  slug: string,
  data: ArticleData,
  registry: ReadonlyMap<string, Actor>,
): RecordEntry[] {
  const name = (id: string) => nameOf(registry, id);
  const claimById = new Map(data.claims.map((c, i) => [c.id, { claim: c, index: i }]));
  const entries: RecordEntry[] = [];
  for (const entry of timelineEntries(data).sort(compareEntries)) {
    if (!entry.actorIds.includes(actorId)) continue;
    const base = (text: string, date: StoryDate, href: string) => ({
      ...(certainDate(date) ? { certain: certainDate(date)! } : {}),
      kind: entry.kind,
      id: entry.id,
      label: itemLabel(entry.kind, entry.sourceIndex),
      date: dateView(date),
      edtf: date.edtf,
      text,
      href,
      lines: [] as StanceLine[],
      with: entry.actorIds.filter((id) => id !== actorId).map(name),
    });
    if (entry.kind === 'claim') {
      const claim = data.claims[entry.sourceIndex]!;
      const stances = emptyStances();
      const lines: StanceLine[] = [];
      for (const assessment of data.assessments)
        for (const link of assessment.addresses)
          if (link.claim === claim.id) {
            stances[link.stance] += 1;
            lines.push({
              stance: link.stance,
              text: assessment.actors.map((r) => name(r.id)).join(', '),
              href: `${routes.claims(slug)}#assessment-${assessment.id}`,
            });
          }
      entries.push({
        ...base(claim.statement, claim.date, routes.claimPermalink(slug, claim.id)),
        stances,
        lines,
      });
    } else if (entry.kind === 'assessment') {
      const assessment = data.assessments[entry.sourceIndex]!;
      entries.push({
        ...base(assessment.statement, assessment.date, `${routes.claims(slug)}#assessment-${assessment.id}`),
        lines: assessment.addresses.map((link) => {
          const target = claimById.get(link.claim);
          return {
            stance: link.stance,
            text: target
              ? `${itemLabel('claim', target.index)} (${name(target.claim.actor.id)}): ${target.claim.statement}`
              : link.claim,
            href: routes.claimPermalink(slug, link.claim),
          };
        }),
      });
    } else {
      const event = data.events[entry.sourceIndex]!;
      entries.push(base(event.title, event.date, routes.eventPermalink(slug, event.id)));
    }
  }
  return entries;
}

/** The record of one actor over the stories that name them. */
export function actorRecord(
  actorId: string,
  stories: readonly StoryLike[],
  registry: ReadonlyMap<string, Actor>,
  withPages: ReadonlySet<string>,
): ActorRecord {
  const actor = registry.get(actorId);
  if (!actor) throw new Error(`actor "${actorId}" is not in the registry`);
  const link = (id: string): ActorLink => ({
    id,
    name: nameOf(registry, id),
    ...(withPages.has(id) ? { href: routes.actor(id) } : {}),
  });
  const record = storiesNewestFirst(stories).map((story) => ({
    slug: story.id,
    title: story.data.title,
    lang: story.data.lang,
    href: routes.article(story.id),
    published: timestampView(story.data.published),
    entries: storyEntries(actorId, story.id, story.data, registry),
  }));
  const all = record.flatMap((s) => s.entries);
  const count = (kind: RecordEntry['kind']) => all.filter((e) => e.kind === kind).length;
  return {
    actor: actorView(actor, registry),
    memberOf: actor.memberOf.map(link),
    members: [...registry.values()]
      .filter((other) => other.memberOf.includes(actorId))
      .map((other) => link(other.id))
      .sort((a, b) => a.name.localeCompare(b.name)),
    stories: record.filter((s) => s.entries.length > 0),
    counts: {
      stories: record.filter((s) => s.entries.length > 0).length,
      claims: count('claim'),
      assessments: count('assessment'),
      events: count('event'),
    },
  };
}

/** The directory of actors: every actor named in a story, by name, with how many stories name them. */
export function actorDirectory(
  byActor: ReadonlyMap<string, readonly StoryLike[]>,
  registry: ReadonlyMap<string, Actor>,
): { id: string; name: string; kindLabel: string; role?: string; stories: number; href: string }[] {
  return [...byActor.entries()]
    .filter(([id]) => registry.has(id))
    .map(([id, stories]) => {
      const view = actorView(registry.get(id)!, registry);
      return {
        id,
        name: view.name,
        kindLabel: view.kindLabel,
        ...(view.role ? { role: view.role } : {}),
        stories: stories.length,
        href: routes.actor(id),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
