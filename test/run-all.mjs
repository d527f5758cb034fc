#!/usr/bin/env node
// The README's test command (`npm test`): lint, type check, unit tests (Vitest), end-to-end tests
// (Playwright driving the built extension in Chromium) and the Firefox end-to-end suite (Vitest +
// puppeteer-core driving the Firefox build in Firefox ESR over WebDriver BiDi). Every suite runs even if an earlier one
// fails, and the last line is the total, alone on its line: `N passed, N failed` (CI reads it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } }).status ?? 1;
const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};
const totals = [];

console.log('\n== Lint (ESLint with type information and the layer rules; import graph: no upward import, no cycle)');
const lint = run('npm', ['run', '--silent', 'lint']);
totals.push({ suite: 'lint', passed: lint === 0 ? 1 : 0, failed: lint === 0 ? 0 : 1 });

console.log('\n== Type check (tsc --noEmit)');
const tsc = run('npx', ['tsc', '--noEmit']);
totals.push({ suite: 'typecheck', passed: tsc === 0 ? 1 : 0, failed: tsc === 0 ? 0 : 1 });

console.log('\n== Unit tests (Vitest)');
const unitFile = path.join(results, 'unit.json');
fs.rmSync(unitFile, { force: true });
const unit = run('npx', ['vitest', 'run', '--config', 'test/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${unitFile}`]);
const u = readJson(unitFile);
if (u) totals.push({ suite: 'unit', passed: u.numPassedTests, failed: u.numFailedTests + (unit !== 0 && u.numFailedTests === 0 ? 1 : 0) });
else totals.push({ suite: 'unit', passed: 0, failed: 1 });

console.log('\n== End-to-end tests (Playwright + Chromium)');
const e2eFile = path.join(results, 'e2e.json');
fs.rmSync(e2eFile, { force: true });
const e2e = run('npx', ['playwright', 'test', '--config', 'test/playwright.config.ts']);
const e = readJson(e2eFile);
if (e?.stats) {
  const failed = e.stats.unexpected + e.stats.flaky;
  totals.push({ suite: 'e2e', passed: e.stats.expected, failed: failed + (e2e !== 0 && failed === 0 ? 1 : 0) });
} else totals.push({ suite: 'e2e', passed: 0, failed: 1 });

console.log('\n== End-to-end tests in Firefox (puppeteer-core over WebDriver BiDi)');
const ffFile = path.join(results, 'firefox.json');
fs.rmSync(ffFile, { force: true });
const ff = run('npx', ['vitest', 'run', '--config', 'test/firefox/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${ffFile}`]);
const f = readJson(ffFile);
if (f) totals.push({ suite: 'firefox', passed: f.numPassedTests, failed: f.numFailedTests + (ff !== 0 && f.numFailedTests === 0 ? 1 : 0) });
else totals.push({ suite: 'firefox', passed: 0, failed: 1 });

console.log('\n== Summary');
for (const t of totals) console.log(`${t.suite}: ${t.passed} passed, ${t.failed} failed`);
const passed = totals.reduce((n, t) => n + t.passed, 0);
const failed = totals.reduce((n, t) => n + t.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
