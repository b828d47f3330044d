import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlPages } from '../support/dist-pages.ts';
import { DIST } from '../support/server.ts';

// The W3C Nu HTML checker (vnu-jar; needs Java) over every built page.
const vnu = createRequire(import.meta.url)('vnu-jar') as string;

describe('the Nu HTML checker', () => {
  test('finds no error on any page', () => {
    const files = htmlPages().map((p) => join(DIST, p.path));
    const result = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error)
      throw new Error(`Java is needed for the Nu checker (apt-get install -y default-jre): ${result.error.message}`);
    const messages = (
      JSON.parse(result.stderr || '{"messages":[]}') as {
        messages: { url: string; lastLine?: number; message: string }[];
      }
    ).messages;
    expect(messages.map((m) => `${m.url.replace(/^.*dist\//, '')}:${m.lastLine ?? '?'} ${m.message}`)).toEqual([]);
  });
});
