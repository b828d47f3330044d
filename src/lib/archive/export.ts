/** One actor's record as data: a JSON document and one CSV table (a row per entry). Pure. */
import { toCsv } from '../export/story-data.ts';
import { routes } from '../routes.ts';
import { absoluteOn, type SiteLocation } from '../seo/urls.ts';
import type { ActorRecord } from './actors.ts';

export function actorRecordData(record: ActorRecord, location: SiteLocation) {
  const url = (path: string) => absoluteOn(location, path);
  const link = (a: ActorRecord['memberOf'][number]) => ({
    id: a.id,
    name: a.name,
    ...(a.href ? { url: url(a.href) } : {}),
  });
  return {
    actor: { ...record.actor, url: url(routes.actor(record.actor.id)) },
    memberOf: record.memberOf.map(link),
    members: record.members.map(link),
    counts: record.counts,
    stories: record.stories.map((story) => ({
      slug: story.slug,
      title: story.title,
      lang: story.lang,
      url: url(story.href),
      published: story.published.datetime,
      entries: story.entries.map((e) => ({
        kind: e.kind,
        id: e.id,
        label: e.label,
        date: { edtf: e.edtf, text: e.date.text, ...(e.date.note ? { note: e.date.note } : {}) },
        text: e.text,
        url: url(e.href),
        ...(e.stances ? { stances: e.stances } : {}),
        ...(e.kind === 'claim'
          ? { assessedBy: e.lines.map((l) => ({ stance: l.stance, who: l.text, url: url(l.href) })) }
          : {}),
        ...(e.kind === 'assessment'
          ? { addresses: e.lines.map((l) => ({ stance: l.stance, claim: l.text, url: url(l.href) })) }
          : {}),
        ...(e.with.length ? { with: e.with } : {}),
      })),
    })),
  };
}

export function actorRecordCsv(record: ActorRecord, location: SiteLocation): string {
  return toCsv(
    [
      'story_slug',
      'story_title',
      'kind',
      'id',
      'label',
      'date_edtf',
      'date_text',
      'text',
      'contradicts',
      'qualifies',
      'supports',
      'context',
      'with',
      'url',
    ],
    record.stories.flatMap((story) =>
      story.entries.map((e) => [
        story.slug,
        story.title,
        e.kind,
        e.id,
        e.label,
        e.edtf,
        e.date.text,
        e.text,
        e.stances?.contradicts,
        e.stances?.qualifies,
        e.stances?.supports,
        e.stances?.context,
        e.with.join('; '),
        // Last, so the address ends the line (and tools that find links in text read it whole).
        absoluteOn(location, e.href),
      ]),
    ),
  );
}
