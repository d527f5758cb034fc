/**
 * The background's knowledge: the store (opened once per service-worker life), the shipped seed
 * bundle installed into it, and the dictionary the save pipeline reads with: the seed dictionary
 * with the user's overlay laid over it (`applyUserDictionary`, the same composition the content
 * script uses), per site, with its spotter.
 */
import { toMatchDictionary, type MatchDictionary } from '../catalog/match-dictionary';
import type { EntityKind } from '../catalog/schema';
import { applyUserDictionary, type UserOverlay } from '../catalog/user-dictionary';
import { indexNames, nameKey } from '../catalog/user-entity';
import { BundleSchema, type Bundle } from '../facts/schema';
import bundleJson from '../knowledge/seed-bundle.json';
import { SEED_DICTIONARY } from '../knowledge/seed-dictionary';
import { createSpotter, type Spotter } from '../spotter/matcher';
import { LodestoneDB, installBundle, readUserOverlay } from '../store';

let bundle: Bundle | undefined;

/** The shipped bundle, parsed once. */
export function seedBundle(): Bundle {
  return (bundle ??= BundleSchema.parse(bundleJson));
}

/** The dictionary the pipeline reads one site's articles with, and what it knows. */
export interface ComposedDictionary {
  dictionary: MatchDictionary;
  spotter: Spotter;
  /** True when a name or alias (case aside) belongs to an entity of this dictionary. */
  isKnown: (text: string) => boolean;
  kindOf: (entityId: string) => EntityKind | undefined;
}

/** The store and the save pipeline's dictionary, for one service-worker life. */
export interface Knowledge {
  /** The store with the current seed bundle installed (installs or upgrades on first call). */
  open(): Promise<LodestoneDB>;
  /**
   * Closes the store's connection and forgets it, so the next `open` opens it afresh (what a
   * service-worker restart does). For the debug hook; nothing else needs it.
   */
  close(): void;
  /** The seed dictionary ⊕ the user's entities − what is hidden on `site` (`''`: hidden everywhere only). */
  dictionaryFor(store: LodestoneDB, site?: string): Promise<ComposedDictionary>;
  /**
   * The store's overlay as just read for the tabs (the background's publish): later compositions
   * use it instead of reading 1,000 entities from the store again, until the next publish. The
   * save pipeline then reads with exactly the dictionary the pages have.
   */
  overlayPublished(store: LodestoneDB, overlay: UserOverlay): void;
  /** `dictionaryFor(store, site).spotter`. */
  spotterFor(store: LodestoneDB, site?: string): Promise<Spotter>;
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
  let seed: MatchDictionary | undefined;
  // The last few compositions, by overlay and site (a save, then a re-read of a few articles).
  const cache = new Map<string, ComposedDictionary>();
  const inflight = new WeakMap<LodestoneDB, Map<string, Promise<ComposedDictionary>>>();
  const published = new WeakMap<LodestoneDB, UserOverlay>();

  const seedDictionary = (): MatchDictionary => {
    const b = bundleOf();
    if (!seed || seed.version !== b.version) seed = toMatchDictionary({ entities: b.entities, stopPhrases: SEED_DICTIONARY.stopPhrases }, b.version);
    return seed;
  };

  const knowledge: Knowledge = {
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
    dictionaryFor(store, site = '') {
      // Callers asking at the same time (a save's spotter and its names; the popup's warm-up and
      // the save it announces) share one read of the store and one composition.
      let pending = inflight.get(store);
      if (!pending) inflight.set(store, (pending = new Map<string, Promise<ComposedDictionary>>()));
      let composed = pending.get(site);
      if (!composed) {
        composed = compose(store, site).finally(() => pending.delete(site));
        pending.set(site, composed);
      }
      return composed;
    },
    overlayPublished(store, overlay) {
      published.set(store, overlay);
    },
    async spotterFor(store, site = '') {
      return (await knowledge.dictionaryFor(store, site)).spotter;
    },
  };

  const compose = async (store: LodestoneDB, site: string): Promise<ComposedDictionary> => {
    const overlay = published.get(store) ?? (await readUserOverlay(store));
    const base = seedDictionary();
    // A site none of the reader's hides names reads with the dictionary of every such site: one
    // composition (and one spotter, the costly part) serves them all.
    const host = site.toLowerCase();
    const own = host !== '' && overlay.hidden.some((h) => h.site === host) ? site : '';
    const key = `${base.version}\u0000${own}\u0000${JSON.stringify(overlay)}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const dictionary = applyUserDictionary(base, overlay, own);
    const index = indexNames(dictionary.entities);
    const kinds = new Map(dictionary.entities.map((e) => [e.id, e.kind] as const));
    const composed: ComposedDictionary = {
      dictionary,
      spotter: createSpotter(dictionary.entities, { stopPhrases: dictionary.stopPhrases, requireField: true }),
      isKnown: (text) => index.has(nameKey(text)),
      kindOf: (id) => kinds.get(id),
    };
    if (cache.size >= 4) cache.delete(cache.keys().next().value!);
    cache.set(key, composed);
    return composed;
  };
  return knowledge;
}
