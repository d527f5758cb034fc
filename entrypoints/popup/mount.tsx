/**
 * The popup's app with its data layer (the store, Dexie, Zod, the message protocol): imported by
 * main.tsx after the static frame of index.html has painted (issue 14), and rendered over it.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messages/browser';
import { getDb } from '../../lib/ui/db';
import { App } from './App';
import type { PopupTab } from './use-tab-state';

/** `?tab=<id>` (the popup opened as a page beside the article, or by tests), else the active tab. */
async function resolveTab(): Promise<PopupTab | null> {
  const param = new URLSearchParams(location.search).get('tab');
  const id = param !== null && /^\d+$/.test(param) ? Number(param) : undefined;
  if (id !== undefined) {
    const t = await browser.tabs.get(id).catch(() => undefined);
    return { id, ...(t?.url ? { url: t.url } : {}), ...(t?.title ? { title: t.title } : {}) };
  }
  const [t] = await browser.tabs.query({ active: true, currentWindow: true });
  return t?.id !== undefined ? { id: t.id, ...(t.url ? { url: t.url } : {}), ...(t.title ? { title: t.title } : {}) } : null;
}

/**
 * Renders the app into `#app`, over the static frame there. The app's first render is that frame,
 * and Preact's first render into a filled element reuses the elements it finds, so nothing on
 * screen changes until the page's state arrives.
 */
export function mountPopup(): void {
  const root = document.getElementById('app');
  if (!root) return;
  render(<App deps={{ db: getDb(), send: sendMessage, resolveTab }} />, root);
}
