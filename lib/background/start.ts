/**
 * Background service worker start-up, and the one place its parts are wired to the browser (the
 * composition root): everything else in lib/background takes what it needs as parameters. Every
 * listener is registered synchronously in the first turn (MV3 wakes the worker for an event and
 * drops it if no listener is there yet); the store opens lazily on first use.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { listenForMessages, sendToTab } from '../messages/browser';
import { loadSettings, settingsItem } from '../settings/storage';
import { publishUserOverlay } from '../settings/user-dictionary-storage';
import { readUserOverlay, type LodestoneDB } from '../store';
import { detectEviction, requestPersistence } from '../store/persistence';
import { browserBadge, browserSession, browserTabs } from './browser-services';
import { notifyKnowledgeChanged } from './broadcast';
import { createBrowserUi, MENU_ADD, MENU_ADD_TITLE, MENU_SAVE } from './browser-ui';
import { createDictionaryHandlers } from './dictionary-handlers';
import { installDebugHook } from './debug';
import { createBackgroundHandlers } from './handlers';
import { injectContentScript } from './inject';
import { createKnowledge, seedBundle } from './knowledge';
import { relinkSaved } from './relink';
import { createPreparedSaves } from './prepared-saves';
import { prepareTab, saveTab, type SaveStage } from './save-tab';
import { createSavedPages } from './saved-pages';
import { annotateOnClick, syncGrantedSites, watchSiteGrants } from './site-access';
import { createTabState } from './tab-state';

/** Registers the background's listeners and starts installing the seed knowledge. */
export function startBackground(): void {
  const knowledge = createKnowledge();
  const tabState = createTabState({ session: browserSession, badge: browserBadge });
  const savedPages = createSavedPages(browserSession);
  const notifyChanged = () => notifyKnowledgeChanged(browserTabs, sendToTab);
  // When the last save reached each stage (performance.now()), for the benchmark's breakdown.
  const saveTimings: Partial<Record<SaveStage, number>> = {};
  const dictionaries = {
    sendToTab,
    spotterFor: (db: LodestoneDB, site: string) => knowledge.spotterFor(db, site),
    namesFor: (db: LodestoneDB, site: string) => knowledge.dictionaryFor(db, site),
  };
  // Articles read when the popup opens, stored on the click (issue 14).
  const ahead = createPreparedSaves((db, tabId) => prepareTab(dictionaries, db, tabId));
  const save = saveTab.bind(null, {
    ...dictionaries,
    inject: injectContentScript,
    ahead,
    rememberSaved: (tabId, pageUrl, canonicalUrl) => savedPages.remember(tabId, pageUrl, canonicalUrl),
    markSaved: (tabId) => tabState.markSaved(tabId),
    notifyChanged,
    mark: (stage) => {
      if (stage === 'start') for (const k of Object.keys(saveTimings)) delete saveTimings[k as SaveStage];
      saveTimings[stage] = performance.now();
    },
  });
  const openStore = () => knowledge.open();
  const dictionaryFor = knowledge.dictionaryFor.bind(knowledge);
  // The user's dictionary reaches open tabs through storage.local (lib/settings/user-dictionary-storage.ts),
  // its entities compiled here once per change rather than in every page (issue 14). One publish at
  // a time, each reading the store afresh, so an earlier read never lands after a later one.
  let publishing: Promise<void> = Promise.resolve();
  const publish = (db: LodestoneDB): Promise<void> =>
    (publishing = publishing
      .catch(() => undefined)
      .then(async () => {
        const overlay = await readUserOverlay(db);
        // The save pipeline reads with what the pages read with, without reading the store again.
        knowledge.overlayPublished(db, overlay);
        await publishUserOverlay(overlay, seedBundle().version);
      }));

  listenForMessages({
    ...createBackgroundHandlers({
      openStore,
      tabs: browserTabs,
      tabState,
      savedPages,
      annotateOnClick,
      saveTab: save,
      notifyChanged,
      settings: { load: loadSettings, save: (s) => settingsItem.setValue(s) },
      prepareSave: (db, tabId) => ahead.prepare(db, tabId),
      afterImport: async (db, result) => {
        await publish(db);
        // Imported entities re-link the articles already saved; imported articles get their suggestions.
        const imported = (await db.entities.bulkGet(result.entityIds)).flatMap((e) => (e ? [e] : []));
        await relinkSaved(db, { dictionaryFor }, { naming: imported, sourceIds: result.sourceIds });
      },
    }),
    ...createDictionaryHandlers({ openStore, dictionaryFor, publish, notifyChanged }),
  });

  const ui = createBrowserUi({ openStore, saveTab: save, sendToTab, inject: injectContentScript, tabs: browserTabs, badge: browserBadge });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_SAVE, title: 'Save to Lodestone', contexts: ['page', 'selection'] }, () => void browser.runtime.lastError);
    browser.contextMenus.create({ id: MENU_ADD, title: MENU_ADD_TITLE, contexts: ['selection'] }, () => void browser.runtime.lastError);
    void requestPersistence();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void ui.onMenuClicked(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void ui.onCommand(command, tab));
  browser.tabs.onRemoved.addListener((tabId) => {
    tabState.forget(tabId);
    savedPages.forget(tabId);
    ahead.forget(tabId);
  });
  watchSiteGrants();
  void syncGrantedSites().catch(() => undefined);

  installDebugHook({ knowledge, tabState, entry: ui, publish, saveTimings });
  // Install or upgrade the seed bundle now rather than on the first message, then check whether
  // the browser evicted the user's data since last time (the library page shows the notice).
  void openStore()
    .then(async (db) => {
      // The mirror follows the store (after an update, a restored profile, a cleared storage.local).
      await publish(db).catch(() => undefined);
      return detectEviction(db, storage);
    })
    .catch((err: unknown) => console.warn('Lodestone: could not open the knowledge base', err));
}
