import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/files.ts';

describe('filesUnder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'files-under-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists nested files in sorted order and leaves out folders and .git', () => {
    for (const path of ['b/page.html', 'a.css', 'b/c/deep.png', '.git/HEAD', 'sub/.git/config']) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), '');
    }
    mkdirSync(join(dir, 'empty'));
    expect(filesUnder(dir)).toEqual(['a.css', 'b/c/deep.png', 'b/page.html'].map((path) => join(dir, path)));
  });

  it('finds no files in a folder that does not exist', () => {
    expect(filesUnder(join(dir, 'missing'))).toEqual([]);
  });
});
