/**
 * Builds the knowledge bundle from the seed articles and the catalog: the one pipeline
 * (normalise → spot → facts) run over each seed, and over each item of a seed's "Related News"
 * list as a source of its own (`seed:<stem>:related-<n>`, dated by the item). Pure and deterministic: the same inputs give the
 * same bundle, byte for byte, in Node (the `kb` CLI) and in tests.
 */
import type { Dictionary } from '../catalog/compose';
import type { Catalog } from '../catalog/schema';
import { extractArticle, extractRelatedItem } from '../facts/extract';
import { BundleSchema, type Bundle, type Source } from '../facts/schema';
import { createSpotter } from '../spotter/matcher';
import { fnv1a64 } from '../text/hash';

/** The metadata kept beside each seed (`seeds/<stem>.meta.json`). */
export interface SeedMeta {
  title: string;
  publisher: string;
  /** `YYYY-MM-DD`; read with `publishedPrecision`. */
  published: string;
  publishedPrecision?: 'day' | 'month' | 'year';
  publishedFrom: 'text' | 'estimate' | 'meta';
  publishedNote?: string;
  url: string | null;
}

/** One seed article as read from disk. */
export interface SeedInput {
  stem: string;
  raw: string;
  meta: SeedMeta;
}

/** The source id of a seed article. */
export const seedSourceId = (stem: string): string => `seed:${stem}`;

/** The source id of the `n`th (from 1) item of a seed's "Related News" list. */
export const relatedSourceId = (stem: string, n: number): string => `seed:${stem}:related-${n}`;

/** The publication date at the precision the metadata claims (`2025-12-01` + month → `2025-12`). */
export function publishedValue(meta: SeedMeta): string {
  if (meta.publishedPrecision === 'month') return meta.published.slice(0, 7);
  if (meta.publishedPrecision === 'year') return meta.published.slice(0, 4);
  return meta.published;
}

/**
 * Runs the pipeline over every seed and assembles a validated bundle. `dictionary` is the composed
 * dictionary (catalog + lexicon, `seeds/dictionary.ts`); without it, the catalog alone is used.
 */
export function buildBundle(catalog: Catalog, seeds: SeedInput[], dictionary?: Dictionary): Bundle {
  const entities = dictionary?.entities ?? catalog.entities;
  const spotter = createSpotter(entities, { stopPhrases: dictionary?.stopPhrases ?? [], requireField: true });
  const sources: Source[] = [];
  const facts: Bundle['facts'] = [];
  const mentions: Bundle['mentions'] = [];
  for (const seed of [...seeds].sort((a, b) => a.stem.localeCompare(b.stem))) {
    const sourceId = seedSourceId(seed.stem);
    const result = extractArticle(
      seed.raw,
      { published: seed.meta.published, sourceId, ...(seed.meta.publishedPrecision ? { publishedPrecision: seed.meta.publishedPrecision } : {}) },
      spotter,
    );
    sources.push({
      id: sourceId,
      origin: 'seed',
      title: seed.meta.title,
      publisher: seed.meta.publisher,
      ...(seed.meta.url ? { url: seed.meta.url } : {}),
      published: publishedValue(seed.meta),
      publishedFrom: seed.meta.publishedFrom === 'estimate' ? 'estimate' : seed.meta.publishedFrom === 'meta' ? 'meta' : 'text',
      text: result.text,
    });
    for (const f of result.facts) facts.push({ ...f, sourceId });
    for (const m of result.mentions) mentions.push({ ...m, sourceId });
    // Each "Related News" item (seed 001) is a dated report of its own: a source whose text is its
    // title and teaser, dated by the item (not by the article that listed it).
    result.related.forEach((item, i) => {
      const id = relatedSourceId(seed.stem, i + 1);
      const r = extractRelatedItem(item, id, spotter);
      sources.push({
        id,
        origin: 'seed',
        title: item.title,
        publisher: seed.meta.publisher,
        published: item.date,
        publishedFrom: 'text',
        text: r.text,
        listedIn: sourceId,
      });
      for (const f of r.facts) facts.push({ ...f, sourceId: id });
      for (const m of r.mentions) mentions.push({ ...m, sourceId: id });
    });
  }
  const body = { catalogVersion: catalog.version, entities, sources, facts, mentions };
  return BundleSchema.parse({ version: fnv1a64(JSON.stringify(body)), ...body });
}
