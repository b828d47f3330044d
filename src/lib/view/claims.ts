/**
 * The claims-vs-assessments comparison (issue 3) as plain data: questions in
 * the story's order, each with its claims, each claim with the assessments
 * that address it and their stance. Components only render this.
 */
import type { Actor } from '../../schemas/actor.ts';
import type { ArticleData } from '../../schemas/article.ts';
import { type Stance, STANCES } from '../../schemas/assessment.ts';
import { routes } from '../routes.ts';
import { itemLabel, listInWords } from './labels.ts';
import { type DateView, dateView } from './story.ts';
import { type Voices, voices } from './voices.ts';

/**
 * A stance in words: the badge ("Contradicts"), the verb for counts ("1 contradicts", "3
 * contradict") and what joins the verb to the claim ("gives context to it").
 */
export const STANCE_WORDS: Record<Stance, { label: string; one: string; many: string; toIt: string }> = {
  contradicts: { label: 'Contradicts', one: 'contradicts', many: 'contradict', toIt: 'it' },
  qualifies: { label: 'Qualifies', one: 'qualifies', many: 'qualify', toIt: 'it' },
  supports: { label: 'Supports', one: 'supports', many: 'support', toIt: 'it' },
  context: { label: 'Gives context', one: 'gives context', many: 'give context', toIt: 'to it' },
};

/** "1 contradicts", "3 qualify", "0 support". */
export function stanceCount(n: number, stance: Stance): string {
  return `${n} ${n === 1 ? STANCE_WORDS[stance].one : STANCE_WORDS[stance].many}`;
}

export type StanceCounts = Record<Stance, number>;

export interface ComparisonCounts {
  claims: number;
  /** Distinct assessments addressing at least one of these claims. */
  assessments: number;
  /** One per (assessment, claim) pair: an assessment addressing two claims counts twice. */
  links: number;
  stances: StanceCounts;
  /** Claims no assessment addresses. */
  unanswered: number;
}

/** Who: a registry actor as this page names them. */
export interface ActorLine {
  id: string;
  name: string;
  role?: string;
}

/** Another claim an assessment addresses, for "also addresses C3 (qualifies)". */
export interface AddressedClaim {
  label: string;
  stance: Stance;
  stanceLabel: string;
  /** Root-relative link to that claim on this page. */
  href: string;
}

/** One appearance of an assessment under a claim. */
export interface AssessmentAppearance {
  id: string;
  /** `A1`, `A2`… in the story's order, as the article's reference links say. */
  label: string;
  /** The element id of the full assessment, `assessment-<id>`. */
  anchor: string;
  /**
   * The first appearance in page order carries the anchor and every detail;
   * the others are short and link to it.
   */
  canonical: boolean;
  /** How the assessment bears on the claim it appears under. */
  stance: Stance;
  stanceLabel: string;
  statement: string;
  actors: ActorLine[];
  /** The actors' names in one phrase: "France, Italy and the United States". */
  byNames: string;
  date: DateView;
  basis: string;
  quotes: string[];
  /** Root-relative link to the passage in the article. */
  articleHref: string;
  /** Root-relative permalink of the full assessment on this page. */
  selfHref: string;
  /** Label of the claim under which the full assessment stands. */
  canonicalClaimLabel: string;
  /** The other claims it addresses (canonical appearance only uses them). */
  alsoAddresses: AddressedClaim[];
}

export interface ClaimRow {
  id: string;
  /** `C1`, `C2`… in the story's order, as the article's reference links say. */
  label: string;
  anchor: string;
  statement: string;
  actor: ActorLine;
  date: DateView;
  quotes: string[];
  articleHref: string;
  /** Root-relative link to the claim's own page, whose link preview is the claim's (its "Link"). */
  selfHref: string;
  assessments: AssessmentAppearance[];
}

export interface QuestionGroup {
  id: string;
  anchor: string;
  text: string;
  counts: ComparisonCounts;
  claims: ClaimRow[];
}

export interface ClaimsComparison {
  voices: Voices;
  counts: ComparisonCounts;
  questions: QuestionGroup[];
}

