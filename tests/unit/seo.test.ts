import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { storyCsv, storyData, csvCell } from '../../src/lib/export/story-data.ts';
import { storyDataSchema } from '../../src/lib/export/schema.ts';
import { claimCard, claimsCard, contradictedClaims, timelineCard } from '../../src/lib/og/cards.ts';
import { actorNode, serializeJsonLd, storyGraph } from '../../src/lib/seo/jsonld.ts';
import { metaTags, ogLocale } from '../../src/lib/seo/meta.ts';
import {
  articleSeo,
  claimSeo,
  claimsSeo,
  describe as describeText,
  eventSeo,
  timelineSeo,
} from '../../src/lib/seo/pages.ts';
import { shareLinks } from '../../src/lib/seo/share.ts';
import { actorView } from '../../src/lib/view/story.ts';
import { BACKGROUND_LANE } from '../../src/lib/timeline/layout.ts';
import { timelineView } from '../../src/lib/view/timeline.ts';
import type { Actor } from '../../src/schemas/actor.ts';
import { FIXTURES } from '../support/content-root.ts';

const content = loadContent(join(FIXTURES, 'stories'), { base: '/' });
const story = content.stories[0]!;
const registry = new Map<string, Actor>(content.actors.map((a) => [a.id, a]));
const input = { slug: story.slug, data: story.data, registry, siteName: 'Counterpoint' };
const sub = { site: 'https://news.example.org', base: '/analysis/' };

describe('meta tags', () => {
  const seo = articleSeo(input, sub);
  const tags = metaTags(
    {
      ...seo.meta,
      title: seo.title,
      description: seo.description,
      path: seo.path,
      lang: 'en',
      siteName: 'Counterpoint',
    },
    sub,
  );
  const get = (key: string) => tags.find((t) => ('property' in t ? t.property : t.name) === key)?.content;

  test('absolute URLs carry the site and the base', () => {
    expect(get('og:url')).toBe(`https://news.example.org/analysis/${story.slug}/`);
    expect(get('og:image')).toBe(`https://news.example.org/analysis/og/${story.slug}/article.png`);
    expect(get('twitter:image')).toBe(get('og:image'));
  });
  test('the image has its size and a text alternative; the card is the large one', () => {
    expect([get('og:image:width'), get('og:image:height')]).toEqual(['1200', '630']);
    expect(get('og:image:alt')).toContain(story.data.title);
    expect(get('twitter:card')).toBe('summary_large_image');
  });
  test('article dates come from the frontmatter', () => {
    expect(get('article:published_time')).toBe(story.data.published.iso);
    expect(get('article:modified_time')).toBe((story.data.updated ?? story.data.published).iso);
  });
  test('Slack labels say how many claims there are', () => {
    expect(get('twitter:data2')).toContain(`${story.data.claims.length} claims`);
  });
  test.each([
    ['en', 'en_US'],
    ['fr', 'fr_FR'],
    ['pt-BR', 'pt_BR'],
  ])('og:locale of %s is %s', (lang, locale) => expect(ogLocale(lang)).toBe(locale));
  test('long descriptions are cut at a word, with an ellipsis', () => {
    const text = 'word '.repeat(80);
    const cut = describeText(text, 200);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut.endsWith('word…')).toBe(true);
  });
});

