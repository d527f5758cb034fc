/**
 * The background's knowledge: the store (opened once per service-worker life), the shipped seed
 * bundle installed into it, and the spotter the save pipeline uses. The same `lib/` pipeline that
 * built the bundle from the seeds reads the articles the user saves.
 */
import type { Entity } from '../catalog/schema';
import { BundleSchema, type Bundle } from '../facts/schema';
import bundleJson from '../knowledge/seed-bundle.json';
import { SEED_DICTIONARY } from '../knowledge/seed-dictionary';
import { createSpotter, type Spotter } from '../spotter/matcher';
import { LodestoneDB, installBundle, listEntities } from '../store';

let bundle: Bundle | undefined;

/** The shipped bundle, parsed once. */
export function seedBundle(): Bundle {
  return (bundle ??= BundleSchema.parse(bundleJson));
}

/** The store and the save pipeline's spotter, for one service-worker life. */
export interface Knowledge {
  /** The store with the current seed bundle installed (installs or upgrades on first call). */
  open(): Promise<LodestoneDB>;
  /**
   * Closes the store's connection and forgets it, so the next `open` opens it afresh (what a
   * service-worker restart does). For the debug hook; nothing else needs it.
   */
  close(): void;
  /** The spotter over the store's entities (the seed dictionary plus the user's own) and the seed stop phrases. */
  spotterFor(store: LodestoneDB): Promise<Spotter>;
}

/** How the knowledge gets its database and bundle (tests pass a fake-indexeddb database and a small bundle). */
export interface KnowledgeDeps {
  newDb?: () => LodestoneDB;
  bundle?: () => Bundle;
}

/** Creates the background's knowledge. */
export function createKnowledge(deps: KnowledgeDeps = {}): Knowledge {
  const newDb = deps.newDb ?? (() => new LodestoneDB());
  const bundleOf = deps.bundle ?? seedBundle;
  let db: LodestoneDB | undefined;
  let ready: Promise<LodestoneDB> | undefined;
  let spotter: { spotter: Spotter; entities: Entity[] } | undefined;

  return {
    open() {
      ready ??= (async () => {
        db ??= newDb();
        await installBundle(db, bundleOf());
        return db;
      })().catch((err: unknown) => {
        // Let the next call try again rather than caching a failure forever. The Dexie instance goes
        // too: after a failed open it answers every later call with DatabaseClosedError, never retrying.
        ready = undefined;
        if (db && !db.isOpen()) {
          db.close();
          db = undefined;
        }
        throw err;
      });
      return ready;
    },
    close() {
      db?.close();
      db = undefined;
      ready = undefined;
    },
    async spotterFor(store) {
      const entities = await listEntities(store);
      if (!spotter || spotter.entities.length !== entities.length) spotter = { spotter: createSpotter(entities, { stopPhrases: SEED_DICTIONARY.stopPhrases, requireField: true }), entities };
      return spotter.spotter;
    },
  };
}