const emptyStances = (): StanceCounts => Object.fromEntries(STANCES.map((s) => [s, 0])) as StanceCounts;

function actorLine(id: string, registry: ReadonlyMap<string, Actor>): ActorLine {
  const actor = registry.get(id);
  const line: ActorLine = { id, name: actor?.name ?? id };
  if (actor?.role) line.role = actor.role;
  return line;
}

function countRows(rows: readonly ClaimRow[]): ComparisonCounts {
  const stances = emptyStances();
  const assessments = new Set<string>();
  let links = 0;
  for (const row of rows) {
    for (const a of row.assessments) {
      stances[a.stance] += 1;
      assessments.add(a.id);
      links += 1;
    }
  }
  return {
    claims: rows.length,
    assessments: assessments.size,
    links,
    stances,
    unanswered: rows.filter((r) => r.assessments.length === 0).length,
  };
}

/** The comparison of one story, computed from its validated frontmatter. */
export function claimsComparison(
  slug: string,
  data: Pick<ArticleData, 'lang' | 'questions' | 'claims' | 'assessments'>,
  registry: ReadonlyMap<string, Actor>,
): ClaimsComparison {
  const page = routes.claims(slug);
  const article = routes.article(slug);
  const claimLabel = new Map(data.claims.map((c, i) => [c.id, itemLabel('claim', i)]));

  // Page order: questions in the story's order, claims in the story's order within each.
  const ordered = data.questions.flatMap((q) => data.claims.filter((c) => c.question === q.id));
  const position = new Map(ordered.map((c, i) => [c.id, i]));

  // Each assessment stands in full under the first claim it addresses in page order.
  const canonicalClaim = new Map(
    data.assessments.map((a) => {
      const first = [...a.addresses].sort(
        (x, y) => (position.get(x.claim) ?? Infinity) - (position.get(y.claim) ?? Infinity),
      )[0]!;
      return [a.id, first.claim];
    }),
  );

  const rowOf = (claim: ArticleData['claims'][number]): ClaimRow => ({
    id: claim.id,
    label: claimLabel.get(claim.id)!,
    anchor: `claim-${claim.id}`,
    statement: claim.statement,
    actor: actorLine(claim.actor.id, registry),
    date: dateView(claim.date),
    quotes: claim.quotes,
    articleHref: `${article}#claim-${claim.id}`,
    selfHref: routes.claimPermalink(slug, claim.id),
    assessments: data.assessments.flatMap((a, i) =>
      a.addresses
        .filter((ref) => ref.claim === claim.id)
        .map((ref): AssessmentAppearance => {
          const home = canonicalClaim.get(a.id)!;
          return {
            id: a.id,
            label: itemLabel('assessment', i),
            anchor: `assessment-${a.id}`,
            canonical: home === claim.id,
            stance: ref.stance,
            stanceLabel: STANCE_WORDS[ref.stance].label,
            statement: a.statement,
            actors: a.actors.map((ref) => actorLine(ref.id, registry)),
            byNames: listInWords(a.actors.map((ref) => actorLine(ref.id, registry).name)),
            date: dateView(a.date),
            basis: a.basis,
            quotes: a.quotes,
            articleHref: `${article}#assessment-${a.id}`,
            selfHref: `${page}#assessment-${a.id}`,
            canonicalClaimLabel: claimLabel.get(home)!,
            alsoAddresses: a.addresses
              .filter((other) => other.claim !== claim.id)
              .sort((x, y) => (position.get(x.claim) ?? 0) - (position.get(y.claim) ?? 0))
              .map((other) => ({
                label: claimLabel.get(other.claim) ?? other.claim,
                stance: other.stance,
                stanceLabel: STANCE_WORDS[other.stance].label,
                href: `${page}#claim-${other.claim}`,
              })),
          };
        }),
    ),
  });

  const questions = data.questions.map((q): QuestionGroup => {
    const claims = data.claims.filter((c) => c.question === q.id).map(rowOf);
    return { id: q.id, anchor: `question-${q.id}`, text: q.text, counts: countRows(claims), claims };
  });
  return { voices: voices(data.lang), counts: countRows(questions.flatMap((q) => q.claims)), questions };
}
