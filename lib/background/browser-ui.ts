/**
 * The browser-UI entry points with no popup to answer in: the context menu's "Save to Lodestone"
 * and the keyboard commands (`save-article`, `next-mention`). A failed save shows on the badge.
 */
import type { MessageClient } from '../messages/client';
import { MessageError } from '../messages/result';
import { fail, ok, type Result } from '../result';
import { StoreError, toStoreError, type LodestoneDB, type SaveResult } from '../store';
import type { Badge, Tabs } from './services';

/** The context-menu item's id. */
export const MENU_SAVE = 'lodestone-save';

/** What a save from the menu or the keyboard did (the debug hook returns it to tests). */
export type BrowserUiSave = Result<SaveResult>;

/** The two listeners the browser calls. */
export interface BrowserUi {
  /** The context-menu listener: "Save to Lodestone" saves the tab's article. */
  onMenuClicked(info: { menuItemId: string | number }, tab?: { id?: number }): Promise<BrowserUiSave | null>;
  /** The keyboard-command listener (`save-article`, `next-mention`) for the given or the active tab. */
  onCommand(command: string, tab?: { id?: number }): Promise<BrowserUiSave | null>;
}

/** What the listeners need. */
export interface BrowserUiDeps {
  openStore: () => Promise<LodestoneDB>;
  saveTab: (db: LodestoneDB, tabId: number) => Promise<SaveResult>;
  sendToTab: MessageClient['sendToTab'];
  inject: (tabId: number) => Promise<boolean>;
  tabs: Pick<Tabs, 'activeId'>;
  badge: Badge;
}

/** Creates the listeners. */
export function createBrowserUi(d: BrowserUiDeps): BrowserUi {
  /** Save from the menu or the keyboard: errors are shown on the badge, since there is no popup. */
  const saveFromBrowserUi = async (tabId: number): Promise<BrowserUiSave> => {
    try {
      return ok(await d.saveTab(await d.openStore(), tabId));
    } catch (err) {
      const e = err instanceof MessageError || err instanceof StoreError ? err : toStoreError(err);
      await d.badge.setText(tabId, '!');
      await d.badge.setTitle(tabId, `Lodestone could not save this page: ${e.message}`);
      return fail(e.code, e.message);
    }
  };

  /** Forwards the keyboard command to the tab's content script (injecting it on click-to-annotate sites). */
  const stepToNextMention = async (tabId: number): Promise<void> => {
    const sent = await d.sendToTab(tabId, 'mention/next', {});
    if (!sent.ok && sent.error.code === 'no-receiver' && (await d.inject(tabId))) await d.sendToTab(tabId, 'mention/next', {});
  };

  return {
    async onMenuClicked(info, tab) {
      if (info.menuItemId !== MENU_SAVE || tab?.id === undefined) return null;
      return saveFromBrowserUi(tab.id);
    },
    async onCommand(command, tab) {
      const tabId = tab?.id ?? (await d.tabs.activeId());
      if (tabId === undefined) return null;
      if (command === 'save-article') return saveFromBrowserUi(tabId);
      if (command === 'next-mention') await stepToNextMention(tabId);
      return null;
    },
  };
}
