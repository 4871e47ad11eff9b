// End-to-end tests in Debian's Chromium, against the intake service (`loket-intake`), the
// reference site's real back end: SQLite in a fresh data folder per run, the test hook
// `GET /__loket/submissions` switched on. `npm test` builds the site and the service itself;
// `BASE_URL=https://… npm test` runs the same suite against a deployed site.
import { defineConfig } from '@playwright/test';
import { args, executablePath } from './chromium.mjs';
import { intakeCommand } from './support/intake.js';

const port = Number(process.env.PORT || 8787);
const deployed = process.env.BASE_URL;
const baseURL = deployed || `http://127.0.0.1:${port}`;
// The same build with the Haaksbergen profile (only when the suite serves the site itself).
export const haaksbergenURL = deployed ? undefined : `http://127.0.0.1:${port + 1}`;

const build = process.env.LOKET_PREBUILT ? '' : 'bash ../scripts/build.sh && cargo build -q -p loket-intake && ';

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  snapshotPathTemplate: '{testDir}/__snapshots__/{testFilePath}/{arg}{ext}',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  updateSnapshots: process.env.CI ? 'none' : 'missing',
  use: {
    baseURL,
    // Playwright records a trace of every test and keeps it in the worker's folder until the
    // run ends; with the pages' snapshots that came to 2.6 GB, enough to fill a build machine's
    // disk. A failed test's trace keeps its actions, console and network (with its screenshot
    // and page outline beside it); LOKET_TRACE=full keeps the pages too.
    trace:
      process.env.LOKET_TRACE === 'full'
        ? 'retain-on-failure'
        : { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: { executablePath, args },
  },
  webServer: deployed
    ? undefined
    : [
        {
          command: `${build}${intakeCommand({ port, name: 'main' })}`,
          url: `${baseURL}/api/health`,
          timeout: 20 * 60_000,
          reuseExistingServer: !process.env.CI,
          stdout: 'pipe',
        },
        {
          command: intakeCommand({ port: port + 1, name: 'haaksbergen', profile: 'haaksbergen' }),
          url: `${haaksbergenURL}/api/health`,
          timeout: 60_000,
          reuseExistingServer: !process.env.CI,
        },
      ],
});
