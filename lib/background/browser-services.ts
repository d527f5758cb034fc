/**
 * The background's browser access (lib/background/services.ts) bound to `wxt/browser`. The only
 * background file besides `site-access.ts`, `inject.ts` and `start.ts` that imports the browser.
 */
import { browser } from 'wxt/browser';
import type { Badge, SessionArea, Tabs } from './services';

/** `storage.session`; where a browser lacks it, reads are empty and writes do nothing (memory alone still works). */
export const browserSession: SessionArea = {
  get: async (key) => {
    const got: Record<string, unknown> | undefined = await browser.storage.session.get(key);
    return got ?? {};
  },
  // async: a browser without storage.session throws synchronously; this turns that into a rejection.
  set: async (items) => {
    await browser.storage.session.set(items);
  },
};

/** `action.*`; a closed tab's badge cannot be set, which is not an error. */
export const browserBadge: Badge = {
  setText: (tabId, text) => browser.action.setBadgeText({ tabId, text }).catch(() => undefined),
  setColor: (tabId, color) => browser.action.setBadgeBackgroundColor({ tabId, color }).catch(() => undefined),
  setTitle: (tabId, title) => browser.action.setTitle({ tabId, title }).catch(() => undefined),
};

/** `tabs.*` and `runtime.getURL`. */
export const browserTabs: Tabs = {
  get: (tabId) => browser.tabs.get(tabId).catch(() => undefined),
  ids: async () => (await browser.tabs.query({}).catch(() => [])).flatMap((t) => (t.id === undefined ? [] : [t.id])),
  activeId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
  openExtensionPage: async (path) => {
    await browser.tabs.create({ url: browser.runtime.getURL(path as '/library.html') });
  },
};
