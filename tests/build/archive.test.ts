import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { afterAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { generateContent } from '../../scripts/bench/generate.ts';
import { RECORD_PAGE_ENTRIES } from '../../src/lib/archive/pages.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildSite, cacheDirOf } from '../support/build.ts';
import { FIXTURES } from '../support/content-root.ts';
import { htmlPages } from '../support/dist-pages.ts';
import { jsonLdBlocks } from '../support/jsonld.ts';
import { brokenLinks } from '../support/links.ts';
import { BUDGETS } from '../support/page-weight.ts';

/**
 * The archive across stories (tests/fixtures/archive): three stories share a foreign minister,
 * her government, monitors, farmers and researchers; one registry actor is in no story.
 */
const FIXTURE = join(FIXTURES, 'archive');
const { stories, actors: registry } = loadContent(FIXTURE, { base: '/' });
const build = buildSite({ contentDir: 'tests/fixtures/archive', outDir: 'dist-test-archive' });
afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
const page = (path: string) => read(join(path, 'index.html'));
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** What the stories' data say each actor took part in, as the pages each entry links to. */
function expectedEntries(actorId: string): string[] {
  return stories.flatMap(({ slug, data }) => [
    ...data.claims.filter((c) => c.actor.id === actorId).map((c) => `/${slug}/claims/${c.id}/`),
    ...data.assessments
      .filter((a) => a.actors.some((r) => r.id === actorId))
      .map((a) => `/${slug}/claims/#assessment-${a.id}`),
    ...data.events.filter((e) => e.actors.some((r) => r.id === actorId)).map((e) => `/${slug}/timeline/${e.id}/`),
  ]);
}
const named = registry.map((a) => a.id).filter((id) => expectedEntries(id).length > 0);

/** The entries an actor's page lists: kind and the link of each. */
const listed = (html: string) =>
  [
    ...html.matchAll(
      /<li class="record__entry record__entry--(\w+)">[\s\S]*?<p class="record__text"><a href="([^"]+)"/g,
    ),
  ].map((m) => ({ kind: m[1]!, href: m[2]! }));
/** The actor ids a "Part of" or "Its members" line links to. */
const related = (html: string, line: 'Part of' | 'Its members:') => {
  const text = new RegExp(`<p class="record__rel">${line}([\\s\\S]*?)</p>`).exec(html)?.[1] ?? '';
  return [...text.matchAll(/href="\/actors\/([^/"]+)\/"/g)].map((m) => m[1]!);
};

