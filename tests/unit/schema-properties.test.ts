import { mkdirSync, mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content/errors.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { plainActorRef } from '../../src/schemas/common.ts';
import { storyDateSchema } from '../../src/schemas/dates.ts';
import { FIXTURES } from '../support/content-root.ts';

const schema = articleSchema(plainActorRef);

describe('arbitrary input never crashes validation', () => {
  test('the frontmatter schema returns a value or validation issues for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = schema.safeParse(value);
        expect(result.success || result.error.issues.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('the date schema accepts exactly what the EDTF reader accepts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.date({ noInvalidDate: true })), (value) => {
        const result = storyDateSchema.safeParse(value);
        if (result.success) expect(result.data.edtf.length).toBeGreaterThan(0);
        else expect(result.error.issues[0]?.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  test('any frontmatter text yields a story or a ContentError — never another exception', () => {
    const root = mkdtempSync(join(tmpdir(), 'cp-prop-'));
    mkdirSync(join(root, 'articles'));
    cpSync(join(FIXTURES, 'stories', 'actors.yaml'), join(root, 'actors.yaml'));
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (yaml, body) => {
        writeFileSync(join(root, 'articles', 'story.md'), `---\n${yaml}\n---\n${body}`);
        try {
          loadContent(root, { base: '/' });
        } catch (error) {
          expect(error).toBeInstanceOf(ContentError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
