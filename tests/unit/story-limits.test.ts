import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content/errors.ts';
import { BODY_LIMITS, overLimits } from '../../src/lib/content/limits.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { FIXTURES } from '../support/content-root.ts';

const article = readFileSync(join(FIXTURES, 'stories', 'articles', 'harbour-strike-talks.md'), 'utf8');

test('a real story is within every limit', () => {
  expect(overLimits(article)).toEqual([]);
});

test('a body over the size limit is refused with its size, the limit and the fix', () => {
  const [problem, ...rest] = overLimits('word '.repeat(BODY_LIMITS.characters / 5 + 1));
  expect(rest).toEqual([]);
  expect(problem!.message).toContain(`at most ${BODY_LIMITS.characters.toLocaleString('en')}`);
  expect(problem!.message).toContain('Fix:');
});

test('quotes or lists nested past the limit are refused at their line; at the limit they pass', () => {
  const deep = (n: number, marker: string) => `Text.\n\n${marker.repeat(n)}x\n`;
  for (const marker of ['> ', '- ', '1. ', '>'])
    expect(overLimits(deep(BODY_LIMITS.depth, marker)), marker).toEqual([]);
  for (const marker of ['> ', '- ', '* ', '1) ', '>']) {
    const [problem] = overLimits(deep(BODY_LIMITS.depth + 1, marker));
    expect(problem, marker).toMatchObject({ line: 3 });
    expect(problem!.message).toContain(`at most ${BODY_LIMITS.depth}`);
  }
  // Nesting by indentation alone counts as well.
  expect(overLimits(`${' '.repeat(4 * BODY_LIMITS.depth + 4)}- x`)).toHaveLength(1);
});

test('list items and quotes past a story’s limit are refused (nested lists cost the parser the square of their items)', () => {
  const lines = (n: number) => '- - x\n'.repeat(n / 2);
  expect(overLimits(lines(BODY_LIMITS.containersPerStory))).toEqual([]);
  const [problem] = overLimits(lines(BODY_LIMITS.containersPerStory + 2));
  expect(problem!.message).toContain(`at most ${BODY_LIMITS.containersPerStory.toLocaleString('en')}`);
});

test('emphasis and link markers: a paragraph or a story over the limit is refused at the paragraph', () => {
  const run = (n: number) => '._'.repeat(n);
  expect(overLimits(`a\n\n${run(BODY_LIMITS.markersPerBlock)}`)).toEqual([]);
  const [problem] = overLimits(`a\n\n${run(BODY_LIMITS.markersPerBlock + 1)}`);
  expect(problem).toMatchObject({ line: 3 });
  expect(problem!.message).toContain(`at most ${BODY_LIMITS.markersPerBlock}`);
  // Rows of a table are parsed one cell at a time: each row is its own block.
  const row = `| ${'[a](/x) '.repeat(BODY_LIMITS.markersPerBlock / 2)} |\n`;
  expect(overLimits(`| h |\n|---|\n${row.repeat(3)}`)).toEqual([]);
  const paragraph = `${'*a* '.repeat(BODY_LIMITS.markersPerBlock / 2)}\n\n`;
  const blocks = Math.ceil(BODY_LIMITS.markersPerStory / BODY_LIMITS.markersPerBlock) + 1;
  const [total] = overLimits(paragraph.repeat(blocks));
  expect(total!.message).toContain(`at most ${BODY_LIMITS.markersPerStory.toLocaleString('en')}`);
});

test('a 1 MB story is refused in seconds, naming the file and the limit, before anything parses it', () => {
  const root = mkdtempSync(join(tmpdir(), 'limits-'));
  cpSync(join(FIXTURES, 'stories'), root, { recursive: true });
  const file = join(root, 'articles', 'harbour-strike-talks.md');
  writeFileSync(file, `${article}\n${'._'.repeat(500_000)}\n`);
  const started = performance.now();
  let error: unknown;
  try {
    loadContent(root, { base: '/', cwd: root });
  } catch (caught) {
    error = caught;
  }
  rmSync(root, { recursive: true, force: true });
  expect(performance.now() - started).toBeLessThan(5000);
  expect(error).toBeInstanceOf(ContentError);
  expect((error as Error).message).toContain('articles/harbour-strike-talks.md');
  expect((error as Error).message).toContain(BODY_LIMITS.characters.toLocaleString('en'));
});
