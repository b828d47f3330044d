import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/** HTTP headers for every page: what a `<meta>` CSP cannot carry (framing) plus the usual hardening. */
export interface HeaderOptions {
  /** Who may frame `/embed/*` pages: `*` or a space-separated list of origins. */
  embedAncestors: string;
}

/**
 * The `_headers` file (Cloudflare Pages / Netlify syntax), generated so that the
 * configured `base` prefixes its paths. Framing: full pages only by ourselves,
 * embeds by anyone allowed. Cloudflare joins repeated headers with commas, which
 * would turn two CSPs into the stricter one, so the embed rule first detaches
 * (`! Name`) what the catch-all rule set.
 */
export function headersFile(base: string, options: HeaderOptions): string {
  const prefix = base.replace(/\/+$/, '');
  return [
    `${prefix}/*`,
    `  Content-Security-Policy: frame-ancestors 'self'`,
    `  X-Frame-Options: SAMEORIGIN`,
    `  X-Content-Type-Options: nosniff`,
    `  Referrer-Policy: strict-origin-when-cross-origin`,
    `  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()`,
    `  Cross-Origin-Opener-Policy: same-origin`,
    '',
    `${prefix}/embed/*`,
    `  ! Content-Security-Policy`,
    `  ! X-Frame-Options`,
    `  ! Cross-Origin-Opener-Policy`,
    `  Content-Security-Policy: frame-ancestors ${options.embedAncestors}`,
    '',
  ].join('\n');
}

/** Writes `_headers` into the build output. */
export default function headers(options: HeaderOptions): AstroIntegration {
  let base = '/';
  return {
    name: 'counterpoint:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile(base, options));
      },
    },
  };
}
