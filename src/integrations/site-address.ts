import type { AstroIntegration } from 'astro';

/**
 * Warns, at the start of `astro build`, when no site address was configured: the
 * canonical links, link previews, feeds and embed codes of such a build point at
 * the local preview address, which is right for `npm start` and wrong anywhere
 * else. A warning, not an error: local builds and tests have no public address.
 */
export default function siteAddress(options: { configured: boolean }): AstroIntegration {
  return {
    name: 'counterpoint:site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (options.configured) return;
        logger.warn(
          'COUNTERPOINT_SITE is not set: canonical links, link previews, feeds and embed codes in this build point at http://localhost:4321. Set it to the public address before deploying, e.g. COUNTERPOINT_SITE=https://news.example.org npm run build.',
        );
      },
    },
  };
}
