import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // CI has two cores, and each test keeps two programs busy (its `kundstart serve` and its
  // Chromium) after starting the CLI through tsx: two tests at once starved each other until
  // the app's start alone took 50 of a test's 90 seconds and tests timed out (traces of the
  // flaky runs). One at a time there; a test that passes only on the retry is named by npm test.
  workers: process.env.CI ? 1 : 2,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  outputDir: '../../test-results/e2e',
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
