// End-to-end tests in Debian's Chromium. `npm test` builds and serves the site itself;
// `BASE_URL=https://… npm test` runs the same suite against a deployed site.
import { defineConfig } from '@playwright/test';
import { args, executablePath } from './chromium.mjs';

const port = Number(process.env.PORT || 8787);
const deployed = process.env.BASE_URL;
const baseURL = deployed || `http://127.0.0.1:${port}`;
// The same build with the Haaksbergen profile (only when the suite serves the site itself).
export const haaksbergenURL = deployed ? undefined : `http://127.0.0.1:${port + 1}`;

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
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath, args },
  },
  webServer: deployed
    ? undefined
    : [
        {
          command: process.env.LOKET_PREBUILT
            ? `node server.mjs --port ${port}`
            : `bash ../scripts/build.sh && node server.mjs --port ${port}`,
          url: `${baseURL}/`,
          timeout: 20 * 60_000,
          reuseExistingServer: !process.env.CI,
          stdout: 'pipe',
        },
        {
          command: `node server.mjs --port ${port + 1} --profile haaksbergen`,
          url: `${haaksbergenURL}/__loket/submissions`,
          timeout: 60_000,
          reuseExistingServer: !process.env.CI,
        },
      ],
});
