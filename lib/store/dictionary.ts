/**
 * The user's dictionary in the store (issue 13): entities the user added, seed entities the user
 * edited, names and entities hidden everywhere or on one site, and dismissed suggestions. Each
 * operation is one transaction; rows are validated on write like every other. Checking what the
 * user typed (empty, too long, markup, a name another entity has) is `checkUserEntity`'s job
 * (lib/catalog/user-entity.ts), before these are called; here ids and rows must merely be sound.
 */
import Dexie from 'dexie';
import type { HiddenName, UserOverlay } from '../catalog/user-dictionary';
import { toMatchEntity } from '../catalog/match-dictionary';
import type { Entity } from '../catalog/schema';
import type { LodestoneDB } from './db';
import { StoreError, toStoreError } from './errors';
import type { EntityRow, HiddenNameRow } from './rows';

const stamp = (now: () => Date): string => now().toISOString();

/** The tables a dictionary change touches. */
const tablesOf = (db: LodestoneDB) => [db.entities, db.hiddenNames, db.entityViews];

/** An entity row without the store's own fields: the entity as the user's dictionary holds it. */
export function toEntity(row: EntityRow): Entity {
  const { origin: _origin, seed: _seed, changedAt: _changedAt, ...entity } = row;
  return entity;
}

/** What the content script and the save pipeline lay over the seed dictionary (compact). */
export async function readUserOverlay(db: LodestoneDB): Promise<UserOverlay> {
  return db.transaction('r', [db.entities, db.hiddenNames], async () => {
    const custom = await db.entities.where('origin').equals('custom').toArray();
    const hidden = await db.hiddenNames.toArray();
    return {
      entities: custom.sort((a, b) => a.id.localeCompare(b.id)).map((row) => toMatchEntity(toEntity(row))),
      hidden: hidden.map(({ entityId, text, site }) => ({ entityId, text, site })),
    };
  });
}

/** Adds an entity the user made up; its id must be new. */
export async function addUserEntity(db: LodestoneDB, entity: Entity, now: () => Date = () => new Date()): Promise<void> {
  try {
    await db.transaction('rw', tablesOf(db), async () => {
      if (await db.entities.get(entity.id)) throw new StoreError('invalid-input', `An entity with the id ${entity.id} already exists.`);
      await db.entities.add({ ...entity, custom: true, origin: 'custom', changedAt: stamp(now) });
    });
  } catch (err) {
    throw toStoreError(err);
  }
}

/**
 * Saves the user's version of an entity (same id): a user entity is replaced; a seed entity
 * becomes an edit that keeps the catalog's version (`seed`) so it can be undone, and that a new
 * bundle never overwrites.
 */
export async function saveEntityEdit(db: LodestoneDB, entity: Entity, now: () => Date = () => new Date()): Promise<void> {
  try {
    await db.transaction('rw', tablesOf(db), async () => {
      const row = await db.entities.get(entity.id);
      if (!row) throw new StoreError('not-found', `Lodestone knows no entity ${entity.id}.`);
      const seed = row.origin === 'seed' ? toEntity(row) : row.seed;
      await db.entities.put({ ...entity, ...(seed ? {} : { custom: true }), origin: 'custom', ...(seed ? { seed } : {}), changedAt: stamp(now) });
    });
  } catch (err) {
    throw toStoreError(err);
  }
}

/**
 * Deletes the user's entity, or undoes the user's edit of a seed entity (the catalog's version
 * comes back). A deleted entity's hides and views go with it. Returns what it did, or null when
 * there was nothing of the user's to delete.
 */
export async function deleteUserEntity(db: LodestoneDB, id: string): Promise<'deleted' | 'reverted' | null> {
  try {
    return await db.transaction('rw', tablesOf(db), async () => {
      const row = await db.entities.get(id);
      if (!row || row.origin !== 'custom') return null;
      if (row.seed) {
        await db.entities.put({ ...row.seed, origin: 'seed' });
        return 'reverted';
      }
      await db.entities.delete(id);
      await db.hiddenNames.where('entityId').equals(id).delete();
      await db.entityViews.delete(id);
      return 'deleted';
    });
  } catch (err) {
    throw toStoreError(err);
  }
}

