import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built extension in Debian's Chromium (never a downloaded browser).
 * Global setup builds the extension when stale and serves fixture pages on 127.0.0.1.
 */
export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../test-results/e2e.json' }]],
  outputDir: '../test-results/e2e',
  // A stuck action fails with its own step named instead of running into the test timeout.
  use: { trace: 'off', screenshot: 'off', actionTimeout: 20_000, navigationTimeout: 30_000 },
});
