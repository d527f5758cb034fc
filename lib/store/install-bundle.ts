/**
 * Installs (or upgrades to) the knowledge bundle the extension ships. Seed rows only — origin
 * `seed` entities and sources with their facts and mentions — are replaced; saved articles, their
 * facts and mentions, the user's dictionary (custom entities and edits, hidden names, dismissed
 * suggestions) and settings are never touched. One read-write transaction
 * over every table, so a failure anywhere leaves the previous state exactly as it was. Fact ids
 * are `source:start` or, for a sentence's further events, `source:start:n`: rows are replaced by
 * source, so ids that gained `:n` leave nothing behind. A seed fact the previous bundle had keeps
 * its arrival time; a new one arrives now ("new since", issue 12).
 */
import type { Bundle, Mention, SourcedFact } from '../facts/schema';
import { type LodestoneDB, sourceGraphTables } from './db';
import { StoreError, toStoreError } from './errors';
import { ensureMarker } from './persistence';
import { buildSourceGraph, deleteSourceGraphs, keepArrivals, putSourceGraph, readArrivals } from './source-graph';

/** What an install did. */
export interface InstallResult {
  /** False when this bundle version was already installed (nothing written). */
  installed: boolean;
  version: string;
}

/** Checks that the bundle's rows point at each other; a broken bundle must not half-replace seeds. */
function checkBundle(bundle: Bundle): void {
  const sourceIds = new Set<string>();
  for (const s of bundle.sources) {
    if (s.origin !== 'seed') throw new StoreError('invalid-input', `Bundle source ${s.id} is not a seed.`);
    if (sourceIds.has(s.id)) throw new StoreError('invalid-input', `Bundle source ${s.id} appears twice.`);
    sourceIds.add(s.id);
  }
  for (const f of bundle.facts) {
    if (!sourceIds.has(f.sourceId)) throw new StoreError('invalid-input', `Bundle fact ${f.id} names unknown source ${f.sourceId}.`);
  }
  for (const m of bundle.mentions) {
    if (!sourceIds.has(m.sourceId)) throw new StoreError('invalid-input', `Bundle mention names unknown source ${m.sourceId}.`);
  }
}

/**
 * Installs `bundle` unless its version is already installed. Idempotent and transactional; throws
 * a `StoreError` (nothing changed) on failure.
 */
export async function installBundle(db: LodestoneDB, bundle: Bundle, now: () => Date = () => new Date()): Promise<InstallResult> {
  const version = bundle.version;
  try {
    checkBundle(bundle);
    return await db.transaction('rw', [db.entities, db.meta, ...sourceGraphTables(db)], async () => {
      const current = await db.meta.get('bundle');
      if (current?.key === 'bundle' && current.version === version) return { installed: false, version };

      const at = now().toISOString();
      const oldSeedSources = await db.sources.where('origin').equals('seed').primaryKeys();
      // "New since": facts the previous bundle already had keep their arrival time (ids are stable,
      // and a sentence now read as several events `source:start:n` counts as the sentence it was).
      const arrivals = keepArrivals(await readArrivals(db, oldSeedSources), at);
      await deleteSourceGraphs(db, oldSeedSources);
      await db.entities.where('origin').equals('seed').delete();
      // A custom entity keeps its id even if a later catalog claims it: the user's row wins. An edit
      // of a seed entity (issue 13) stays as the user made it; only the catalog version it would
      // undo to follows the new bundle.
      const custom = await db.entities.where('origin').equals('custom').toArray();
      const customIds = new Set(custom.map((e) => e.id));
      await db.entities.bulkPut(bundle.entities.filter((e) => !customIds.has(e.id)).map((e) => ({ ...e, origin: 'seed' as const })));
      const inBundle = new Map(bundle.entities.map((e) => [e.id, e] as const));
      const edits = custom.flatMap((e) => (e.seed && inBundle.has(e.id) ? [{ ...e, seed: inBundle.get(e.id)! }] : []));
      if (edits.length) await db.entities.bulkPut(edits);

      const facts = groupBySource(bundle.facts);
      const mentions = groupBySource(bundle.mentions);
      for (const source of bundle.sources) {
        await putSourceGraph(db, buildSourceGraph(source, facts.get(source.id) ?? [], mentions.get(source.id) ?? [], arrivals));
      }
      await db.meta.put({ key: 'bundle', version, catalogVersion: bundle.catalogVersion, installedAt: at });
      await ensureMarker(db, at);
      return { installed: true, version };
    });
  } catch (err) {
    throw toStoreError(err);
  }
}

function groupBySource<T extends SourcedFact | (Mention & { sourceId: string })>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.sourceId);
    if (list) list.push(r);
    else out.set(r.sourceId, [r]);
  }
  return out;
}

/** The installed bundle's version, or null before the first install. */
export async function getInstalledBundleVersion(db: LodestoneDB): Promise<string | null> {
  const row = await db.meta.get('bundle');
  return row?.key === 'bundle' ? row.version : null;
}
