import { withBase } from './routes.ts';

/** The product name shown in the site chrome (not story content). */
export const SITE_NAME = 'Counterpoint';

/** What the site is, in one sentence: the index, the feeds and the web app manifest say it. */
export const SITE_DESCRIPTION = 'News analyses that set each claim beside the assessments that address it.';

/** A root-relative route with the configured `base` (e.g. `/analysis/x/`). */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** An absolute URL on the configured `site` and `base`. */
export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE).href;
}

/** The configured `site` and `base`, for the pure URL builders in `src/lib/seo/`. */
export const siteLocation = { site: import.meta.env.SITE, base: import.meta.env.BASE_URL };
