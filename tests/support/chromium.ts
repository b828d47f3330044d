import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type LaunchOptions } from 'playwright-core';
// The same finder and flags as the scripts (screenshots, audit, TimelineJS comparison).
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';

export { chromiumPath };

/** The widths every page is checked at (a phone, a laptop), and both colour schemes. */
export const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];
export const SCHEMES = ['light', 'dark'] as const;

/** A fresh headless browser context; close it when done. */
export function launch(
  options: Omit<Parameters<typeof chromium.launchPersistentContext>[1], 'executablePath'> = {},
): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'cp-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    ...(options as LaunchOptions),
  });
}
