/**
 * What each tab's content script reported (entity counts, readability), kept in memory and in
 * `storage.session` so a service-worker restart does not forget open tabs; and the toolbar badge.
 */
import { browser } from 'wxt/browser';

/** One tab's last report. */
export interface TabReport {
  url: string;
  title: string;
  readable: boolean;
  counts: Record<string, number>;
}

const SESSION_KEY = 'lodestone:tabs';
const tabs = new Map<number, TabReport>();
let restored: Promise<void> | undefined;

function restore(): Promise<void> {
  restored ??= (async () => {
    try {
      const got = (await browser.storage.session.get(SESSION_KEY)) as Record<string, Record<string, TabReport> | undefined>;
      for (const [id, report] of Object.entries(got[SESSION_KEY] ?? {})) if (!tabs.has(Number(id))) tabs.set(Number(id), report);
    } catch {
      // storage.session is missing in some browsers; memory alone still works.
    }
  })();
  return restored;
}

function persist(): void {
  const value = Object.fromEntries(tabs);
  browser.storage.session.set({ [SESSION_KEY]: value }).catch(() => undefined);
}

/** Records a report and updates the badge: how many entities the page mentions. */
export async function recordTabReport(tabId: number, report: TabReport): Promise<void> {
  await restore();
  tabs.set(tabId, report);
  persist();
  const n = Object.keys(report.counts).length;
  await browser.action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' }).catch(() => undefined);
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b5cad' }).catch(() => undefined);
}

/** Marks the badge of a tab whose article is saved (green, the entity count again instead of an earlier "!"). */
export async function markTabSaved(tabId: number): Promise<void> {
  const n = Object.keys((await getTabReport(tabId))?.counts ?? {}).length;
  await browser.action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' }).catch(() => undefined);
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1a7f37' }).catch(() => undefined);
  await browser.action.setTitle({ tabId, title: 'Lodestone — this article is saved' }).catch(() => undefined);
}

/** The last report of a tab, if its content script has reported. */
export async function getTabReport(tabId: number): Promise<TabReport | undefined> {
  await restore();
  return tabs.get(tabId);
}

/** Forgets a closed tab. */
export function forgetTab(tabId: number): void {
  if (tabs.delete(tabId)) persist();
}

/** Waits up to `ms` for a tab's first report (after injecting the content script on click). */
export async function waitForTabReport(tabId: number, ms: number): Promise<TabReport | undefined> {
  const until = Date.now() + ms;
  for (;;) {
    const report = await getTabReport(tabId);
    if (report || Date.now() >= until) return report;
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
