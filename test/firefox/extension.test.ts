/**
 * The Firefox build as a Firefox user meets it: the manifest Firefox accepts (MV3, minimum version,
 * data-collection declaration), the permissions it holds once installed, the three access levels
 * (pre-granted sample pages, on click through activeTab, always on per site), the popup's timeline,
 * saving from the popup, and the library.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR } from '../harness/build';
import { debugCall, grantedPermissions, openExtensionPage, pressButton, runCommand, tabIdOf } from './extension';
import { launchFirefox } from './firefox';
import { FirefoxPageWatch } from './page-watch';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const origin = inject('origin');
const otherOrigin = inject('otherOrigin');
const SEED = '000_e404f21d1686c65e';
/** The saved-article fixture (as test/e2e/save-helpers.ts describes it). */
const ARTICLE = {
  file: 'save/news-article.html',
  title: 'Kestrel Motors signs magnet supply pact with MP Materials',
  siteName: 'Minerals Daily',
  published: '2026-02-17',
};

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  background?: { scripts?: string[]; service_worker?: string };
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
}
const manifest = JSON.parse(fs.readFileSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

let browser: Browser;
let control: Page;

beforeAll(async () => {
  browser = await launchFirefox(inject('extensionDir'));
  control = await openExtensionPage(browser, 'library.html#/settings');
});
afterAll(async () => {
  await browser?.close();
});

/** Text of the page's body, once `ok` holds for it (at most `ms`). */
async function bodyTextWhen(page: Page, ok: (text: string) => boolean, ms = 10_000): Promise<string> {
  const end = Date.now() + ms;
  let text = '';
  while (Date.now() < end) {
    text = await page.evaluate(() => document.body.innerText);
    if (ok(text)) return text;
    await sleep(150);
  }
  return text;
}

/** How many ranges Lodestone has registered on the page (0 when its content script is not there). */
const highlightCount = (watch: FirefoxPageWatch) =>
  watch.evalValue<number>(`(() => { let n = 0; CSS.highlights.forEach((h, k) => { if (k.startsWith('lodestone-')) n += h.size; }); return n; })()`);

describe('the Firefox manifest', () => {
  it('is MV3 with the same permission model as Chrome: nothing broad required, sites optional, samples pre-granted', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect([...(manifest.optional_host_permissions ?? [])].sort()).toEqual(['http://*/*', 'https://*/*']);
    // The content script and its early storage read (issue 14), on the same pages.
    for (const c of manifest.content_scripts ?? []) expect([...c.matches].sort()).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(manifest.content_scripts).toHaveLength(2);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    // Firefox runs an event page, not a service worker.
    expect(manifest.background?.scripts).toEqual(['background.js']);
  });

  it('requires Firefox 140 (the CSS Custom Highlight API) and declares that no data is collected', () => {
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toBe('lodestone@example.org');
    expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(manifest.browser_specific_settings?.gecko_android?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(142);
  });

  it('installed, the add-on holds exactly those permissions and no data-collection grant', async () => {
    const held = await grantedPermissions(control);
    expect(held.permissions).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
    expect(held.origins).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(held.data_collection ?? []).toEqual([]);
  });
});

describe('access levels', () => {
  it('pre-granted: the sample pages on 127.0.0.1 are annotated with no click', async () => {
    const watch = await FirefoxPageWatch.open(browser);
    try {
      await watch.page.goto(`${origin}/news/${SEED}.html`);
      const read = await watch.settle(['India', 'Malaysia']);
      expect(read.list.length).toBeGreaterThan(5);
    } finally {
      await watch.close();
    }
  });

  it('on click: a site not granted is untouched until the user acts, then annotated in that tab only (activeTab)', async () => {
    const watch = await FirefoxPageWatch.open(browser);
    const other = await FirefoxPageWatch.open(browser);
    try {
      await watch.page.goto(`${otherOrigin}/news/${SEED}.html`);
      await other.page.goto(`${otherOrigin}/news/003_1378f9fcc0f36e98.html`);
      await sleep(1500);
      expect(await highlightCount(watch), 'nothing runs on a site the user has not granted').toBe(0);
      expect(await watch.evalValue<number>(`document.querySelectorAll('lodestone-host').length`)).toBe(0);
      // The reader presses the next-mention shortcut: Firefox grants activeTab for this tab and the
      // background injects the content script, which marks the page and steps to the first mention.
      await runCommand(browser, watch.page, 'Alt+Shift+N');
      const read = await watch.settle(['India', 'Malaysia']);
      expect(read.list.length, 'annotated after the click').toBeGreaterThan(5);
      // The script it injected answers the next press: a focus ring on a mention.
      await runCommand(browser, watch.page, 'Alt+Shift+N');
      await expect.poll(async () => (await watch.mentions()).focus, { timeout: 5000 }).toBe(1);
      expect(await highlightCount(other), 'another tab on the same site stays untouched').toBe(0);
      expect(watch.pageErrors).toEqual([]);
    } finally {
      await watch.close();
      await other.close();
    }
  });

  it('always on, per site: "Always annotate <host>" in the popup grants that one origin; new pages there are annotated; "Only on click" takes it back', async () => {
    const host = new URL(otherOrigin).hostname;
    const watch = await FirefoxPageWatch.open(browser);
    try {
      await watch.page.goto(`${otherOrigin}/news/${SEED}.html`);
      // The reader opens the popup from the toolbar, which grants activeTab on the tab: here the
      // keyboard command does that grant (a popup opened in a tab of its own gets no grant, and
      // without one Firefox does not tell it the tab's address).
      await runCommand(browser, watch.page, 'Alt+Shift+N');
      await watch.settle(['India']);
      const tabId = await tabIdOf(control, watch.page.url());
      const popup = await openExtensionPage(browser, `popup.html?tab=${tabId}`);
      expect(await bodyTextWhen(popup, (t) => t.includes(`Always annotate ${host}`))).toContain('Annotated on click.');
      await pressButton(popup, `Always annotate ${host}`);
      expect(await bodyTextWhen(popup, (t) => t.includes(`Always on for ${host}.`))).toContain('Only on click');
      expect((await grantedPermissions(control)).origins).toContain(`http://${host}/*`);
      await popup.close();

      const fresh = await FirefoxPageWatch.open(browser);
      await fresh.page.goto(`${otherOrigin}/news/003_1378f9fcc0f36e98.html`);
      const read = await fresh.settle(['Pakistan', 'Kazakhstan']);
      expect(read.list.length, 'annotated with no click once the site is granted').toBeGreaterThan(5);
      await fresh.close();

      const popup2 = await openExtensionPage(browser, `popup.html?tab=${tabId}`);
      await bodyTextWhen(popup2, (t) => t.includes('Only on click'));
      await pressButton(popup2, 'Only on click');
      expect(await bodyTextWhen(popup2, (t) => t.includes(`Always annotate ${host}`))).toContain('Annotated on click.');
      await popup2.close();
      expect((await grantedPermissions(control)).origins).not.toContain(`http://${host}/*`);
      const after = await FirefoxPageWatch.open(browser);
      await after.page.goto(`${otherOrigin}/news/003_1378f9fcc0f36e98.html`);
      await sleep(1500);
      expect(await highlightCount(after), 'revoked: back to on click').toBe(0);
      await after.close();
    } finally {
      await watch.close();
    }
  });
});

describe('popup, saving and the library', () => {
  it('the popup for a seed page: header, entity chips and a dated timeline', async () => {
    const watch = await FirefoxPageWatch.open(browser);
    try {
      const url = `${origin}/news/${SEED}.html`;
      await watch.page.goto(url);
      await watch.settle(['India', 'Malaysia']);
      const popup = await openExtensionPage(browser, `popup.html?tab=${await tabIdOf(control, url)}`);
      const text = await bodyTextWhen(popup, (t) => /\d+ entities mentioned/.test(t) && t.includes('Timeline'));
      expect(text).toMatch(/\d+ entities mentioned/);
      expect(text).toContain('All on this page');
      const entries = async () =>
        popup.evaluate(() =>
          [...document.querySelectorAll('.timeline li.entry:not(.entry-skeleton)')].map((e) => ({
            date: e.querySelector('time.entry-date')?.getAttribute('datetime') ?? '',
            text: (e.textContent ?? '').slice(0, 200),
          })),
        );
      await expect.poll(async () => (await entries()).length, { timeout: 10_000 }).toBeGreaterThan(3);
      const list = await entries();
      expect(
        list.every((e) => /^\d{4}(-\d{2}){0,2}/.test(e.date)),
        `every entry is dated: ${JSON.stringify(list.slice(0, 3))}`,
      ).toBe(true);
      // Newest first by default.
      const dates = list.map((e) => e.date);
      expect([...dates].sort().reverse()).toEqual(dates);
      await popup.close();
      expect(watch.pageErrors).toEqual([]);
    } finally {
      await watch.close();
    }
  });

  it('saving from the popup stores the article with its facts; the timeline and the library show it', async () => {
    const watch = await FirefoxPageWatch.open(browser);
    try {
      const url = `${origin}/fixtures/${ARTICLE.file}`;
      await watch.page.goto(url);
      await watch.settle(['MP Materials']);
      const tabId = await tabIdOf(control, url);
      const popup = await openExtensionPage(browser, `popup.html?tab=${tabId}`);
      await bodyTextWhen(popup, (t) => t.includes('Save article'));
      const savedBefore = await debugCall<unknown[]>(control, 'savedArticles');
      await pressButton(popup, 'Save article');
      const status = await bodyTextWhen(popup, (t) => /Saved: \d+ dated facts?\./.test(t) && t.includes('Saved — update'), 20_000);
      expect(status).toMatch(/Saved: \d+ dated facts?\./);
      expect(status).toContain('Saved — update');

      const saved = await debugCall<
        { source: { title: string; url: string; publisher?: string; published: string; origin: string }; facts: { id: string; quote: string }[] }[]
      >(control, 'savedArticles');
      expect(saved.length - savedBefore.length, 'one article saved').toBe(1);
      const a = saved.find((s) => s.source.url === url)!;
      expect(a.source).toMatchObject({ origin: 'saved', title: ARTICLE.title, publisher: ARTICLE.siteName, published: ARTICLE.published });
      expect(a.facts.length, 'dated facts from the article').toBeGreaterThanOrEqual(5);
      const shown = Number(/Saved: (\d+) dated facts?\./.exec(status)![1]);
      expect(shown).toBe(a.facts.length);

      // The popup's timeline is live: the saved facts appear without reopening it.
      await expect
        .poll(async () => popup.evaluate(() => document.querySelectorAll('.timeline li.entry[data-fact^="saved:"]').length), { timeout: 10_000 })
        .toBeGreaterThanOrEqual(3);
      await popup.close();

      // The library lists it under Saved articles, and its timeline holds its facts.
      const lib = await openExtensionPage(browser, 'library.html#/saved');
      expect(await bodyTextWhen(lib, (t) => t.includes(ARTICLE.title))).toContain(ARTICLE.title);
      await lib.close();
      const timeline = await openExtensionPage(browser, 'library.html#/timeline?entity=company-mp-materials');
      await expect
        .poll(async () => timeline.evaluate(() => document.querySelectorAll('li.entry[data-fact^="saved:"]').length), { timeout: 10_000 })
        .toBeGreaterThan(0);
      expect(await timeline.evaluate(() => document.body.innerText)).toContain(ARTICLE.title);
      await timeline.close();
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleProblems).toEqual([]);
    } finally {
      await watch.close();
    }
  });
});
