import type { Actor } from '../../schemas/actor.ts';
import type { ArticleData } from '../../schemas/article.ts';
import { preview, verbatimMatcher } from '../text.ts';
import { afterProblems, ENTRY_LISTS, orderedItems, resolveAfter } from '../timeline/order.ts';
import type { ContentIssue } from './errors.ts';
import { actorNamed, didYouMean } from './suggest.ts';

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;
/** The line of the file a field path is written on, for pointing at a second place in a message. */
type LineOf = (path: Path) => number | undefined;

/** Reports ids used twice within one list, with where the first use is. `field` is '' for a top-level list. */
function checkUniqueIds(list: readonly { id: string }[], field: string, report: Report, lineOf: LineOf) {
  const at = (i: number): Path => (field ? [field, i] : [i]);
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, i);
      return;
    }
    const line = lineOf([...at(first), 'id']);
    report(
      [...at(i), 'id'],
      `\`${item.id}\` is already used by ${field}[${first}]${line ? ` (line ${line})` : ''}. Fix: give each entry its own id.`,
    );
  });
}

/** Registry rules: unique ids, memberships that resolve, nobody a member of themselves. */
export function checkRegistry(actors: readonly Actor[], report: Report, lineOf: LineOf = () => undefined): void {
  checkUniqueIds(actors, '', report, lineOf);
  const ids = new Set(actors.map((a) => a.id));
  actors.forEach((actor, i) =>
    actor.memberOf.forEach((parent, j) => {
      if (parent === actor.id)
        report([i, 'memberOf', j], `an actor cannot be a member of itself. Fix: remove \`${parent}\`.`);
      else if (!ids.has(parent))
        report(
          [i, 'memberOf', j],
          `\`${parent}\` is not in the actor registry. Fix: add it to the registry or correct the id.${didYouMean(parent, ids)}`,
        );
    }),
  );
}

