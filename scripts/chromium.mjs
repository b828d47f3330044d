// The one place that knows how to find and start Chromium here: scripts and tests share it.
import { existsSync } from 'node:fs';

/** Without the networking flags Chromium keeps trying to reach the internet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium from CHROMIUM_PATH, else Debian's /usr/bin/chromium; a one-line install hint when neither exists. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found: install it (`apt-get install -y chromium`) or set CHROMIUM_PATH to its binary.',
    );
  }
  return found;
}
