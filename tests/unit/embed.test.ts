import { describe, expect, test } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/serve.mjs';
import { embedAncestorsValue, headersFile } from '../../src/integrations/headers.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { routes, STORY_VIEWS, type StoryViewKind } from '../../src/lib/routes.ts';
import {
  DEFAULT_EMBED_HEIGHT,
  EMBED_SANDBOX,
  EMBED_THEME_ATTR,
  embedCode,
  embedTarget,
  iframeHtml,
  oembedResponse,
} from '../../src/lib/view/embed.ts';
import { escapeHtml } from '../../src/lib/text.ts';
import { storyHeaderView } from '../../src/lib/view/story.ts';
import { FIXTURES } from '../support/content-root.ts';

const SITE = 'https://news.example/analysis';
const abs = (path: string) => `${SITE}${path}`;
const { stories } = loadContent(`${FIXTURES}/stories`, { base: '/' });
const entry = stories[0]!;
const story = storyHeaderView(entry.slug, entry.data);
const VIEWS = Object.keys(STORY_VIEWS) as StoryViewKind[];

const attr = (html: string, tag: string, name: string) =>
  new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];

describe('embedTarget', () => {
  test.each(VIEWS)('%s: URLs from the route contract, a title naming the view and the story', (view) => {
    const target = embedTarget(story, view, 'Counterpoint', abs);
    expect(target.pageUrl).toBe(abs(STORY_VIEWS[view].page(story.slug)));
    expect(target.embedUrl).toBe(abs(STORY_VIEWS[view].embed(story.slug)));
    expect(target.oembedUrl).toBe(abs(routes.oembed(story.slug, view)));
    expect(target.thumbnailUrl).toBe(abs(routes.ogImage(story.slug, view)));
    expect(target.scriptUrl).toBe(abs(routes.embedScript()));
    expect(target.title).toContain(story.title);
    expect(target.frameTitle).toContain(target.title);
    expect(target.frameTitle).toContain('Counterpoint');
    if (view !== 'article') expect(target.title).toContain(STORY_VIEWS[view].label);
  });
});

describe('the embed code', () => {
  const hostile = { ...story, title: 'Quotes " and <tags> & ampersands', publisher: { name: '<b>Gazette</b>' } };
  const target = embedTarget(hostile, 'claims', 'Counterpoint', abs);
  const code = embedCode(target, hostile, 'Counterpoint');

  test('an iframe with a real title, lazy, full width, a default height, a referrer policy and the sandbox', () => {
    expect(attr(code, 'iframe', 'src')).toBe(target.embedUrl);
    expect(attr(code, 'iframe', 'title')).toBe(escapeHtml(target.frameTitle));
    expect(attr(code, 'iframe', 'loading')).toBe('lazy');
    expect(attr(code, 'iframe', 'width')).toBe('100%');
    expect(attr(code, 'iframe', 'height')).toBe(String(DEFAULT_EMBED_HEIGHT.claims));
    expect(attr(code, 'iframe', 'referrerpolicy')).toBe('strict-origin-when-cross-origin');
    expect(attr(code, 'iframe', 'sandbox')).toBe(EMBED_SANDBOX);
    // The host script passes this theme on; `auto` (the reader's setting) until the host changes it.
    expect(attr(code, 'iframe', EMBED_THEME_ATTR)).toBe('auto');
  });

  test('the sandbox lets links open a new tab outside it, and never the top window or forms', () => {
    const tokens = EMBED_SANDBOX.split(' ');
    expect(tokens).toEqual(expect.arrayContaining(['allow-scripts', 'allow-popups', 'allow-popups-to-escape-sandbox']));
    expect(tokens.filter((t) => /top-navigation|forms|modals/.test(t))).toEqual([]);
  });

  test('a fallback link to the full page after the frame, then the host script', () => {
    const [frame, fallback, script] = code.split('\n');
    expect(frame).toMatch(/^<iframe /);
    expect(attr(fallback!, 'a', 'href')).toBe(target.pageUrl);
    expect(fallback).toContain('data-counterpoint-fallback');
    expect(attr(script!, 'script', 'src')).toBe(target.scriptUrl);
    expect(script).toMatch(/^<script async /);
  });

  test('story text is escaped, never markup', () => {
    expect(code).not.toContain('<b>');
    expect(code).not.toContain('<tags>');
    expect(code).toContain('&lt;b&gt;Gazette&lt;/b&gt;');
    expect(iframeHtml(target)).not.toMatch(/title="[^"]*"[^ >]/);
  });
});

