import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type LaunchOptions } from 'playwright-core';

/** Chromium from CHROMIUM_PATH, else Debian's /usr/bin/chromium; never skipped. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found: install it (`apt-get install -y chromium`) or set CHROMIUM_PATH to its binary.',
    );
  }
  return found;
}

// Without the networking flags Chromium keeps trying to reach the internet.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh headless browser context; close it when done. */
export function launch(
  options: Omit<Parameters<typeof chromium.launchPersistentContext>[1], 'executablePath'> = {},
): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'cp-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: ARGS,
    ...(options as LaunchOptions),
  });
}
