import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { STANCE_WORDS } from '../../src/lib/view/claims.ts';
import { DIST } from '../support/server.ts';

// The built comparison of every story in content/, counted against its frontmatter.
const content = loadContent('content', { base: '/' });

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

describe.each(content.stories.map((s) => [s.slug, s] as const))('/%s/claims/', (slug, story) => {
  const { data } = story;
  const tree = fromHtml(readFileSync(join(DIST, slug, 'claims', 'index.html'), 'utf8'));
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
