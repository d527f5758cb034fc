/**
 * The real knowledge inputs for tests (Node only): the curated catalog, the five seeds with their
 * metadata read from `seeds/` exactly as `seeds/kb.ts` reads them, the bundle built from them, and
 * the committed `lib/knowledge/seed-bundle.json` the extension ships.
 */
import fs from 'node:fs';
import catalogJson from '../../../seeds/catalog.json' with { type: 'json' };
import { loadCatalog } from '../../../lib/catalog/load';
import type { Catalog } from '../../../lib/catalog/schema';
import type { Bundle, SourcedFact } from '../../../lib/facts/schema';
import { buildBundle } from '../../../lib/knowledge/build-bundle';
import { readSeedDictionary } from '../../../seeds/dictionary';

export { BUNDLE_FILE, readSeeds, SEEDS_DIR } from '../../../seeds/read-seeds';
import { BUNDLE_FILE, readSeeds } from '../../../seeds/read-seeds';

export const catalog: Catalog = loadCatalog(catalogJson);
export const seeds = readSeeds();
/** The composed seed dictionary (catalog + lexicon), as the build reads it. */
export const dictionary = readSeedDictionary();
/** Built now, from the files on disk. */
export const bundle: Bundle = buildBundle(catalog, seeds, dictionary);

/** The committed bundle, parsed. */
export function committedBundle(): unknown {
  return JSON.parse(fs.readFileSync(BUNDLE_FILE, 'utf8'));
}

/** The source id of the seed whose stem starts with `prefix` (`'001'`). */
export function seedId(prefix: string): string {
  const seed = seeds.find((s) => s.stem.startsWith(`${prefix}_`));
  if (!seed) throw new Error(`no seed ${prefix}`);
  return `seed:${seed.stem}`;
}

/** The one fact of `sourceId` whose quote starts with `startsWith` (throws unless exactly one). */
export function factOf(sourceId: string, startsWith: string): SourcedFact {
  const found = bundle.facts.filter((f) => f.sourceId === sourceId && f.quote.startsWith(startsWith));
  if (found.length !== 1) throw new Error(`${found.length} facts of ${sourceId} start with ${JSON.stringify(startsWith)}`);
  return found[0] as SourcedFact;
}
