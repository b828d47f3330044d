import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { actorSchema } from '../../src/schemas/actor.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { plainActorRef } from '../../src/schemas/common.ts';
import { FIXTURES } from '../support/content-root.ts';

// Hostile values the schema refuses outright (the rest of the corpus, in
// tests/fixtures/hostile, is accepted as text and must render inert).
const source = readFileSync(join(FIXTURES, 'stories', 'articles', 'harbour-strike-talks.md'), 'utf8');
const valid = parse(splitFrontmatter(source)!.yaml) as Record<string, unknown>;
const schema = articleSchema(plainActorRef);

function withValue(path: (string | number)[], value: unknown) {
  const copy = structuredClone(valid);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

describe('hostile values the schema refuses', () => {
  test('the unmodified fixture is valid', () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  test.each([
    ['javascript: source URL', ['source', 'url'], 'javascript:alert(1)'],
    ['JavaScript: with odd case', ['source', 'url'], 'JaVaScRiPt:alert(1)'],
    ['data: publisher URL', ['publisher', 'url'], 'data:text/html,<script>alert(1)</script>'],
    ['protocol-relative image', ['image'], { src: '//evil.example/x.png', alt: 'x', credit: 'y' }],
    ['data: image', ['image'], { src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'x', credit: 'y' }],
    ['http (not https) image', ['image'], { src: 'http://evil.example/x.png', alt: 'x', credit: 'y' }],
    ['image without alt text', ['image'], { src: '/x.png', credit: 'y' }],
    ['zero-width character in an id', ['claims', 0, 'id'], 'strike\u200Bended'],
    ['right-to-left override in an id', ['claims', 0, 'id'], 'strike\u202Eended'],
    ['a runaway paste as a title', ['title'], 'x'.repeat(50_000)],
    ['a runaway list of tags', ['tags'], Array.from({ length: 5000 }, (_, i) => `t${i}`)],
    ['a script as a stance', ['assessments', 0, 'addresses', 0, 'stance'], '<script>'],
  ])('%s', (_name, path, value) => {
    const result = schema.safeParse(withValue(path, value));
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((i) => i.path.join('.').startsWith(path.join('.')))).toBe(true);
  });

  test('an actor id with invisible characters is refused', () => {
    expect(actorSchema.safeParse({ id: 'eve\u200D', name: 'Eve', kind: 'person' }).success).toBe(false);
  });
});
