import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    root: '.',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/setup.ts'],
    environment: 'node',
    pool: 'threads',
    // Tests that save and re-link through fake IndexedDB take 1–2 s alone, over 5 s on a 2-core
    // machine shared with other jobs: a time limit is not what they test.
    testTimeout: 20_000,
  },
});
