/**
 * Reaching the extension itself in Firefox: its pages (popup, library) in ordinary tabs at the fixed
 * `moz-extension://` address, its background's debug hook (lib/background/debug.ts, through
 * `runtime.getBackgroundPage()`, which Firefox's event page supports), tab ids, and a keyboard
 * command run the way Firefox runs it for a real key press.
 *
 * Keys typed over BiDi are synthesised inside the page and never reach the browser window's key
 * handling, so `Alt+Shift+N` typed into a page does not fire the command (Chromium over CDP behaves
 * the same). `runCommand` instead fires the `<key>` element Firefox itself registered for the
 * command in the browser window: that is the path a real key press takes, including the activeTab
 * grant Firefox makes before `commands.onCommand` fires.
 */
import type { Browser, Page } from 'puppeteer-core';
import { browserWindowContext, evaluate, navigateNoWait } from './bidi';
import { EXTENSION_ORIGIN } from './firefox';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Opens `path` (e.g. `popup.html?tab=3`, `library.html#/saved`) in a new tab once it has rendered. */
export async function openExtensionPage(browser: Browser, path: string, ms = 15_000): Promise<Page> {
  const url = `${EXTENSION_ORIGIN}/${path}`;
  const page = await browser.newPage();
  await navigateNoWait(browser, page, url);
  const end = Date.now() + ms;
  for (;;) {
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState, rendered: (document.getElementById('app')?.childElementCount ?? 0) > 0 }))
      .catch(() => null);
    if (state && state.href === url && state.ready === 'complete' && state.rendered) return page;
    if (Date.now() > end) throw new Error(`${url} did not render within ${ms} ms (last state ${JSON.stringify(state)})`);
    await sleep(100);
  }
}

/** Calls `lodestoneDebug[method](...args)` in the background page from an extension page; JSON back. */
export async function debugCall<T>(extensionPage: Page, method: string, ...args: unknown[]): Promise<T> {
  const json = await extensionPage.evaluate(
    async (m: string, a: unknown[]) => {
      const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Record<string, unknown> | null> } } }).browser;
      const bg = await api.runtime.getBackgroundPage();
      const hook = bg?.lodestoneDebug as Record<string, (...x: unknown[]) => Promise<unknown>> | undefined;
      if (!hook) throw new Error('the background page has no lodestoneDebug hook');
      return JSON.stringify((await hook[m]!(...a)) ?? null);
    },
    method,
    args,
  );
  return JSON.parse(json) as T;
}

/** The id Firefox gave the tab showing `url` (asked from an extension page). */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (u: string) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
    return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}

/** The add-on's permissions as Firefox holds them (`permissions.getAll()`). */
export async function grantedPermissions(extensionPage: Page): Promise<{ origins: string[]; permissions: string[]; data_collection?: string[] }> {
  return extensionPage.evaluate(async () => {
    const api = (
      globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins: string[]; permissions: string[]; data_collection?: string[] }> } } }
    ).browser;
    const all = await api.permissions.getAll();
    return {
      origins: [...all.origins].sort(),
      permissions: [...all.permissions].sort(),
      ...(all.data_collection ? { data_collection: [...all.data_collection] } : {}),
    };
  });
}

/**
 * Runs the extension's keyboard command `shortcut` (as in the manifest, `Alt+Shift+N`) in the
 * active tab, through the `<key>` Firefox registered for it in the browser window.
 */
export async function runCommand(browser: Browser, target: Page, shortcut: string): Promise<void> {
  await target.bringToFront();
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  const modifiers = parts
    .map((p) => p.toLowerCase())
    .sort()
    .join(',');
  const context = await browserWindowContext(browser);
  const r = await evaluate(
    browser,
    { context },
    `(() => {
      const keys = [...document.querySelectorAll('keyset[id^="ext-keyset-id-lodestone"] > key')];
      const k = keys.find((el) => (el.getAttribute('key') || '').toUpperCase() === ${JSON.stringify(key.toUpperCase())}
        && (el.getAttribute('modifiers') || '').split(',').map((m) => m.trim()).sort().join(',') === ${JSON.stringify(modifiers)});
      if (!k) return 'missing: ' + keys.map((el) => el.getAttribute('modifiers') + '+' + el.getAttribute('key')).join(' ');
      k.doCommand();
      return 'ok';
    })()`,
  );
  if (r.value !== 'ok') throw new Error(`no Firefox key for ${shortcut} (${String(r.value)})`);
}

/**
 * Waits (up to `timeout` ms) until the button whose text starts with `label` can take focus, then
 * presses Enter: a trusted activation. It waits on the button itself: the popup renders its save
 * button disabled until the page's state arrives, and a disabled button takes no focus.
 */
export async function pressButton(page: Page, label: string, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await page.evaluate((l: string) => {
      const b = [...document.querySelectorAll('button')].find((x) => (x.textContent ?? '').trim().startsWith(l));
      if (!b) return false;
      b.focus();
      return document.activeElement === b;
    }, label);
    if (found) break;
    if (Date.now() > until) throw new Error(`no button "${label}" on ${await page.evaluate(() => location.href)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await page.bringToFront();
  await page.keyboard.press('Enter');
}
