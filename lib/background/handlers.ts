/**
 * The background's message handlers: thin adapters from the protocol to the store and the save
 * pipeline. The router (lib/messages) has already checked sender, privilege and payload.
 */
import { browser } from 'wxt/browser';
import { annotateOnClick } from './site-access';
import { parseImport, exportUserData, importUserData, serialiseExport } from '../articles/export-import';
import { MessageError } from '../messages/result';
import type { MessageHandlers } from '../messages/router';
import { parseSettings } from '../settings/schema';
import { loadSettings, settingsItem } from '../settings/storage';
import { deleteSource, getEntityCard, getSourceByUrl, normaliseCanonicalUrl } from '../store';
import { openKnowledge } from './knowledge';
import { saveTab } from './save-tab';
import { getTabReport, recordTabReport, waitForTabReport } from './tab-state';

/** Builds the handler map. */
export function createBackgroundHandlers(): MessageHandlers {
  return {
    ping: () => 'pong' as const,
    'page/report': async (req, ctx) => {
      if (ctx.tabId !== undefined) await recordTabReport(ctx.tabId, req);
      return null;
    },
    'entity/card': async ({ entityId }) => {
      const card = await getEntityCard(await openKnowledge(), entityId);
      if (!card) throw new MessageError('not-found', `Lodestone knows no entity ${entityId}.`);
      return card;
    },
    'timeline/open': async ({ entityId }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/library.html#/entity/${entityId}`) });
      return null;
    },
    'tab/state': async ({ tabId }) => {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      if (!tab) throw new MessageError('not-found', 'That tab is closed.');
      let report = await getTabReport(tabId);
      // Annotate on click: the popup opening granted activeTab; read the page now if nothing has.
      if (!report && (await annotateOnClick(tabId, false, tab.url))) report = await waitForTabReport(tabId, 2000);
      const url = report?.url ?? tab.url ?? '';
      const canonical = url ? normaliseCanonicalUrl(url) : null;
      const saved = canonical ? await getSourceByUrl(await openKnowledge(), canonical) : undefined;
      return {
        url: url || 'about:blank',
        title: report?.title ?? tab.title ?? '',
        readable: report?.readable ?? false,
        counts: report?.counts ?? {},
        savedSourceId: saved?.id ?? null,
      };
    },
    'article/save': async ({ tabId }) => saveTab(await openKnowledge(), tabId),
    'source/delete': async ({ sourceId }) => {
      if (sourceId.startsWith('seed:')) throw new MessageError('seed-readonly', 'Seed articles are part of the knowledge base and cannot be deleted.');
      const deleted = await deleteSource(await openKnowledge(), sourceId);
      if (!deleted) throw new MessageError('not-found', 'That article is not in your library.');
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
      return { added: result.added, updated: result.updated, skipped: result.skipped };
    },
  };
}
