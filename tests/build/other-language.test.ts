import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import type { Element, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { typesetter } from '../../src/lib/typeset.ts';
import { UI_LANG } from '../../src/lib/view/voices.ts';
import { buildSite } from '../support/build.ts';
import { FIXTURES } from '../support/content-root.ts';
import { duplicateIds, htmlPages } from '../support/dist-pages.ts';
import { authoredTexts, spokenTexts, wordsOf } from '../support/lang.ts';

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();

/**
 * A story in French, and one in Arabic, on a site whose interface is in English:
 * a screen reader must speak the story's words with the story's voice and ours
 * (navigation, labels, dates, the actor registry) with an English one (WCAG 2.2
 * SC 3.1.1 and 3.1.2), translation tools must know which is which, and Arabic
 * must run right to left while our English runs left to right.
 */
describe.each([
  ['other-language', 'fr', 'ltr'],
  ['right-to-left', 'ar', 'rtl'],
])('a story in another language than the interface (tests/fixtures/%s)', (fixture, lang, dir) => {
  const root = join(FIXTURES, fixture);
  const { stories, actors } = loadContent(root, { base: '/' });
  const story = stories[0]!;
  const storyLang = story.data.lang;
  const build = buildSite({ contentDir: `tests/fixtures/${fixture}`, outDir: `dist-test-${fixture}` });
  outDirs.push(build.outDir);
  const read = (file: string) => ({ path: relative(build.outDir, file), html: readFileSync(file, 'utf8') });
  /** The story's own pages: its three views, their embeds, each claim's and event's page. */
  const pages = () =>
    [...htmlFiles(join(build.outDir, story.slug)), ...htmlFiles(join(build.outDir, 'embed', story.slug))].map(read);
  /** Those and the index, an English page that lists the story. */
  const everyPage = () => [...pages(), read(join(build.outDir, 'index.html'))];

  test('no page uses an id twice', () => {
    expect(duplicateIds(htmlPages(build.outDir))).toEqual([]);
  });

  const authored = authoredTexts(story);
  const names = [story.data.publisher.name, story.data.byline, ...actors.flatMap((a) => [a.name, a.shortName])]
    .filter((n): n is string => !!n)
    .map(wordsOf);
  const isName = (words: string) => names.some((name) => name.includes(words));
  /** What is left of a text once the story's texts, the names and web addresses are taken out of it. */
  const leftover = (text: string) => {
    let words = ` ${wordsOf(text.replace(/https?:\/\/\S+/g, ' '))} `;
    for (const piece of [...authored, ...names].sort((a, b) => b.length - a.length))
      if (piece) words = words.split(` ${piece} `).join(' ');
    return words.replace(/\s+/g, ' ').trim();
  };
  const isAuthored = (words: string) => authored.some((text) => ` ${text} `.includes(` ${words} `));
  const inStoryLang = (lang: string) => lang.toLowerCase().split('-')[0] === storyLang.toLowerCase().split('-')[0];

  test(`the fixture is what it says: a story in ${lang}, an English registry`, () => {
    expect(build.status, build.output).toBe(0);
    expect(storyLang).toBe(lang);
    expect(pages().length).toBeGreaterThanOrEqual(story.data.claims.length + 6);
  });

  test('each of its pages declares the story’s language and direction as the page’s own', () => {
    for (const page of pages()) {
      expect(/<html lang="([^"]+)"/.exec(page.html)?.[1], page.path).toBe(storyLang);
      expect(/<html [^>]*dir="([^"]+)"/.exec(page.html)?.[1], page.path).toBe(dir);
    }
  });

  test('its pages are valid HTML with the marks in place', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const messages = [];
    for (const page of pages()) {
      const report = await validator.validateString(page.html, page.path);
      messages.push(...report.results.flatMap((r) => r.messages.map((m) => `${page.path} ${m.ruleId}: ${m.message}`)));
    }
    expect(messages).toEqual([]);
  });

  test('the story’s words run in its direction, ours left to right', () => {
    const wrong = everyPage().flatMap((page) =>
      spokenTexts(page.html)
        .filter(({ text }) => /\p{L}/u.test(text))
        .filter(({ lang: spoken, dir: runs }) => runs !== (inStoryLang(spoken) ? dir : 'ltr'))
        .map(({ text, where, dir: runs }) => `${page.path} <${where}> runs ${runs}: ${text}`),
    );
    expect(wrong).toEqual([]);
  });

  test('the story’s text is typeset for its language: no line can break where the language forbids it', () => {
    const typeset = typesetter(storyLang) ?? ((text: string) => text);
    let guarded = 0;
    const wrong: string[] = [];
    for (const page of pages()) {
      visit(fromHtml(page.html), 'text', (node: Text, _i, parent) => {
        if (parent?.type === 'element' && ['script', 'style', 'code', 'pre'].includes((parent as Element).tagName))
          return;
        if (typeset(node.value) !== node.value) wrong.push(`${page.path}: ${node.value.trim().slice(0, 80)}`);
        guarded += (node.value.match(/\u00A0(?=[:;!?»])/g) ?? []).length;
      });
    }
    expect(wrong).toEqual([]);
    // The French fixture asks questions ("finie ?"): there was something to guard.
    if (typesetter(storyLang)) expect(guarded).toBeGreaterThan(0);
  });

  test('the index is an English page, left to right', () => {
    const index = read(join(build.outDir, 'index.html')).html;
    expect(/<html lang="([^"]+)"/.exec(index)?.[1]).toBe(UI_LANG);
    expect(/<html [^>]*dir="([^"]+)"/.exec(index)?.[1]).toBe('ltr');
  });

  test('nothing of ours is spoken as the story’s language', () => {
    const wrong = everyPage().flatMap((page) =>
      spokenTexts(page.html)
        .filter(({ text, lang }) => inStoryLang(lang) && /\p{L}/u.test(text))
        .filter(({ text }) => !isAuthored(wordsOf(text)) && /\p{L}/u.test(leftover(text)))
        .map(({ text, where }) => `${page.path} <${where}>: ${text}`),
    );
    expect(wrong).toEqual([]);
  });

  test('nothing of the story’s is spoken as the interface language', () => {
    const wrong = everyPage().flatMap((page) =>
      spokenTexts(page.html)
        .filter(({ lang }) => !inStoryLang(lang))
        .filter(({ text }) => {
          const words = wordsOf(text);
          if (!words || isName(words)) return false;
          // Its words are one of the story's texts, or a run of several of their words.
          const within = (outer: string, inner: string) => ` ${outer} `.includes(` ${inner} `);
          return authored.some((a) => a === words || (words.includes(' ') && (within(a, words) || within(words, a))));
        })
        .map(({ text, where }) => `${page.path} <${where}>: ${text}`),
    );
    expect(wrong).toEqual([]);
  });
});
