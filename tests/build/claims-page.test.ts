import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { STANCE_WORDS } from '../../src/lib/view/claims.ts';
import { buildSite } from '../support/build.ts';
import { FIXTURES } from '../support/content-root.ts';
import { brokenLinks } from '../support/links.ts';
import { DIST } from '../support/server.ts';

// The built comparison of every story, counted against its frontmatter: the
// real content (in dist/) and the fixture story (a claim without assessment, an
// assessment addressing two claims, one by several actors), built here.
const fixtureBuild = buildSite({ contentDir: 'tests/fixtures/stories', outDir: 'dist-test-claims' });
afterAll(() => rmSync(fixtureBuild.outDir, { recursive: true, force: true }));

const sites = [
  { name: 'content', dist: DIST, content: loadContent('content', { base: '/' }) },
  { name: 'fixture', dist: fixtureBuild.outDir, content: loadContent(`${FIXTURES}/stories`, { base: '/' }) },
];
const stories = sites.flatMap((site) =>
  site.content.stories.map((story) => ({ name: `${site.name}: /${story.slug}/claims/`, dist: site.dist, story })),
);

test('the fixture content builds', () => {
  expect(fixtureBuild.status, fixtureBuild.output).toBe(0);
});

test('every link and anchor on the fixture’s comparison resolves', () => {
  expect(brokenLinks(fixtureBuild.outDir).filter((b) => b.includes('/claims/index.html:'))).toEqual([]);
});

function elements(root: Root | Element, keep: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(root, 'element', (el: Element) => {
    if (keep(el)) found.push(el);
  });
  return found;
}
const hasClass = (name: string) => (el: Element) =>
  ((el.properties.className as string[] | undefined) ?? []).includes(name);
const text = (node: Root | Element) => toString(node).replace(/\s+/g, ' ').trim();

describe.each(stories)('$name', ({ dist, story }) => {
  const { data, slug } = story;
  const tree = fromHtml(readFileSync(join(dist, slug, 'claims', 'index.html'), 'utf8'));
  const sections = elements(tree, hasClass('cmp-question'));

  test('shows every claim once, under the heading of its question, in the story’s order', () => {
    expect(sections.map((s) => text(elements(s, (el) => el.tagName === 'h2')[0]!))).toEqual(
      data.questions.map((q) => q.text),
    );
    data.questions.forEach((q, i) => {
      const ids = elements(sections[i]!, hasClass('cmp-claim')).map((el) => el.properties.id);
      expect(ids).toEqual(data.claims.filter((c) => c.question === q.id).map((c) => `claim-${c.id}`));
    });
    for (const claim of data.claims) {
      const el = elements(tree, (x) => x.properties.id === `claim-${claim.id}`);
      expect(el, claim.id).toHaveLength(1);
      expect(text(el[0]!)).toContain(claim.statement);
    }
  });

  test('shows every assessment under each claim it addresses, with its stance in words', () => {
    const shown = elements(tree, hasClass('cmp-assessment'));
    expect(shown).toHaveLength(data.assessments.reduce((n, a) => n + a.addresses.length, 0));
    for (const a of data.assessments) {
      expect(
        elements(tree, (x) => x.properties.id === `assessment-${a.id}`),
        a.id,
      ).toHaveLength(1);
      for (const ref of a.addresses) {
        const claim = elements(tree, (x) => x.properties.id === `claim-${ref.claim}`)[0]!;
        const row = elements(tree, hasClass('cmp-row')).find((r) => elements(r, (x) => x === claim).length)!;
        const item = elements(row, hasClass('cmp-assessment')).find((el) => text(el).includes(a.statement));
        expect(item, `${a.id} under ${ref.claim}`).toBeDefined();
        expect(text(item!)).toContain(STANCE_WORDS[ref.stance].label);
      }
    }
  });

  test('a claim’s or an assessment’s date note is shown with it, as on the timeline', () => {
    const noted = [
      ...data.claims.map((c) => ({ anchor: `claim-${c.id}`, date: c.date })),
      ...data.assessments.map((a) => ({ anchor: `assessment-${a.id}`, date: a.date })),
    ].filter((item) => item.date.note);
    for (const { anchor, date } of noted) {
      const el = elements(tree, (x) => x.properties.id === anchor)[0]!;
      const notes = elements(el, hasClass('cmp-note')).map(text);
      expect(notes, anchor).toEqual([date.note!.replace(/\s+/g, ' ').trim()]);
    }
  });

  test('says so where no assessment addresses a claim', () => {
    const answered = new Set(data.assessments.flatMap((a) => a.addresses.map((l) => l.claim)));
    const none = elements(tree, (el) => text(el) === 'No assessment in this story addresses this claim.');
    expect(none.filter((el) => el.tagName === 'p')).toHaveLength(data.claims.filter((c) => !answered.has(c.id)).length);
  });

  test('the summary counts claims and assessments as the content does', () => {
    const summary = text(elements(tree, hasClass('cmp-summary'))[0]!);
    expect(summary).toContain(`${data.claims.length} claims and ${data.assessments.length} assessments`);
  });
});
