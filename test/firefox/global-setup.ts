/**
 * The Firefox suite's global setup: builds the Firefox extension when stale, checks Firefox is
 * there (installing Debian's firefox-esr when allowed), and serves the sample pages twice: on
 * 127.0.0.1 (pre-granted in the manifest) and on 127.0.0.2 (a site the user has not granted).
 */
import type { TestProject } from 'vitest/node';
import { ensureBuilt } from '../harness/build';
import { startServer } from '../harness/server';
import { findFirefox, firefoxVersion } from './firefox';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The pre-granted origin (http://127.0.0.1:<port>). */
    origin: string;
    /** The same pages on a host the manifest does not grant (http://127.0.0.2:<port>). */
    otherOrigin: string;
    /** The unpacked Firefox build. */
    extensionDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const firefox = findFirefox();
  console.log(`Firefox: ${firefoxVersion(firefox)} (${firefox})`);
  const extensionDir = ensureBuilt({ browser: 'firefox', quiet: true });
  const server = await startServer();
  const other = await startServer(0, undefined, '127.0.0.2');
  project.provide('origin', server.origin);
  project.provide('otherOrigin', other.origin);
  project.provide('extensionDir', extensionDir);
  return async () => {
    await server.close();
    await other.close();
  };
}
