import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { htmlPages } from '../support/dist-pages.ts';
import { DIST } from '../support/server.ts';

// BRIEF budgets: embed-side resize script ≤ 1 KB gzip, host-side embed script ≤ 1 KB gzip, measured on the built files.
const KB = 1024;
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

const embedPages = htmlPages().filter((p) => p.path.startsWith('embed/'));

/** The frame script of an embed page, inline or linked: the one that posts our height message. */
function frameScript(html: string): string {
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attrs, body]) => {
    const src = /src="([^"]+)"/.exec(attrs!)?.[1];
    return src ? readFileSync(join(DIST, src.replace(/^https?:\/\/[^/]+/, '')), 'utf8') : body!;
  });
  const found = scripts.filter((s) => s.includes('counterpoint:height'));
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('embed script budgets (gzip)', () => {
  test('there are embed pages', () => {
    expect(embedPages.length).toBeGreaterThanOrEqual(3);
  });

  test.each(embedPages.map((p) => [p.path, p.html] as const))('%s: the frame script ≤ 1 KB', (_path, html) => {
    const size = gz(frameScript(html));
    console.log(`embed-side script: ${size} B gzip`);
    expect(size).toBeLessThanOrEqual(KB);
  });

  test('the host script ≤ 1 KB', () => {
    const size = gz(readFileSync(join(DIST, routes.embedScript()), 'utf8'));
    console.log(`host-side script ${routes.embedScript()}: ${size} B gzip`);
    expect(size).toBeLessThanOrEqual(KB);
  });
});
