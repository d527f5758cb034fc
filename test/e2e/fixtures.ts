/**
 * Playwright fixtures: one Chromium with the extension per worker, a fresh page per test, the
 * extension id, the served origin, and helpers to open the popup for a tab and to collect errors.
 */
import { test as base, expect, type BrowserContext, type ConsoleMessage, type Page, type Worker } from '@playwright/test';
import { EXTENSION_DIR } from '../harness/build';
import { launchWithExtension } from '../harness/launch';

/** Errors seen while a test ran: uncaught page errors and console errors from extension contexts. */
export interface ErrorLog {
  pageErrors: string[];
  extensionErrors: string[];
}

interface WorkerFixtures {
  ext: { context: BrowserContext; extensionId: string; worker: Worker };
}
interface TestFixtures {
  extensionId: string;
  origin: string;
  errors: ErrorLog;
  /** Opens `popup.html?tab=<id>` for the tab showing `target`, in a new page. */
  openPopup: (target: Page) => Promise<Page>;
  /** The id Chromium gave the tab showing `target`. */
  tabIdOf: (target: Page) => Promise<number>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  ext: [
    async ({}, use) => {
      const ext = await launchWithExtension(EXTENSION_DIR);
      // A fresh profile installs the seed bundle (13,000 entities, about 2 s of IndexedDB writes on an
      // idle machine, several under load); until then every store read and write waits. Tests start
      // from an installed knowledge base, so a card's facts or a hide lands within their waits.
      await ext.worker.evaluate(() => (globalThis as unknown as { lodestoneDebug: { counts(): Promise<unknown> } }).lodestoneDebug.counts());
      await use(ext);
      await ext.context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ ext }, use) => {
    await use(ext.context);
  },
  page: async ({ ext }, use) => {
    const page = await ext.context.newPage();
    await use(page);
    await page.close();
  },
  extensionId: async ({ ext }, use) => {
    await use(ext.extensionId);
  },
  origin: async ({}, use) => {
    const origin = process.env.LODESTONE_ORIGIN;
    if (!origin) throw new Error('LODESTONE_ORIGIN is not set: global setup did not run');
    await use(origin);
  },
  errors: async ({ ext, page }, use) => {
    const log: ErrorLog = { pageErrors: [], extensionErrors: [] };
    const onConsole = (msg: ConsoleMessage) => {
      const url = msg.location().url ?? '';
      if (msg.type() === 'error' && url.startsWith('chrome-extension://')) log.extensionErrors.push(`${url}: ${msg.text()}`);
    };
    const onPageError = (err: Error) => log.pageErrors.push(err.stack ?? err.message);
    ext.context.on('console', onConsole);
    page.on('pageerror', onPageError);
    await use(log);
    ext.context.off('console', onConsole);
    page.off('pageerror', onPageError);
  },
  tabIdOf: async ({ ext }, use) => {
    await use(async (target: Page) => {
      const url = target.url();
      const id = await ext.worker.evaluate(async (u: string) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`no tab shows ${url}`);
      return id;
    });
  },
  openPopup: async ({ ext, tabIdOf }, use) => {
    await use(async (target: Page) => {
      const tabId = await tabIdOf(target);
      const popup = await ext.context.newPage();
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
      return popup;
    });
  },
});

export { expect };
