import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/** HTTP headers for every page: what a `<meta>` CSP cannot carry (framing) plus the usual hardening. */
export interface HeaderOptions {
  /** Who may frame `/embed/*` pages: `*` or a space-separated list of origins (`COUNTERPOINT_EMBED_ANCESTORS`). */
  embedAncestors: string;
}

/** A CSP source expression allowed in `frame-ancestors`: `*`, `'self'`, `'none'`, a scheme, or a host source. */
const ANCESTOR_SOURCE =
  /^(\*|'self'|'none'|[a-z][a-z0-9+.-]*:|([a-z][a-z0-9+.-]*:\/\/)?(\*\.)?[a-z0-9.-]+(:(\d+|\*))?)$/i;

/** Checks `COUNTERPOINT_EMBED_ANCESTORS` so a typo cannot inject another directive or header into `_headers`. */
export function embedAncestorsValue(value: string): string {
  const sources = value.trim().split(/[ \t]+/);
  const bad = sources.filter((s) => !ANCESTOR_SOURCE.test(s));
  if (sources.length === 0 || sources[0] === '' || bad.length > 0) {
    throw new Error(
      `COUNTERPOINT_EMBED_ANCESTORS: ${JSON.stringify(value)} is not a frame-ancestors list` +
        (bad.length ? ` (${bad.map((s) => JSON.stringify(s)).join(', ')})` : '') +
        `. Fix: use * (any site) or origins separated by spaces, e.g. "https://news.example https://*.partner.example".`,
    );
  }
  return sources.join(' ');
}

/** Our data files by extension, with the type each is served as. */
const DATA_TYPES = {
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};
/** For a data file: nothing loads or runs, even if a browser renders it (`frame-ancestors` kept from pages). */
export const DATA_POLICY = "default-src 'none'; sandbox; frame-ancestors 'self'";

/**
 * The `_headers` file (Cloudflare Pages / Netlify syntax), generated so that the
 * configured `base` prefixes its paths. Framing: full pages only by ourselves,
 * embeds by anyone allowed. Both hosts apply every matching rule. Cloudflare
 * joins repeated headers with commas, which would turn two CSPs into the
 * stricter one, so the embed rule first detaches (`! Name`) what the catch-all
 * set; Netlify ignores those lines and lets the later rule's value win. Where
 * an X-Frame-Options survives (Netlify), browsers ignore it because a CSP with
 * `frame-ancestors` is present.
 *
 * No `Cross-Origin-Opener-Policy`: the site keeps no reader state (no logins,
 * cookies or storage) for it to isolate, and a COOP page cannot share a renderer
 * process with a blank tab or another site's page, so every arrival starts a cold
 * one (Lighthouse mobile, claims page: median 93 with `same-origin`, 100 without;
 * see the README's "Framing headers").
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
    '',
    `${prefix}/embed/*`,
    `  ! Content-Security-Policy`,
    `  ! X-Frame-Options`,
    `  Content-Security-Policy: frame-ancestors ${embedAncestorsValue(options.embedAncestors)}`,
    '',
    // oEmbed consumers that run in a browser (editors' previews) may read it from any site.
    `${prefix}/oembed/*`,
    `  Access-Control-Allow-Origin: *`,
    '',
    // Data files opened in a tab are documents too: no scripts, no requests, a unique origin.
    ...Object.entries(DATA_TYPES).flatMap(([extension, type]) => [
      `${prefix}/*.${extension}`,
      `  ! Content-Security-Policy`,
      `  Content-Security-Policy: ${DATA_POLICY}`,
      `  Content-Type: ${type}`,
      '',
    ]),
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
        embedAncestorsValue(options.embedAncestors); // fail at the start of the build, not the end
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile(base, options));
      },
    },
  };
}
