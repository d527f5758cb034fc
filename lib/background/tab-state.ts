/**
 * What each tab's content script reported (entity counts, readability), kept in memory and in
 * `storage.session` so a service-worker restart does not forget open tabs; and the toolbar badge.
 */
import type { Badge, SessionArea, Sleep } from './services';

/** One tab's last report. */
export interface TabReport {
  url: string;
  title: string;
  readable: boolean;
  counts: Record<string, number>;
}

/** The tabs' reports and badges. */
export interface TabState {
  /** Records a report and updates the badge: how many entities the page mentions. */
  record(tabId: number, report: TabReport): Promise<void>;
  /** Marks the badge of a tab whose article is saved (green, the entity count again instead of an earlier "!"). */
  markSaved(tabId: number): Promise<void>;
  /** The last report of a tab, if its content script has reported. */
  get(tabId: number): Promise<TabReport | undefined>;
  /** Forgets a closed tab. */
  forget(tabId: number): void;
  /** Waits up to `ms` for a tab's first report (after injecting the content script on click). */
  waitFor(tabId: number, ms: number): Promise<TabReport | undefined>;
}

const SESSION_KEY = 'lodestone:tabs';
/** Badge colours: the entity count, and "this article is saved". */
export const BADGE_COUNT_COLOR = '#0b5cad';
export const BADGE_SAVED_COLOR = '#1a7f37';

/** What the tab state needs: session storage, the badge, a clock and a pause (for `waitFor`). */
export interface TabStateDeps {
  session: SessionArea;
  badge: Badge;
  now?: () => number;
  sleep?: Sleep;
}

/** Creates the tab state over `deps`. */
export function createTabState(deps: TabStateDeps): TabState {
  const tabs = new Map<number, TabReport>();
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((ok) => setTimeout(ok, ms)));
  let restored: Promise<void> | undefined;

  const restore = (): Promise<void> =>
    (restored ??= (async () => {
      try {
        const got = (await deps.session.get(SESSION_KEY)) as Record<string, Record<string, TabReport> | undefined>;
        for (const [id, report] of Object.entries(got[SESSION_KEY] ?? {})) if (!tabs.has(Number(id))) tabs.set(Number(id), report);
      } catch {
        // storage.session is missing in some browsers; memory alone still works.
      }
    })());

  const persist = (): void => {
    deps.session.set({ [SESSION_KEY]: Object.fromEntries(tabs) }).catch(() => undefined);
  };

  const get = async (tabId: number): Promise<TabReport | undefined> => {
    await restore();
    return tabs.get(tabId);
  };

  return {
    async record(tabId, report) {
      await restore();
      tabs.set(tabId, report);
      persist();
      const n = Object.keys(report.counts).length;
      await deps.badge.setText(tabId, n > 0 ? String(n) : '');
      await deps.badge.setColor(tabId, BADGE_COUNT_COLOR);
    },
    async markSaved(tabId) {
      const n = Object.keys((await get(tabId))?.counts ?? {}).length;
      await deps.badge.setText(tabId, n > 0 ? String(n) : '');
      await deps.badge.setColor(tabId, BADGE_SAVED_COLOR);
      await deps.badge.setTitle(tabId, 'Lodestone — this article is saved');
    },
    get,
    forget(tabId) {
      if (tabs.delete(tabId)) persist();
    },
    async waitFor(tabId, ms) {
      const until = now() + ms;
      for (;;) {
        const report = await get(tabId);
        if (report || now() >= until) return report;
        await sleep(50);
      }
    },
  };
}
