import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { brokenLinks } from '../support/links.ts';

describe('links', () => {
  test('every internal link and anchor of the built site resolves', () => {
    expect(brokenLinks()).toEqual([]);
  });

  test('the checker reports a missing page, image, anchor, feed target and a link outside the base', () => {
    const root = mkdtempSync(join(tmpdir(), 'cp-links-'));
    mkdirSync(join(root, 'a'));
    writeFileSync(join(root, 'a', 'index.html'), '<p id="here">a</p>');
    writeFileSync(
      join(root, 'index.html'),
      '<meta property="og:image" content="http://localhost:4321/base/og.png"><a href="/base/a/#here">ok</a><a href="/base/a/#gone">anchor</a><a href="/base/b/">page</a><a href="/a/">outside</a>',
    );
    writeFileSync(
      join(root, 'feed.xml'),
      '<rss><link>http://localhost:4321/base/a/</link><link>http://localhost:4321/base/c/</link></rss>',
    );
    expect(brokenLinks(root, '/base/')).toEqual([
      'index.html: http://localhost:4321/base/og.png → missing og.png',
      'index.html: /base/a/#gone → no #gone in a/index.html',
      'index.html: /base/b/ → missing b/index.html',
      'index.html: /a/ is outside the base /base/',
      'feed.xml: http://localhost:4321/base/c/ → missing c/index.html',
    ]);
  });
});
