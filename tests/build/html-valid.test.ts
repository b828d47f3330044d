import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { describe, expect, test } from 'vitest';
import { duplicateIds, htmlPages } from '../support/dist-pages.ts';
import { DIST } from '../support/server.ts';

// Rules: html-validate:recommended with the project's .htmlvalidate.json.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = htmlPages();

describe('every built page is valid HTML (html-validate)', () => {
  test('the site has pages', () => {
    expect(pages.length).toBeGreaterThan(3);
  });

  test('no page uses an id twice', () => {
    expect(duplicateIds(pages)).toEqual([]);
  });

  test.each(pages.map((p) => [p.path, p.html] as const))('%s', async (path, html) => {
    const report = await validator.validateString(html, join(DIST, path));
    const errors = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
