import type { ArticleData } from '../schemas/article.ts';
import type { Actor } from '../schemas/actor.ts';
import { routes, withBase } from './routes.ts';
import { BACKGROUND_LANE_NAME, itemLabel, listInWords } from './view/labels.ts';
import { type VoiceAttributes, voices } from './view/voices.ts';

/** A passage of the article to mark, and where its mark links to. */
export interface ExcerptMark {
  /** The element id, e.g. `claim-very-far`. */
  anchor: string;
  kind: 'claim' | 'assessment' | 'event';
  /** Verbatim text to find. */
  excerpt: string;
  /** Where the mark's reference link goes (absolute path, base included). */
  href: string;
  /** Visible label of the reference link, e.g. `C1`. */
  label: string;
  /** Accessible name of the reference link; starts with the visible label. */
  description: string;
  /** `lang` (and `dir`) of the reference link, whose label and name are ours, when the story is in another language. */
  voice?: VoiceAttributes;
}

function names(ids: { id: string }[], actors: ReadonlyMap<string, Actor>): string {
  return listInWords(ids.map((ref) => actors.get(ref.id)?.name ?? ref.id));
}

/** Every excerpt of a story, in the order claims → assessments → events, each with its link. */
export function excerptMarks(
  slug: string,
  data: Pick<ArticleData, 'claims' | 'assessments' | 'events' | 'lang'>,
  actors: ReadonlyMap<string, Actor>,
  base: string,
): ExcerptMark[] {
  const { ours } = voices(data.lang);
  const marked = ours.lang !== undefined;
  const marks: ExcerptMark[] = [];
  data.claims.forEach((claim, i) => {
    const label = itemLabel('claim', i);
    marks.push({
      anchor: `claim-${claim.id}`,
      kind: 'claim',
      excerpt: claim.excerpt,
      href: withBase(base, `${routes.claims(slug)}#claim-${claim.id}`),
      label,
      description: `${label}: claim by ${names([claim.actor], actors)} — compare with the assessments`,
    });
  });
  data.assessments.forEach((assessment, i) => {
    const label = itemLabel('assessment', i);
    marks.push({
      anchor: `assessment-${assessment.id}`,
      kind: 'assessment',
      excerpt: assessment.excerpt,
      href: withBase(base, `${routes.claims(slug)}#assessment-${assessment.id}`),
      label,
      description: `${label}: assessment by ${names(assessment.actors, actors)} — see the claims it addresses`,
    });
  });
  data.events.forEach((event, i) => {
    if (!event.excerpt) return;
    const label = itemLabel('event', i);
    marks.push({
      anchor: `event-${event.id}`,
      kind: 'event',
      excerpt: event.excerpt,
      href: withBase(base, `${routes.timeline(slug)}#event-${event.id}`),
      label,
      // An accessible name has one language: in a story of another language than ours the
      // event is named by its actors (our words), not by its title (the story's).
      description: marked
        ? `${label}: ${event.actors.length ? `event involving ${names(event.actors, actors)}` : `${BACKGROUND_LANE_NAME.toLowerCase()} event`} — see it on the timeline`
        : `${label}: event “${event.title}” — see it on the timeline`,
    });
  });
  return marked ? marks.map((mark) => ({ ...mark, voice: ours })) : marks;
}
