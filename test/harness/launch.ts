/**
 * Launches Chromium with the unpacked extension loaded, the way the README's main job, the
 * end-to-end tests and the benchmark all do it, and finds the extension's id from its worker.
 */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { findChromium } from './chromium';

/** A browser with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

/** Flags every launch uses: quiet, offline-friendly (the machine has no network). */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
  ];
}

/** Starts Chromium with the extension and waits for its service worker. */
export async function launchWithExtension(
  extensionDir: string,
  opts: { headless?: boolean; viewport?: { width: number; height: number } | null } = {},
): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: opts.headless ?? true,
    args: chromiumArgs(extensionDir),
    viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker };
}
