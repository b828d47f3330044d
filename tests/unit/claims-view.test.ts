import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { claimsComparison, stanceCount } from '../../src/lib/view/claims.ts';
import { listInWords, plural } from '../../src/lib/view/labels.ts';
import { claimPermalinkView, eventPermalinkView } from '../../src/lib/view/permalink.ts';
import { STANCES } from '../../src/schemas/assessment.ts';
import { FIXTURES } from '../support/content-root.ts';

// Expectations are computed from the content itself, for the fixture story and the first real story.
const roots = [
  ['fixture', loadContent(`${FIXTURES}/stories`, { base: '/' })],
  ['content', loadContent('content', { base: '/' })],
] as const;

const cases = roots.flatMap(([root, content]) => {
  const registry = new Map(content.actors.map((a) => [a.id, a]));
  return content.stories.map((story) => ({
    name: `${root}: ${story.slug}`,
    story,
    registry,
    comparison: claimsComparison(story.slug, story.data, registry),
  }));
});

describe.each(cases)('$name: the own pages of claims and events', ({ story, registry }) => {
  const { data, slug } = story;
  const chips = new Map(story.marks.map((m) => [m.anchor, m.label]));

  test('carry the labels of the article’s reference links, and a claim’s assessors agree with their verb', () => {
    for (const claim of data.claims) {
      const view = claimPermalinkView(slug, data, claim, registry);
      expect(view.label).toBe(chips.get(`claim-${claim.id}`));
      const addressing = data.assessments.filter((a) => a.addresses.some((x) => x.claim === claim.id));
      view.assessments.forEach((a, i) => {
        const names = addressing[i]!.actors.map((r) => registry.get(r.id)?.name ?? r.id);
        const several = names.length > 1;
        // "A, B and C contradict it"; "D qualifies it" (a name may have an "and" of its own).
        expect(a.who).toBe(listInWords(names));
        expect(/s( |$)/.test(a.stance.split(' ')[0]!)).toBe(!several);
      });
    }
    for (const event of data.events) {
      const view = eventPermalinkView(slug, data, event, registry);
      if (chips.has(`event-${event.id}`)) expect(view.label).toBe(chips.get(`event-${event.id}`));
      // An event the article reports links to its passage there.
      expect(view.inContext.article).toBe(event.excerpt ? `/${slug}/#event-${event.id}` : undefined);
    }
  });
});

test('the fixture story has an assessment by several actors, so the plural verbs above are checked', () => {
  const fixture = cases.find((c) => c.name.startsWith('fixture'))!;
  expect(fixture.story.data.assessments.some((a) => a.actors.length > 1)).toBe(true);
});

