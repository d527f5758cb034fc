/**
 * Launches Debian's Firefox ESR over WebDriver BiDi (puppeteer-core) with the unpacked Firefox build
 * installed as a temporary add-on. Never downloads a browser: `FIREFOX_PATH` or /usr/bin/firefox-esr,
 * installed from Debian when missing and allowed (root with apt), as test/harness/chromium.ts does.
 *
 * Three launch settings make the extension reachable from a test, none of which changes what the
 * extension itself may do:
 * - `extensions.webextensions.uuids` fixes the add-on's internal UUID, so its pages have a known
 *   `moz-extension://<uuid>/` address;
 * - `--remote-allow-system-access` lets BiDi navigate a tab to those pages (without it Firefox
 *   refuses: "Navigation to moz-extension://… is not allowed in this context") and reach the
 *   browser window, where a keyboard command is run the way Firefox runs it for a real key press;
 * - `extensions.webextOptionalPermissionPrompts: false` accepts a `permissions.request` without the
 *   browser's confirmation panel, which a headless browser cannot show (the request itself, and the
 *   user gesture it needs, are real).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

/** The add-on id pinned in wxt.config.ts (`browser_specific_settings.gecko.id`). */
export const ADDON_ID = 'lodestone@example.org';
/** The add-on's fixed internal UUID, so its pages live at `moz-extension://<uuid>/`. */
export const ADDON_UUID = '0d5e7c3a-4b1f-4c62-9a8e-5f3b2d1c0e9a';
/** The origin of the extension's own pages. */
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Returns the path of a Firefox executable, installing Debian's `firefox-esr` when allowed. */
export function findFirefox(opts: { install?: boolean } = {}): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((p) => fs.existsSync(p));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (opts.install !== false && isRoot && fs.existsSync('/usr/bin/apt-get')) {
    console.log("Firefox is missing: installing Debian's firefox-esr package (apt-get install -y firefox-esr)…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'firefox-esr'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (fs.existsSync('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  }
  throw new Error(
    'No Firefox found. Install one and try again:\n' +
      '  Debian/Ubuntu:  sudo apt-get install firefox-esr\n' +
      '  elsewhere:      install Firefox 140 or later and set FIREFOX_PATH=/path/to/firefox',
  );
}

/** The version string of a Firefox executable (`Mozilla Firefox 153.8.0esr`). */
export function firefoxVersion(executablePath: string): string {
  try {
    return execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** Firefox preferences every launch uses. */
export function firefoxPrefs(): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    'extensions.webextOptionalPermissionPrompts': false,
    // Quiet and offline: no update checks, no telemetry, no first-run pages.
    'app.update.enabled': false,
    'extensions.update.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
  };
}

/** Starts headless Firefox and installs the unpacked extension in `extensionDir`. */
export async function launchFirefox(extensionDir: string, opts: { headless?: boolean } = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: opts.headless ?? true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(),
    defaultViewport: { width: 1280, height: 900 },
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== ADDON_ID) throw new Error(`installed add-on has id ${id}, expected ${ADDON_ID}`);
  } catch (err) {
    await browser.close();
    throw err;
  }
  return browser;
}
