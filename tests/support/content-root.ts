import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/**
 * A content root for one invalid-content case: the case's own files, plus the
 * fixture registry when the case does not bring its own.
 */
export function caseRoot(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `cp-case-${name}-`));
  cpSync(join(FIXTURES, 'invalid', name), root, { recursive: true });
  if (!existsSync(join(root, 'actors.yaml')))
    cpSync(join(FIXTURES, 'stories', 'actors.yaml'), join(root, 'actors.yaml'));
  return root;
}
