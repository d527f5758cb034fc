<<<<<<<< Updated upstream:entrypoints/popup/start.tsx
/** The popup app, loaded by main.tsx once the static frame has painted. */
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

// The static frame (index.html) gives way to the app.
document.getElementById('popup-shell')?.remove();
const root = document.getElementById('app');
if (root) render(<App deps={{ db: getDb(), send: sendMessage, resolveTab }} />, root);
========
/**
 * The popup's entry. `index.html` holds a static frame (the header as it reads while loading), so
 * the popup paints at once; the app (Preact, Dexie, the store: most of the popup's script) is
 * imported after that first frame, not before it (issue 14: a module script evaluated before the
 * first frame held the first paint until the whole bundle had compiled and run).
 */
import '../../components/theme.css';
import './popup.css';

document.documentElement.classList.toggle('as-tab', new URLSearchParams(location.search).has('tab'));
requestAnimationFrame(() => setTimeout(() => void import('./start'), 0));
>>>>>>>> Stashed changes:entrypoints/popup/main.tsx