describe.each(cases)('$name', ({ story, registry, comparison }) => {
  const { data, slug } = story;
  const rows = comparison.questions.flatMap((q) => q.claims);
  const appearances = rows.flatMap((r) => r.assessments.map((a) => ({ ...a, under: r.id })));

  test('groups claims by question, in the story’s order, every claim once', () => {
    expect(comparison.questions.map((q) => q.id)).toEqual(data.questions.map((q) => q.id));
    for (const q of comparison.questions) {
      expect(q.claims.map((c) => c.id)).toEqual(data.claims.filter((c) => c.question === q.id).map((c) => c.id));
    }
    expect(rows.map((r) => r.id).sort()).toEqual(data.claims.map((c) => c.id).sort());
  });

  test.each(data.claims.map((c, i) => [c.id, c, i] as const))('claim %s', (_id, claim, i) => {
    const row = rows.find((r) => r.id === claim.id)!;
    expect(row.label).toBe(`C${i + 1}`);
    expect(row.anchor).toBe(`claim-${claim.id}`);
    expect(row.articleHref).toBe(`/${slug}/#claim-${claim.id}`);
    // Its "Link" is the claim's own page, whose link preview is the claim's.
    expect(row.selfHref).toBe(`/${slug}/claims/${claim.id}/`);
    expect(row.actor.name).toBe(registry.get(claim.actor.id)!.name);
    expect(row.actor.role).toBe(registry.get(claim.actor.id)!.role);
    expect(row.quotes).toEqual(claim.quotes);
    // The same label as the article's reference link for this passage.
    expect(story.marks.find((m) => m.anchor === row.anchor)?.label).toBe(row.label);
    const expected = data.assessments.flatMap((a) =>
      a.addresses.filter((ref) => ref.claim === claim.id).map((ref) => [a.id, ref.stance]),
    );
    expect(row.assessments.map((a) => [a.id, a.stance])).toEqual(expected);
  });

  test.each(data.assessments.map((a, i) => [a.id, a, i] as const))('assessment %s', (_id, assessment, i) => {
    const mine = appearances.filter((a) => a.id === assessment.id);
    expect(mine.map((a) => a.under).sort()).toEqual(assessment.addresses.map((r) => r.claim).sort());
    const canonical = mine.filter((a) => a.canonical);
    expect(canonical, 'exactly one appearance carries the anchor').toHaveLength(1);
    // …the first one a reader meets going down the page.
    expect(mine[0]!.canonical).toBe(true);
    for (const a of mine) {
      expect(a.label).toBe(`A${i + 1}`);
      expect(a.canonicalClaimLabel).toBe(rows.find((r) => r.id === canonical[0]!.under)!.label);
      expect(a.actors.map((x) => x.name)).toEqual(assessment.actors.map((ref) => registry.get(ref.id)!.name));
      expect(a.selfHref).toBe(`/${slug}/claims/#assessment-${assessment.id}`);
      expect(a.alsoAddresses).toHaveLength(assessment.addresses.length - 1);
    }
  });

  test('counts, overall and per question, match the content', () => {
    const links = data.assessments.flatMap((a) => a.addresses);
    const answered = new Set(links.map((l) => l.claim));
    expect(comparison.counts.claims).toBe(data.claims.length);
    expect(comparison.counts.assessments).toBe(data.assessments.length);
    expect(comparison.counts.links).toBe(links.length);
    expect(comparison.counts.unanswered).toBe(data.claims.filter((c) => !answered.has(c.id)).length);
    for (const stance of STANCES)
      expect(comparison.counts.stances[stance]).toBe(links.filter((l) => l.stance === stance).length);
    for (const q of comparison.questions) {
      const ids = new Set(data.claims.filter((c) => c.question === q.id).map((c) => c.id));
      const qLinks = links.filter((l) => ids.has(l.claim));
      expect(q.counts.claims).toBe(ids.size);
      expect(q.counts.links).toBe(qLinks.length);
      expect(q.counts.assessments).toBe(
        data.assessments.filter((a) => a.addresses.some((l) => ids.has(l.claim))).length,
      );
      for (const stance of STANCES)
        expect(q.counts.stances[stance]).toBe(qLinks.filter((l) => l.stance === stance).length);
    }
  });
});

describe('the fixture story covers the hard cases', () => {
  const { comparison, story } = cases.find((c) => c.name.startsWith('fixture'))!;
  const rows = comparison.questions.flatMap((q) => q.claims);

  test('a claim no assessment addresses has an empty list', () => {
    const answered = new Set(story.data.assessments.flatMap((a) => a.addresses.map((l) => l.claim)));
    const unanswered = story.data.claims.filter((c) => !answered.has(c.id));
    expect(unanswered.length).toBeGreaterThan(0);
    for (const claim of unanswered) expect(rows.find((r) => r.id === claim.id)!.assessments).toEqual([]);
  });

  test('an assessment addressing two claims appears under both, in full once', () => {
    const multi = story.data.assessments.filter((a) => a.addresses.length >= 2);
    expect(multi.length).toBeGreaterThan(0);
    for (const a of multi) {
      const seen = rows.flatMap((r) => r.assessments.filter((x) => x.id === a.id));
      expect(seen).toHaveLength(a.addresses.length);
      expect(seen.filter((x) => x.canonical)).toHaveLength(1);
    }
  });

  test('an assessment by several actors names them all', () => {
    const several = story.data.assessments.filter((a) => a.actors.length >= 2);
    expect(several.length).toBeGreaterThan(0);
    for (const a of several) {
      const seen = rows.flatMap((r) => r.assessments).find((x) => x.id === a.id)!;
      expect(seen.actors).toHaveLength(a.actors.length);
      for (const actor of seen.actors) expect(seen.byNames).toContain(actor.name);
    }
  });

  test('every stance occurs, so every stance word is exercised', () => {
    for (const stance of STANCES) expect(comparison.counts.stances[stance]).toBeGreaterThan(0);
  });
});

describe('words', () => {
  test.each([
    [1, 'contradicts', '1 contradicts'],
    [3, 'contradicts', '3 contradict'],
    [0, 'supports', '0 support'],
    [1, 'context', '1 gives context'],
    [2, 'qualifies', '2 qualify'],
  ] as const)('stanceCount(%i, %s) = %s', (n, stance, text) => {
    expect(stanceCount(n, stance)).toBe(text);
  });

  test.each([
    [1, 'claim', '1 claim'],
    [0, 'claim', '0 claims'],
    [12, 'time', '12 times'],
  ] as const)('plural(%i, %s) = %s', (n, word, text) => {
    expect(plural(n, word)).toBe(text);
  });
});
