import { resolve } from 'node:path';
// The same static server as `npm start` (base path and _headers included).
import { serve } from '../../scripts/serve.mjs';

export const DIST = resolve(import.meta.dirname, '../../dist');

/** Serves a built site on a free loopback port. */
export function serveDist(root = DIST, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  return serve({ root, base, port: 0 });
}
