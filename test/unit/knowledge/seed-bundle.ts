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

/**
 * The `n`th event (from 0: the sentence's first, id `source:start`) of the one sentence of
 * `sourceId` that starts with `startsWith` (throws unless exactly one sentence does).
 */
export function factOf(sourceId: string, startsWith: string, n = 0): SourcedFact {
  const sentences = new Set(bundle.facts.filter((f) => f.sourceId === sourceId && f.quote.startsWith(startsWith)).map((f) => f.start));
  if (sentences.size !== 1) throw new Error(`${sentences.size} sentences of ${sourceId} start with ${JSON.stringify(startsWith)}`);
  const start = [...sentences][0]!;
  const id = n === 0 ? `${sourceId}:${start}` : `${sourceId}:${start}:${n}`;
  const fact = bundle.facts.find((f) => f.id === id);
  if (!fact) throw new Error(`no event ${n} in ${sourceId} "${startsWith}"`);
  return fact;
}
