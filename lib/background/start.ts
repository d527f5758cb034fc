/**
 * Background service worker start-up. Every listener is registered synchronously in the first turn
 * (MV3 wakes the worker for an event and drops it if no listener is there yet); the store opens
 * lazily on first use.
 */
import { browser } from 'wxt/browser';
import { listenForMessages } from '../messages/browser';
import { sendToTab } from '../messages/browser';
import { requestPersistence } from '../store/persistence';
import { detectEviction } from '../store/persistence';
import { storage } from 'wxt/utils/storage';
import { installDebugHook } from './debug';
import { createBackgroundHandlers } from './handlers';
import { injectContentScript } from './inject';
import { openKnowledge } from './knowledge';
import { saveTab } from './save-tab';
import { syncGrantedSites, watchSiteGrants } from './site-access';
import { forgetSavedPage } from './saved-pages';
import { forgetTab } from './tab-state';
import { MessageError } from '../messages/result';
import { StoreError, toStoreError } from '../store';

const MENU_SAVE = 'lodestone-save';

/** Registers the background's listeners and starts installing the seed knowledge. */
export function startBackground(): void {
  listenForMessages(createBackgroundHandlers());

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_SAVE, title: 'Save to Lodestone', contexts: ['page', 'selection'] }, () => void browser.runtime.lastError);
    void requestPersistence();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    forgetSavedPage(tabId);
  });
  watchSiteGrants();
  void syncGrantedSites().catch(() => undefined);

  installDebugHook({ onCommand, onMenuClicked });
  // Install or upgrade the seed bundle now rather than on the first message, then check whether
  // the browser evicted the user's data since last time (the library page shows the notice).
  void openKnowledge()
    .then((db) => detectEviction(db, storage))
    .catch((err: unknown) => console.warn('Lodestone: could not open the knowledge base', err));
}

/** What a save from the menu or the keyboard did (the debug hook returns it to tests). */
export type BrowserUiSave = { ok: true; sourceId: string; updated: boolean; factCount: number } | { ok: false; code: string; error: string };

/** The context-menu listener: "Save to Lodestone" saves the tab's article. */
export async function onMenuClicked(info: { menuItemId: string | number }, tab?: { id?: number }): Promise<BrowserUiSave | null> {
  if (info.menuItemId !== MENU_SAVE || tab?.id === undefined) return null;
  return saveFromBrowserUi(tab.id);
}

/** The keyboard-command listener (`save-article`, `next-mention`) for the given or the active tab. */
export async function onCommand(command: string, tab?: { id?: number }): Promise<BrowserUiSave | null> {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return null;
  if (command === 'save-article') return saveFromBrowserUi(tabId);
  if (command === 'next-mention') await stepToNextMention(tabId);
  return null;
}

/** Save from the menu or the keyboard: errors are shown on the badge, since there is no popup. */
async function saveFromBrowserUi(tabId: number): Promise<BrowserUiSave> {
  try {
    const saved = await saveTab(await openKnowledge(), tabId);
    return { ok: true, ...saved };
  } catch (err) {
    const e = err instanceof MessageError || err instanceof StoreError ? err : toStoreError(err);
    await browser.action.setBadgeText({ tabId, text: '!' }).catch(() => undefined);
    await browser.action.setTitle({ tabId, title: `Lodestone could not save this page: ${e.message}` }).catch(() => undefined);
    return { ok: false, code: e.code, error: e.message };
  }
}

/** Forwards the keyboard command to the tab's content script (injecting it on click-to-annotate sites). */
async function stepToNextMention(tabId: number): Promise<void> {
  const sent = await sendToTab(tabId, 'mention/next', {});
  if (!sent.ok && sent.code === 'no-receiver' && (await injectContentScript(tabId))) await sendToTab(tabId, 'mention/next', {});
}