/**
 * Merges entity `fromId` into `into` (the target as it should now read, e.g. with the other's
 * names as aliases): the target is saved as the user's version, the other deleted (or, for a seed
 * entity, hidden everywhere: a seed entity cannot be deleted). One transaction.
 */
export async function mergeEntities(db: LodestoneDB, fromId: string, into: Entity, now: () => Date = () => new Date()): Promise<void> {
  if (fromId === into.id) throw new StoreError('invalid-input', 'An entity cannot be merged into itself.');
  try {
    await db.transaction('rw', tablesOf(db), async () => {
      const from = await db.entities.get(fromId);
      if (!from) throw new StoreError('not-found', `Lodestone knows no entity ${fromId}.`);
      await saveEntityEdit(db, into, now);
      if (from.origin === 'custom' && !from.seed) {
        await db.entities.delete(fromId);
        await db.hiddenNames.where('entityId').equals(fromId).delete();
        await db.entityViews.delete(fromId);
      } else {
        await db.hiddenNames.put({ entityId: fromId, text: '', site: '', hiddenAt: stamp(now) });
      }
    });
  } catch (err) {
    throw toStoreError(err);
  }
}

/** Hides a form of an entity, or the whole entity (`text: ''`), everywhere or on one site (idempotent). */
export async function hideName(db: LodestoneDB, hide: HiddenName, now: () => Date = () => new Date()): Promise<void> {
  try {
    await db.hiddenNames.put({ entityId: hide.entityId, text: hide.text, site: hide.site.toLowerCase(), hiddenAt: stamp(now) });
  } catch (err) {
    throw toStoreError(err);
  }
}

/** Shows what `hide` hid again; false when it was not hidden. */
export async function unhideName(db: LodestoneDB, hide: HiddenName): Promise<boolean> {
  try {
    const key: [string, string, string] = [hide.entityId, hide.text, hide.site.toLowerCase()];
    return await db.transaction('rw', [db.hiddenNames], async () => {
      if (!(await db.hiddenNames.get(key))) return false;
      await db.hiddenNames.delete(key);
      return true;
    });
  } catch (err) {
    throw toStoreError(err);
  }
}

/** Dismisses a suggested name for good (idempotent). */
export async function dismissSuggestion(db: LodestoneDB, key: string, name: string, now: () => Date = () => new Date()): Promise<void> {
  try {
    await db.dismissed.put({ key, name, dismissedAt: stamp(now) });
  } catch (err) {
    throw toStoreError(err);
  }
}

/** Every hide of one entity (the library lists them under it). */
export async function getEntityHides(db: LodestoneDB, entityId: string): Promise<HiddenNameRow[]> {
  return db.hiddenNames.where('[entityId+text+site]').between([entityId, Dexie.minKey, Dexie.minKey], [entityId, Dexie.maxKey, Dexie.maxKey]).toArray();
}

/** The saved articles: id, address and date, for re-reading them (no text). */
export async function listSavedForRelink(db: LodestoneDB): Promise<{ id: string; url?: string; published: string }[]> {
  const rows = await db.sources.where('origin').equals('saved').toArray();
  return rows.map((r) => ({ id: r.id, ...(r.url ? { url: r.url } : {}), published: r.published }));
}

/** The saved articles that mention any of `entityIds` now (a deleted or merged entity's). */
export async function sourcesMentioning(db: LodestoneDB, entityIds: readonly string[]): Promise<string[]> {
  if (!entityIds.length) return [];
  const rows = await db.mentions
    .where('entityId')
    .anyOf([...entityIds])
    .toArray();
  return [...new Set(rows.map((r) => r.sourceId).filter((id) => id.startsWith('saved:')))];
}
