/**
 * The browser-UI entry points with no popup to answer in: the context menu's "Save to Lodestone"
 * and `Add "<selection>" to Lodestone`, and the keyboard commands (`save-article`,
 * `next-mention`). A failed save shows on the badge.
 */
import type { MessageClient } from '../messages/client';
import { MessageError } from '../messages/result';
import { fail, ok, type Result } from '../result';
import { StoreError, toStoreError, type LodestoneDB, type SaveResult } from '../store';
import { kindOfName } from '../spotter/candidates';
import type { Badge, Tabs } from './services';

/** The context-menu item's id. */
export const MENU_SAVE = 'lodestone-save';
/** The selection's context-menu item (issue 13): `Add "%s" to Lodestone` (the browser puts the selection for `%s`). */
export const MENU_ADD = 'lodestone-add';
/**
 * The library's add form with `name` (and `kind`) filled in: the `#/dictionary?add=` route of
 * lib/ui/routes.ts (built here: the background does not import the UI's helpers).
 */
export function addFormPath(name: string, kind?: string): string {
  return `/library.html#/dictionary?${new URLSearchParams({ add: name, ...(kind ? { kind } : {}) }).toString()}`;
}

/** Its title, as given to `contextMenus.create`. */
export const MENU_ADD_TITLE = 'Add "%s" to Lodestone';

/** What a save from the menu or the keyboard did (the debug hook returns it to tests). */
export type BrowserUiSave = Result<SaveResult>;
/** What `Add "<selection>" to Lodestone` did: the library page it opened (the add form, prefilled). */
export type BrowserUiAdd = Result<{ opened: string }>;

/** The two listeners the browser calls. */
export interface BrowserUi {
  /** The context-menu listener: "Save to Lodestone" saves the tab's article; "Add … to Lodestone" opens the add form. */
  onMenuClicked(info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number }): Promise<BrowserUiSave | BrowserUiAdd | null>;
  /** The keyboard-command listener (`save-article`, `next-mention`) for the given or the active tab. */
  onCommand(command: string, tab?: { id?: number }): Promise<BrowserUiSave | null>;
}

/** What the listeners need. */
export interface BrowserUiDeps {
  openStore: () => Promise<LodestoneDB>;
  saveTab: (db: LodestoneDB, tabId: number) => Promise<SaveResult>;
  sendToTab: MessageClient['sendToTab'];
  inject: (tabId: number) => Promise<boolean>;
  tabs: Pick<Tabs, 'activeId' | 'openExtensionPage'>;
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

  /**
   * `Add "<selection>" to Lodestone`: opens the library's add form with the name filled in and the
   * kind its words suggest, rather than adding at once: the reader confirms the kind and sees the
   * form's checks (a common word, a name another entity has) before anything highlights everywhere.
   */
  const addSelection = async (selection: string): Promise<BrowserUiAdd> => {
    const name = selection.replace(/\s+/g, ' ').trim().slice(0, 1000);
    if (!name) return fail('empty-name', 'Select the name to add first.');
    const path = addFormPath(name, kindOfName(name.split(' ')));
    await d.tabs.openExtensionPage(path);
    return ok({ opened: path });
  };

  return {
    async onMenuClicked(info, tab) {
      if (info.menuItemId === MENU_ADD) return addSelection(info.selectionText ?? '');
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