describe('the actor archive', () => {
  test('the fixture shares actors across stories, a person with their government, and has an actor in no story', () => {
    const storiesOf = (id: string) =>
      stories.filter((s) => expectedEntries(id).some((e) => e.startsWith(`/${s.slug}/`)));
    expect(storiesOf('foreign-minister').length).toBeGreaterThanOrEqual(2);
    expect(storiesOf('velmar-government').length).toBeGreaterThanOrEqual(2);
    expect(registry.find((a) => a.id === 'foreign-minister')!.memberOf).toContain('velmar-government');
    expect(expectedEntries('unused-envoy')).toEqual([]);
  });

  test('it builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('every actor in a story has a page and is in the directory; an actor in no story has none', () => {
    const directory = page('actors');
    for (const actor of registry) {
      const has = named.includes(actor.id);
      expect(existsSync(join(build.outDir, 'actors', actor.id, 'index.html')), actor.id).toBe(has);
      expect(directory.includes(`href="/actors/${actor.id}/"`), actor.id).toBe(has);
    }
  });

  test.each(named.map((id) => [id]))('%s: the page lists exactly their entries across the stories', (id) => {
    const html = page(`actors/${id}`);
    expect(
      listed(html)
        .map((e) => e.href)
        .sort(),
    ).toEqual(expectedEntries(id).sort());
  });

  test.each(named.map((id) => [id]))('%s: the counts match the entries, and the data files hold the same', (id) => {
    const html = page(`actors/${id}`);
    const entries = listed(html);
    const count = (kind: string) => entries.filter((e) => e.kind === kind).length;
    const storyCount = stories.filter((s) => entries.some((e) => e.href.startsWith(`/${s.slug}/`))).length;
    const counts = /<p class="record__counts">([^<]*)/.exec(html)![1]!;
    for (const [n, one, many] of [
      [count('claim'), 'claim', 'claims'],
      [count('assessment'), 'assessment', 'assessments'],
      [count('event'), 'event', 'events'],
      [storyCount, 'story', 'stories'],
    ] as const)
      expect(counts).toContain(`${n} ${n === 1 ? one : many}`);

    const json = JSON.parse(read(`actors/${id}/data.json`)) as {
      counts: Record<string, number>;
      stories: { entries: { url: string }[] }[];
    };
    expect(json.counts).toEqual({
      stories: storyCount,
      claims: count('claim'),
      assessments: count('assessment'),
      events: count('event'),
    });
    expect(
      json.stories.flatMap((s) => s.entries.map((e) => new URL(e.url).pathname + new URL(e.url).hash)).sort(),
    ).toEqual(expectedEntries(id).sort());
    const csv = read(`actors/${id}/record.csv`).trim().split('\r\n');
    expect(csv.length - 1).toBe(entries.length);
  });

  test('a claim says, in words and counts, the stances of every assessment that addresses it', () => {
    const html = page('actors/foreign-minister');
    for (const { slug, data } of stories)
      for (const claim of data.claims.filter((c) => c.actor.id === 'foreign-minister')) {
        const item = html
          .split('<li class="record__entry ')
          .find((part) => part.includes(`<p class="record__text"><a href="/${slug}/claims/${claim.id}/">`))!;
        const links = data.assessments.flatMap((a) => a.addresses.filter((x) => x.claim === claim.id));
        const verbs = {
          contradicts: ['contradicts', 'contradict'],
          qualifies: ['qualifies', 'qualify'],
          supports: ['supports', 'support'],
          context: ['gives context', 'give context'],
        } as const;
        for (const [stance, [one, many]] of Object.entries(verbs)) {
          const n = links.filter((x) => x.stance === stance).length;
          if (n) expect(item).toContain(`${n} ${n === 1 ? one : many}`);
          else expect(item).not.toContain(`cmp-key--${stance}`);
        }
        expect([...item.matchAll(/<li>(Contradicts|Qualifies|Supports|Gives context):/g)].length).toBe(links.length);
      }
  });

  test('memberOf is linked both ways: the minister’s page names her government, and the government’s page her', () => {
    for (const actor of registry.filter((a) => named.includes(a.id))) {
      const partOf = related(page(`actors/${actor.id}`), 'Part of');
      expect(partOf.sort(), actor.id).toEqual(actor.memberOf.filter((m) => named.includes(m)).sort());
      for (const parent of partOf) expect(related(page(`actors/${parent}`), 'Its members:')).toContain(actor.id);
    }
    // A member in no story is named on the government's page, without a link to a page it does not have.
    const government = page('actors/velmar-government');
    expect(government).toContain('Petra Olund');
    expect(government).not.toContain('/actors/unused-envoy/');
  });

  test('the actor page’s JSON-LD is a profile of a Person who is a member of the government, with her claims', () => {
    const graph = (jsonLdBlocks(page('actors/foreign-minister'))[0] as { '@graph': Record<string, unknown>[] })[
      '@graph'
    ];
    const person = graph.find((n) => n['@type'] === 'Person')!;
    expect(person.name).toBe('Ilse Daranko');
    const government = graph.find((n) => n['@type'] === 'GovernmentOrganization')!;
    expect(person.memberOf).toEqual([{ '@id': government['@id'] }]);
    const claims = graph.filter((n) => n['@type'] === 'Claim');
    expect(claims.map((c) => c.text).sort()).toEqual(
      stories
        .flatMap((s) => s.data.claims)
        .filter((c) => c.actor.id === 'foreign-minister')
        .map((c) => c.statement)
        .sort(),
    );
    for (const claim of claims) expect(claim.author).toEqual({ '@id': person['@id'] });
    expect(graph.some((n) => n['@type'] === 'ClaimReview')).toBe(false);
  });

  test('each actor page has its own preview image', () => {
    for (const id of named) {
      const image = /<meta property="og:image" content="([^"]+)"/.exec(page(`actors/${id}`))![1]!;
      expect(new URL(image).pathname).toBe(`/og/actors/${id}.png`);
      expect(existsSync(join(build.outDir, 'og', 'actors', `${id}.png`))).toBe(true);
    }
  });

  test('topics and places group spellings that differ only in case and accents, and list every story that names them', () => {
    const storiesOn = (field: 'tags' | 'places', key: string) =>
      stories
        .filter((s) => s.data[field].some((t) => t.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() === key))
        .map((s) => s.slug)
        .sort();
    const cardsOf = (html: string) =>
      [...html.matchAll(/<article class="story-card"[^>]*>\s*<h2>\s*<a href="\/([^/"]+)\/"/g)].map((m) => m[1]).sort();
    expect(storiesOn('tags', 'security').length).toBe(2);
    expect(cardsOf(page('topics/security'))).toEqual(storiesOn('tags', 'security'));
    expect(cardsOf(page('topics/agriculture'))).toEqual(storiesOn('tags', 'agriculture'));
    expect(cardsOf(page('places/velmar'))).toEqual(storiesOn('places', 'velmar'));
    expect(
      readdirSync(join(build.outDir, 'topics'))
        .filter((d) => d !== 'index.html')
        .sort(),
    ).toEqual(['agriculture', 'diplomacy', 'security', 'water']);
  });

  test('a story’s header links its places and topics, and its who’s who links each actor’s record', () => {
    const article = page('velmar-border-calm');
    expect(article).toContain('href="/places/north-ridge/"');
    expect(article).toContain('href="/topics/diplomacy/"');
    expect(article).toContain('href="/actors/foreign-minister/"');
  });

  test('every internal link and anchor resolves', () => {
    expect(brokenLinks(build.outDir)).toEqual([]);
  });

  test('archive pages are valid HTML, inside the page budget', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const archive = htmlPages(build.outDir).filter((p) => /^(actors|topics|places)\//.test(p.path));
    expect(archive.length).toBeGreaterThan(named.length);
    for (const { path, html } of archive) {
      expect(gz(html), path).toBeLessThanOrEqual(BUDGETS.html);
      const report = await validator.validateString(html, path);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${path}: ${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });
});

