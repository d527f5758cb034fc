// Fakes for the background's browser services (lib/background/services.ts): plain maps and call
// logs, no logic of the code under test. Not a test file itself.
import type { Badge, SessionArea, Tabs } from '../../../lib/background/services';

/** `storage.session` over a Map; `broken` makes every call reject (a browser without it). */
export function fakeSession(broken = false): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => {
      if (broken) throw new Error('storage.session is not available');
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    set: async (items) => {
      if (broken) throw new Error('storage.session is not available');
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
  };
}

/** The toolbar button: the last text, colour and title set per tab. */
export function fakeBadge(): Badge & { text: Map<number, string>; color: Map<number, string>; title: Map<number, string> } {
  const text = new Map<number, string>();
  const color = new Map<number, string>();
  const title = new Map<number, string>();
  return {
    text,
    color,
    title,
    setText: async (tabId, t) => void text.set(tabId, t),
    setColor: async (tabId, c) => void color.set(tabId, c),
    setTitle: async (tabId, t) => void title.set(tabId, t),
  };
}

/** Open tabs by id, the active one, and the extension pages opened. */
export function fakeTabs(open: Record<number, { url?: string; title?: string }> = {}, active?: number): Tabs & { opened: string[]; open: typeof open } {
  const opened: string[] = [];
  return {
    open,
    opened,
    get: async (tabId) => open[tabId],
    ids: async () => Object.keys(open).map(Number),
    activeId: async () => active,
    openExtensionPage: async (path) => void opened.push(path),
  };
}
