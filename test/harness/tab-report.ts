/**
 * What the extension found on a tab, read the way a test would: highlight ranges from the page's
 * `CSS.highlights` registry, and entity counts and facts from the background's debug hook.
 */
import type { Page, Worker } from '@playwright/test';

/** The summary printed by the main job. */
export interface TabReport {
  tabId: number;
  title: string;
  highlightCount: number;
  entities: { id: string; name: string; count: number }[];
  factCount: number;
}

/** Reads what Lodestone found on `page`. */
export async function describeTab(worker: Worker, page: Page): Promise<TabReport> {
  const url = page.url();
  const highlightCount = await page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h, name) => {
      if (String(name).startsWith('lodestone-') && name !== 'lodestone-focus') n += h.size;
    });
    return n;
  });
  const info = await worker.evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    const debug = (
      globalThis as { lodestoneDebug?: { tabSummary(id: number): Promise<{ entities: { id: string; name: string; count: number }[]; factCount: number }> } }
    ).lodestoneDebug;
    const summary = tab?.id !== undefined && debug ? await debug.tabSummary(tab.id) : { entities: [], factCount: 0 };
    return { tabId: tab?.id ?? -1, title: tab?.title ?? '', ...summary };
  }, url);
  return { ...info, highlightCount };
}
