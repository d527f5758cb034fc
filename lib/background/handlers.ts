/**
 * The background's message handlers: thin adapters from the protocol to the store and the save
 * pipeline. The router (lib/messages) has already checked sender, privilege and payload.
 */
import { browser } from 'wxt/browser';
import { notifyKnowledgeChanged } from './broadcast';
import { annotateOnClick } from './site-access';
import { parseImport, exportUserData, importUserData, serialiseExport } from '../articles/export-import';
import { MessageError } from '../messages/result';
import type { MessageHandlers } from '../messages/router';
import { parseSettings } from '../settings/schema';
import { loadSettings, settingsItem } from '../settings/storage';
import { deleteSource, getEntityCard, markEntitiesSeen, toStoreError } from '../store';
import { openKnowledge } from './knowledge';
import { findSavedSource } from './saved-pages';
import { saveTab } from './save-tab';
import { forgetTab, getTabReport, markTabSaved, recordTabReport, waitForTabReport } from './tab-state';

const withoutHash = (url: string): string => url.split('#')[0] ?? url;

/** Builds the handler map. */
export function createBackgroundHandlers(): MessageHandlers {
  return {
    ping: () => 'pong' as const,
    'page/report': async (req, ctx) => {
      if (ctx.tabId === undefined) return null;
      await recordTabReport(ctx.tabId, req);
      // The toolbar shows when the page being read is already saved (green badge, title).
      const saved = await findSavedSource(await openKnowledge(), ctx.tabId, req.url).catch(() => undefined);
      if (saved) await markTabSaved(ctx.tabId);
      return null;
    },
    'entity/card': async ({ entityId }) => {
      const db = await openKnowledge();
      const card = await getEntityCard(db, entityId);
      if (!card) throw new MessageError('not-found', `Lodestone knows no entity ${entityId}.`);
      // The card is fetched when it opens: the user is looking now, so the next opening counts from
      // here ("new since", issue 12); this card still shows what was new before. When nothing was
      // new, moving the baseline would change nothing anyone sees: no write.
      if (card.newSince) await markEntitiesSeen(db, [entityId]).catch(() => undefined);
      return card;
    },
    'entities/seen': async ({ entityIds }) => {
      await markEntitiesSeen(await openKnowledge(), entityIds);
      return null;
    },
    'timeline/open': async ({ entityId }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/library.html#/entity/${entityId}`) });
      return null;
    },
    'tab/state': async ({ tabId }) => {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      if (!tab) throw new MessageError('not-found', 'That tab is closed.');
      let report = await getTabReport(tabId);
      // A report about the page the tab showed before (it navigated since, possibly to a page whose
      // address the extension may not even see): drop it and give the new page's content script,
      // if it has one, a moment to report.
      if (report && (!tab.url || withoutHash(report.url) !== withoutHash(tab.url))) {
        forgetTab(tabId);
        report = await waitForTabReport(tabId, 1000);
      }
      // Annotate on click: the popup opening granted activeTab; read the page now if nothing has.
      if (!report && (await annotateOnClick(tabId, tab.url))) report = await waitForTabReport(tabId, 2000);
      const url = report?.url ?? tab.url ?? '';
      // Saved under its canonical URL, found from this address or from what this tab saved. When
      // the store cannot be opened at all (private modes, storage disabled), saving is off and the
      // popup says why; other store trouble only hides the "saved" mark.
      let storageUnavailable: string | undefined;
      const saved = url
        ? await openKnowledge()
            .then((db) => findSavedSource(db, tabId, url))
            .catch((err: unknown) => {
              const e = toStoreError(err);
              if (e.code === 'unavailable') storageUnavailable = e.message;
              return undefined;
            })
        : undefined;
      return {
        url: url || 'about:blank',
        title: report?.title ?? tab.title ?? '',
        readable: report?.readable ?? false,
        counts: report?.counts ?? {},
        savedSourceId: saved?.id ?? null,
        ...(storageUnavailable ? { storageUnavailable } : {}),
      };
    },
    'article/save': async ({ tabId }) => saveTab(await openKnowledge(), tabId),
    'source/delete': async ({ sourceId }) => {
      if (sourceId.startsWith('seed:')) throw new MessageError('seed-readonly', 'Seed articles are part of the knowledge base and cannot be deleted.');
      const deleted = await deleteSource(await openKnowledge(), sourceId);
      if (!deleted) throw new MessageError('not-found', 'That article is not in your library.');
      void notifyKnowledgeChanged();
      return null;
    },
    'data/export': async () => {
      const data = await exportUserData(await openKnowledge(), await loadSettings());
      return { json: serialiseExport(data) };
    },
    'data/import': async ({ json }) => {
      const parsed = parseImport(json);
      if (!parsed.ok) throw new MessageError('invalid-import', parsed.error);
      const result = await importUserData(await openKnowledge(), parsed.data);
      if (parsed.data.settings !== undefined) await settingsItem.setValue(parseSettings(parsed.data.settings));
      void notifyKnowledgeChanged();
      return { added: result.added, updated: result.updated, skipped: result.skipped };
    },
  };
}
