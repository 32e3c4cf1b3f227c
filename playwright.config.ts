import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against the real server and the built client (`npm run test:e2e`
 * builds first). The port and data dir are chosen once, in the main process, and
 * passed through the environment: workers load this file again and inherit them.
 */
if (!process.env.E2E_PORT) {
  // Synchronous, so the config stays a plain module: ask the OS for a free port.
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  process.env.E2E_PORT = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}
if (!process.env.E2E_DATA_DIR) {
  process.env.E2E_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-e2e-'));
}
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Several browsers share 2 CPU cores with other work: generous, but waits are on what the screen shows.
  timeout: 180_000,
  expect: { timeout: 7_000 },
  // The JSON report feeds the one-line tally CI prints (tests/report-tally.mjs).
  reporter: [[process.env.CI ? 'line' : 'list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-first-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: 'npx tsx server/index.ts',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATA_DIR: process.env.E2E_DATA_DIR,
      LOG_LEVEL: 'warn',
      // Short, so a closed page shows as "left" within the test.
      RECONNECT_GRACE_MS: '3000',
      // Every test starts its sessions from 127.0.0.1; the default (20 per 10 minutes per address) is for the wild.
      SESSION_CREATIONS: '1000',
    },
  },
});
