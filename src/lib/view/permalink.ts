/** View models for the one-item permalink pages (`routes.claimPermalink`, `routes.eventPermalink`). */
import type { Actor } from '../../schemas/actor.ts';
import type { ArticleData, ClaimData, EventData } from '../../schemas/article.ts';
import { routes } from '../routes.ts';
import { type DateView, dateView } from './story.ts';

const STANCE_LABEL = {
  contradicts: 'contradicts',
  qualifies: 'qualifies',
  supports: 'supports',
  context: 'gives context to',
} as const;

export interface ClaimPermalinkView {
  id: string;
  statement: string;
  who: { name: string; role?: string };
  date: DateView;
  question: string;
  excerpt: string;
  quotes: string[];
  assessments: { id: string; who: string; stance: string; statement: string; date: DateView; href: string }[];
  /** The claim in context: on the comparison page and in the article text. */
  inContext: { comparison: string; article: string };
}

function who(registry: ReadonlyMap<string, Actor>, id: string) {
  const actor = registry.get(id);
  return { name: actor?.name ?? id, ...(actor?.role ? { role: actor.role } : {}) };
}

export function claimPermalinkView(
  slug: string,
  data: ArticleData,
  claim: ClaimData,
  registry: ReadonlyMap<string, Actor>,
): ClaimPermalinkView {
  return {
    id: claim.id,
    statement: claim.statement,
    who: who(registry, claim.actor.id),
    date: dateView(claim.date),
    question: data.questions.find((q) => q.id === claim.question)?.text ?? claim.question,
    excerpt: claim.excerpt,
    quotes: claim.quotes,
    assessments: data.assessments.flatMap((a) =>
      a.addresses
        .filter((x) => x.claim === claim.id)
        .map((x) => ({
          id: a.id,
          who: a.actors.map((r) => who(registry, r.id).name).join(', '),
          stance: STANCE_LABEL[x.stance],
          statement: a.statement,
          date: dateView(a.date),
          href: `${routes.claims(slug)}#assessment-${a.id}`,
        })),
    ),
    inContext: {
      comparison: `${routes.claims(slug)}#claim-${claim.id}`,
      article: `${routes.article(slug)}#claim-${claim.id}`,
    },
  };
}

export interface EventPermalinkView {
  id: string;
  title: string;
  summary: string;
  date: DateView;
  actors: string[];
  kind: string;
  excerpt?: string;
  inContext: { timeline: string };
}

export function eventPermalinkView(
  slug: string,
  event: EventData,
  registry: ReadonlyMap<string, Actor>,
): EventPermalinkView {
  const view: EventPermalinkView = {
    id: event.id,
    title: event.title,
    summary: event.summary,
    date: dateView(event.date),
    actors: event.actors.map((a) => who(registry, a.id).name),
    kind: event.kind.charAt(0).toUpperCase() + event.kind.slice(1),
    inContext: { timeline: `${routes.timeline(slug)}#event-${event.id}` },
  };
  if (event.excerpt) view.excerpt = event.excerpt;
  return view;
}
