/** View models for the one-item permalink pages (`routes.claimPermalink`, `routes.eventPermalink`). */
import type { Actor } from '../../schemas/actor.ts';
import type { ArticleData, ClaimData, EventData } from '../../schemas/article.ts';
import { routes } from '../routes.ts';
import { STANCE_WORDS } from './claims.ts';
import { itemLabel, listInWords } from './labels.ts';
import { type DateView, dateView } from './story.ts';

export interface ClaimPermalinkView {
  id: string;
  /** `C1`…: the label of the article's reference link for it. */
  label: string;
  statement: string;
  who: { name: string; role?: string };
  date: DateView;
  question: string;
  excerpt: string;
  quotes: string[];
  /** Who ("A, B and C") and what they do to the claim, said of one or of several ("contradict it", "gives context to it"). */
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
    label: itemLabel('claim', data.claims.indexOf(claim)),
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
          who: listInWords(a.actors.map((r) => who(registry, r.id).name)),
          stance: `${STANCE_WORDS[x.stance][a.actors.length === 1 ? 'one' : 'many']} ${STANCE_WORDS[x.stance].toIt}`,
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
  /** `E1`…: the label of the article's reference link for it. */
  label: string;
  title: string;
  summary: string;
  date: DateView;
  actors: string[];
  kind: string;
  excerpt?: string;
  /** The event on the timeline, and its passage in the article when it has an excerpt. */
  inContext: { timeline: string; article?: string };
}

export function eventPermalinkView(
  slug: string,
  data: Pick<ArticleData, 'events'>,
  event: EventData,
  registry: ReadonlyMap<string, Actor>,
): EventPermalinkView {
  const view: EventPermalinkView = {
    id: event.id,
    label: itemLabel('event', data.events.indexOf(event)),
    title: event.title,
    summary: event.summary,
    date: dateView(event.date),
    actors: event.actors.map((a) => who(registry, a.id).name),
    kind: event.kind.charAt(0).toUpperCase() + event.kind.slice(1),
    inContext: { timeline: `${routes.timeline(slug)}#event-${event.id}` },
  };
  if (event.excerpt) {
    view.excerpt = event.excerpt;
    view.inContext.article = `${routes.article(slug)}#event-${event.id}`;
  }
  return view;
}
