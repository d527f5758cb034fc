/**
 * Builds the extension unless its output (`.output/chrome-mv3`, or `.output/firefox-mv3` for the
 * Firefox suite) is newer than every source file, so the tests, the main job and the benchmark
 * reuse a fresh build and never test a stale one.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The project root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
/** Where `wxt build` puts the Chromium build. */
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
/** Where `wxt build -b firefox` puts the Firefox build (MV3, see wxt.config.ts). */
export const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv3');

/** The browsers the project builds for. */
export type TargetBrowser = 'chrome' | 'firefox';
const OUTPUT: Record<TargetBrowser, string> = { chrome: EXTENSION_DIR, firefox: FIREFOX_EXTENSION_DIR };
const SOURCE_DIRS = ['entrypoints', 'components', 'lib', 'seeds', 'public', 'assets'];
const SOURCE_FILES = ['wxt.config.ts', 'package.json'];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** True when the build is missing or older than a source file. */
export function buildIsStale(browser: TargetBrowser = 'chrome'): boolean {
  const manifest = path.join(OUTPUT[browser], 'manifest.json');
  if (!fs.existsSync(manifest)) return true;
  const built = fs.statSync(manifest).mtimeMs;
  const sources = Math.max(...SOURCE_DIRS.map((d) => newestMtime(path.join(ROOT, d))), ...SOURCE_FILES.map((f) => newestMtime(path.join(ROOT, f))));
  return sources > built;
}

/** Builds the extension for `browser` (default Chromium) when stale; returns its directory. */
export function ensureBuilt(opts: { quiet?: boolean; browser?: TargetBrowser } = {}): string {
  const browser = opts.browser ?? 'chrome';
  if (buildIsStale(browser) || process.env.LODESTONE_REBUILD === '1') {
    const cmd = browser === 'chrome' ? 'npx wxt build' : `npx wxt build -b ${browser}`;
    if (!opts.quiet) console.log(`Building the extension (${cmd.slice(4)})…`);
    execSync(cmd, { cwd: ROOT, stdio: opts.quiet ? 'pipe' : 'inherit' });
  }
  return OUTPUT[browser];
}
