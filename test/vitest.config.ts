import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { LINES_IMPORT } from '../wxt.config';

/** Test files that share their modules within a worker (see `projects`). */
const SHARED = ['test/unit/recall/**/*.test.ts', 'test/unit/spotter/**/*.test.ts'];

export default defineConfig({
  plugins: [WxtVitest(), LINES_IMPORT],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    root: '.',
    setupFiles: ['test/unit/setup.ts'],
    environment: 'node',
    pool: 'threads',
    // Tests that save and re-link through fake IndexedDB take 1–2 s alone, over 5 s on a 2-core
    // machine shared with other jobs: a time limit is not what they test.
    testTimeout: 20_000,
    // The recall corpora and the spotter's tests only read (no store, no globals, no mocks): they
    // share their modules in each worker, so the seed dictionary is compiled once per worker
    // (test/unit/seed-spotter.ts) instead of once per file, which was most of the suite's time.
    projects: [
      { extends: true, test: { name: 'spotter', include: [...SHARED], isolate: false } },
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], exclude: [...SHARED, ...configDefaults.exclude] } },
    ],
  },
});