/**
 * An actor in every story, with every claim, assessment and event of each: more than a page
 * of the record holds, and a story with more entries than a page, in words that do not compress.
 */
describe('a long record', () => {
  const root = mkdtempSync(join(tmpdir(), 'cp-long-record-'));
  generateContent(root, { stories: 5, seed: 3, story: { actors: 3, words: 400 } });
  const actorId = (parse(readFileSync(join(root, 'actors.yaml'), 'utf8')) as { id: string }[])[0]!.id;
  let total = 0;
  for (const file of readdirSync(join(root, 'articles'))) {
    const path = join(root, 'articles', file);
    const [, front, body] = readFileSync(path, 'utf8').split(/^---$/m);
    const data = parse(front!) as Record<string, { actor?: string; actors?: string[] }[]>;
    for (const claim of data.claims!) claim.actor = actorId;
    for (const item of [...(data.assessments ?? []), ...(data.events ?? [])]) item.actors = [actorId];
    delete data.lanes;
    total += data.claims!.length + (data.assessments ?? []).length + (data.events ?? []).length;
    writeFileSync(path, `---\n${stringify(data, { lineWidth: 0 })}---${body}`);
  }
  const long = buildSite({
    contentDir: root,
    outDir: 'dist-test-long-record',
    env: { COUNTERPOINT_ITEM_PREVIEWS: '0' },
  });
  afterAll(() => [root, cacheDirOf(root), long.outDir].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test('is cut into pages inside the budget, each story’s entries shown or counted, with links between pages', () => {
    expect(long.status, long.output).toBe(0);
    const pages: string[] = [];
    let path: string | undefined = `/actors/${actorId}/`;
    while (path) {
      const html: string = readFileSync(join(long.outDir, path, 'index.html'), 'utf8');
      expect(gz(html), path).toBeLessThanOrEqual(BUDGETS.html);
      pages.push(html);
      path = /<a [^>]*href="([^"]+)"[^>]*rel="next"/.exec(html)?.[1];
    }
    expect(pages.length).toBeGreaterThan(1);
    const shown = pages.reduce((n, html) => n + listed(html).length, 0);
    const more = pages.reduce(
      (n, html) => n + [...html.matchAll(/And (\d+) more entr/g)].reduce((m, x) => m + Number(x[1]), 0),
      0,
    );
    expect(shown + more).toBe(total);
    for (const html of pages) expect(listed(html).length).toBeLessThanOrEqual(RECORD_PAGE_ENTRIES);
  });
});