describe('JSON-LD', () => {
  test('claims are Claim nodes with author, date and appearance; no ClaimReview anywhere', () => {
    const graph = articleSeo(input, sub).graph;
    const claims = graph['@graph'].filter((n) => n['@type'] === 'Claim');
    expect(claims).toHaveLength(story.data.claims.length);
    for (const [i, node] of claims.entries()) {
      const claim = story.data.claims[i]!;
      expect(node.author).toEqual({ '@id': `https://news.example.org/analysis/#actor-${claim.actor.id}` });
      expect(node.text).toBe(claim.statement);
      expect((node.appearance as { url: string }).url).toBe(
        `https://news.example.org/analysis/${story.slug}/#claim-${claim.id}`,
      );
    }
    expect(JSON.stringify(graph)).not.toMatch(/ClaimReview|reviewRating/);
  });
  test('an actor’s other names are each given once, never repeating its name or short name', () => {
    const actor: Actor = {
      id: 'jnim',
      name: 'Jama’at Nusrat al-Islam wal-Muslimin',
      shortName: 'JNIM',
      kind: 'armed-group',
      aliases: ['JNIM', 'the group', 'jnim', 'The group', 'Nusrat'],
      memberOf: [],
    };
    expect(actorNode(actor, sub).alternateName).toEqual(['JNIM', 'the group', 'Nusrat']);
    expect(actorView(actor, new Map()).aliases).toEqual(['the group', 'Nusrat']);
  });

  test('every actor @id a node points to is defined in the graph', () => {
    const graph = articleSeo(input, sub).graph;
    const defined = new Set(graph['@graph'].map((n) => n['@id']));
    const referenced = [...JSON.stringify(graph).matchAll(/\{"@id":"([^"]+)"\}/g)].map((m) => m[1]);
    expect(referenced.filter((id) => !defined.has(id))).toEqual([]);
  });
  test('a claim permalink graph holds that one claim', () => {
    const claim = story.data.claims[0]!;
    const graph = claimSeo(input, claim, sub).graph;
    expect(graph['@graph'].filter((n) => n['@type'] === 'Claim').map((n) => n.text)).toEqual([claim.statement]);
  });
  test('serialised JSON cannot close its script element and parses back unchanged', () => {
    const hostile = storyGraph(
      {
        ...input,
        data: { ...story.data, title: '</script><script>alert(1)</script> & \u2028' },
        page: { path: '/', name: 'x' },
        crumbs: [],
        images: [],
      },
      sub,
    );
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/<|>|\u2028/);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});

test('a claim’s share text says how many assessments address it, and when none does', () => {
  let none = 0;
  for (const root of ['content', join(FIXTURES, 'stories')]) {
    const { stories, actors } = loadContent(root, { base: '/' });
    const registry = new Map<string, Actor>(actors.map((a) => [a.id, a]));
    for (const s of stories) {
      for (const claim of s.data.claims) {
        const count = s.data.assessments.filter((a) => a.addresses.some((x) => x.claim === claim.id)).length;
        const seo = claimSeo({ slug: s.slug, data: s.data, registry, siteName: 'C' }, claim, sub);
        expect(seo.description.includes('no assessment in the story addresses it')).toBe(count === 0);
        expect(seo.meta.image!.alt).toContain(`${count} assessment`);
        // The statement ends its sentence before the count, even when the editor wrote no full stop.
        const bare = claimSeo(
          { slug: s.slug, data: s.data, registry, siteName: 'C' },
          { ...claim, statement: claim.statement.replace(/[.!?]$/, '') },
          sub,
        );
        expect(bare.meta.image!.alt).toMatch(new RegExp(`[.!?] ${count} assessments? address(es)? it\\.$`));
        if (count === 0) none++;
      }
    }
  }
  expect(none).toBeGreaterThan(0);
});

test('the own pages of claims and events never put brackets inside brackets (dates may carry “(approx.)”)', () => {
  const nested = (text: string) => /\([^()]*\(/.test(text);
  let dated = 0;
  for (const root of ['content', join(FIXTURES, 'stories'), 'tests/fixtures/long-timeline']) {
    const { stories, actors } = loadContent(root, { base: '/' });
    const input = (s: (typeof stories)[number]) => ({
      slug: s.slug,
      data: s.data,
      registry: new Map<string, Actor>(actors.map((a) => [a.id, a])),
      siteName: 'Counterpoint',
    });
    for (const s of stories) {
      const pages = [
        ...s.data.claims.map((c) => claimSeo(input(s), c, sub)),
        ...s.data.events.map((e) => eventSeo(input(s), e, sub)),
      ];
      for (const page of pages) {
        for (const text of [page.title, page.description, page.meta.image!.alt]) expect(nested(text), text).toBe(false);
      }
      dated += [...s.data.claims, ...s.data.events].filter(
        (x) => x.date.start.approximate || x.date.start.uncertain,
      ).length;
    }
  }
  expect(dated).toBeGreaterThan(0);
});

describe('preview cards', () => {
  test('the claims card counts contradicted claims', () => {
    const contradicted = story.data.claims.filter((c) =>
      story.data.assessments.some((a) => a.addresses.some((x) => x.claim === c.id && x.stance === 'contradicts')),
    ).length;
    expect(contradictedClaims(story.data)).toBe(contradicted);
    expect(claimsCard('C', story.data).stats.map((s) => s.value)).toEqual([
      String(story.data.claims.length),
      String(story.data.assessments.length),
      String(contradicted),
    ]);
  });
  test('the claims card and its share texts say who contradicts a claim, never that it is false', () => {
    const seo = claimsSeo(input, contradictedClaims(story.data), sub);
    const said = [
      ...claimsCard('C', story.data).stats.map((s) => s.label),
      seo.meta.image!.alt,
      ...seo.meta.extras!.map((e) => `${e.label}: ${e.data}`),
    ];
    for (const text of said.filter((t) => /contradict/i.test(t))) expect(text).toMatch(/an assessment/);
    expect(said.filter((t) => /contradict/i.test(t))).toHaveLength(3);
  });

  test.each([
    ['the fixture story', join(FIXTURES, 'stories')],
    ['a story with chosen lanes and too many to draw', 'tests/fixtures/long-timeline'],
  ])('%s: the timeline card and description show the page’s lanes, in its order, and its actor count', (_, root) => {
    const { stories, actors } = loadContent(root, { base: '/' });
    const actorsById = new Map<string, Actor>(actors.map((a) => [a.id, a]));
    for (const { slug, data } of stories) {
      const lanes = timelineView(slug, data, actorsById, '/').lanes;
      const page = lanes.map((l) => l.name);
      // The Background lane is drawn, but it is nobody: the count is of actors.
      const actorLanes = lanes.filter((l) => l.actorId !== BACKGROUND_LANE).length;
      const card = timelineCard('C', data, actorsById);
      const drawn = card.lanes!.map((l) => l.name);
      expect(drawn.length).toBeGreaterThan(0);
      expect(drawn).toEqual(page.filter((name) => drawn.includes(name)));
      expect(drawn.length + (card.moreLanes ?? 0)).toBe(page.length);
      expect(card.stats.find((s) => /actor/.test(s.label))?.value).toBe(String(actorLanes));
      for (const mark of card.lanes!.flatMap((l) => l.marks)) {
        expect(mark.from).toBeGreaterThanOrEqual(0);
        expect(mark.to).toBeLessThanOrEqual(1);
        expect(mark.to).toBeGreaterThanOrEqual(mark.from);
      }
      const seo = timelineSeo({ slug, data, registry: actorsById, siteName: 'C' }, sub);
      expect(seo.description).toContain(`across ${actorLanes} actors`);
      expect(seo.meta.image?.alt).toContain(`in ${page.length} lanes`);
    }
  });
  test('a claim card quotes only verbatim words', () => {
    for (const claim of story.data.claims) {
      const card = claimCard('C', story.data, claim, registry);
      if (card.quote) expect(story.body.replace(/\s+/g, ' ')).toContain(card.quote.replace(/…$/, ''));
    }
  });
});

describe('data downloads', () => {
  const data = storyData(story.slug, story.data, registry, sub);
  test('the JSON matches its published schema', () => {
    expect(storyDataSchema.safeParse(data).success).toBe(true);
    expect(data.claims.map((c) => c.id)).toEqual(story.data.claims.map((c) => c.id));
  });
  test('CSV has one row per item plus a header, and quotes cells with commas', () => {
    for (const [table, count] of [
      ['claims', story.data.claims.length],
      ['assessments', story.data.assessments.length],
      ['events', story.data.events.length],
    ] as const) {
      const csv = storyCsv(table, data);
      expect(csv.trimEnd().split('\r\n').length).toBeGreaterThanOrEqual(count + 1);
    }
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
  });
  test('CSV keeps each date’s note beside its date, as the pages show it', () => {
    const noted = { claims: data.claims, assessments: data.assessments, events: data.events };
    expect(
      Object.values(noted)
        .flat()
        .filter((item) => item.date.note).length,
    ).toBeGreaterThan(0);
    for (const [table, items] of Object.entries(noted) as [keyof typeof noted, typeof data.claims][]) {
      const [header, ...rows] = storyCsv(table, data).trimEnd().split('\r\n');
      const columns = header!.split(',');
      expect(columns.indexOf('date_note')).toBe(columns.indexOf('date_text') + 1);
      items.forEach((item, i) => {
        const row = rows[i]!;
        expect(row.startsWith(`${item.id},`)).toBe(true);
        if (item.date.note) expect(row).toContain(`,${csvCell(item.date.note)},`);
      });
    }
  });
  test('cells a spreadsheet would run as formulas are defused', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(1)')).toBe("'@SUM(1)");
  });
});

describe('share links', () => {
  test('title and URL are encoded into every link', () => {
    const links = shareLinks('A & B?', 'https://x.example/a/');
    for (const link of links) expect(link.href).toContain(encodeURIComponent('https://x.example/a/'));
    expect(links.find((l) => l.label === 'Email')?.href).toContain('subject=A%20%26%20B%3F');
  });
});

describe('permalink preview images', () => {
  test('a claim permalink has its own image, or the claims view image when item images are off', () => {
    const claim = story.data.claims[0]!;
    expect(claimSeo(input, claim, sub).meta.image.path).toBe(`/og/${story.slug}/claims/${claim.id}.png`);
    expect(claimSeo(input, claim, sub, { itemImage: false }).meta.image.path).toBe(`/og/${story.slug}/claims.png`);
  });
});
