/**
 * The real knowledge inputs for tests (Node only): the curated catalog, the five seeds with their
 * metadata read from `seeds/` exactly as `seeds/kb.ts` reads them, the bundle built from them, and
 * the committed `lib/knowledge/seed-bundle.json` the extension ships.
 */
import fs from 'node:fs';
import path from 'node:path';
import catalogJson from '../../../seeds/catalog.json' with { type: 'json' };
import { loadCatalog } from '../../../lib/catalog/load';
import type { Catalog } from '../../../lib/catalog/schema';
import type { Bundle, SourcedFact } from '../../../lib/facts/schema';
import { buildBundle, type SeedInput, type SeedMeta } from '../../../lib/knowledge/build-bundle';

export const SEEDS_DIR = path.resolve(import.meta.dirname, '../../../seeds');
export const BUNDLE_FILE = path.resolve(import.meta.dirname, '../../../lib/knowledge/seed-bundle.json');

/** Every `seeds/*.txt` with its `.meta.json`, sorted by file name. */
export function readSeeds(): SeedInput[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const stem = f.slice(0, -4);
      const meta = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, `${stem}.meta.json`), 'utf8')) as SeedMeta;
      return { stem, raw: fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'), meta };
    });
}

export const catalog: Catalog = loadCatalog(catalogJson);
export const seeds = readSeeds();
/** Built now, from the files on disk. */
export const bundle: Bundle = buildBundle(catalog, seeds);

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
