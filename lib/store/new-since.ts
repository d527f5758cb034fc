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
