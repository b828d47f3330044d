import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import FormattedDate from '../../src/components/FormattedDate.astro';
import ReportedIn from '../../src/components/permalink/ReportedIn.astro';
import StoryHeader from '../../src/components/StoryHeader.astro';
import StoryNav from '../../src/components/StoryNav.astro';
import WhosWho from '../../src/components/WhosWho.astro';
import { parseStoryDate } from '../../src/lib/dates.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { ACTOR_KIND_LABEL } from '../../src/lib/view/labels.ts';
import { dateView, HEADLINE_LENGTHS, headlineLength, storyHeaderView, whosWho } from '../../src/lib/view/story.ts';
import { FIXTURES } from '../support/content-root.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const content = loadContent(`${FIXTURES}/stories`, { base: '/' });
const story = content.stories[0]!;
const registry = new Map(content.actors.map((a) => [a.id, a]));

function date(text: string) {
  const parsed = parseStoryDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return dateView(parsed.value, 'en');
}

describe('FormattedDate', () => {
  test('renders a month as a month: datetime and words', async () => {
    const html = await container.renderToString(FormattedDate, { props: { date: date('2025-09') } });
    expect(html).toMatch(/<time[^>]*datetime="2025-09"[^>]*>\s*September 2025\s*<\/time>/);
  });

  test('renders a range as two times, each at its own precision', async () => {
    const html = await container.renderToString(FormattedDate, { props: { date: date('2020/2021-03') } });
    expect(html).toMatch(/datetime="2020"[^>]*>2020<\/time> – <time datetime="2021-03"[^>]*>March 2021<\/time>/);
  });

  test.each([
    ['2031-05-14T20:30', /<time[^>]*datetime="2031-05-14T20:30"[^>]*>\s*14 May 2031, 20:30\s*<\/time>/],
    ['2025-03/..', /<time[^>]*datetime="2025-03"[^>]*>\s*from March 2025\s*<\/time>/],
    // HTML has no machine form for a decade, and its first year would say more than the source.
    ['200X', /^\s*<span[^>]*>\s*the 2000s\s*<\/span>\s*$/],
    ['198X/2012', /<span>the 1980s<\/span> – <time datetime="2012"[^>]*>2012<\/time>/],
  ])('renders %s no more precisely than written', async (text, expected) => {
    const html = await container.renderToString(FormattedDate, { props: { date: date(text) } });
    expect(html).toMatch(expected);
  });
});

describe('StoryHeader', () => {
  // Counted in characters (content is read as NFC: an accented letter is one).
  const titled = (n: number) => 'é'.repeat(n);
  test.each([
    [HEADLINE_LENGTHS.long, 'short'],
    [HEADLINE_LENGTHS.long + 1, 'long'],
    [HEADLINE_LENGTHS['very-long'], 'long'],
    [HEADLINE_LENGTHS['very-long'] + 1, 'very-long'],
  ] as const)('a %i-character headline is %s', (n, length) => {
    expect(headlineLength(titled(n))).toBe(length);
  });

  test('a long headline is set smaller by its class; a short one has none', async () => {
    const render = (title: string) =>
      container.renderToString(StoryHeader, {
        props: { story: storyHeaderView(story.slug, { ...story.data, title }) },
      });
    expect(await render(story.data.title)).toMatch(/<h1>/);
    const long =
      'Basin Authority Says the Dykes Rebuilt After the 1953 Flood Will Hold Through This Winter’s Storms, as Farmers Warn';
    expect(await render(long)).toMatch(new RegExp(`<h1 class="story-header__title--${headlineLength(long)}">`));
    expect(headlineLength(long)).not.toBe('short');
  });
});

describe('ReportedIn', () => {
  test('a passage carries its publisher and date, and the update’s date when the story was updated', async () => {
    const render = async (data: typeof story.data) =>
      (
        await container.renderToString(ReportedIn, {
          props: { excerpt: 'the words', story: storyHeaderView(story.slug, data) },
        })
      )
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ');
    const header = storyHeaderView(story.slug, story.data);
    expect(header.updated).toBeDefined();
    expect(await render(story.data)).toContain(
      `— ${story.data.publisher.name}, ${header.published.text}, updated ${header.updated!.text}`,
    );
    expect(await render({ ...story.data, updated: undefined })).toMatch(
      new RegExp(`— ${story.data.publisher.name}, ${header.published.text}\\s*$`),
    );
  });
});

describe('StoryNav', () => {
  test('marks the current view and links the other two', async () => {
    const html = await container.renderToString(StoryNav, {
      props: { story: storyHeaderView(story.slug, story.data), current: 'claims' },
    });
    const current = html.match(/<a [^>]*aria-current="page"[^>]*>/g) ?? [];
    expect(current).toHaveLength(1);
    expect(current[0]).toContain(`href="/${story.slug}/claims/"`);
    expect(html).toContain(`href="/${story.slug}/timeline/"`);
    expect(html).toContain(`${story.data.claims.length} claims`);
  });

  test("on an item's own page the view it belongs to is current within the set, not the current page", async () => {
    const html = await container.renderToString(StoryNav, {
      props: { story: storyHeaderView(story.slug, story.data), current: 'timeline', within: true },
    });
    expect(html).not.toContain('aria-current="page"');
    const current = html.match(/<a [^>]*aria-current="true"[^>]*>/g) ?? [];
    expect(current).toHaveLength(1);
    expect(current[0]).toContain(`href="/${story.slug}/timeline/"`);
  });

  test('counts one of a kind in the singular', async () => {
    const one = { ...story.data, claims: story.data.claims.slice(0, 1), events: story.data.events.slice(0, 1) };
    one.assessments = story.data.assessments.slice(0, 1);
    const html = await container.renderToString(StoryNav, {
      props: { story: storyHeaderView(story.slug, one), current: 'article' },
    });
    expect(html).toContain('>1 claim, 1 assessment<');
    expect(html).toContain('>1 event<');
  });
});

describe("Who's who", () => {
  test('lists every actor of the story once, with kind, role and membership', async () => {
    const actors = whosWho(story.data, registry);
    const html = await container.renderToString(WhosWho, { props: { actors } });
    for (const actor of actors) expect(html.split(`id="actor-${actor.id}"`)).toHaveLength(2);
    const member = content.actors.find((a) => a.memberOf.length > 0 && actors.some((v) => v.id === a.id));
    if (member) expect(html).toContain(`Part of ${registry.get(member.memberOf[0]!)!.name}`);
  });

  test('each entry reads as a sentence, its kind in the singular', async () => {
    const actors = whosWho(story.data, registry);
    const html = await container.renderToString(WhosWho, { props: { actors } });
    const entries = [...html.matchAll(/<dd[^>]*>([\s\S]*?)<\/dd>/g)].map((m) =>
      m[1]!
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    expect(entries).toHaveLength(actors.length);
    for (const entry of entries) expect(entry).toMatch(/[^.]\.$/);
    // No kind is named in the plural: one actor is one company, one union.
    for (const label of Object.values(ACTOR_KIND_LABEL)) expect(label).not.toMatch(/ies$|ies\b/);
  });
});
