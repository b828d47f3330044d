import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import ClaimsView from '../../src/components/claims/ClaimsView.astro';
import { loadContent } from '../../src/lib/content/load.ts';
import type { StoryEntry } from '../../src/lib/data.ts';
import { STANCE_WORDS } from '../../src/lib/view/claims.ts';
import { FIXTURES } from '../support/content-root.ts';

const content = loadContent(`${FIXTURES}/stories`, { base: '/' });
const story = content.stories[0]!;
const { data, slug } = story;
const registry = new Map(content.actors.map((a) => [a.id, a]));
const entry = { id: slug, collection: 'articles', data } as unknown as StoryEntry;

let tree: Root;
beforeAll(async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(ClaimsView, { props: { entry, actors: registry } });
  tree = fromHtml(html, { fragment: true });
});

function all(test: (el: Element) => boolean, root: Root | Element = tree): Element[] {
  const found: Element[] = [];
  visit(root, 'element', (el: Element) => {
    if (test(el)) found.push(el);
  });
  return found;
}
const byId = (id: string) => all((el) => el.properties.id === id);
const classes = (el: Element) => (el.properties.className as string[] | undefined) ?? [];
/** The row (`li.cmp-row`) that holds a claim. */
const rowOf = (claimId: string) =>
  all((el) => classes(el).includes('cmp-row')).find(
    (row) => all((el) => el.properties.id === `claim-${claimId}`, row).length,
  )!;
const text = (el: Element | Root) => toString(el).replace(/\s+/g, ' ');

describe('ClaimsView on the fixture story', () => {
  test('one section per question, headed by the question, in order', () => {
    const headings = all((el) => el.tagName === 'h2' && String(el.properties.id ?? '').startsWith('question-'));
    expect(headings.map(text)).toEqual(data.questions.map((q) => q.text));
  });

  test('every claim and every assessment has exactly one anchor', () => {
    for (const c of data.claims) expect(byId(`claim-${c.id}`), c.id).toHaveLength(1);
    for (const a of data.assessments) expect(byId(`assessment-${a.id}`), a.id).toHaveLength(1);
  });

  test('a claim no assessment addresses says so in words', () => {
    const answered = new Set(data.assessments.flatMap((a) => a.addresses.map((l) => l.claim)));
    const unanswered = data.claims.filter((c) => !answered.has(c.id));
    expect(unanswered.length).toBeGreaterThan(0);
    for (const c of unanswered)
      expect(text(rowOf(c.id))).toContain('No assessment in this story addresses this claim.');
    for (const c of data.claims.filter((x) => answered.has(x.id)))
      expect(text(rowOf(c.id))).not.toContain('No assessment in this story');
  });

  test('an assessment addressing two claims stands under each, with its stance in words, and links to its one anchor', () => {
    const multi = data.assessments.filter((a) => a.addresses.length >= 2);
    expect(multi.length).toBeGreaterThan(0);
    for (const a of multi) {
      for (const ref of a.addresses) {
        const row = rowOf(ref.claim);
        const items = all((el) => classes(el).includes('cmp-assessment') && text(el).includes(a.statement), row);
        expect(items, `${a.id} under ${ref.claim}`).toHaveLength(1);
        expect(text(items[0]!)).toContain(STANCE_WORDS[ref.stance].label);
        const selfLinks = all(
          (el) => el.tagName === 'a' && el.properties.href === `/${slug}/claims/#assessment-${a.id}`,
          items[0]!,
        );
        expect(selfLinks.length, 'a link to the full assessment').toBeGreaterThan(0);
      }
    }
  });

  test('an assessment by several actors names each with their role', () => {
    const several = data.assessments.filter((a) => a.actors.length >= 2);
    expect(several.length).toBeGreaterThan(0);
    for (const a of several) {
      const full = text(byId(`assessment-${a.id}`)[0]!);
      for (const ref of a.actors) {
        const actor = registry.get(ref.id)!;
        expect(full).toContain(actor.name);
        if (actor.role) expect(full).toContain(actor.role);
      }
    }
  });

  test('each claim names who and when, quotes as quotes, and links to its passage in the article', () => {
    for (const c of data.claims) {
      const el = byId(`claim-${c.id}`)[0]!;
      expect(text(el)).toContain(registry.get(c.actor.id)!.name);
      expect(all((x) => x.tagName === 'time', el).length).toBeGreaterThan(0);
      expect(all((x) => x.tagName === 'q', el).map(text)).toEqual(c.quotes);
      expect(all((x) => x.tagName === 'a' && x.properties.href === `/${slug}/#claim-${c.id}`, el)).toHaveLength(1);
    }
  });

  test('every claim and full assessment has a visible plain link to itself (a claim to its own page), marked for copy-to-clipboard', () => {
    const copy = all((el) => el.tagName === 'a' && el.properties.dataCopyLink !== undefined);
    const targets = copy.map((a) => String(a.properties.href));
    expect(targets.sort()).toEqual(
      [
        ...data.claims.map((c) => `/${slug}/claims/${c.id}/`),
        ...data.assessments.map((a) => `/${slug}/claims/#assessment-${a.id}`),
      ].sort(),
    );
    for (const a of copy) {
      expect(text(a).trim()).toBe('Link');
      expect(String(a.properties.ariaLabel)).toMatch(/^Link to (claim C|assessment A)\d+$/);
    }
  });

  test('the summary states the counts in words', () => {
    const summary = text(all((el) => classes(el).includes('cmp-summary'))[0]!);
    expect(summary).toContain(`${data.claims.length} claims and ${data.assessments.length} assessments`);
    const links = data.assessments.flatMap((a) => a.addresses).length;
    expect(summary).toContain(`address claims ${links} times`);
  });
});