describe('the oEmbed response', () => {
  test.each(VIEWS)('%s: a rich oEmbed 1.0 with a readable quote before the frame', (view) => {
    const target = embedTarget(story, view, 'Counterpoint', abs);
    const body = oembedResponse(target, story, { name: 'Counterpoint', url: `${SITE}/` });
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: target.title,
      author_name: story.publisher.name,
      provider_name: 'Counterpoint',
      provider_url: `${SITE}/`,
      height: DEFAULT_EMBED_HEIGHT[view],
      thumbnail_url: abs(routes.ogImage(story.slug, view)),
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(body.width).toBeGreaterThan(0);
    expect(body.cache_age).toBeGreaterThan(0);
    // What WordPress keeps (blockquote, a, iframe) still reads: text separated by line breaks.
    const kept = body.html.replace(/<(?!\/?(blockquote|a|iframe)\b)[^>]*>/g, '');
    expect(kept).toContain(story.dek);
    expect(kept).toMatch(new RegExp(`${story.publisher.name}, ${story.published.text}`));
    expect(kept.indexOf('<blockquote')).toBeLessThan(kept.indexOf('<iframe'));
    expect(attr(body.html, 'a', 'href')).toBe(target.pageUrl);
    expect(attr(body.html, 'iframe', 'src')).toBe(target.embedUrl);
  });
});

describe('framing headers', () => {
  test.each(['/', '/news/analysis/'])('with base %s: one framing CSP per page kind, hardening on all', (base) => {
    const rules = parseHeaders(headersFile(base, { embedAncestors: '*' }));
    const prefix = base.replace(/\/$/, '');
    for (const path of ['/', '/s/', '/s/claims/', '/s/timeline/']) {
      const headers = headersFor(rules, `${prefix}${path}`);
      expect(headers['Content-Security-Policy']).toBe("frame-ancestors 'self'");
      // COOP would force a fresh renderer process on every arrival (README, "Framing headers").
      expect(headers['Cross-Origin-Opener-Policy']).toBeUndefined();
    }
    for (const path of ['/embed/s/', '/embed/s/claims/', '/embed/s/timeline/']) {
      const headers = headersFor(rules, `${prefix}${path}`);
      expect(headers['Content-Security-Policy']).toBe('frame-ancestors *');
      expect(headers['X-Frame-Options']).toBeUndefined();
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
    }
    expect(headersFor(rules, `${prefix}/oembed/s/claims.json`)['Access-Control-Allow-Origin']).toBe('*');
  });

  test.each([
    ['*', '*'],
    ['https://a.example  https://*.b.example', 'https://a.example https://*.b.example'],
    ["'self' https://a.example:8443", "'self' https://a.example:8443"],
  ])('COUNTERPOINT_EMBED_ANCESTORS=%j is accepted', (value, expected) => {
    expect(embedAncestorsValue(value)).toBe(expected);
  });

  test.each(['', 'https://a.example; script-src *', 'https://a.example\nX-Evil: 1', "'unsafe-inline'"])(
    'COUNTERPOINT_EMBED_ANCESTORS=%j is refused with how to fix it',
    (value) => {
      expect(() => embedAncestorsValue(value)).toThrow(/COUNTERPOINT_EMBED_ANCESTORS.*Fix: /s);
    },
  );
});
