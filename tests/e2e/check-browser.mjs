// Runs before Playwright (see package.json "test:e2e"): we use the system Chromium
// and never download browsers, so say clearly what to do when it is missing.
import fs from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(path)) {
  console.error(
    `No Chromium found at ${path}. The browser tests need the system Chromium: ` +
      'install it with: apt-get update && apt-get install -y chromium, or set CHROMIUM_PATH to a Chromium executable.',
  );
  process.exit(1);
}
