/**
 * The entity catalog as a live map (hundreds of rows: read whole, once per page, kept live so a
 * custom entity or a bundle upgrade shows at once), and the emphasis terms for a fact's entities.
 */
import { useMemo } from 'preact/hooks';
import type { LodestoneDB } from '../store/db';
import { listEntities } from '../store/query-entities';
import type { EntityRow } from '../store/rows';
import { termsForEntities, type EmphasisTerm } from './emphasis';
import { useLiveQuery, type LiveState } from './use-live-query';

/** Entities by id, as a live query's state (the popup waits for `loading` to end, not for a value). */
export function useEntityMapQuery(db: LodestoneDB): LiveState<ReadonlyMap<string, EntityRow>> {
  return useLiveQuery(async () => new Map((await listEntities(db)).map((e) => [e.id, e] as const)), [db]);
}

/** Entities by id, or null while loading. */
export function useEntityMap(db: LodestoneDB): ReadonlyMap<string, EntityRow> | null {
  return useEntityMapQuery(db).value ?? null;
}

/** A function giving the emphasis terms for a fact's entity ids (memoised per id list). */
export function useTermsFor(entities: ReadonlyMap<string, EntityRow> | null): (fact: { entityIds: readonly string[] }) => EmphasisTerm[] {
  return useMemo(() => {
    const cache = new Map<string, EmphasisTerm[]>();
    return (fact) => {
      const key = fact.entityIds.join('|');
      let terms = cache.get(key);
      if (!terms) {
        const rows = fact.entityIds.map((id) => entities?.get(id)).filter((e): e is EntityRow => e !== undefined);
        terms = termsForEntities(rows);
        if (entities) cache.set(key, terms);
      }
      return terms;
    };
  }, [entities]);
}
