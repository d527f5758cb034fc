/**
 * The background's side of the user's dictionary (issue 13): add, edit, delete, merge, hide and
 * unhide, dismiss. What the user typed is checked here with the same pure check the library's form
 * runs (lib/catalog/user-entity.ts), against the dictionary as it stands; after every change the
 * overlay is published to `storage.local` (every open tab re-spots without a reload), saved
 * articles that name an added or changed entity are read again (relink.ts), and cards refetch.
 */
import { toMatchEntity, type MatchEntity } from '../catalog/match-dictionary';
import type { Entity } from '../catalog/schema';
import { formForMention } from '../catalog/user-dictionary';
import { checkUserEntity, indexNames, nameKey, userEntityId, withOwnId, type UserEntityInput } from '../catalog/user-entity';
import { MessageError } from '../messages/result';
import type { MessageHandlers } from '../messages/router';
import { siteOf } from '../settings/schema';
import { addUserEntity, deleteUserEntity, dismissSuggestion, hideName, mergeEntities, saveEntityEdit, toEntity, unhideName, type LodestoneDB } from '../store';
import { isCommonWord } from '../text/common-words';
import { fnv1a64 } from '../text/hash';
import type { ComposedDictionary } from './knowledge';
import { relinkSaved } from './relink';

/** What the dictionary handlers work with. */
export interface DictionaryDeps {
  openStore: () => Promise<LodestoneDB>;
  dictionaryFor: (db: LodestoneDB, site: string) => Promise<ComposedDictionary>;
  /** Writes the store's overlay to `storage.local` (lib/settings/user-dictionary-storage.ts). */
  publish: (db: LodestoneDB) => Promise<void>;
  /** Tells open tabs the knowledge changed (cards refetch; not awaited). */
  notifyChanged: () => Promise<void>;
  now?: () => Date;
}

/**
 * Checks what the user typed against every entity the store has (seed and the user's, hidden ones
 * too: a hidden entity still owns its names, so adding one again is a merge, not a duplicate).
 */
async function check(db: LodestoneDB, input: UserEntityInput, self?: Entity) {
  const r = checkUserEntity(input, { index: indexNames(await db.entities.toArray()), isCommonWord, ...(self ? { selfId: self.id, base: self } : {}) });
  if (!r.ok) throw new MessageError(r.error.code, r.error.message);
  return r.value;
}

/** Builds the handler map (merged into the background's in start.ts). */
export function createDictionaryHandlers(d: DictionaryDeps): MessageHandlers {
  const afterChange = async (db: LodestoneDB, naming: MatchEntity[], mentioning: string[]): Promise<number> => {
    await d.publish(db);
    const relinked = await relinkSaved(db, { dictionaryFor: d.dictionaryFor, ...(d.now ? { now: d.now } : {}) }, { naming, mentioning });
    void d.notifyChanged();
    return relinked;
  };
  const entityOf = async (db: LodestoneDB, id: string): Promise<Entity> => {
    const row = await db.entities.get(id);
    if (!row) throw new MessageError('not-found', `Lodestone knows no entity ${id}.`);
    return toEntity(row);
  };

  return {
    'dictionary/add': async ({ entity: input }) => {
      const db = await d.openStore();
      const checked = await check(db, input);
      const ids = new Set(await db.entities.toCollection().primaryKeys());
      const id = userEntityId(checked.entity.name, checked.entity.kind, (x) => ids.has(x), fnv1a64);
      const entity = withOwnId(checked.entity, id);
      await addUserEntity(db, entity, d.now);
      const relinked = await afterChange(db, [toMatchEntity(entity)], []);
      return { id, warnings: checked.warnings, relinked };
    },
    'dictionary/update': async ({ id, entity: input }) => {
      const db = await d.openStore();
      const before = await entityOf(db, id);
      const checked = await check(db, input, before);
      const entity = withOwnId({ ...checked.entity, ...(before.custom ? { custom: true } : {}) }, id);
      await saveEntityEdit(db, entity, d.now);
      const relinked = await afterChange(db, [toMatchEntity(entity)], [id]);
      return { id, warnings: checked.warnings, relinked };
    },
    'dictionary/delete': async ({ id }) => {
      const db = await d.openStore();
      const did = await deleteUserEntity(db, id);
      if (!did) throw new MessageError('not-found', 'That entity is not one you added or changed.');
      const back = did === 'reverted' ? [toMatchEntity(await entityOf(db, id))] : [];
      return { did, relinked: await afterChange(db, back, [id]) };
    },
    'dictionary/merge': async ({ from, into }) => {
      if (from === into) throw new MessageError('invalid-request', 'An entity cannot be merged into itself.');
      const db = await d.openStore();
      const source = await entityOf(db, from);
      const target = await entityOf(db, into);
      // The other entity's names become the target's aliases (forms it already has are skipped).
      const have = new Set([target.name, ...target.aliases.map((a) => a.text)].map(nameKey));
      const moved = [{ text: source.name }, ...source.aliases].filter((a) => {
        const k = nameKey(a.text);
        if (have.has(k)) return false;
        have.add(k);
        return true;
      });
      const merged: Entity = {
        ...target,
        aliases: [
          ...target.aliases,
          ...moved.map((a) => (a.requires?.includes(from) ? { ...a, requires: a.requires.map((r) => (r === from ? into : r)) } : a)),
        ],
      };
      await mergeEntities(db, from, merged, d.now);
      return { relinked: await afterChange(db, [toMatchEntity(merged)], [from]) };
    },
    'names/hide': async (hide) => {
      const db = await d.openStore();
      await hideName(db, hide, d.now);
      await d.publish(db);
      void d.notifyChanged();
      return null;
    },
    'names/unhide': async (hide) => {
      const db = await d.openStore();
      if (!(await unhideName(db, hide))) throw new MessageError('not-found', 'That was not hidden.');
      await d.publish(db);
      void d.notifyChanged();
      return null;
    },
    'card/hide': async ({ entityId, text, where }, ctx) => {
      const db = await d.openStore();
      const entity = await entityOf(db, entityId);
      // The site is the sender tab's, never the payload's: a page can only speak for itself.
      const site = where === 'site' ? siteOf(ctx.sender.tab?.url ?? ctx.sender.url ?? '') : '';
      if (where === 'site' && !site) throw new MessageError('invalid-request', 'This page has no site to hide it on.');
      await hideName(db, { entityId, text: text ? formForMention(entity, text).slice(0, 200) : '', site }, d.now);
      await d.publish(db);
      return null;
    },
    'suggestions/dismiss': async ({ key, name }) => {
      await dismissSuggestion(await d.openStore(), key, name, d.now);
      return null;
    },
  };
}
