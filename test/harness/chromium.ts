/**
 * Finds a Chromium to drive: `CHROME_PATH`, then Debian's `/usr/bin/chromium`. On a Debian-like
 * machine where it is missing and we run as root, installs Debian's `chromium`; otherwise explains
 * exactly what to install. Never downloads a browser build of its own.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Returns the path of a Chromium executable, installing Debian's package when allowed. */
export function findChromium(opts: { install?: boolean } = {}): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((p) => fs.existsSync(p));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  if (opts.install !== false && isRoot && hasApt) {
    console.log("Chromium is missing: installing Debian's chromium package (apt-get install -y chromium)…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chromium found. Install one and try again:\n' +
      '  Debian/Ubuntu:  sudo apt-get install chromium\n' +
      '  elsewhere:      install Chrome or Chromium and set CHROME_PATH=/path/to/chrome',
  );
}

/** True when there is a display to open a real window on. */
export function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** The version string of a Chromium executable (`Chromium 156.0…`). */
export function chromiumVersion(executablePath: string): string {
  try {
    return execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