/** The first words of `text`, for showing where two texts part. */
const head = (text: string, max = 30) => {
  const chars = [...text.trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
};

/** The last words of `text`. */
const tail = (text: string, max = 40) => {
  const chars = [...text];
  return chars.length > max ? `…${chars.slice(chars.length - max + 1).join('')}` : text;
};

/** The first words of a paragraph, cut between words, to say which paragraph is meant. */
const opening = (text: string, max = 40) => {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max).replace(/[\s,;:]+$/, '')}…`;
};

/** Story rules the schema alone cannot express: references, uniqueness, dates in order, verbatim text. */
export function checkStory(
  data: ArticleData,
  blocks: readonly string[],
  /** The registry by id; undefined when it could not be read, so no actor id is checked. */
  actors: ReadonlyMap<string, Actor> | undefined,
  report: Report,
  lineOf: LineOf = () => undefined,
): void {
  checkUniqueIds(data.questions, 'questions', report, lineOf);
  checkUniqueIds(data.claims, 'claims', report, lineOf);
  checkUniqueIds(data.assessments, 'assessments', report, lineOf);
  checkUniqueIds(data.events, 'events', report, lineOf);

  const questionIds = new Set(data.questions.map((q) => q.id));
  const claimIds = new Set(data.claims.map((c) => c.id));
  const knownActor = (ref: { id: string }, path: Path) => {
    if (!actors || actors.has(ref.id)) return;
    // An id made from a name ("sindicato-medico") points to the actor of that name, whatever its id.
    const named = actorNamed(ref.id, actors.values());
    const guess = named ? ` Did you mean \`${named.id}\` (${named.name})?` : didYouMean(ref.id, actors.keys());
    report(
      path,
      `\`${ref.id}\` is not in the actor registry. Fix: correct the id, or add the actor to the registry file.${guess}`,
    );
  };
  const matcher = verbatimMatcher(blocks);
  const verbatim = (text: string, path: Path, what: string) => {
    if (matcher.find(text)) return;
    const fix =
      'Fix: copy the words exactly from one paragraph of the body (only whitespace and the style of quotation marks may differ).';
    const parted = matcher.divergence(text);
    if (!parted) {
      report(path, `${what} is not verbatim in the article text: "${preview(text)}". ${fix}`);
      return;
    }
    const { matched, excerptRest, articleRest } = parted;
    const then = !articleRest.trim()
      ? `the paragraph ends where this goes on with "${head(excerptRest)}"`
      : /^\s/.test(articleRest)
        ? `the article has a space where this has none, before "${head(excerptRest)}"`
        : /^\s/.test(excerptRest)
          ? `this has a space where the article has none, before "${head(articleRest)}"`
          : `the article has "${head(articleRest)}" where this has "${head(excerptRest)}"`;
    report(
      path,
      `${what} is not verbatim in the article text: it matches up to "${tail(matched.trimEnd())}", then ${then}. ${fix}`,
    );
  };

  // Words shown as an actor's own must stand in the passage that reports them: a phrase from
  // another paragraph may be somebody else's words.
  const quoted = (quote: string, excerpt: string, path: Path, whose: string) => {
    const found = matcher.blocksWith(quote);
    if (found.length === 0) return verbatim(quote, path, 'the quote');
    const home = matcher.blocksWith(excerpt);
    if (home.length === 0 || home.some((b) => found.includes(b))) return;
    report(
      path,
      `the quote is in the article, but not in the paragraph of ${whose} excerpt: the excerpt is in the paragraph that starts "${opening(blocks[home[0]!]!)}", the quote in the one that starts "${opening(blocks[found[0]!]!)}". Words shown as the actor's own must come from the passage that reports them. Fix: quote words of the excerpt's paragraph, or leave this quote out.`,
    );
  };

  data.claims.forEach((claim, i) => {
    knownActor(claim.actor, ['claims', i, 'actor']);
    if (!questionIds.has(claim.question))
      report(
        ['claims', i, 'question'],
        `\`${claim.question}\` is not one of the story's questions. Fix: use an id from \`questions\` (${[...questionIds].join(', ')}).`,
      );
    verbatim(claim.excerpt, ['claims', i, 'excerpt'], 'the excerpt');
    claim.quotes.forEach((quote, j) => quoted(quote, claim.excerpt, ['claims', i, 'quotes', j], "this claim's"));
  });

  data.assessments.forEach((assessment, i) => {
    assessment.actors.forEach((ref, j) => knownActor(ref, ['assessments', i, 'actors', j]));
    const addressed = new Set<string>();
    assessment.addresses.forEach((link, j) => {
      if (!claimIds.has(link.claim))
        report(
          ['assessments', i, 'addresses', j, 'claim'],
          `\`${link.claim}\` is not a claim in this story. Fix: use an id from \`claims\`.${didYouMean(link.claim, claimIds)}`,
        );
      if (addressed.has(link.claim))
        report(
          ['assessments', i, 'addresses', j, 'claim'],
          `\`${link.claim}\` is addressed twice. Fix: keep one entry per claim.`,
        );
      addressed.add(link.claim);
    });
    verbatim(assessment.excerpt, ['assessments', i, 'excerpt'], 'the excerpt');
    assessment.quotes.forEach((quote, j) =>
      quoted(quote, assessment.excerpt, ['assessments', i, 'quotes', j], "this assessment's"),
    );
  });

  data.events.forEach((event, i) => {
    event.actors.forEach((ref, j) => knownActor(ref, ['events', i, 'actors', j]));
    if (event.excerpt) verbatim(event.excerpt, ['events', i, 'excerpt'], 'the excerpt');
  });

  const items = orderedItems(data);
  for (const item of items) {
    if (item.after === undefined) continue;
    const target = resolveAfter(item.after, items);
    if (!target.ok) report([ENTRY_LISTS[item.kind], item.index, 'after'], target.error);
  }
  for (const { item, message } of afterProblems(items)) report([ENTRY_LISTS[item.kind], item.index, 'after'], message);

  const involved = new Set([
    ...data.claims.map((c) => c.actor.id),
    ...data.assessments.flatMap((a) => a.actors.map((r) => r.id)),
    ...data.events.flatMap((e) => e.actors.map((r) => r.id)),
  ]);
  const laned = new Set<string>();
  data.lanes?.forEach((ref, i) => {
    if (actors && !actors.has(ref.id)) knownActor(ref, ['lanes', i]);
    else if (!involved.has(ref.id))
      report(
        ['lanes', i],
        // A story of background events alone (`actors: []`) has no actor to offer.
        `\`${ref.id}\` has no claim, assessment or event in this story, so it has no lane. Fix: remove it${involved.size ? `, or use an actor of this story (${[...involved].join(', ')})` : ''}.`,
      );
    else if (laned.has(ref.id)) report(['lanes', i], `\`${ref.id}\` is listed twice. Fix: name each actor once.`);
    laned.add(ref.id);
  });

  if (data.updated && data.updated.ms < data.published.ms)
    report(
      ['updated'],
      `is before \`published\` (${data.published.iso}). Fix: an update comes after first publication.`,
    );
  data.corrections.forEach((correction, i) => {
    if (correction.date.ms < data.published.ms)
      report(
        ['corrections', i, 'date'],
        `is before \`published\` (${data.published.iso}). Fix: check the correction's date.`,
      );
  });
}

export type { ContentIssue };
