/**
 * Every schema version the store has shipped, oldest first, kept for as long as users may have
 * them (Dexie needs each version that carries an upgrade function to migrate from before it).
 *
 * To add a version: append an entry with the next number, today's date, a note saying what changed
 * and why, the full `stores` map (Dexie diffs it against the previous one) and, if rows must be
 * rewritten, a named `upgrade` function below. Then add that version's fixture writer to
 * `test/unit/store/upgrade.test.ts`, which opens every version with data in it and upgrades it.
 */
import type { Transaction } from 'dexie';

/** One schema version: the Dexie `stores` map and, where rows change shape, how to upgrade them. */
export interface SchemaVersion {
  version: number;
  /** `YYYY-MM-DD` the version was introduced. */
  date: string;
  /** What changed and why. */
  note: string;
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Version 1 indexes, table by table:
 * - `entities`: by `origin` (replace seeds) and `kind` (kind filters).
 * - `sources`: by `origin`, unique `canonicalUrl` (saved only), `savedAt` (saved list, newest first).
 * - `sourceTexts`: by id only; texts are read one at a time.
 * - `facts`: by `sourceId` (facts by source, delete) and `sortKey` (the global timeline).
 * - `factEntities`: primary key `[entityId+factId]`; `[entityId+sortKey]` (an entity's facts in date
 *   order: one range walk), `sourceId` (delete with the source).
 * - `mentions`: primary key `[sourceId+entityId]`; `entityId` (the sources that mention an entity).
 * - `meta`: keyed records (installed bundle, install marker, eviction notice).
 */
const V1_STORES = {
  entities: 'id, origin, kind',
  sources: 'id, origin, &canonicalUrl, savedAt',
  sourceTexts: 'id',
  facts: 'id, sourceId, sortKey',
  factEntities: '[entityId+factId], [entityId+sortKey], sourceId',
  mentions: '[sourceId+entityId], entityId',
  meta: 'key',
} as const;

/** The schema versions, oldest first. The last one is the current schema. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    date: '2026-11-22',
    note:
      'First release: entities, sources (+ sourceTexts), facts with a date sort key, the ' +
      'factEntities link table for per-entity date order, aggregated mentions and meta.',
    stores: V1_STORES,
  },
];

/** The dated notes alone, for the README, the about page and tests. */
export const SCHEMA_HISTORY: readonly { version: number; date: string; note: string }[] = SCHEMA_VERSIONS.map(
  ({ version, date, note }) => ({ version, date, note }),
);

/** The current schema version. */
export const CURRENT_SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
