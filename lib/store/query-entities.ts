/**
 * Entity queries: the hover card, related entities, the sources that mention an entity.
 */
import Dexie from 'dexie';
import type { LodestoneDB } from './db';
import type { EntityCard, EntityRow, RelatedEntity, SourceSummary } from './rows';
import { getEntityTimeline, toSourceSummary } from './query-timeline';
import { getEntityClaims } from './query-claims';
import { getNewSince } from './new-since';

/** How many facts and related entities a card shows. */
export const CARD_FACTS = 5;
export const CARD_RELATED = 6;

/**
 * Entities that share facts with `entityIds` (excluding those), ranked by the number of distinct
 * shared facts, then by name. Reads only the small link rows, never fact text.
 */
export async function getRelatedEntities(db: LodestoneDB, entityIds: readonly string[], options: { limit?: number } = {}): Promise<RelatedEntity[]> {
  const input = new Set(entityIds);
  const seenFacts = new Set<string>();
  const shared = new Map<string, number>();
  for (const entityId of input) {
    const links = await db.factEntities.where('[entityId+factId]').between([entityId, Dexie.minKey], [entityId, Dexie.maxKey]).toArray();
    for (const link of links) {
      if (seenFacts.has(link.factId)) continue;
      seenFacts.add(link.factId);
      for (const other of link.entityIds) if (!input.has(other)) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  const ids = [...shared.keys()];
  const rows = await db.entities.bulkGet(ids);
  return rows
    .filter((e): e is EntityRow => e !== undefined)
    .map((e) => ({ id: e.id, name: e.name, kind: e.kind, shared: shared.get(e.id) ?? 0 }))
    .sort((a, b) => b.shared - a.shared || a.name.localeCompare(b.name))
    .slice(0, options.limit ?? 10);
}

/** Everything the hover card shows for one entity, or null for an unknown id. */
export async function getEntityCard(db: LodestoneDB, entityId: string): Promise<EntityCard | null> {
  return db.transaction('r', [db.entities, db.factEntities, db.facts, db.sources, db.mentions, db.entityViews, db.meta], async () => {
    const entity = await db.entities.get(entityId);
    if (!entity) return null;
    const [latestFacts, sourceCount, related, claims, newSince] = await Promise.all([
      getEntityTimeline(db, entityId, { order: 'newest', limit: CARD_FACTS }),
      db.mentions.where('entityId').equals(entityId).count(),
      getRelatedEntities(db, [entityId], { limit: CARD_RELATED }),
      getEntityClaims(db, entityId),
      getNewSince(db, entityId),
    ]);
    return { entity, latestFacts, sourceCount, related, claims, ...(newSince ? { newSince } : {}) };
  });
}

/** One entity row, or undefined. */
export async function getEntity(db: LodestoneDB, entityId: string): Promise<EntityRow | undefined> {
  return db.entities.get(entityId);
}

/** All entities (seed and custom), by name: the catalog is small (hundreds). */
export async function listEntities(db: LodestoneDB): Promise<EntityRow[]> {
  const rows = await db.entities.toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/** The sources that mention an entity, with how often, most mentions first (the entity page). */
export async function getEntitySources(db: LodestoneDB, entityId: string): Promise<{ source: SourceSummary; count: number }[]> {
  const mentions = await db.mentions.where('entityId').equals(entityId).toArray();
  const rows = await db.sources.bulkGet(mentions.map((m) => m.sourceId));
  const out: { source: SourceSummary; count: number }[] = [];
  rows.forEach((row, i) => {
    if (row) out.push({ source: toSourceSummary(row), count: mentions[i]?.count ?? 0 });
  });
  return out.sort((a, b) => b.count - a.count || b.source.published.localeCompare(a.source.published));
}
