/**
 * A read-only hook on the service worker's global for the test harness and the main job
 * (`worker.evaluate`). Pages cannot reach a service worker's globals; nothing here writes.
 */
import { openKnowledge } from './knowledge';
import { getTabReport } from './tab-state';
import { getTimeline, listEntities } from '../store';

/** Installs `globalThis.lodestoneDebug`. */
export function installDebugHook(): void {
  (globalThis as Record<string, unknown>).lodestoneDebug = {
    /** The entities a tab reported, with names, and how many dated facts the store has about them. */
    async tabSummary(tabId: number) {
      const report = await getTabReport(tabId);
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
  };
}
