/**
 * The background's message handlers: thin adapters from the protocol to the store and the save
 * pipeline. The router (lib/messages) has already checked sender, privilege and payload. Every
 * dependency is passed in (`start.ts` wires the real ones; unit tests pass fakes).
 */
import { exportUserData, importUserData, parseImport, serialiseExport, type ImportResult } from '../articles/export-import';
import { MessageError } from '../messages/result';
import type { MessageHandlers } from '../messages/router';
import { parseSettings, type Settings } from '../settings/schema';
import { deleteSource, getEntityCard, markEntitiesSeen, toStoreError, type LodestoneDB, type SaveResult } from '../store';
import type { SavedPages } from './saved-pages';
import { addFormPath } from './browser-ui';
import type { Tabs } from './services';
import type { TabState } from './tab-state';

/** What the handlers work with. */
export interface HandlerDeps {
  /** The store with the seed bundle installed (lib/background/knowledge.ts). */
  openStore: () => Promise<LodestoneDB>;
  tabs: Pick<Tabs, 'get' | 'openExtensionPage'>;
  tabState: TabState;
  savedPages: Pick<SavedPages, 'find'>;
  /** Injects the content script on click (activeTab); false when the page cannot be read. */
  annotateOnClick: (tabId: number, url: string | undefined) => Promise<boolean>;
  /** Saves the tab's article (lib/background/save-tab.ts, bound to its dependencies). */
  saveTab: (db: LodestoneDB, tabId: number) => Promise<SaveResult>;
  /** Tells open tabs the knowledge changed (not awaited). */
  notifyChanged: () => Promise<void>;
  settings: { load(): Promise<Settings>; save(s: Settings): Promise<void> };
  /**
   * The popup opened on a readable page not saved yet: read its article ahead (not awaited), so a
   * click on Save only has to store it (lib/background/prepared-saves.ts).
   */
  prepareSave?: (db: LodestoneDB, tabId: number, url: string) => void;
  /** After an import (issue 13): publish the user's dictionary, re-read saved articles it affects. */
  afterImport?: (db: LodestoneDB, result: ImportResult) => Promise<void>;
}

const withoutHash = (url: string): string => url.split('#')[0] ?? url;

/** Builds the handler map. */
export function createBackgroundHandlers(d: HandlerDeps): MessageHandlers {
  return {
    ping: () => 'pong' as const,
    'page/report': async (req, ctx) => {
      if (ctx.tabId === undefined) return null;
      await d.tabState.record(ctx.tabId, req);
      // The toolbar shows when the page being read is already saved (green badge, title).
      const db = await d.openStore();
      const saved = await d.savedPages.find(db, ctx.tabId, req.url).catch(() => undefined);
      if (saved) await d.tabState.markSaved(ctx.tabId);
      return null;
    },
    'entity/card': async ({ entityId }) => {
      const db = await d.openStore();
      const card = await getEntityCard(db, entityId);
      if (!card) throw new MessageError('not-found', `Lodestone knows no entity ${entityId}.`);
      // The card is fetched when it opens: the user is looking now, so the next opening counts from
      // here ("new since", issue 12); this card still shows what was new before. When nothing was
      // new, moving the baseline would change nothing anyone sees: no write.
      if (card.newSince) await markEntitiesSeen(db, [entityId]).catch(() => undefined);
      return card;
    },
    'entities/seen': async ({ entityIds }) => {
      await markEntitiesSeen(await d.openStore(), entityIds);
      return null;
    },
    'dictionary/add-form': async ({ name, kind }) => {
      await d.tabs.openExtensionPage(addFormPath(name.replace(/\s+/g, ' ').trim(), kind));
      return null;
    },
    'timeline/open': async ({ entityId }) => {
      await d.tabs.openExtensionPage(`/library.html#/entity/${entityId}`);
      return null;
    },
    'tab/state': async ({ tabId }) => {
      const tab = await d.tabs.get(tabId);
      if (!tab) throw new MessageError('not-found', 'That tab is closed.');
      let report = await d.tabState.get(tabId);
      // A report about the page the tab showed before (it navigated since, possibly to a page whose
      // address the extension may not even see): drop it and give the new page's content script,
      // if it has one, a moment to report.
      if (report && (!tab.url || withoutHash(report.url) !== withoutHash(tab.url))) {
        d.tabState.forget(tabId);
        report = await d.tabState.waitFor(tabId, 1000);
      }
      // Annotate on click: the popup opening granted activeTab; read the page now if nothing has.
      if (!report && (await d.annotateOnClick(tabId, tab.url))) report = await d.tabState.waitFor(tabId, 2000);
      const url = report?.url ?? tab.url ?? '';
      // Saved under its canonical URL, found from this address or from what this tab saved. When
      // the store cannot be opened at all (private modes, storage disabled), saving is off and the
      // popup says why; other store trouble only hides the "saved" mark.
      let storageUnavailable: string | undefined;
      const saved = url
        ? await d
            .openStore()
            .then((db) => d.savedPages.find(db, tabId, url))
            .catch((err: unknown) => {
              const e = toStoreError(err);
              if (e.code === 'unavailable') storageUnavailable = e.message;
              return undefined;
            })
        : undefined;
      if (saved === undefined && report?.readable && d.prepareSave)
        void d.openStore().then(
          (db) => d.prepareSave?.(db, tabId, url),
          () => undefined,
        );
      return {
        url: url || 'about:blank',
        title: report?.title ?? tab.title ?? '',
        readable: report?.readable ?? false,
        counts: report?.counts ?? {},
        savedSourceId: saved?.id ?? null,
        ...(storageUnavailable ? { storageUnavailable } : {}),
      };
    },
    'article/save': async ({ tabId }) => d.saveTab(await d.openStore(), tabId),
    'source/delete': async ({ sourceId }) => {
      if (sourceId.startsWith('seed:')) throw new MessageError('seed-readonly', 'Seed articles are part of the knowledge base and cannot be deleted.');
      const deleted = await deleteSource(await d.openStore(), sourceId);
      if (!deleted) throw new MessageError('not-found', 'That article is not in your library.');
      void d.notifyChanged();
      return null;
    },
    'data/export': async () => {
      const data = await exportUserData(await d.openStore(), await d.settings.load());
      return { json: serialiseExport(data) };
    },
    'data/import': async ({ json }) => {
      const parsed = parseImport(json);
      if (!parsed.ok) throw new MessageError(parsed.error.code, parsed.error.message);
      const file = parsed.value;
      const db = await d.openStore();
      const result = await importUserData(db, file);
      if (file.settings !== undefined) await d.settings.save(parseSettings(file.settings));
      await d.afterImport?.(db, result).catch(() => undefined);
      void d.notifyChanged();
      return {
        added: result.added,
        updated: result.updated,
        skipped: result.skipped,
        entitiesAdded: result.entitiesAdded,
        dictionaryChanged: result.dictionaryChanged,
      };
    },
  };
}
