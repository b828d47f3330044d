/**
 * What the static search finds (Pagefind custom records, written by
 * src/integrations/search-index.ts): every story, claim, assessment, event and
 * actor, each pointing to its own page, with filters by actor, topic and kind.
 * Built from validated data, not scraped from pages, so what a result says is
 * what the data says. Pure.
 */
import type { Actor } from '../../schemas/actor.ts';
import type { ArticleData } from '../../schemas/article.ts';
import { routes } from '../routes.ts';
import { dateView, otherNames, timestampView } from '../view/story.ts';

export interface SearchRecord {
  url: string;
  content: string;
  /** Every record goes in one index: the search page is in English, whatever a story's language. */
  language: 'en';
  meta: { title: string; kind: string; date?: string; story?: string };
  filters: { kind: string[]; actor?: string[]; topic?: string[] };
}

export const SEARCH_KINDS = ['Claim', 'Assessment', 'Event', 'Story', 'Actor'] as const;

/** The search records of one story: the story itself and each of its items. */
export function storyRecords(slug: string, data: ArticleData, registry: ReadonlyMap<string, Actor>): SearchRecord[] {
  const name = (id: string) => registry.get(id)?.name ?? id;
  const topic = data.tags.length ? { topic: [...data.tags] } : {};
  const record = (
    kind: (typeof SEARCH_KINDS)[number],
    url: string,
    title: string,
    content: string[],
    actors: string[],
    date?: string,
  ): SearchRecord => ({
    url,
    content: content.filter(Boolean).join('\n'),
    language: 'en',
    meta: { title, kind, ...(date ? { date } : {}), ...(kind === 'Story' ? {} : { story: data.title }) },
    filters: { kind: [kind], ...(actors.length ? { actor: [...new Set(actors)] } : {}), ...topic },
  });
  return [
    record(
      'Story',
      routes.article(slug),
      data.title,
      [data.title, data.dek, ...data.places],
      [
        ...new Set([...data.claims.map((c) => c.actor.id), ...data.events.flatMap((e) => e.actors.map((a) => a.id))]),
      ].map(name),
      timestampView(data.published).text,
    ),
    ...data.claims.map((c) =>
      record(
        'Claim',
        routes.claimPermalink(slug, c.id),
        `${name(c.actor.id)}: ${c.statement}`,
        [name(c.actor.id), c.statement, ...c.quotes],
        [name(c.actor.id)],
        dateView(c.date).text,
      ),
    ),
    ...data.assessments.map((a) => {
      const who = a.actors.map((r) => name(r.id));
      return record(
        'Assessment',
        `${routes.claims(slug)}#assessment-${a.id}`,
        `${who.join(', ')}: ${a.statement}`,
        [...who, a.statement, ...a.quotes, a.basis],
        who,
        dateView(a.date).text,
      );
    }),
    ...data.events.map((e) =>
      record(
        'Event',
        routes.eventPermalink(slug, e.id),
        e.title,
        [e.title, e.summary, ...e.actors.map((r) => name(r.id))],
        e.actors.map((r) => name(r.id)),
        dateView(e.date).text,
      ),
    ),
  ];
}

/** The search record of an actor's record page. */
export function actorSearchRecord(actor: Actor): SearchRecord {
  return {
    url: routes.actor(actor.id),
    content: [actor.name, actor.shortName, ...otherNames(actor), actor.role, actor.country].filter(Boolean).join('\n'),
    language: 'en',
    meta: { title: actor.name, kind: 'Actor' },
    filters: { kind: ['Actor'], actor: [actor.name] },
  };
}
