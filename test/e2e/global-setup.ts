import { ensureBuilt } from '../harness/build';
import { findChromium } from '../harness/chromium';
import { startServer } from '../harness/server';

/** Builds the extension if stale, checks Chromium, and serves pages for every worker. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  findChromium();
  ensureBuilt({ quiet: true });
  const server = await startServer();
  process.env.LODESTONE_ORIGIN = server.origin;
  return () => server.close();
}
