import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';
import { caseRoot } from '../support/content-root.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('npm start', () => {
  test('after a failed build it serves nothing, not even the previous dist/', () => {
    // A previous good build left pages behind; the new content is wrong.
    const outDir = mkdtempSync(join(tmpdir(), 'cp-start-'));
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>stale</title>');
    const result = spawnSync('npm', ['start'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        COUNTERPOINT_CONTENT_DIR: caseRoot('unknown-actor'),
        COUNTERPOINT_OUT_DIR: outDir,
        PORT: '0',
      },
    });
    const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
    // It stopped by itself (a server would still be running at the timeout) …
    expect(result.signal, output).toBeNull();
    expect(result.status, output).not.toBe(0);
    // … told the editor what is wrong …
    expect(output).toContain('claims[0].actor');
    // … and never started serving.
    expect(output).not.toMatch(/is served at/);
  });
});
