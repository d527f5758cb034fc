/**
 * The README's pictures (`npm run screenshots`, the main job with `--screenshots`): real screenshots
 * of the current build in Chromium, light and dark, written to docs/screenshots/:
 * - `news-card-<scheme>.png`: a highlighted sample news page with a card open on a company;
 * - `popup-<scheme>.png`: the popup for that page (entities, the dated timeline);
 * - `library-<scheme>.png`: the library's timeline.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { ROOT } from './build';

/** Where the README's screenshots live. */
export const SCREENSHOT_DIR = path.join(ROOT, 'docs', 'screenshots');
/** The sample page and the mention whose card is shown. */
const SEED = '000_e404f21d1686c65e';
const CARD_ON = 'Lohum';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The middle of the first drawn highlight reading `text` (page coordinates in the viewport). */
async function highlightCentre(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((want) => {
    let found: { x: number; y: number } | null = null;
    CSS.highlights.forEach((h, name) => {
      if (found || !String(name).startsWith('lodestone-')) return;
      h.forEach((r) => {
        if (found) return;
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const b = live.getBoundingClientRect();
        if (live.toString() === want && b.width > 0) found = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      });
    });
    return found;
  }, text);
}

/** Waits (up to `ms`) until `text` is highlighted, returning where. */
async function waitForHighlight(page: Page, text: string, ms = 10_000): Promise<{ x: number; y: number }> {
  const end = Date.now() + ms;
  for (;;) {
    const at = await highlightCentre(page, text);
    if (at) return at;
    if (Date.now() > end) throw new Error(`"${text}" was never highlighted on ${page.url()}`);
    await sleep(100);
  }
}

/** The id of the tab showing `url`, asked from an extension page. */
async function tabIdFor(extensionPage: Page, url: string): Promise<number> {
  return extensionPage.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
}

/** Takes every README screenshot; returns the files written. */
export async function takeScreenshots(context: BrowserContext, extensionId: string, origin: string): Promise<string[]> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const written: string[] = [];
  const shot = async (page: Page, name: string) => {
    const file = path.join(SCREENSHOT_DIR, name);
    await page.screenshot({ path: file });
    written.push(file);
  };
  for (const scheme of ['light', 'dark'] as const) {
    // The news page with a card open.
    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 720 });
    await page.emulateMedia({ colorScheme: scheme });
    const url = `${origin}/news/${SEED}.html${scheme === 'dark' ? '?theme=dark' : ''}`;
    await page.goto(url);
    const at = await waitForHighlight(page, CARD_ON);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    await sleep(1500);
    await shot(page, `news-card-${scheme}.png`);

    // The popup for that tab, at the popup's own width.
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 540, height: 720 });
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${extensionId}/library.html#/settings`);
    const tabId = await tabIdFor(popup, url);
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.timeline li.entry:not(.entry-skeleton)', { timeout: 15_000 });
    await sleep(600);
    await shot(popup, `popup-${scheme}.png`);
    await popup.close();
    await page.close();

    // The library's timeline.
    const lib = await context.newPage();
    await lib.setViewportSize({ width: 1100, height: 720 });
    await lib.emulateMedia({ colorScheme: scheme });
    await lib.goto(`chrome-extension://${extensionId}/library.html#/timeline`);
    await lib.waitForSelector('li.entry:not(.entry-skeleton)', { timeout: 15_000 });
    await sleep(600);
    await shot(lib, `library-${scheme}.png`);
    await lib.close();
  }
  return written;
}
