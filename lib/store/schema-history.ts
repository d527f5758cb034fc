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
import { claimKeys } from '../facts/claim-compare';
import type { Claim } from '../facts/schema';

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

/**
 * Version 2 (issue 12), on top of v1:
 * - `facts`: multi-entry `*claimKeys` (every fact with a claim on a topic, in one index read);
 * - `factEntities`: `[entityId+arrivedAt]` (an entity's facts that arrived after a time: a count);
 * - `entityViews`: by `entityId` (when the user last opened the entity's card or timeline).
 */
const V2_STORES = {
  ...V1_STORES,
  facts: 'id, sourceId, sortKey, *claimKeys',
  factEntities: '[entityId+factId], [entityId+sortKey], sourceId, [entityId+arrivedAt]',
  entityViews: 'entityId',
} as const;

/**
 * Version 3 (issue 13), on top of v2 — the user's dictionary:
 * - `hiddenNames`: primary key `[entityId+text+site]` (one hide is one row; unhiding deletes it),
 *   `entityId` (an entity's hides, for the library and when it is deleted);
 * - `dismissed`: by `key` (a dismissed suggestion stays dismissed);
 * - `candidates`: primary key `[sourceId+key]`; `key` (one name across articles), `sourceId`
 *   (replaced with its article, deleted with it).
 * User entities stay in `entities` (origin `custom`); edits of seed entities carry their catalog
 * version in `seed` (not indexed). No row changes shape: no upgrade function.
 */
const V3_STORES = {
  ...V2_STORES,
  hiddenNames: '[entityId+text+site], entityId',
  dismissed: 'key',
  candidates: '[sourceId+key], key, sourceId',
} as const;

/**
 * v1 → v2: every fact and link gets `arrivedAt` (a saved article's facts: when it was saved; seed
 * facts: when their bundle was installed; otherwise: the store's creation, then the upgrade's time)
 * and every fact its `claimKeys` (v1 facts carry no claims: `[]`; the next bundle install brings the
 * seeds' claims, and a saved article gets them when saved again). Nothing else changes.
 */
async function addArrivalsAndClaimKeys(tx: Transaction): Promise<void> {
  const meta = tx.table('meta');
  const bundle = (await meta.get('bundle')) as { installedAt?: string } | undefined;
  const marker = (await meta.get('marker')) as { createdAt?: string } | undefined;
  const fallback = bundle?.installedAt ?? marker?.createdAt ?? new Date().toISOString();
  const savedAt = new Map<string, string>();
  await tx.table('sources').each((s: { id: string; savedAt?: string }) => {
    if (s.savedAt) savedAt.set(s.id, s.savedAt);
  });
  const arrival = (sourceId: string) => savedAt.get(sourceId) ?? fallback;
  await tx
    .table('facts')
    .toCollection()
    .modify((f: { sourceId: string; claims?: Claim[]; claimKeys?: string[]; arrivedAt?: string }) => {
      f.claimKeys = [...new Set((f.claims ?? []).flatMap(claimKeys))];
      f.arrivedAt = arrival(f.sourceId);
    });
  await tx
    .table('factEntities')
    .toCollection()
    .modify((l: { sourceId: string; arrivedAt?: string }) => {
      l.arrivedAt = arrival(l.sourceId);
    });
}

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
  {
    version: 2,
    date: '2026-12-01',
    note:
      'Events, claims and "new since" (issue 12): facts gain claimKeys (multi-entry index) and ' +
      'arrivedAt; fact–entity links gain arrivedAt ([entityId+arrivedAt] index); a new entityViews ' +
      'table records when the user last opened an entity’s card or timeline.',
    stores: V2_STORES,
    upgrade: addArrivalsAndClaimKeys,
  },
  {
    version: 3,
    date: '2026-12-02',
    note:
      'The reader’s own dictionary (issue 13): hiddenNames (a name or an entity hidden everywhere or ' +
      'on one site), dismissed suggestions, and candidates (names each saved article suggests adding). ' +
      'User entities and edits of seed entities stay in entities (origin custom; an edit keeps the ' +
      'catalog version in seed).',
    stores: V3_STORES,
  },
];

/** The dated notes alone, for the README, the about page and tests. */
export const SCHEMA_HISTORY: readonly { version: number; date: string; note: string }[] = SCHEMA_VERSIONS.map(({ version, date, note }) => ({
  version,
  date,
  note,
}));

/** The current schema version. */
export const CURRENT_SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
