/**
 * Helpers for the dictionary suite (dictionary.spec.ts, issue 13): the service worker's debug hook
 * (the user's overlay, suggestions, the context-menu listener, clearing the dictionary between
 * tests), messages sent as the library sends them, and clicking a button of the card in its closed
 * shadow root (found over CDP, which pierces it as no page script can, then clicked with a real,
 * trusted mouse event).
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { Result } from '../../lib/result';
import { sendFromPage } from './save-helpers';

/** The fixture pages of this suite. */
export const BOREALIS = '/fixtures/dictionary/borealis.html';
export const ELSEWHERE = '/fixtures/dictionary/elsewhere.html';

type Overlay = {
  entities: { id: string; name: string; kind: string; aliases: { text: string }[] }[];
  hidden: { entityId: string; text: string; site: string }[];
};
type Debug = {
  userOverlay(): Promise<Overlay>;
  suggestions(): Promise<{ key: string; name: string; kind: string; count: number; sources: { id: string }[] }[]>;
  clearDictionary(): Promise<void>;
  menuClick(tabId: number, menuItemId?: string, selectionText?: string): Promise<unknown>;
};
const hook = (w: Worker) => w as unknown as { evaluate<R, A>(fn: (a: A) => R | Promise<R>, arg: A): Promise<R> };

/** The user's dictionary as the store holds it. */
export function userOverlay(worker: Worker): Promise<Overlay> {
  return hook(worker).evaluate(() => (globalThis as unknown as { lodestoneDebug: Debug }).lodestoneDebug.userOverlay(), null);
}

/** The suggestions the store would show. */
export function suggestions(worker: Worker): ReturnType<Debug['suggestions']> {
  return hook(worker).evaluate(() => (globalThis as unknown as { lodestoneDebug: Debug }).lodestoneDebug.suggestions(), null);
}

/** Empties the user's dictionary (the suites share one browser). */
export function clearDictionary(worker: Worker): Promise<void> {
  return hook(worker).evaluate(() => (globalThis as unknown as { lodestoneDebug: Debug }).lodestoneDebug.clearDictionary(), null);
}

/** Runs the context-menu listener for `Add "<selection>" to Lodestone`, as Chromium would for a right-click on a selection. */
export function clickAddMenu(worker: Worker, tabId: number, selection: string): Promise<Result<{ opened: string }>> {
  return hook(worker).evaluate(
    ([id, text]) =>
      (globalThis as unknown as { lodestoneDebug: Debug }).lodestoneDebug.menuClick(id, 'lodestone-add', text) as Promise<Result<{ opened: string }>>,
    [tabId, selection] as const,
  );
}

/** The extension's service worker in `context`. */
export function workerOf(context: BrowserContext): Worker {
  const w = context.serviceWorkers().find((s) => s.url().startsWith('chrome-extension://'));
  if (!w) throw new Error('no extension service worker');
  return w;
}

/** Sends a message as the library page does. */
export function send<T>(extensionPage: Page, type: string, payload: unknown): Promise<Result<T>> {
  return sendFromPage<T>(extensionPage, type, payload);
}

/**
 * Clicks the card's button whose accessible label is `label` (its `aria-label`), with a trusted
 * mouse click at its centre. Returns false when the card shows no such button.
 */
export async function clickCardButton(page: Page, label: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const found = findNode(root, (n) => attr(n, 'aria-label') === label);
    if (!found) return false;
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: found.backendNodeId })) as { model: { border: number[] } };
    const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
    return true;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

interface DomNode {
  backendNodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}
const attr = (n: DomNode, name: string): string | undefined => {
  const a = n.attributes ?? [];
  for (let i = 0; i + 1 < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
};
function findNode(n: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(n)) return n;
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
    const hit = findNode(c, test);
    if (hit) return hit;
  }
  return undefined;
}
