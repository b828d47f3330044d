import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ContentError } from '../../src/lib/content/errors.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { actorSchema } from '../../src/schemas/actor.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { plainActorRef } from '../../src/schemas/common.ts';
import { caseRoot, FIXTURES } from '../support/content-root.ts';

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
    // A path out of public/ would make the build an oracle for files on the build machine.
    ['image path out of public/', ['image'], { src: '/../../../../etc/hostname', alt: 'x', credit: 'y' }],
    [
      'image path out of public/, percent-encoded',
      ['image'],
      { src: '/images/%2e%2E/%2e%2e/etc/hostname', alt: 'x', credit: 'y' },
    ],
    [
      'image path out of public/ with backslashes',
      ['image'],
      { src: '/images/..\\..\\etc\\hostname', alt: 'x', credit: 'y' },
    ],
    ['image path with a control character', ['image'], { src: '/images/x\u0000.png', alt: 'x', credit: 'y' }],
    ['source URL with a control character', ['source', 'url'], 'https://source.example/\u0008'],
    ['date note with a control character', ['claims', 0, 'date'], { value: '2025', note: 'Fixed\u0000' }],
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

// Characters no text field needs and that break the files other programs read:
// XML 1.0 forbids most C0 controls, so one of them in a title made feed.xml unreadable.
describe('invisible control characters', () => {
  test.each([
    ['NUL in a title', ['title'], 'Strike\u0000 ends', 'U+0000', 7],
    ['ESC in a dek', ['dek'], '\u001b[31mRed', 'U+001B', 1],
    ['a C1 control (NEL) in a claim statement', ['claims', 0, 'statement'], 'Talks \u0085resume', 'U+0085', 7],
    ['the non-character U+FFFF in a tag', ['tags', 0], 'port\uffff', 'U+FFFF', 5],
    ['a non-character beyond the BMP in a byline', ['byline'], 'By \u{10FFFF}', 'U+10FFFF', 4],
    ['a lone surrogate in an event title', ['events', 0, 'title'], 'Walk\ud800out', 'U+D800', 5],
    ['DEL in a correction', ['corrections'], [{ date: '2025-03-02', text: 'Fixed\u007f.' }], 'U+007F', 6],
  ])('%s is refused, naming the character, its position and the fix', (_name, path, value, code, position) => {
    const result = schema.safeParse(withValue(path, value));
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.').startsWith(path.join('.')));
    expect(issue?.message).toContain(code);
    expect(issue?.message).toContain(`character ${position}`);
    expect(issue?.message).toMatch(/Fix: /);
  });

  test('Word’s line break (\\v), form feed and tab become spaces in one-line fields', () => {
    const result = schema.safeParse(withValue(['title'], 'Strike\vends\ttoday\f'));
    expect(result.success).toBe(true);
    expect(result.data!.title).toBe('Strike ends today');
  });

  test('Word’s line break becomes a line break in a paragraph', () => {
    const result = schema.safeParse(withValue(['dek'], 'One.\vTwo.'));
    expect(result.data!.dek).toBe('One.\nTwo.');
  });

  test('an actor name with a control character is refused', () => {
    const result = actorSchema.safeParse({ id: 'eve', name: 'Eve\u0007', kind: 'person' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['name']);
  });
});

describe('control characters in the files, as the build reports them', () => {
  /** A valid content root (the missing-image case with an image that exists). */
  function validRoot() {
    const root = caseRoot('missing-image');
    const story = join(root, 'articles', 'story.md');
    writeFileSync(story, readFileSync(story, 'utf8').replace('/images/not-there.jpg', '/favicon.svg'));
    return { root, story };
  }
  function issuesOf(root: string) {
    try {
      loadContent(root, { base: '/', cwd: root });
    } catch (error) {
      if (error instanceof ContentError) return error.issues;
      throw error;
    }
    return [];
  }

  test('in the article text: refused at its line', () => {
    const { root, story } = validRoot();
    const lines = readFileSync(story, 'utf8').split('\n').length;
    appendFileSync(story, '\nA pasted terminal colour: \u001b[31m red.\n');
    const [issue] = issuesOf(root);
    expect(issue).toMatchObject({ path: [], line: lines + 1 });
    expect(issue!.message).toMatch(/article text contains the invisible character U\+001B \(ESC\).*Fix: delete it/);
  });

  test('in the actor registry: refused at the field', () => {
    const { root } = validRoot();
    const registry = join(root, 'actors.yaml');
    writeFileSync(registry, readFileSync(registry, 'utf8').replace(/name: (.*)/, 'name: "$1\\0"'));
    const [issue] = issuesOf(root);
    expect(issue).toMatchObject({ file: expect.stringMatching(/actors\.yaml$/), path: [0, 'name'] });
    expect(issue!.message).toMatch(/U\+0000 \(NUL\)/);
  });
});
