import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatWarning } from '../../src/lib/content/warnings.ts';
import { FIXTURES } from '../support/content-root.ts';

// A valid story with markup the site will not publish as written: the editor must be told where.
const root = mkdtempSync(join(tmpdir(), 'dropped-'));
cpSync(join(FIXTURES, 'stories'), root, { recursive: true });
const content = loadContent(root, { base: '/' });
const story = content.stories[0]!;
const path = join(root, 'articles', `${story.slug}.md`);
const original = readFileSync(path, 'utf8');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The story's warnings, with `extra` appended to its body; and the file line `extra` starts on. */
function warningsWith(extra: string) {
  const text = `${original.trimEnd()}\n\n${extra}\n`;
  writeFileSync(path, text);
  const loaded = loadContent(root, { base: '/' }).stories[0]!;
  const line = text.split('\n').length - extra.split('\n').length;
  return { warnings: loaded.warnings.map(formatWarning), line };
}

test('a story with only safe links, images and no HTML has no warning about its text', () => {
  expect(warningsWith('A [link](https://example.org/) and ![a chart](/images/x.png).').warnings).toEqual([]);
});

test('an unsafe link reduced to its text is a warning naming the file, the line, the address and the fix', () => {
  const { warnings, line } = warningsWith('Text.\n\nSee [the source](javascript:alert(1)) here.');
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain(`${story.file}: the article text (line ${line + 2}): `);
  expect(warnings[0]).toContain('"the source"');
  expect(warnings[0]).toContain('javascript:alert(1)');
  expect(warnings[0]).toMatch(/Fix: .*https:\/\//);
});

test('a reference link whose definition is unsafe, an unsafe image and an autolink are each a warning', () => {
  const { warnings, line } = warningsWith(
    '[ref][bad] and ![pic](data:image/png;base64,AAAA)\n\n<vbscript:msgbox(1)>\n\n[bad]: JaVaScRiPt:x',
  );
  expect(warnings.map((w) => /\(line (\d+)\)/.exec(w)?.[1])).toEqual([line, line, line + 2].map(String));
  expect(warnings[1]).toMatch(/image "pic".*alt text/);
});

test('raw HTML shown as text is one warning per line, naming the tags and the fix', () => {
  const { warnings, line } = warningsWith('Bold: <b>word</b> here.\n\n<div class="x">\nblock\n</div>');
  expect(warnings).toHaveLength(2);
  expect(warnings[0]).toContain(`(line ${line})`);
  expect(warnings[0]).toContain('<b>, </b>');
  expect(warnings[1]).toContain(`(line ${line + 2})`);
  expect(warnings[1]).toMatch(/Fix: .*markdown/);
});
