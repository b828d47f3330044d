/** The link-preview card of an actor's record: who, and how much of the archive they appear in. */
import { clip, type OgCard } from '../og/draw.ts';
import { noun } from '../view/labels.ts';
import type { ActorRecord } from './actors.ts';

export function actorCard(siteName: string, record: ActorRecord): OgCard {
  const { actor, counts } = record;
  return {
    eyebrow: `${siteName} · Actor`,
    title: clip(actor.name, 150),
    byline: [actor.kindLabel, ...(actor.role ? [actor.role] : [])],
    stats: [
      { value: String(counts.stories), label: noun(counts.stories, 'story', 'stories') },
      { value: String(counts.claims), label: noun(counts.claims, 'claim') },
      { value: String(counts.assessments), label: noun(counts.assessments, 'assessment') },
      { value: String(counts.events), label: noun(counts.events, 'event') },
    ],
  };
}
