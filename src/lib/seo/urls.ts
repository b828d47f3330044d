import { withBase } from '../routes.ts';

/** Where the site lives: absolute origin (`site`) and sub-path (`base`). */
export interface SiteLocation {
  site: string;
  base: string;
}

/** An absolute URL for a root-relative route on the configured `site` and `base`. */
export function absoluteOn(location: SiteLocation, path: string): string {
  return new URL(withBase(location.base, path), location.site).href;
}
