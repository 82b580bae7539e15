import { defineConfig } from '@playwright/test';

/**
 * The desktop app itself, through Playwright's Electron driver. Runs where the Electron binary
 * exists; elsewhere every test reports itself skipped (see app.spec.ts). On Linux without a
 * display, run it under `xvfb-run`.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  outputDir: '../../test-results/electron',
  timeout: 60_000,
  // One Electron at a time: each is a full browser, and the machines have two cores.
  workers: 1,
  reporter: [['list']],
});
