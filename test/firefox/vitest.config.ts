import { defineConfig } from 'vitest/config';

/**
 * The Firefox end-to-end suite (`npm run test:firefox`): Debian's Firefox ESR driven over WebDriver
 * BiDi by puppeteer-core, with the Firefox build installed. One browser per test file; files run
 * one after another (two cores shared with the Chromium suite's workers when run together).
 */
export default defineConfig({
  test: {
    root: '.',
    include: ['test/firefox/**/*.test.ts'],
    globalSetup: ['test/firefox/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
