/**
 * Bundled by the benchmark (esbuild, IIFE) and evaluated in an extension page (the library page),
 * where the store lives: fills the store to 10,000 facts by saving copies of the seed sources
 * through the store's own write path, measures the store's logical size, and times the queries the
 * popup and library run.
 */
import { LodestoneDB } from '../../lib/store/db';
import { getEntityTimeline, getTimeline } from '../../lib/store/query-timeline';
import { PAGE_SIZE } from '../../lib/ui/use-timeline';
import { fillStore, logicalSize, type CountedSize } from './store-measure';

const db = new LodestoneDB();

(globalThis as Record<string, unknown>).lodestoneBenchStore = {
  /** Facts in the store. */
  count: () => db.facts.count(),
  /** Sources (seed and saved articles) in the store. */
  sources: () => db.sources.count(),
  /**
   * Adds copies of the seed sources (as saved articles with their own ids, URLs and facts) until
   * the store holds at least `target` facts. Returns the fact count.
   */
  fill: (target: number): Promise<number> => fillStore(db, target),
  /** Rows and index keys, serialized (see `logicalSize`), and the sources they belong to. */
  async logicalSize(): Promise<CountedSize> {
    return { ...(await logicalSize(db)), articles: await db.sources.count() };
  },
  /**
   * One entity's timeline as the entity page asks for it (first page, newest first, `PAGE_SIZE` + 1
   * to know whether there is more), and the entity's whole timeline: times (ms) and sizes.
   */
  async timeline(entityId: string): Promise<{ pageMs: number; pageItems: number; allMs: number; allItems: number }> {
    const t0 = performance.now();
    const page = await getTimeline(db, { entityIds: [entityId], order: 'newest', limit: PAGE_SIZE + 1 });
    const t1 = performance.now();
    const all = await getEntityTimeline(db, entityId);
    const t2 = performance.now();
    return { pageMs: t1 - t0, pageItems: page.length, allMs: t2 - t1, allItems: all.length };
  },
  /** The entity with the most facts. */
  async busiestEntity(): Promise<{ id: string; facts: number }> {
    const counts = new Map<string, number>();
    await db.factEntities.each((r) => counts.set(r.entityId, (counts.get(r.entityId) ?? 0) + 1));
    let best = { id: '', facts: 0 };
    for (const [id, n] of counts) if (n > best.facts) best = { id, facts: n };
    return best;
  },
};
