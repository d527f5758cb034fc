/**
 * "New since you last looked" (issue 12): the facts about an entity that arrived (saved, imported,
 * or brought by a new bundle) after the user last opened its card or its timeline. Local only.
 *
 * The baseline is the entity's last view; an entity never viewed counts from when the store was
 * first filled (its marker), so the first bundle is never "new". Counting is one index range:
 * `factEntities[entityId+arrivedAt]` above the baseline.
 */
import Dexie from 'dexie';
import type { LodestoneDB } from './db';
import type { NewSince } from './rows';

/** When the user last looked at `entityId`, or when the store began; undefined for a store with neither. */
export async function viewBaseline(db: LodestoneDB, entityId: string): Promise<string | undefined> {
  const view = await db.entityViews.get(entityId);
  if (view) return view.seenAt;
  const marker = await db.meta.get('marker');
  if (marker?.key === 'marker') return marker.createdAt;
  const bundle = await db.meta.get('bundle');
  return bundle?.key === 'bundle' ? bundle.installedAt : undefined;
}

/** How many of `entityId`'s facts arrived since the user last looked, and since when (none: undefined). */
export async function getNewSince(db: LodestoneDB, entityId: string): Promise<NewSince | undefined> {
  const since = await viewBaseline(db, entityId);
  if (!since) return undefined;
  const count = await db.factEntities.where('[entityId+arrivedAt]').between([entityId, since], [entityId, Dexie.maxKey], false, true).count();
  return count ? { since, count } : undefined;
}

/** `getNewSince` for several entities (the popup's page), by entity id; entities with none are left out. */
export async function getNewSinceFor(db: LodestoneDB, entityIds: readonly string[]): Promise<Record<string, NewSince>> {
  const out: Record<string, NewSince> = {};
  for (const id of new Set(entityIds)) {
    const n = await getNewSince(db, id);
    if (n) out[id] = n;
  }
  return out;
}

/** Records that the user looked at these entities now: what arrived before stops being new. */
export async function markEntitiesSeen(db: LodestoneDB, entityIds: readonly string[], now: () => Date = () => new Date()): Promise<void> {
  const seenAt = now().toISOString();
  await db.entityViews.bulkPut([...new Set(entityIds)].map((entityId) => ({ entityId, seenAt })));
}

/**
 * The distinct facts about any of `entityIds` that are new for at least one of them (a fact naming
 * two new-for entities counts once), and the earliest baseline: the popup's "3 new since 12 Nov".
 */
export async function countNewFacts(db: LodestoneDB, entityIds: readonly string[]): Promise<NewSince | undefined> {
  const facts = new Set<string>();
  let since: string | undefined;
  for (const id of new Set(entityIds)) {
    const base = await viewBaseline(db, id);
    if (!base) continue;
    const keys = await db.factEntities.where('[entityId+arrivedAt]').between([id, base], [id, Dexie.maxKey], false, true).primaryKeys();
    if (!keys.length) continue;
    for (const [, factId] of keys) facts.add(factId);
    if (!since || base < since) since = base;
  }
  return since && facts.size ? { since, count: facts.size } : undefined;
}
