// tooling/: code the tests and the benchmark share (the site never imports it); each file runs in plain Node.
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; `.ci/run` installs it with apt-get (Playwright cannot download browsers here). */
export const chromiumPath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

/** Starts headless Chromium with flags that keep it off the network (this machine has none). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
