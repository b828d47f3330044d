import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { markdownOptions } from '../../src/markdown/pipeline.ts';
import { FIXTURES } from '../support/content-root.ts';

// Fixture tests through the real processor with our plugins:
// tests/fixtures/markdown/<case>/input.md → output.html.
// Regenerate on request only: UPDATE_FIXTURES=1 npx vitest run tests/unit/markdown.test.ts
const DIR = join(FIXTURES, 'markdown');
const processor = await createMarkdownProcessor(markdownOptions);

async function render(name: string): Promise<string> {
  const { frontmatter, content } = parseFrontmatter(readFileSync(join(DIR, name, 'input.md'), 'utf8'));
  return (await processor.render(content, { frontmatter })).code;
}

describe('markdown fixtures', () => {
  test.each(readdirSync(DIR).sort())('%s', async (name) => {
    const html = await render(name);
    const expected = join(DIR, name, 'output.html');
    if (process.env.UPDATE_FIXTURES) writeFileSync(expected, `${html}\n`);
    expect(existsSync(expected), `missing ${expected}: run with UPDATE_FIXTURES=1`).toBe(true);
    expect(`${html}\n`).toBe(readFileSync(expected, 'utf8'));
  });
});

describe('what a reader gets', () => {
  test('nested and identical excerpts each get their own anchor', async () => {
    const html = await render('nested-marks');
    for (const id of ['assessment-outer', 'event-inner', 'event-same-a', 'event-same-b']) {
      expect(html).toContain(`id="${id}"`);
    }
    // The reader still sees the sentence intact.
    expect(html.replace(/<a class="excerpt-ref[^>]*>[^<]*<\/a>/g, '').replace(/<[^>]+>/g, '')).toContain(
      'The group announced a blockade that triggered long lines.',
    );
  });

  test('an excerpt across emphasis is marked on both sides of it', async () => {
    const html = await render('across-emphasis');
    expect(html).toMatch(/<mark[^>]*id="claim-emph"[^>]*>was <\/mark><em><mark[^>]*>very<\/mark><\/em>/);
  });

  test('raw HTML is shown as text, never interpreted', async () => {
    const html = await render('raw-html');
    expect(html).not.toMatch(/<(script|img|div)\b/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).toContain('&#x3C;script>');
  });

  test('only http(s), mailto and same-site links survive; external ones get rel', async () => {
    const html = await render('unsafe-links');
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">web</a>');
    expect(html).toContain('<a href="/x/">site</a>');
    expect(html).toContain('<a href="mailto:a@example.org">mail</a>');
  });

  test('an excerpt inside a link gets its mark but no nested link', async () => {
    const html = await render('inside-link');
    expect(html).toContain('id="claim-linked"');
    expect(html).not.toContain('excerpt-ref');
  });
});
