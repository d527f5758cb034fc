/**
 * A hook on the service worker's global for the test harness and the main job (`worker.evaluate`).
 * Pages cannot reach a service worker's globals. Reads, plus the two browser-UI entry points that
 * cannot be triggered from a headless test (a keyboard command, a context-menu click), which run
 * exactly the listeners the browser calls, and closing the store's connection (as a restart would).
 */
import type { Entity } from '../catalog/schema';
import {
  addUserEntity,
  deleteUserEntity,
  getSourceFacts,
  getTimeline,
  listEntities,
  listSavedSources,
  listSuggestions,
  readUserOverlay,
  type LodestoneDB,
} from '../store';
import { MENU_SAVE, type BrowserUi } from './browser-ui';
import type { Knowledge } from './knowledge';
import type { SaveStage } from './save-tab';
import type { TabState } from './tab-state';

/** What the hook reads and runs. */
export interface DebugDeps {
  knowledge: Knowledge;
  tabState: Pick<TabState, 'get'>;
  /** The browser-UI listeners the hook can invoke. */
  entry: BrowserUi;
  /** Publishes the store's dictionary overlay to the tabs (issue 13). */
  publish?: (db: LodestoneDB) => Promise<void>;
  /** When the last save reached each stage (`performance.now()`), kept by start.ts. */
  saveTimings?: Readonly<Partial<Record<SaveStage, number>>>;
}

/** Installs `globalThis.lodestoneDebug`. */
export function installDebugHook({ knowledge, tabState, entry, publish, saveTimings }: DebugDeps): void {
  const openKnowledge = () => knowledge.open();
  (globalThis as Record<string, unknown>).lodestoneDebug = {
    /** The entities a tab reported, with names, and how many dated facts the store has about them. */
    async tabSummary(tabId: number) {
      const report = await tabState.get(tabId);
      const db = await openKnowledge();
      const ids = Object.keys(report?.counts ?? {});
      const names = new Map((await listEntities(db)).map((e) => [e.id, e.name]));
      const facts = ids.length ? await getTimeline(db, { entityIds: ids, order: 'newest', limit: 100000, offset: 0 }) : [];
      return {
        entities: ids.map((id) => ({ id, name: names.get(id) ?? id, count: report?.counts[id] ?? 0 })).sort((a, b) => b.count - a.count),
        factCount: facts.length,
      };
    },
    /** Row counts per table. */
    async counts() {
      const db = await openKnowledge();
      return { sources: await db.sources.count(), facts: await db.facts.count(), entities: await db.entities.count() };
    },
    /** Every saved article with its facts and per-entity mention counts. */
    async savedArticles() {
      const db = await openKnowledge();
      const sources = await listSavedSources(db, { limit: 100000 });
      return Promise.all(
        sources.map(async (source) => ({
          source,
          facts: await getSourceFacts(db, source.id),
          mentions: (await db.mentions.where('[sourceId+entityId]').between([source.id, ''], [source.id, '\uffff']).toArray()).map((m) => ({
            entityId: m.entityId,
            count: m.count,
          })),
        })),
      );
    },
    /** Runs the keyboard-command listener as the browser would for `tabId`. */
    command: (command: string, tabId: number) => entry.onCommand(command, { id: tabId }),
    /**
     * Runs the context-menu listener as the browser would for a click on `menuItemId` in `tabId`
     * (`selectionText`: what the browser passes for a selection's item, `Add "…" to Lodestone`).
     */
    menuClick: (tabId: number, menuItemId: string = MENU_SAVE, selectionText?: string) =>
      entry.onMenuClicked({ menuItemId, ...(selectionText !== undefined ? { selectionText } : {}) }, { id: tabId }),
    /** The user's dictionary overlay as the store holds it (issue 13). */
    async userOverlay() {
      return readUserOverlay(await openKnowledge());
    },
    /** The names the saved articles suggest (issue 13). */
    async suggestions() {
      return listSuggestions(await openKnowledge());
    },
    /**
     * Empties the user's dictionary (entities added and edits undone, hides, dismissals) and
     * publishes it: the test suites share one browser, so each leaves the dictionary as it found it.
     */
    async clearDictionary() {
      const db = await openKnowledge();
      for (const id of await db.entities.where('origin').equals('custom').primaryKeys()) await deleteUserEntity(db, id);
      await db.hiddenNames.clear();
      await db.dismissed.clear();
      await publish?.(db);
    },
    /**
     * Adds entities of the reader's own (checked as the store checks every add) and publishes the
     * overlay once: how the benchmark gives the dictionary 1,000 user entities through the product's
     * own path (store → compiled overlay in storage.local), without 1,000 re-reads of saved articles.
     */
    async addUserEntities(entities: Entity[]) {
      const db = await openKnowledge();
      for (const e of entities) await addUserEntity(db, e);
      await publish?.(db);
      return entities.length;
    },
    /** When the last save reached each stage (`performance.now()` in the worker): start, extracted, dictionary, … done. */
    saveTimings: () => ({ ...saveTimings }),
    /** Closes the store's connection; the next use reopens it (as after a service-worker restart). */
    closeStore: () => knowledge.close(),
  };
}
